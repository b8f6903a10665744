package io.lodestar.pmo.jira.capacity.templates;

import io.lodestar.pmo.app.capacity.web.CapacityPageView;
import io.lodestar.pmo.app.capacity.web.CapacityPageView.AbsenceForm;
import io.lodestar.pmo.app.capacity.web.CapacityPageView.CellView;
import io.lodestar.pmo.app.capacity.web.CapacityPageView.DrillView;
import io.lodestar.pmo.app.capacity.web.CapacityPageView.FreeView;
import io.lodestar.pmo.app.capacity.web.CapacityPageView.Hidden;
import io.lodestar.pmo.app.capacity.web.CapacityPageView.Link;
import io.lodestar.pmo.app.capacity.web.CapacityPageView.Option;
import io.lodestar.pmo.app.capacity.web.CapacityPageView.OwnAbsence;
import io.lodestar.pmo.app.capacity.web.CapacityPageView.PeriodLink;
import io.lodestar.pmo.app.capacity.web.CapacityPageView.RowView;
import io.lodestar.pmo.app.capacity.web.CapacityPageView.SourceView;
import io.lodestar.pmo.app.capacity.web.CapacityPageView.WhatIfView;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.jira.checks.TemplateSampleSource;
import io.lodestar.pmo.jira.checks.TemplateSamples;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sample contexts of the capacity page ({@code templates/capacity/capacity.vm}, the Jira "Capacity"
 * and "Resources" pages of CapacityServlet), as CapacityPageController builds them: a team heat map
 * with a red cell drilled and a what-if pending, and an empty project page with an error.
 */
public final class CapacityTemplateSamples implements TemplateSampleSource {

  private static final WebText TEXT = new WebText((key, args) -> key);

  @Override
  public void addSamples(TemplateSamples samples) {
    samples.register("templates/capacity/capacity.vm", () -> context(teamPage()));
    samples.register(
        "templates/capacity/capacity.vm",
        "project page, empty, with an error",
        () -> context(emptyProjectPage()));
  }

  private static Map<String, Object> context(CapacityPageView page) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("page", page);
    context.put("text", TEXT);
    context.put("hasWhatIf", page.whatIf() != null);
    context.put("hasDrill", page.drill() != null);
    return context;
  }

  private static CapacityPageView teamPage() {
    String url = "/jira/plugins/servlet/lodestar/capacity";
    CellView red =
        new CellView(
            "c-alice-1",
            "50 / 40 h over",
            "Alice, week 50: 50 of 40 hours, over-allocated",
            "lodestar-cap-over",
            url + "?team=api&drill=alice",
            true,
            "Vacation 1 d");
    CellView ok =
        new CellView("c-alice-2", "20 / 40 h", "Alice, week 51", "lodestar-cap-ok", url, false, "");
    return new CapacityPageView(
        "Resources",
        "Team API",
        "Saved 1 change",
        "",
        false,
        url,
        List.of(new Hidden("team", "api")),
        List.of(new Option("api", "API", true), new Option("web", "Web", false)),
        List.of(new Link("Next 4 weeks", url + "?team=api&from=2026-12-21")),
        List.of(
            new PeriodLink("Days", url + "?team=api&period=day", false, "lodestar-cap-days"),
            new PeriodLink("Weeks", url + "?team=api", true, "lodestar-cap-weeks")),
        "Week 50 to 51",
        List.of("W50", "W51"),
        List.of(new RowView("alice", "Alice", "default plan", List.of(red, ok))),
        "1-1 of 1",
        url + "?team=api&page=0",
        url + "?team=api&page=2",
        List.of("2 issues unestimated"),
        "3 items in projects you cannot browse are not counted.",
        "/jira/rest/lodestar/1.0/capacity/heatmap.csv?team=api",
        new WhatIfView(
            List.of("MOB-7 to Bob"), List.of(new Hidden("change", "MOB-7:bob")), url, true),
        new DrillView(
            "Alice, week 50",
            "50 / 40 h",
            List.of(
                new SourceView(
                    "MOB-7", "/jira/browse/MOB-7", "Build login", "30 h", true, "17", "f1"),
                new SourceView("MOB", "", "Allocation 50 %", "20 h", false, "", "f2")),
            "1 issue you may not browse (8 h)",
            List.of("Vacation 2026-12-07"),
            "",
            List.of(new Option("bob", "Bob", false)),
            List.of(new Hidden("drill", "alice")),
            url + "?team=api"),
        new FreeView(
            "20",
            "12-15",
            true,
            List.of("Bob: 24 h free"),
            "nobody",
            "1 item in projects you cannot browse is not counted."),
        new AbsenceForm(
            List.of(new Option("alice", "Alice", true), new Option("bob", "Bob", false)),
            List.of(new Option("VACATION", "Vacation", true), new Option("SICK", "Sick", false)),
            List.of(new OwnAbsence("7", "2", "Vacation 2026-12-23 — Dentist"))));
  }

  private static CapacityPageView emptyProjectPage() {
    String url = "/jira/plugins/servlet/lodestar/capacity";
    return new CapacityPageView(
        "Capacity",
        "MOB",
        "",
        "Bad week",
        true,
        url,
        List.of(new Hidden("project", "MOB")),
        List.of(),
        List.of(),
        List.of(),
        "",
        List.of(),
        List.of(),
        "",
        "",
        "",
        List.of(),
        "",
        "",
        null,
        null,
        new FreeView("", "", false, List.of(), "nobody", ""),
        new AbsenceForm(List.of(), List.of(), List.of()));
  }
}

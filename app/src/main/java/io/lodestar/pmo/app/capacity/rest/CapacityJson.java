package io.lodestar.pmo.app.capacity.rest;

import io.lodestar.pmo.app.capacity.CapacityViews;
import io.lodestar.pmo.app.capacity.port.CapacityTeam;
import io.lodestar.pmo.app.capacity.port.StoredAbsence;
import io.lodestar.pmo.engine.capacity.LoadCell;
import java.math.BigDecimal;
import java.util.List;

/** The capacity API's JSON shapes. Hours are decimals with 2 places; dates ISO 8601. */
public final class CapacityJson {

  private CapacityJson() {}

  public record TeamJson(String key, String name, String lead, int members) {
    static TeamJson of(CapacityTeam t) {
      return new TeamJson(t.key(), t.name(), t.leadKey().orElse(null), t.members().size());
    }
  }

  /** A cell; {@code absence} only for who may see the person's absences, else null. */
  public record CellJson(
      String week,
      BigDecimal capacityHours,
      BigDecimal loadHours,
      BigDecimal remainingHours,
      boolean overAllocated,
      String absence) {
    static CellJson of(CapacityViews.Cell c) {
      return new CellJson(
          c.week().toString(),
          LoadCell.hours(c.capacitySeconds()),
          LoadCell.hours(c.loadSeconds()),
          LoadCell.hours(c.remainingSeconds()),
          c.overAllocated(),
          c.absence().isEmpty() ? null : c.absence());
    }
  }

  public record RowJson(String person, String name, boolean planned, List<CellJson> cells) {
    static RowJson of(CapacityViews.Row r) {
      return new RowJson(
          r.personKey(), r.name(), r.planned(), r.cells().stream().map(CellJson::of).toList());
    }
  }

  public record WorkJson(String status, int count, BigDecimal hours, List<String> examples) {}

  public record ChangeJson(
      String issueKey, String assignee, String start, String due, Long version) {
    static ChangeJson of(CapacityViews.Change c) {
      return new ChangeJson(
          c.issueKey(),
          c.assignee(),
          c.start() == null ? null : c.start().toString(),
          c.due() == null ? null : c.due().toString(),
          c.version());
    }
  }

  /**
   * A heat-map page; {@code period} is {@code day}, {@code week} or {@code month} and {@code weeks}
   * (kept under that name) the first days of its columns.
   */
  public record HeatMapJson(
      String period,
      String title,
      List<String> weeks,
      List<RowJson> rows,
      int total,
      int startAt,
      int pageSize,
      List<WorkJson> work,
      List<ChangeJson> changes,
      int hiddenCount) {
    static HeatMapJson of(CapacityViews.HeatMapPage p) {
      return new HeatMapJson(
          switch (p.period()) {
            case DAY -> "day";
            case ISO_WEEK -> "week";
            case MONTH -> "month";
          },
          p.title(),
          p.weeks().stream().map(Object::toString).toList(),
          p.rows().stream().map(RowJson::of).toList(),
          p.total(),
          p.startAt(),
          CapacityViews.PAGE_SIZE,
          p.work().stream()
              .map(
                  w ->
                      new WorkJson(
                          w.status().name(), w.count(), LoadCell.hours(w.seconds()), w.examples()))
              .toList(),
          p.changes().stream().map(ChangeJson::of).toList(),
          p.hiddenCount());
    }
  }

  /** A what-if request: the scope and page of the heat map, and the changes. */
  public record WhatIfJson(
      String team,
      String project,
      String from,
      Integer weeks,
      Integer startAt,
      List<ChangeJson> changes) {}

  public record SourceJson(
      String key, String project, String summary, BigDecimal hours, boolean issue, Long version) {}

  public record DrillJson(
      String person,
      String name,
      String week,
      CellJson cell,
      List<SourceJson> sources,
      int hiddenCount,
      List<AbsenceJson> absences,
      boolean personalVisible) {
    static DrillJson of(CapacityViews.Drill d) {
      return new DrillJson(
          d.personKey(),
          d.name(),
          d.week().toString(),
          CellJson.of(d.cell()),
          d.sources().stream()
              .map(
                  s ->
                      new SourceJson(
                          s.key(),
                          s.projectKey(),
                          s.summary(),
                          LoadCell.hours(s.seconds()),
                          s.issue(),
                          s.version()))
              .toList(),
          d.hiddenCount(),
          d.absences().stream().map(AbsenceJson::of).toList(),
          d.personalVisible());
    }
  }

  public record FreeJson(String person, String name, BigDecimal freeHours) {}

  /**
   * The free-capacity search: the people found, and how many work items of the people searched are
   * in projects the viewer may not browse and so not counted as their load.
   */
  public record FreeSearchJson(List<FreeJson> people, int hiddenCount) {
    static FreeSearchJson of(CapacityViews.FreeSearch f) {
      return new FreeSearchJson(
          f.people().stream()
              .map(p -> new FreeJson(p.personKey(), p.name(), LoadCell.hours(p.freeSeconds())))
              .toList(),
          f.hiddenCount());
    }
  }

  public record SavedJson(int updated) {}

  /** An absence, the same shape in and out; {@code hoursPerDay} null for whole days. */
  public record AbsenceJson(
      Long id,
      String person,
      String first,
      String last,
      String kind,
      BigDecimal hoursPerDay,
      String note,
      Long version) {
    static AbsenceJson of(StoredAbsence a) {
      return new AbsenceJson(
          a.id(),
          a.personKey(),
          a.first().toString(),
          a.last().toString(),
          a.kind().name(),
          a.secondsPerDay().map(s -> LoadCell.hours(s)).orElse(null),
          a.note(),
          a.version());
    }
  }
}

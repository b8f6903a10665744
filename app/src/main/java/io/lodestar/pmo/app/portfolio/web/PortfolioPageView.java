package io.lodestar.pmo.app.portfolio.web;

import io.lodestar.pmo.app.portfolio.web.PortfolioViews.EvmView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.LinkView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.ObjectiveView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.OverrideFormView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.OverrideView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.PagingView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.RagView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.RowView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.SummaryView;
import java.util.List;

/**
 * Every portfolio page (list, portfolio, program, project, epic) as the template {@code
 * templates/portfolio/overview.vm} shows it; a section is shown when it has content.
 *
 * @param kind {@code LIST}, {@code PORTFOLIO}, {@code PROGRAM}, {@code PROJECT} or {@code EPIC}
 * @param title the page heading
 * @param subtitle owner, sponsor, currency, method; "" when none
 * @param breadcrumbs the way up, outermost first
 * @param warming "index warming, N %" while the rollup index builds; "" once ready
 * @param hiddenNotice how many items and projects were left out for the viewer; "" when none
 * @param basis what a visibility bucket is (project, or project and security level)
 * @param scopeNotice JQL scopes not evaluated; "" when none
 * @param summary the node's rollup; null while warming or on the list
 * @param health a project's computed health; null elsewhere
 * @param override a project's override beside it; null when none holds
 * @param rowsTitle the children table's heading
 * @param rows the children (programs, projects, epics or portfolios)
 * @param paging the children's paging; null when one page
 * @param evm earned value per project; empty elsewhere
 * @param evmTotals earned value per currency
 * @param objectives strategic objectives (portfolio pages)
 * @param coverageNotice objectives no project serves and projects serving none; "" elsewhere
 * @param issuesLink the epic's or project's issue list (the host's issue navigator); null elsewhere
 * @param form the override form for PMO admins; null for everyone else
 * @param reconcileAction the reconcile form's action for PMO admins; "" for everyone else
 * @param flash a message after a post (override saved, reconcile report); "" when none
 */
public record PortfolioPageView(
    String kind,
    String title,
    String subtitle,
    List<LinkView> breadcrumbs,
    String warming,
    String hiddenNotice,
    String basis,
    String scopeNotice,
    SummaryView summary,
    RagView health,
    OverrideView override,
    String rowsTitle,
    List<RowView> rows,
    PagingView paging,
    List<EvmView> evm,
    List<EvmView> evmTotals,
    List<ObjectiveView> objectives,
    String coverageNotice,
    LinkView issuesLink,
    OverrideFormView form,
    String reconcileAction,
    String flash) {

  public PortfolioPageView {
    breadcrumbs = List.copyOf(breadcrumbs);
    rows = List.copyOf(rows);
    evm = List.copyOf(evm);
    evmTotals = List.copyOf(evmTotals);
    objectives = List.copyOf(objectives);
  }

  public boolean hasRows() {
    return !rows.isEmpty();
  }

  public boolean hasEvm() {
    return !evm.isEmpty();
  }

  public boolean hasObjectives() {
    return !objectives.isEmpty();
  }

  public boolean isOverviewOfNode() {
    return kind.equals("PORTFOLIO") || kind.equals("PROGRAM") || kind.equals("PROJECT");
  }

  public boolean showsHealth() {
    return !kind.equals("LIST") && !kind.equals("EPIC");
  }
}

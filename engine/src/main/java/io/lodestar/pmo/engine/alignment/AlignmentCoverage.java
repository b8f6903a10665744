package io.lodestar.pmo.engine.alignment;

import io.lodestar.pmo.engine.evm.Metric;
import io.lodestar.pmo.engine.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Alignment coverage of one portfolio: which objectives no project serves, which projects serve
 * none, and per objective its share of the portfolio's budget and of its open work (each project
 * counted with its contribution share).
 *
 * @param currency the portfolio's currency
 * @param uncoveredObjectives ids of objectives no project serves, in the objectives' order
 * @param unalignedProjects keys of projects that serve no objective, in the projects' order
 * @param objectives per objective id (objectives' order): its budget, budget share and open-work
 *     share
 * @param unalignedBudgetShare the share of the budget serving no objective (n/a with no budget)
 */
public record AlignmentCoverage(
    String currency,
    List<String> uncoveredObjectives,
    List<String> unalignedProjects,
    Map<String, ObjectiveShare> objectives,
    Metric unalignedBudgetShare) {

  static final String NO_BUDGET = "lodestar.alignment.na.noBudget";
  static final String NO_OPEN_WORK = "lodestar.alignment.na.noOpenWork";

  public AlignmentCoverage {
    Objects.requireNonNull(currency, "currency");
    uncoveredObjectives = List.copyOf(uncoveredObjectives);
    unalignedProjects = List.copyOf(unalignedProjects);
    objectives = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(objectives));
    Objects.requireNonNull(unalignedBudgetShare, "unalignedBudgetShare");
  }

  /**
   * One objective's part of the portfolio.
   *
   * @param budget the budget serving it
   * @param budgetSharePercent that budget over the portfolio's, in %
   * @param openWorkSharePercent its open items over the portfolio's, in %
   */
  public record ObjectiveShare(
      Money budget, Metric budgetSharePercent, Metric openWorkSharePercent) {}

  /**
   * Computes the coverage.
   *
   * @throws IllegalArgumentException when a link names an unknown project or objective, a project's
   *     shares add up to more than 100 %, or a budget is in another currency
   */
  public static AlignmentCoverage of(
      String currency,
      List<StrategicObjective> objectives,
      List<AlignedProject> projects,
      List<ObjectiveLink> links) {
    String code = Money.checkCurrency(currency);
    Map<String, AlignedProject> byKey = new LinkedHashMap<>();
    for (AlignedProject project : projects) {
      Money.zero(code).sameCurrency(project.budget());
      byKey.put(project.projectKey(), project);
    }
    Set<String> objectiveIds =
        objectives.stream().map(StrategicObjective::id).collect(Collectors.toSet());
    Map<String, BigDecimal> sharePerProject = new HashMap<>();
    Map<String, Money> budgetPerObjective = new HashMap<>();
    Map<String, BigDecimal> openPerObjective = new HashMap<>();
    BigDecimal hundred = BigDecimal.valueOf(100);
    for (ObjectiveLink link : links) {
      AlignedProject project = byKey.get(link.projectKey());
      if (project == null) {
        throw new IllegalArgumentException("link names unknown project " + link.projectKey());
      }
      if (!objectiveIds.contains(link.objectiveId())) {
        throw new IllegalArgumentException("link names unknown objective " + link.objectiveId());
      }
      BigDecimal total =
          sharePerProject.merge(link.projectKey(), link.sharePercent(), BigDecimal::add);
      if (total.compareTo(hundred) > 0) {
        throw new IllegalArgumentException(
            "the shares of " + link.projectKey() + " add up to " + total + " %, more than 100");
      }
      BigDecimal fraction = link.sharePercent().divide(hundred, Metric.PRECISION);
      budgetPerObjective.merge(link.objectiveId(), project.budget().times(fraction), Money::plus);
      openPerObjective.merge(
          link.objectiveId(),
          BigDecimal.valueOf(project.openItems()).multiply(fraction),
          BigDecimal::add);
    }
    Money totalBudget = Money.zero(code);
    long totalOpen = 0;
    List<String> unaligned = new ArrayList<>();
    for (AlignedProject project : projects) {
      totalBudget = totalBudget.plus(project.budget());
      totalOpen += project.openItems();
      if (!sharePerProject.containsKey(project.projectKey())) {
        unaligned.add(project.projectKey());
      }
    }
    Map<String, ObjectiveShare> shares = new LinkedHashMap<>();
    List<String> uncovered = new ArrayList<>();
    Money alignedBudget = Money.zero(code);
    for (StrategicObjective objective : objectives) {
      Money budget = budgetPerObjective.getOrDefault(objective.id(), Money.zero(code));
      alignedBudget = alignedBudget.plus(budget);
      if (!budgetPerObjective.containsKey(objective.id())) {
        uncovered.add(objective.id());
      }
      shares.put(
          objective.id(),
          new ObjectiveShare(
              budget,
              Metric.quotient(hundred.multiply(budget.amount()), totalBudget.amount(), NO_BUDGET),
              Metric.quotient(
                  hundred.multiply(openPerObjective.getOrDefault(objective.id(), BigDecimal.ZERO)),
                  BigDecimal.valueOf(totalOpen),
                  NO_OPEN_WORK)));
    }
    Metric unalignedShare =
        Metric.quotient(
            hundred.multiply(totalBudget.minus(alignedBudget).amount()),
            totalBudget.amount(),
            NO_BUDGET);
    return new AlignmentCoverage(code, uncovered, unaligned, shares, unalignedShare);
  }
}

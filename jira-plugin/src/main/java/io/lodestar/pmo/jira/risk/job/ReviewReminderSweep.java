package io.lodestar.pmo.jira.risk.job;

import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.mapping.MappedRisk;
import io.lodestar.pmo.engine.risk.port.ReviewFlag;
import io.lodestar.pmo.engine.risk.port.ReviewReminderSender;
import io.lodestar.pmo.engine.risk.port.RiskReviewFlagStore;
import io.lodestar.pmo.engine.risk.register.OverdueReview;
import io.lodestar.pmo.engine.risk.register.OverdueReviewsAccumulator;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import io.lodestar.pmo.engine.shared.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the review reminder over a list of projects:
 *
 * <ol>
 *   <li>walk every risk of each project <em>in a system context</em> (viewer null: the job runs as
 *       no user, so the risk source reads with Jira's security override and nothing is hidden) and
 *       collect the active risks whose review date is before {@code asOf};
 *   <li>send <b>one reminder per owner</b> listing that owner's overdue risks across all projects,
 *       most overdue first, but only those the owner may browse ({@link OwnerVisibility}), so a
 *       reminder never reveals a risk its owner cannot see; a risk already reminded today is not
 *       reminded again (re-runs are idempotent);
 *   <li>flag every overdue risk ({@link ReviewFlag}: first flagged date kept while the missed
 *       review date is the same; reminded date only when a reminder listing it was really queued)
 *       and clear the flags of risks that are no longer overdue.
 * </ol>
 *
 * Cancellation is checked between projects and every {@value #CANCEL_CHECK_EVERY} risks; a
 * cancelled run sends and writes nothing. Memory holds the overdue risks and one project's flags,
 * never a project's issues.
 *
 * <p>Gap: the engine is to own this as a review-reminder service; until it does, this class
 * composes the engine pieces that exist ({@link RiskRegisterService#forEachRisk}, {@link
 * OverdueReviewsAccumulator#overdue}, the flag store and the sender port).
 */
public final class ReviewReminderSweep {

  static final int CANCEL_CHECK_EVERY = 100;

  private static final Logger LOG = LoggerFactory.getLogger(ReviewReminderSweep.class);

  private static final Comparator<OverdueReview> MOST_OVERDUE_FIRST =
      Comparator.comparingLong(OverdueReview::daysOverdue)
          .reversed()
          .thenComparing(OverdueReview::issueKey);

  private final RiskRegisterService registerService;
  private final RiskReviewFlagStore flagStore;
  private final ReviewReminderSender sender;
  private final OwnerVisibility ownerVisibility;

  public ReviewReminderSweep(
      RiskRegisterService registerService,
      RiskReviewFlagStore flagStore,
      ReviewReminderSender sender,
      OwnerVisibility ownerVisibility) {
    this.registerService = Objects.requireNonNull(registerService, "registerService");
    this.flagStore = Objects.requireNonNull(flagStore, "flagStore");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.ownerVisibility = Objects.requireNonNull(ownerVisibility, "ownerVisibility");
  }

  /**
   * @param projectKeys projects to sweep; projects without risk settings are skipped
   * @param asOf today in the instance's time zone
   * @param cancelled polled for a cancellation request
   * @return what was done
   */
  public ReviewSweepResult run(
      List<String> projectKeys, java.time.LocalDate asOf, BooleanSupplier cancelled) {
    Map<String, List<OverdueReview>> overdueByProject = new TreeMap<>();
    int swept = 0;
    try {
      for (String projectKey : projectKeys) {
        checkCancelled(cancelled);
        List<OverdueReview> overdue = new ArrayList<>();
        int[] seen = {0};
        Outcome<RiskRegisterService.WalkTotals> outcome =
            registerService.forEachRisk(
                null,
                projectKey,
                (MappedRisk mapped) -> {
                  if (++seen[0] % CANCEL_CHECK_EVERY == 0) {
                    checkCancelled(cancelled);
                  }
                  OverdueReview o = OverdueReviewsAccumulator.overdue(mapped.risk(), asOf);
                  if (o != null) {
                    overdue.add(o);
                  }
                });
        if (outcome instanceof Outcome.Ok<?>) {
          swept++;
          overdueByProject.put(projectKey, overdue);
        }
      }
    } catch (CancellationException e) {
      return new ReviewSweepResult(swept, 0, 0, 0, 0, 0, true);
    }
    return remindAndFlag(overdueByProject, swept, asOf);
  }

  private ReviewSweepResult remindAndFlag(
      Map<String, List<OverdueReview>> overdueByProject, int swept, java.time.LocalDate asOf) {
    Map<String, Map<String, ReviewFlag>> existing = new HashMap<>();
    Map<String, List<OverdueReview>> byOwner = new TreeMap<>();
    int overdueCount = 0;
    int unowned = 0;
    for (Map.Entry<String, List<OverdueReview>> e : overdueByProject.entrySet()) {
      Map<String, ReviewFlag> flags = new HashMap<>();
      for (ReviewFlag f : flagStore.flagsOf(e.getKey())) {
        flags.put(f.issueKey(), f);
      }
      existing.put(e.getKey(), flags);
      for (OverdueReview o : e.getValue()) {
        overdueCount++;
        if (o.ownerKey() == null) {
          unowned++;
          continue;
        }
        ReviewFlag previous = flags.get(o.issueKey());
        boolean remindedToday =
            previous != null
                && o.reviewDate().equals(previous.reviewDate())
                && asOf.equals(previous.remindedOn());
        if (!remindedToday && ownerVisibility.mayBrowse(o.ownerKey(), o.issueKey())) {
          byOwner.computeIfAbsent(o.ownerKey(), k -> new ArrayList<>()).add(o);
        }
      }
    }

    Set<String> remindedIssues = new HashSet<>();
    int reminded = 0;
    int notReminded = 0;
    for (Map.Entry<String, List<OverdueReview>> e : byOwner.entrySet()) {
      List<OverdueReview> list = new ArrayList<>(e.getValue());
      list.sort(MOST_OVERDUE_FIRST);
      try {
        sender.send(e.getKey(), List.copyOf(list));
        reminded++;
        list.forEach(o -> remindedIssues.add(o.issueKey()));
      } catch (RuntimeException ex) {
        notReminded++;
        LOG.warn(
            "Lodestar: review reminder for user key {} not sent: {}", e.getKey(), ex.getMessage());
      }
    }

    int cleared = 0;
    for (Map.Entry<String, List<OverdueReview>> e : overdueByProject.entrySet()) {
      Map<String, ReviewFlag> flags = existing.get(e.getKey());
      Set<String> stillOverdue = new HashSet<>();
      for (OverdueReview o : e.getValue()) {
        stillOverdue.add(o.issueKey());
        ReviewFlag previous = flags.get(o.issueKey());
        boolean sameMiss = previous != null && o.reviewDate().equals(previous.reviewDate());
        java.time.LocalDate flaggedOn = sameMiss ? previous.flaggedOn() : asOf;
        java.time.LocalDate remindedOn =
            remindedIssues.contains(o.issueKey()) ? asOf : sameMiss ? previous.remindedOn() : null;
        flagStore.save(
            new ReviewFlag(o.issueKey(), o.projectKey(), o.reviewDate(), flaggedOn, remindedOn));
      }
      for (String issueKey : flags.keySet()) {
        if (!stillOverdue.contains(issueKey)) {
          flagStore.clear(issueKey);
          cleared++;
        }
      }
    }
    return new ReviewSweepResult(
        swept, overdueCount, reminded, notReminded, unowned, cleared, false);
  }

  private static void checkCancelled(BooleanSupplier cancelled) {
    if (cancelled.getAsBoolean()) {
      throw new CancellationException();
    }
  }

  /** Exposed for tests: the risk's overdue review, or null. */
  static OverdueReview overdue(Risk risk, java.time.LocalDate asOf) {
    return OverdueReviewsAccumulator.overdue(risk, asOf);
  }
}

package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.mapping.RiskRecordMapper;
import io.lodestar.pmo.engine.risk.port.ReviewFlag;
import io.lodestar.pmo.engine.risk.port.ReviewReminderSender;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.RiskReviewFlagStore;
import io.lodestar.pmo.engine.risk.port.RiskSource;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.register.OverdueReview;
import io.lodestar.pmo.engine.risk.register.OverdueReviewsAccumulator;
import io.lodestar.pmo.engine.shared.IssueKeyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Flags overdue risk reviews and reminds owners; the logic of the daily job, over ports.
 *
 * <p>Per run: walk every risk of the given projects in a system context (full visibility); a risk
 * is overdue when it is active and its review date is strictly before {@code today}. Each overdue
 * risk gets a {@link ReviewFlag}. An owner is reminded <b>once per missed review date</b>: a risk
 * is included in its owner's reminder when its flag is new, its review date changed since it was
 * flagged, or it has never been reminded (e.g. it had no owner before). Reminders are grouped:
 * <b>one per owner per run</b>, across all projects, listing that owner's risks most overdue first;
 * flags are marked reminded only after their reminder was sent, so a failed send is retried next
 * run. Flags of risks no longer overdue (or no longer in the project) are cleared.
 *
 * <p>Memory: the project's flags plus the reminders pending in this run, not the register.
 */
public final class ReviewReminderService {

  private static final Comparator<OverdueReview> MOST_OVERDUE_FIRST =
      Comparator.comparing(OverdueReview::reviewDate)
          .thenComparing(OverdueReview::issueKey, IssueKeyOrder.INSTANCE);

  private final RiskSource source;
  private final RiskProjectSettingsStore settingsStore;
  private final ScoringModelStore modelStore;
  private final RiskReviewFlagStore flags;
  private final ReviewReminderSender sender;
  private final int sourcePageSize;
  private final RiskRegisterService register;

  public ReviewReminderService(
      RiskSource source,
      RiskProjectSettingsStore settingsStore,
      ScoringModelStore modelStore,
      RiskReviewFlagStore flags,
      ReviewReminderSender sender,
      int sourcePageSize) {
    this.source = Objects.requireNonNull(source, "source");
    this.settingsStore = Objects.requireNonNull(settingsStore, "settingsStore");
    this.modelStore = Objects.requireNonNull(modelStore, "modelStore");
    this.flags = Objects.requireNonNull(flags, "flags");
    this.sender = Objects.requireNonNull(sender, "sender");
    if (sourcePageSize < 1 || sourcePageSize > RiskRegisterService.MAX_SOURCE_PAGE_SIZE) {
      throw new IllegalArgumentException("sourcePageSize must be 1..1000: " + sourcePageSize);
    }
    this.sourcePageSize = sourcePageSize;
    this.register = new RiskRegisterService(source, settingsStore, modelStore, sourcePageSize);
  }

  /**
   * Runs once for {@code projectKeys} as of {@code today} (the instance's local date).
   *
   * @return what happened; never null
   */
  public ReminderRun run(LocalDate today, List<String> projectKeys) {
    Objects.requireNonNull(today, "today");
    Map<String, List<OverdueReview>> pending = new TreeMap<>();
    Map<String, ReviewFlag> pendingFlags = new HashMap<>();
    List<OverdueReview> unowned = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int scanned = 0;
    long overdue = 0;
    long newlyFlagged = 0;
    long cleared = 0;
    for (String projectKey : projectKeys.stream().distinct().toList()) {
      var resolved = register.resolve(projectKey);
      if (resolved.isEmpty()) {
        skipped.add(projectKey);
        continue;
      }
      scanned++;
      Map<String, ReviewFlag> existing = new HashMap<>();
      for (ReviewFlag flag : flags.flagsOf(projectKey)) {
        existing.put(flag.issueKey(), flag);
      }
      Set<String> stillOverdue = new HashSet<>();
      ProjectCounts counts = new ProjectCounts();
      RiskRegisterService.walkRecords(
          source,
          sourcePageSize,
          null,
          projectKey,
          resolved.get().settings(),
          raw -> {
            Risk risk =
                RiskRecordMapper.map(
                        raw, resolved.get().settings().mapping(), resolved.get().model())
                    .risk();
            OverdueReview review = OverdueReviewsAccumulator.overdue(risk, today);
            if (review == null) {
              return;
            }
            counts.overdue++;
            stillOverdue.add(risk.issueKey());
            ReviewFlag flag = existing.get(risk.issueKey());
            boolean fresh = flag == null || !flag.reviewDate().equals(risk.reviewDate());
            if (fresh) {
              counts.newlyFlagged++;
              flag = new ReviewFlag(risk.issueKey(), projectKey, risk.reviewDate(), today, null);
              flags.save(flag);
            }
            if (flag.remindedOn() == null) {
              if (risk.ownerKey() == null) {
                unowned.add(review);
              } else {
                pending.computeIfAbsent(risk.ownerKey(), k -> new ArrayList<>()).add(review);
                pendingFlags.put(risk.issueKey(), flag);
              }
            }
          });
      for (String issueKey : existing.keySet()) {
        if (!stillOverdue.contains(issueKey)) {
          flags.clear(issueKey);
          cleared++;
        }
      }
      overdue += counts.overdue;
      newlyFlagged += counts.newlyFlagged;
    }
    int sent = 0;
    for (Map.Entry<String, List<OverdueReview>> e : pending.entrySet()) {
      List<OverdueReview> reviews = new ArrayList<>(e.getValue());
      reviews.sort(MOST_OVERDUE_FIRST);
      sender.send(e.getKey(), List.copyOf(reviews));
      sent++;
      for (OverdueReview review : reviews) {
        ReviewFlag flag = pendingFlags.get(review.issueKey());
        flags.save(
            new ReviewFlag(
                flag.issueKey(), flag.projectKey(), flag.reviewDate(), flag.flaggedOn(), today));
      }
    }
    unowned.sort(MOST_OVERDUE_FIRST);
    return new ReminderRun(today, scanned, skipped, overdue, newlyFlagged, cleared, sent, unowned);
  }

  private static final class ProjectCounts {
    long overdue;
    long newlyFlagged;
  }
}

package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.mapping.RiskRecordMapper;
import io.lodestar.pmo.engine.risk.port.Cancellation;
import io.lodestar.pmo.engine.risk.port.OwnerVisibility;
import io.lodestar.pmo.engine.risk.port.ReviewFlag;
import io.lodestar.pmo.engine.risk.port.ReviewReminderSender;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.RiskReviewFlagStore;
import io.lodestar.pmo.engine.risk.port.RiskSource;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.port.UnownedRiskContact;
import io.lodestar.pmo.engine.risk.register.OverdueReview;
import io.lodestar.pmo.engine.risk.register.OverdueReviewsAccumulator;
import io.lodestar.pmo.engine.shared.IssueKeyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Flags overdue risk reviews and reminds owners: the whole logic of the daily review-reminder job,
 * over ports. The one implementation of these rules; the Jira job and the sandbox only adapt it.
 *
 * <p><b>Rules of one run</b>, as of {@code today}:
 *
 * <ol>
 *   <li><b>Scan.</b> Walk every risk of each given project in a system context (viewer null: full
 *       visibility); a risk is overdue when it is active and its review date is strictly before
 *       {@code today}. Projects without settings or model are skipped and listed.
 *   <li><b>Flag.</b> Every overdue risk has a {@link ReviewFlag}: kept (first-flagged date and all)
 *       while the missed review date is the same, replaced by a new unreminded flag when the review
 *       date changed. Flags of risks no longer overdue (review moved on, risk closed or gone) are
 *       cleared.
 *   <li><b>Remind once per missed review date.</b> A risk is put in its owner's reminder when its
 *       flag has not been reminded yet, so a risk is never reminded twice for the same missed date
 *       (and so never twice the same day, however often the job runs).
 *   <li><b>Unowned risks reach the project's contact.</b> An overdue risk with no owner goes into
 *       the reminder of the project's {@link UnownedRiskContact} (the project lead), if there is
 *       one and they may browse it, so that it is never reported to no one; the reminder lists it
 *       with no owner. Otherwise it is flagged and counted as unowned, and nobody is reminded.
 *   <li><b>Only what the owner may see.</b> A risk is listed only if {@link OwnerVisibility} says
 *       its owner may browse it; otherwise it stays flagged, unreminded, and is counted.
 *   <li><b>One reminder per owner</b> per run, across all projects, most overdue first; owners in
 *       user-key order. A send that throws is reported as a failed owner and does not stop the run
 *       for the others.
 *   <li><b>"Reminded on" only when really queued.</b> A flag gets {@code remindedOn = today} only
 *       if the reminder listing it was handed over; a failed owner's risks stay unreminded, so the
 *       next run retries them.
 *   <li><b>Cancellation.</b> {@link Cancellation} is polled before each project and every {@value
 *       #CANCEL_CHECK_EVERY} risks while scanning. A run cancelled then sends nothing and writes
 *       nothing (flags are written only after the scan), so a cancelled run leaves no trace. Once
 *       the scan is done, the run completes, so that the flags match the reminders sent.
 * </ol>
 *
 * <p><b>Memory</b>: one project's flags at a time plus this run's pending changes (new flags,
 * reminders to send, flags to clear); never a project's register. <b>Delivery</b> is at least once:
 * should the process die between sending and writing, the next run reminds again.
 */
public final class ReviewReminderService {

  /** Risks scanned between two polls of the cancellation signal. */
  public static final int CANCEL_CHECK_EVERY = 100;

  private static final Comparator<OverdueReview> MOST_OVERDUE_FIRST =
      Comparator.comparing(OverdueReview::reviewDate)
          .thenComparing(OverdueReview::issueKey, IssueKeyOrder.INSTANCE);

  private final RiskSource source;
  private final RiskReviewFlagStore flags;
  private final ReviewReminderSender sender;
  private final OwnerVisibility ownerVisibility;
  private final UnownedRiskContact unownedContact;
  private final int sourcePageSize;
  private final RiskRegisterService register;

  /**
   * @param source where risk records come from (read in a system context)
   * @param settingsStore per-project settings and default
   * @param modelStore scoring models
   * @param flags overdue-review flags
   * @param sender delivers reminders
   * @param ownerVisibility whether an owner may see a risk
   * @param sourcePageSize records per source call, 1..{@value
   *     RiskRegisterService#MAX_SOURCE_PAGE_SIZE}
   * @param unownedContact who is reminded of a project's unowned overdue risks
   */
  public ReviewReminderService(
      RiskSource source,
      RiskProjectSettingsStore settingsStore,
      ScoringModelStore modelStore,
      RiskReviewFlagStore flags,
      ReviewReminderSender sender,
      OwnerVisibility ownerVisibility,
      int sourcePageSize,
      UnownedRiskContact unownedContact) {
    this.source = Objects.requireNonNull(source, "source");
    this.flags = Objects.requireNonNull(flags, "flags");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.ownerVisibility = Objects.requireNonNull(ownerVisibility, "ownerVisibility");
    this.unownedContact = Objects.requireNonNull(unownedContact, "unownedContact");
    if (sourcePageSize < 1 || sourcePageSize > RiskRegisterService.MAX_SOURCE_PAGE_SIZE) {
      throw new IllegalArgumentException("sourcePageSize must be 1..1000: " + sourcePageSize);
    }
    this.sourcePageSize = sourcePageSize;
    this.register =
        new RiskRegisterService(
            source,
            Objects.requireNonNull(settingsStore, "settingsStore"),
            Objects.requireNonNull(modelStore, "modelStore"),
            sourcePageSize);
  }

  /** Like {@link #run(LocalDate, List, Cancellation)}, never cancelled. */
  public ReminderRun run(LocalDate today, List<String> projectKeys) {
    return run(today, projectKeys, Cancellation.NEVER);
  }

  /**
   * Runs once for {@code projectKeys} as of {@code today}.
   *
   * @param today the instance's local date; never null
   * @param projectKeys projects to cover; duplicates once; unconfigured ones are skipped
   * @param cancellation polled while scanning; never null
   * @return what happened; never null
   */
  public ReminderRun run(LocalDate today, List<String> projectKeys, Cancellation cancellation) {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(cancellation, "cancellation");
    RiskRegisterService.Scopes scopes = register.scopes(projectKeys);
    Scan scan = new Scan(today, cancellation, scopes.unconfigured());
    try {
      for (RegisterScope scope : scopes.configured()) {
        scan.checkCancelled();
        scan.project(scope);
      }
    } catch (RunCancelled e) {
      return new ReminderRun(
          today,
          true,
          scan.projectsScanned,
          scan.unconfigured,
          scan.overdue,
          0,
          0,
          0,
          List.of(),
          List.of(),
          scan.notVisible,
          scan.unowned);
    }
    return scan.commit();
  }

  /** The state of one run: counts and the changes pending until the scan completes. */
  private final class Scan {
    private final LocalDate today;
    private final Cancellation cancellation;
    private final List<String> unconfigured;
    private final Map<String, ReviewFlag> flagWrites = new LinkedHashMap<>();
    private final List<String> flagClears = new ArrayList<>();
    private final Map<String, List<OverdueReview>> byOwner = new TreeMap<>();
    private final Map<String, ReviewFlag> flagOfPending = new HashMap<>();
    private final Map<String, Optional<String>> contacts = new HashMap<>();
    private int projectsScanned;
    private long overdue;
    private long newlyFlagged;
    private long notVisible;
    private long unowned;
    private long seen;

    Scan(LocalDate today, Cancellation cancellation, List<String> unconfigured) {
      this.today = today;
      this.cancellation = cancellation;
      this.unconfigured = unconfigured;
    }

    void checkCancelled() {
      if (cancellation.isRequested()) {
        throw new RunCancelled();
      }
    }

    void project(RegisterScope scope) {
      String projectKey = scope.projectKey();
      Map<String, ReviewFlag> existing = new HashMap<>();
      for (ReviewFlag flag : flags.flagsOf(projectKey)) {
        existing.put(flag.issueKey(), flag);
      }
      Set<String> stillOverdue = new HashSet<>();
      RiskRegisterService.walkRecords(
          source,
          sourcePageSize,
          null,
          projectKey,
          scope.settings(),
          raw -> {
            if (++seen % CANCEL_CHECK_EVERY == 0) {
              checkCancelled();
            }
            Risk risk = RiskRecordMapper.map(raw, scope.settings().mapping(), scope.model()).risk();
            OverdueReview review = OverdueReviewsAccumulator.overdue(risk, today);
            if (review != null) {
              stillOverdue.add(review.issueKey());
              overdueRisk(projectKey, review, existing.get(review.issueKey()));
            }
          });
      for (String issueKey : existing.keySet()) {
        if (!stillOverdue.contains(issueKey)) {
          flagClears.add(issueKey);
        }
      }
      projectsScanned++;
    }

    private void overdueRisk(String projectKey, OverdueReview review, ReviewFlag existing) {
      overdue++;
      ReviewFlag flag = existing;
      if (flag == null || !flag.reviewDate().equals(review.reviewDate())) {
        newlyFlagged++;
        flag = new ReviewFlag(review.issueKey(), projectKey, review.reviewDate(), today, null);
        flagWrites.put(flag.issueKey(), flag);
      }
      if (flag.remindedOn() != null) {
        return;
      }
      if (review.ownerKey() == null) {
        Optional<String> contact = contactOf(projectKey);
        if (contact.isPresent() && ownerVisibility.mayBrowse(contact.get(), review.issueKey())) {
          byOwner.computeIfAbsent(contact.get(), k -> new ArrayList<>()).add(review);
          flagOfPending.put(review.issueKey(), flag);
        } else {
          unowned++;
        }
      } else if (!ownerVisibility.mayBrowse(review.ownerKey(), review.issueKey())) {
        notVisible++;
      } else {
        byOwner.computeIfAbsent(review.ownerKey(), k -> new ArrayList<>()).add(review);
        flagOfPending.put(review.issueKey(), flag);
      }
    }

    /** The project's contact for unowned risks, asked once per project and run. */
    private Optional<String> contactOf(String projectKey) {
      return contacts.computeIfAbsent(
          projectKey, k -> unownedContact.contactFor(k).filter(c -> !c.isBlank()));
    }

    /** Sends the reminders, then writes the flags: only once the scan is complete. */
    ReminderRun commit() {
      List<String> reminded = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      for (Map.Entry<String, List<OverdueReview>> e : byOwner.entrySet()) {
        List<OverdueReview> reviews = new ArrayList<>(e.getValue());
        reviews.sort(MOST_OVERDUE_FIRST);
        try {
          sender.send(e.getKey(), List.copyOf(reviews));
        } catch (RuntimeException notSent) {
          failed.add(e.getKey());
          continue;
        }
        reminded.add(e.getKey());
        for (OverdueReview review : reviews) {
          ReviewFlag f = flagOfPending.get(review.issueKey());
          flagWrites.put(
              f.issueKey(),
              new ReviewFlag(f.issueKey(), f.projectKey(), f.reviewDate(), f.flaggedOn(), today));
        }
      }
      // An issue moved between projects is cleared under its old project and flagged under its new
      // one: the new flag wins.
      List<String> clears = flagClears.stream().filter(k -> !flagWrites.containsKey(k)).toList();
      flags.writeAll(List.copyOf(flagWrites.values()), clears);
      return new ReminderRun(
          today,
          false,
          projectsScanned,
          unconfigured,
          overdue,
          newlyFlagged,
          flagWrites.size(),
          clears.size(),
          reminded,
          failed,
          notVisible,
          unowned);
    }
  }

  /** Unwinds the scan when cancellation is requested; never leaves this class. */
  private static final class RunCancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RunCancelled() {
      super(null, null, false, false);
    }
  }
}

package io.lodestar.pmo.app.training;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.MailOutbox;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.shared.mail.Html;
import io.lodestar.pmo.engine.training.ExpiryReminders;
import io.lodestar.pmo.engine.training.Held;
import io.lodestar.pmo.engine.training.PersonCertification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The daily certification expiry reminder: mails each holder of a certificate that reaches a
 * threshold (by default 60, 30 and 7 days before its last valid day), and their manager, once per
 * (certificate, threshold), and never for a certificate already renewed (the engine's {@link
 * ExpiryReminders} decides). Reads the certificates expiring within the largest threshold a page at
 * a time. Runs never overlap on one node; on a cluster the host runs it on one node only.
 */
public final class ExpiryReminderJob {

  /** The default thresholds, in days before the last valid day. */
  public static final Set<Integer> DEFAULT_THRESHOLDS = Set.of(60, 30, 7);

  static final int PAGE = 500;
  static final String SUBJECT = "lodestar.training.reminder.subject";
  static final String BODY_MANAGER = "lodestar.training.reminder.manager";

  /** What one run did. */
  public record Run(int reminders, int mails, List<String> unreachable) {
    public Run {
      unreachable = List.copyOf(unreachable);
    }
  }

  private final TrainingService service;
  private final UserDirectory users;
  private final MailOutbox outbox;
  private final Texts texts;
  private final TreeSet<Integer> thresholds;

  public ExpiryReminderJob(
      TrainingService service,
      UserDirectory users,
      MailOutbox outbox,
      Texts texts,
      Set<Integer> thresholds) {
    this.service = Objects.requireNonNull(service, "service");
    this.users = Objects.requireNonNull(users, "users");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.thresholds = new TreeSet<>(thresholds);
  }

  /** Runs once for {@code today}. */
  public synchronized Run run(LocalDate today) {
    TrainingStore store = service.store();
    ExpiryReminders rule = new ExpiryReminders(thresholds, service.catalog());
    LocalDate horizon = today.plusDays(thresholds.last());
    int reminders = 0;
    int mails = 0;
    List<String> unreachable = new ArrayList<>();
    for (int startAt = 0; ; startAt += PAGE) {
      List<PersonCertification> page = store.expiringBetween(today, horizon, startAt, PAGE);
      if (page.isEmpty()) {
        break;
      }
      Set<String> holders = new LinkedHashSet<>();
      page.forEach(c -> holders.add(c.personKey()));
      Map<String, Held> held = store.held(holders);
      List<PersonCertification> all = new ArrayList<>();
      held.values().forEach(h -> all.addAll(h.certifications()));
      Set<String> onPage = new java.util.HashSet<>();
      page.forEach(c -> onPage.add(c.id()));
      Set<ExpiryReminders.SentKey> sent = store.sentReminders(onPage);
      for (ExpiryReminders.Reminder r : rule.due(all, sent, today)) {
        if (!onPage.contains(r.certification().id())) {
          continue;
        }
        reminders++;
        mails += mail(r, unreachable);
        store.markSent(r.markSent(), today);
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    return new Run(reminders, mails, unreachable);
  }

  private int mail(ExpiryReminders.Reminder r, List<String> unreachable) {
    String holderKey = r.certification().personKey();
    String sentence = texts.text(r.messageKey(), r.args().toArray());
    String subject = texts.text(SUBJECT, r.args().get(0));
    int mails = 0;
    HostUser holder = users.byKey(holderKey).orElse(null);
    if (send(holder, subject, "<p>" + Html.escape(sentence) + "</p>")) {
      mails++;
    } else {
      unreachable.add(holderKey);
    }
    String managerKey =
        service.store().person(holderKey).map(TrainingStore.Person::managerKey).orElse(null);
    if (managerKey != null) {
      HostUser manager = users.byKey(managerKey).orElse(null);
      String name = holder == null ? holderKey : holder.displayName();
      if (send(
          manager,
          subject,
          "<p>"
              + Html.escape(texts.text(BODY_MANAGER, name))
              + "</p><p>"
              + Html.escape(sentence)
              + "</p>")) {
        mails++;
      } else {
        unreachable.add(managerKey);
      }
    }
    return mails;
  }

  private boolean send(HostUser to, String subject, String html) {
    if (to == null || to.email() == null || to.email().isBlank()) {
      return false;
    }
    outbox.enqueue(to, subject, html);
    return true;
  }

  /** The thresholds, ascending. */
  public List<Integer> thresholds() {
    return Collections.unmodifiableList(new ArrayList<>(thresholds));
  }
}

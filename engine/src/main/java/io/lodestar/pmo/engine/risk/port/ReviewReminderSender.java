package io.lodestar.pmo.engine.risk.port;

import io.lodestar.pmo.engine.risk.register.OverdueReview;
import java.util.List;

/**
 * Port: delivers one review reminder (e-mail, Jira notification) to a risk owner listing all their
 * overdue risks. Implementations render the text from i18n keys in the owner's locale.
 */
public interface ReviewReminderSender {

  /**
   * Hands one reminder over for delivery (for e-mail: queues it). Returning normally means the
   * reminder was really queued; the review-reminder service then records the listed risks as
   * reminded.
   *
   * @param ownerKey user key of the owner; never null
   * @param overdue the owner's overdue risks, most overdue first; never empty
   * @throws RuntimeException when the reminder could not be handed over (unknown or deactivated
   *     owner, no e-mail address, mail queue refused it); the service reports the owner as failed,
   *     records nothing as reminded for them (so the next run retries) and goes on with the other
   *     owners
   */
  void send(String ownerKey, List<OverdueReview> overdue);
}

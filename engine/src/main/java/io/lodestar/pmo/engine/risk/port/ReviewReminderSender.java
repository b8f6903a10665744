package io.lodestar.pmo.engine.risk.port;

import io.lodestar.pmo.engine.risk.register.OverdueReview;
import java.util.List;

/**
 * Port: delivers one review reminder (e-mail, Jira notification) to a risk owner listing all their
 * overdue risks. Implementations render the text from i18n keys in the owner's locale.
 */
public interface ReviewReminderSender {

  /**
   * Sends one reminder.
   *
   * @param ownerKey Jira user key of the owner; never null
   * @param overdue the owner's overdue risks, most overdue first; never empty
   */
  void send(String ownerKey, List<OverdueReview> overdue);
}

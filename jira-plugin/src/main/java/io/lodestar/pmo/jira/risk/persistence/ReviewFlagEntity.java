package io.lodestar.pmo.jira.risk.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An overdue-review flag of one risk issue (table {@code AO_4669AB_RISK_REVIEW_FLAG}). Dates are
 * calendar dates stored as ISO-8601 text ({@code 2026-11-26}) so that no time zone of the database
 * or of a cluster node can shift them. One flag per issue: the unique issue key keeps two nodes
 * from flagging the same risk twice.
 */
@Preload
@Table(ReviewFlagEntity.TABLE)
public interface ReviewFlagEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "RISK_REVIEW_FLAG";

  /** Column: risk issue key. */
  String ISSUE_KEY = "ISSUE_KEY";

  /** Column: project key. */
  String PROJECT_KEY = "PROJECT_KEY";

  /** Column: the missed review date. */
  String REVIEW_DATE = "REVIEW_DATE";

  /** Column: the date the flag was first raised. */
  String FLAGGED_ON = "FLAGGED_ON";

  /** Column: the date the owner was last reminded; null when never. */
  String REMINDED_ON = "REMINDED_ON";

  @NotNull
  @Unique
  @StringLength(255)
  String getIssueKey();

  void setIssueKey(String issueKey);

  @NotNull
  @Indexed
  @StringLength(255)
  String getProjectKey();

  void setProjectKey(String projectKey);

  @NotNull
  @StringLength(10)
  String getReviewDate();

  void setReviewDate(String reviewDate);

  @NotNull
  @StringLength(10)
  String getFlaggedOn();

  void setFlaggedOn(String flaggedOn);

  @StringLength(10)
  String getRemindedOn();

  void setRemindedOn(String remindedOn);
}

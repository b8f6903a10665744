package com.atlassian.jira.mail;

/**
 * Stand-in for Jira's e-mail subclass, whose constructors pre-set Jira's configured sender
 * (from-address / from-name). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/mail/Email.html
 * [unverified]. The stand-in does not pre-set a sender.
 */
public class Email extends com.atlassian.mail.Email {
  public Email(String to) {
    super(to);
  }

  public Email(String to, String cc, String bcc) {
    super(to, cc, bcc);
  }
}

package com.atlassian.jira.mail;

/**
 * Stand-in for Jira's subclass of atlassian-mail's {@code Email}. Checked against Jira's own source
 * of this class in the public code index (Jira 6/7 era): the public constructors {@code
 * Email(String to)} and {@code Email(String to, String cc, String bcc)} only adjust headers and
 * encoding as configured in Jira (they remove the {@code Precedence}/{@code Auto-Submitted} headers
 * when Jira is set to exclude them, add the {@code X-JIRA-FingerPrint} header and set the encoding
 * to Jira's mail encoding); they do NOT set a sender, so callers set {@code from} themselves (or
 * leave it to the mail server's default). {@code setSubject} is overridden to replace line breaks
 * with spaces. [unverified for 11.3.]
 *
 * <p>The stand-in has no Jira configuration: it adds no headers and keeps the base class's
 * encoding.
 */
public class Email extends com.atlassian.mail.Email {
  public Email(String to) {
    super(to);
  }

  public Email(String to, String cc, String bcc) {
    super(to, cc, bcc);
  }

  /** Replaces CR and LF with spaces, as Jira does, then sets the subject. */
  @Override
  public com.atlassian.mail.Email setSubject(String subject) {
    return super.setSubject(subject == null ? null : subject.replaceAll("[\r\n]", " "));
  }
}

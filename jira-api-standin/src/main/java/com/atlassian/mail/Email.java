package com.atlassian.mail;

import java.util.Objects;

/**
 * Stand-in for atlassian-mail's outgoing message; a mutable bean with fluent setters, so unit tests
 * can build and inspect it. Checked against
 * https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/Email.html and
 * https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html
 * (constructors {@code (to)} and {@code (to, cc, bcc)}; setters return {@code Email}; equals and
 * hashCode exclude the body) [unverified for the atlassian-mail version in Jira 11.3; default mime
 * type and encoding].
 */
public class Email {
  private String to;
  private String cc;
  private String bcc;
  private String from;
  private String fromName;
  private String replyTo;
  private String subject;
  private String body;
  private String mimeType = "text/plain";
  private String encoding = "UTF-8";

  public Email(String to) {
    this.to = to;
  }

  public Email(String to, String cc, String bcc) {
    this.to = to;
    this.cc = cc;
    this.bcc = bcc;
  }

  public Email setTo(String to) {
    this.to = to;
    return this;
  }

  public Email setCc(String cc) {
    this.cc = cc;
    return this;
  }

  public Email setBcc(String bcc) {
    this.bcc = bcc;
    return this;
  }

  public Email setFrom(String from) {
    this.from = from;
    return this;
  }

  public Email setFromName(String fromName) {
    this.fromName = fromName;
    return this;
  }

  public Email setReplyTo(String replyTo) {
    this.replyTo = replyTo;
    return this;
  }

  public Email setSubject(String subject) {
    this.subject = subject;
    return this;
  }

  public Email setBody(String body) {
    this.body = body;
    return this;
  }

  /** {@code "text/plain"} or {@code "text/html"}. */
  public Email setMimeType(String mimeType) {
    this.mimeType = mimeType;
    return this;
  }

  public Email setEncoding(String encoding) {
    this.encoding = encoding;
    return this;
  }

  public String getTo() {
    return to;
  }

  public String getCc() {
    return cc;
  }

  public String getBcc() {
    return bcc;
  }

  public String getFrom() {
    return from;
  }

  public String getFromName() {
    return fromName;
  }

  public String getReplyTo() {
    return replyTo;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getMimeType() {
    return mimeType;
  }

  public String getEncoding() {
    return encoding;
  }

  /** Like the real class: the body is not compared. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Email other
        && Objects.equals(to, other.to)
        && Objects.equals(cc, other.cc)
        && Objects.equals(bcc, other.bcc)
        && Objects.equals(from, other.from)
        && Objects.equals(fromName, other.fromName)
        && Objects.equals(replyTo, other.replyTo)
        && Objects.equals(subject, other.subject)
        && Objects.equals(mimeType, other.mimeType)
        && Objects.equals(encoding, other.encoding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(to, cc, bcc, from, fromName, replyTo, subject, mimeType, encoding);
  }

  @Override
  public String toString() {
    return "Email[to=" + to + ", subject=" + subject + "]";
  }
}

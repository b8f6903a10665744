package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for AO's column length annotation. The int constants are inlined by javac, so they must
 * be the real values. Checked against
 * https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/3.1.11/constant-values.html
 * (MAX_LENGTH = 450, UNLIMITED = -1; 767 was the pre-0.29 value, see
 * https://developer.atlassian.com/server/framework/atlassian-sdk/ao-0-29-x-upgrade-guide) and
 * https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/3.6.7-90a88b49/net/java/ao/schema/StringLength.html
 * (RUNTIME, METHOD; not @Documented there).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StringLength {
  /** Stored as the database's long-text type (CLOB/TEXT). */
  int UNLIMITED = -1;

  /** Longest bounded VARCHAR length AO accepts. */
  int MAX_LENGTH = 450;

  int value();
}

package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for AO's column length annotation. The int constants are inlined by javac, so they must
 * be the real values. Checked against
 * https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/3.1.11/constant-values.html
 * (MAX_LENGTH = 450, UNLIMITED = -1; the AO 6.0.0-m05 page
 * https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/6.0.0-m05/constant-values.html
 * lists the same two values, 450 and -1; 767 was the pre-0.29 value, see
 * https://developer.atlassian.com/server/framework/atlassian-sdk/ao-0-29-x-upgrade-guide) and
 * https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/3.6.7-90a88b49/net/java/ao/schema/StringLength.html
 * (RUNTIME, METHOD; not @Documented there), as on
 * https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/6.1.2-8d77224ea/net/java/ao/schema/StringLength.html
 * (AO 6.1.2). [unverified: the AO version in Jira 11.3.]
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

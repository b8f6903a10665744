package net.java.ao.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for AO's column length annotation. The int constants are inlined by javac, so they must
 * be the real values. Checked against the activeobjects source (net.java.ao.schema.StringLength)
 * [unverified].
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StringLength {
  /** Stored as the database's long-text type (CLOB/TEXT). */
  int UNLIMITED = -1;

  /** Longest bounded VARCHAR length AO accepts. */
  int MAX_LENGTH = 450;

  int value();
}

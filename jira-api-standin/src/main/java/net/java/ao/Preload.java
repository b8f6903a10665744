package net.java.ao;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for AO's preload hint (columns fetched eagerly). Checked against
 * https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/6.0.0-m06/net/java/ao/Preload.html
 * (Documented, RUNTIME, TYPE) and the AO constant-values pages
 * https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/1.2.4/constant-values.html and
 * .../0.25.1/constant-values.html ({@code ALL = "*"}; the 6.0.0-m05 page lists the constant, its
 * value is not shown in the retrieved excerpt) [unverified: default of value()].
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Preload {
  String ALL = "*";

  String[] value() default {ALL};
}

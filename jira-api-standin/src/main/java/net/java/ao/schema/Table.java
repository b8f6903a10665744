package net.java.ao.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for AO's schema annotation {@code @Table}: explicit table name (without the AO_xxxxxx_
 * prefix). Read reflectively by AO at run time, so RUNTIME retention. Checked against the
 * activeobjects source (net.java.ao.schema.Table) [unverified].
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
  String value();
}

package net.java.ao.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for AO's schema annotation {@code @Indexed}: indexed column. Read reflectively by AO at
 * run time, so RUNTIME retention. Checked against the activeobjects source
 * (net.java.ao.schema.Indexed) [unverified].
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Indexed {}

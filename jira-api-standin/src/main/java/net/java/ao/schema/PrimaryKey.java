package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for AO's primary key annotation (optional column name). Read reflectively by AO at run
 * time. Checked against
 * https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/6.1.2-m04-b4449665c/net/java/ao/schema/PrimaryKey.html
 * (RUNTIME, METHOD, {@code String value() default ""}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PrimaryKey {
  String value() default "";
}

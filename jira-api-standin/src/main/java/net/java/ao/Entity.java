package net.java.ao;

import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;

/**
 * Stand-in for an AO entity with an auto-increment integer {@code ID}. Checked against the
 * activeobjects source (net.java.ao.Entity, https://docs.atlassian.com/activeobjects/)
 * [unverified].
 */
public interface Entity extends RawEntity<Integer> {
  @AutoIncrement
  @NotNull
  @PrimaryKey("ID")
  int getID();
}

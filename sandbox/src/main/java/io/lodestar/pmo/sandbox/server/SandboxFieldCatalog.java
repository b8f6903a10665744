package io.lodestar.pmo.sandbox.server;

import io.lodestar.pmo.jira.shared.host.CatalogEntry;
import io.lodestar.pmo.jira.shared.host.FieldCatalog;
import io.lodestar.pmo.sandbox.store.SandboxStore;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The admin page's {@link FieldCatalog} over the sandbox database's {@code issue_type} and {@code
 * custom_field} tables. A minimal adapter of the server's own until the store (phase A) provides
 * one: custom fields get the Jira custom field type key matching their stored shape, the system
 * fields the risk mapping supports are listed as in Jira.
 */
public final class SandboxFieldCatalog implements FieldCatalog {

  private static final String TYPES = "com.atlassian.jira.plugin.system.customfieldtypes:";

  private final SandboxStore store;

  public SandboxFieldCatalog(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public List<CatalogEntry> issueTypes() {
    return store.inTransaction(
        c -> {
          List<CatalogEntry> types = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery("SELECT id, name, subtask FROM issue_type ORDER BY name")) {
            while (rs.next()) {
              types.add(
                  new CatalogEntry(
                      rs.getString(1), rs.getString(2), rs.getBoolean(3) ? "subtask" : "standard"));
            }
          }
          return types;
        });
  }

  @Override
  public List<CatalogEntry> fields() {
    return store.inTransaction(
        c -> {
          List<CatalogEntry> fields = new ArrayList<>();
          fields.add(new CatalogEntry("assignee", "Assignee", "system:assignee"));
          fields.add(new CatalogEntry("duedate", "Due date", "system:duedate"));
          fields.add(new CatalogEntry("reporter", "Reporter", "system:reporter"));
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery("SELECT id, name, field_type FROM custom_field ORDER BY name")) {
            while (rs.next()) {
              fields.add(
                  new CatalogEntry(rs.getString(1), rs.getString(2), typeKey(rs.getString(3))));
            }
          }
          fields.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
          return fields;
        });
  }

  private static String typeKey(String shape) {
    return TYPES
        + switch (shape.toUpperCase(Locale.ROOT)) {
          case "OPTION" -> "select";
          case "NUMBER" -> "float";
          case "DATE" -> "datepicker";
          case "USER" -> "userpicker";
          default -> "textfield";
        };
  }
}

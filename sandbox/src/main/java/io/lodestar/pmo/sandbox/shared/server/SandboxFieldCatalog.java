package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.app.shared.host.CatalogEntry;
import io.lodestar.pmo.app.shared.host.FieldCatalog;
import io.lodestar.pmo.app.shared.host.FieldOptions;
import io.lodestar.pmo.app.shared.host.SystemFields;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The admin page's {@link FieldCatalog} over the sandbox database's {@code issue_type} and {@code
 * custom_field} tables: custom fields get the Jira custom field type key matching their stored
 * shape; the {@link SystemFields} and the sort order are app's, as in Jira.
 */
public final class SandboxFieldCatalog implements FieldCatalog {

  private static final String TYPES = "com.atlassian.jira.plugin.system.customfieldtypes:";

  private final SandboxStore store;
  private final Texts texts;

  public SandboxFieldCatalog(SandboxStore store, Texts texts) {
    this.store = Objects.requireNonNull(store, "store");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  @Override
  public List<CatalogEntry> issueTypes() {
    return store.inTransaction(
        c -> {
          List<CatalogEntry> types = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT id, name, subtask FROM issue_type")) {
            while (rs.next()) {
              types.add(
                  new CatalogEntry(
                      rs.getString(1), rs.getString(2), rs.getBoolean(3) ? "subtask" : "standard"));
            }
          }
          return SystemFields.sortedByName(types);
        });
  }

  @Override
  public List<CatalogEntry> fields() {
    return store.inTransaction(
        c -> {
          List<CatalogEntry> fields = new ArrayList<>(SystemFields.catalogEntries(texts));
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery("SELECT id, name, field_type FROM custom_field ORDER BY name")) {
            while (rs.next()) {
              fields.add(
                  new CatalogEntry(rs.getString(1), rs.getString(2), typeKey(rs.getString(3))));
            }
          }
          return SystemFields.sortedByName(fields);
        });
  }

  @Override
  public FieldOptions options(String fieldId) {
    return store.inTransaction(
        c -> {
          Boolean ordered = null;
          try (var ps =
              c.prepareStatement(
                  "SELECT options_ordered FROM custom_field WHERE id = ? AND field_type ="
                      + " 'OPTION'")) {
            ps.setString(1, fieldId);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                ordered = rs.getBoolean(1);
              }
            }
          }
          if (ordered == null) {
            return FieldOptions.NONE;
          }
          List<String> labels = new ArrayList<>();
          try (var ps =
              c.prepareStatement(
                  "SELECT label FROM custom_field_option WHERE field_id = ? ORDER BY position")) {
            ps.setString(1, fieldId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                labels.add(rs.getString(1));
              }
            }
          }
          return new FieldOptions(labels, ordered);
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

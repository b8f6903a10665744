package io.lodestar.pmo.app.shared.host;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The Jira system fields a risk mapping may name (the rest are custom fields, {@code
 * customfield_NNNNN}), one definition for every host: their ids, as Jira's REST API spells them,
 * and their {@link FieldCatalog} entries (type {@code system:<id>}, named through Lodestar's
 * bundle).
 */
public final class SystemFields {

  /** System field id of the assignee (a user). */
  public static final String ASSIGNEE = "assignee";

  /** System field id of the reporter (a user). */
  public static final String REPORTER = "reporter";

  /** System field id of the due date (a date). */
  public static final String DUE_DATE = "duedate";

  /** The supported system fields, in catalog order before sorting. */
  public static final List<String> IDS = List.of(ASSIGNEE, REPORTER, DUE_DATE);

  /** Type of a system field's catalog entry: this prefix followed by the field id. */
  public static final String TYPE_PREFIX = "system:";

  private SystemFields() {}

  /**
   * @param fieldId a mapped field id; may be null
   * @return whether it names one of the supported system fields
   */
  public static boolean isSystemField(String fieldId) {
    return fieldId != null && IDS.contains(fieldId);
  }

  /**
   * @param texts the viewer's texts, for the fields' names
   * @return the catalog entries of the supported system fields
   */
  public static List<CatalogEntry> catalogEntries(Texts texts) {
    List<CatalogEntry> entries = new ArrayList<>();
    for (String id : IDS) {
      entries.add(
          new CatalogEntry(id, texts.text("lodestar.risk.catalog.field." + id), TYPE_PREFIX + id));
    }
    return List.copyOf(entries);
  }

  /**
   * The order every field and issue-type catalog is shown in: by name, ignoring case, then by id.
   *
   * @param entries catalog entries
   * @return a sorted, unmodifiable copy
   */
  public static List<CatalogEntry> sortedByName(List<CatalogEntry> entries) {
    List<CatalogEntry> sorted = new ArrayList<>(entries);
    sorted.sort(
        Comparator.comparing((CatalogEntry e) -> e.name().toLowerCase(Locale.ROOT))
            .thenComparing(CatalogEntry::id));
    return List.copyOf(sorted);
  }
}

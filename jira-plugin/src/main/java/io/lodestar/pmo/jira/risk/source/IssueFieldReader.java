package io.lodestar.pmo.jira.risk.source;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import io.lodestar.pmo.app.shared.host.SystemFields;
import io.lodestar.pmo.engine.risk.mapping.RawValue;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields a risk mapping names from a Jira issue, as the engine's uninterpreted {@link
 * RawValue}s. Conversions:
 *
 * <ul>
 *   <li>select-list {@link Option} → option at position {@code getSequence() + 1} (Jira keeps
 *       option sequences 0-based and contiguous in the configured order) with its value as label;
 *   <li>{@link Number} → {@link BigDecimal} (a {@code Double} through its decimal string, so 0.3
 *       stays 0.3);
 *   <li>{@link Date} (date pickers hold a {@code java.sql.Timestamp}) → the local date in the
 *       instance's time zone;
 *   <li>{@link ApplicationUser} → the user <em>key</em>;
 *   <li>non-blank {@link String} → text;
 *   <li>multi-value fields (a {@link Collection}) → their first value, converted as above;
 *   <li>anything else, empty values, and field ids Jira does not know → absent.
 * </ul>
 *
 * System field ids understood: {@code assignee}, {@code reporter} (users) and {@code duedate}
 * (date). Custom fields are named by their id, {@code customfield_NNNNN}.
 *
 * <p>Resolve the fields once per page with {@link #resolve(Set)}, then {@link #read} each issue.
 */
public final class IssueFieldReader {

  private final CustomFieldManager customFieldManager;
  private final ZoneId zone;

  public IssueFieldReader(CustomFieldManager customFieldManager) {
    this(customFieldManager, ZoneId.systemDefault());
  }

  IssueFieldReader(CustomFieldManager customFieldManager, ZoneId zone) {
    this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Looks the custom fields up once; unknown ids are left out (their values will be absent).
   *
   * @param fieldIds field ids from a mapping; never null
   * @return the readable fields, keyed by id, in the given order
   */
  public ResolvedFields resolve(Set<String> fieldIds) {
    Map<String, CustomField> custom = new LinkedHashMap<>();
    Set<String> system = new LinkedHashSet<>();
    for (String id : fieldIds) {
      if (id == null || id.isBlank()) {
        continue;
      }
      if (SystemFields.isSystemField(id)) {
        system.add(id);
        continue;
      }
      CustomField field = customFieldManager.getCustomFieldObject(id);
      if (field != null) {
        custom.put(id, field);
      }
    }
    return new ResolvedFields(custom, Collections.unmodifiableSet(system));
  }

  /**
   * @param issue the issue; never null
   * @param fields fields from {@link #resolve}
   * @return the raw value per field id; absent values are left out
   */
  public Map<String, RawValue> read(Issue issue, ResolvedFields fields) {
    Map<String, RawValue> values = new LinkedHashMap<>();
    for (String id : fields.system()) {
      Object raw =
          switch (id) {
            case SystemFields.ASSIGNEE -> issue.getAssignee();
            case SystemFields.REPORTER -> issue.getReporter();
            default -> issue.getDueDate();
          };
      convert(raw).ifPresent(v -> values.put(id, v));
    }
    fields
        .custom()
        .forEach(
            (id, field) ->
                convert(issue.getCustomFieldValue(field)).ifPresent(v -> values.put(id, v)));
    return values;
  }

  /**
   * @param value a Jira field value; may be null
   * @return the raw value, or empty when the value is empty or of a type Lodestar does not read
   */
  public Optional<RawValue> convert(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Collection<?> many) {
      Iterator<?> it = many.iterator();
      return it.hasNext() ? convert(it.next()) : Optional.empty();
    }
    if (value instanceof Option option) {
      Long sequence = option.getSequence();
      if (sequence == null || sequence < 0 || option.getValue() == null) {
        return Optional.empty();
      }
      return Optional.of(RawValue.option(Math.toIntExact(sequence + 1), option.getValue()));
    }
    if (value instanceof BigDecimal decimal) {
      return Optional.of(RawValue.number(decimal));
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d)
          ? Optional.of(RawValue.number(new BigDecimal(Double.toString(d))))
          : Optional.empty();
    }
    if (value instanceof Number number) {
      return Optional.of(RawValue.number(BigDecimal.valueOf(number.longValue())));
    }
    if (value instanceof Date date) {
      // java.sql.Timestamp and java.sql.Date: go through epoch millis (sql.Date has no toInstant).
      return Optional.of(
          RawValue.date(java.time.Instant.ofEpochMilli(date.getTime()).atZone(zone).toLocalDate()));
    }
    if (value instanceof ApplicationUser user) {
      return user.getKey() == null ? Optional.empty() : Optional.of(RawValue.user(user.getKey()));
    }
    if (value instanceof String text) {
      return text.isBlank() ? Optional.empty() : Optional.of(RawValue.text(text.trim()));
    }
    return Optional.empty();
  }

  /**
   * Fields resolved for one page of issues.
   *
   * @param custom custom fields by id
   * @param system system field ids
   */
  public record ResolvedFields(Map<String, CustomField> custom, Set<String> system) {}
}

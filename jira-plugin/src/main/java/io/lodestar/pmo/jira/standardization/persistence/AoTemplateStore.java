package io.lodestar.pmo.jira.standardization.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.app.standardization.TemplateContentCodec;
import io.lodestar.pmo.app.standardization.port.TemplateStore;
import io.lodestar.pmo.engine.standardization.template.Template;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link TemplateStore} on {@link TemplateVersionEntity}: each version one row, inserted once. A
 * write takes the template's cluster lock for the rest of its transaction, then compares the stored
 * latest version with the expected one, so of two edits based on the same version exactly one is
 * kept (the other is refused: the REST layer answers 409). The unique {@code VERSION_KEY} is the
 * database's own guard behind the lock.
 */
public final class AoTemplateStore implements TemplateStore {

  private final ActiveObjects ao;
  private final AoTransactions transactions;
  private final ClusterWriteLocks locks;

  public AoTemplateStore(ActiveObjects ao, AoTransactions transactions, ClusterWriteLocks locks) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.locks = Objects.requireNonNull(locks, "locks");
  }

  @Override
  public List<Template> all() {
    Map<String, List<TemplateVersion>> byId = new LinkedHashMap<>();
    for (TemplateVersionEntity row :
        ao.find(
            TemplateVersionEntity.class,
            Query.select()
                .order(
                    TemplateVersionEntity.TEMPLATE_ID
                        + " ASC, "
                        + TemplateVersionEntity.VERSION_NUMBER
                        + " ASC"))) {
      byId.computeIfAbsent(row.getTemplateId(), k -> new ArrayList<>()).add(version(row));
    }
    List<Template> all = new ArrayList<>();
    byId.forEach((id, versions) -> all.add(template(id, versions)));
    return all;
  }

  @Override
  public Optional<Template> find(String templateId) {
    if (templateId == null) {
      return Optional.empty();
    }
    List<TemplateVersion> versions = new ArrayList<>();
    for (TemplateVersionEntity row : rows(templateId)) {
      versions.add(version(row));
    }
    return versions.isEmpty() ? Optional.empty() : Optional.of(template(templateId, versions));
  }

  @Override
  public boolean create(Template template) {
    Objects.requireNonNull(template, "template");
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds(lockSuffix(template.id()));
          if (latest(template.id()) != 0) {
            return false;
          }
          for (TemplateVersion v : template.versions()) {
            insert(v);
          }
          return true;
        });
  }

  @Override
  public boolean addVersion(Template template, int expectedLatest) {
    Objects.requireNonNull(template, "template");
    TemplateVersion latest = template.latest();
    if (latest.number() != expectedLatest + 1) {
      throw new IllegalArgumentException("the new version must follow " + expectedLatest);
    }
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds(lockSuffix(template.id()));
          if (latest(template.id()) != expectedLatest) {
            return false;
          }
          insert(latest);
          return true;
        });
  }

  private TemplateVersionEntity[] rows(String templateId) {
    return ao.find(
        TemplateVersionEntity.class,
        Query.select()
            .where(TemplateVersionEntity.TEMPLATE_ID + " = ?", templateId)
            .order(TemplateVersionEntity.VERSION_NUMBER + " ASC"));
  }

  /** The stored latest version number; 0 when the template has none. */
  private int latest(String templateId) {
    TemplateVersionEntity[] rows =
        ao.find(
            TemplateVersionEntity.class,
            Query.select()
                .where(TemplateVersionEntity.TEMPLATE_ID + " = ?", templateId)
                .order(TemplateVersionEntity.VERSION_NUMBER + " DESC")
                .limit(1));
    return rows.length == 0 ? 0 : rows[0].getVersionNumber();
  }

  private void insert(TemplateVersion v) {
    ao.create(
        TemplateVersionEntity.class,
        new DBParam(TemplateVersionEntity.VERSION_KEY, v.templateId() + "#" + v.number()),
        new DBParam(TemplateVersionEntity.TEMPLATE_ID, v.templateId()),
        new DBParam(TemplateVersionEntity.VERSION_NUMBER, v.number()),
        new DBParam(TemplateVersionEntity.NAME, v.content().name()),
        new DBParam(
            TemplateVersionEntity.CONTENT, JsonText.write(TemplateContentCodec.write(v.content()))),
        new DBParam(TemplateVersionEntity.AUTHOR_KEY, v.authorKey()),
        new DBParam(TemplateVersionEntity.CREATED_AT, Date.from(v.createdAt())));
  }

  private static TemplateVersion version(TemplateVersionEntity row) {
    try {
      return new TemplateVersion(
          row.getTemplateId(),
          row.getVersionNumber(),
          TemplateContentCodec.read(JsonText.read(row.getContent())),
          row.getAuthorKey(),
          row.getCreatedAt().toInstant());
    } catch (RuntimeException e) {
      throw new StoredDataException(
          TemplateVersionEntity.TABLE + " row " + row.getID() + ": " + e.getMessage(), e);
    }
  }

  private static Template template(String id, List<TemplateVersion> versions) {
    try {
      return new Template(id, versions);
    } catch (IllegalArgumentException e) {
      throw new StoredDataException(
          TemplateVersionEntity.TABLE + " template " + id + ": " + e.getMessage(), e);
    }
  }

  private static String lockSuffix(String templateId) {
    return "std-template." + templateId;
  }
}

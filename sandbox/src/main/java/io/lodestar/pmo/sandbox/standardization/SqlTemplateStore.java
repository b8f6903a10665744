package io.lodestar.pmo.sandbox.standardization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.pmo.app.standardization.TemplateContentCodec;
import io.lodestar.pmo.app.standardization.port.TemplateStore;
import io.lodestar.pmo.engine.standardization.template.Template;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import io.lodestar.pmo.sandbox.shared.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Template versions on the sandbox store (schema V14), each version one row, its content {@link
 * TemplateContentCodec}'s tree as JSON. A version is inserted once and never changed; an edit is
 * kept only when the stored latest version is the one it was based on.
 */
public final class SqlTemplateStore implements TemplateStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SandboxStore store;

  public SqlTemplateStore(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  // --- templates ---

  @Override
  public List<Template> all() {
    return store.inTransaction(
        c -> {
          Map<String, List<TemplateVersion>> byId = new LinkedHashMap<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT template_id, number, content, author_key, created_at FROM"
                          + " std_template_version ORDER BY template_id, number");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              byId.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(version(rs));
            }
          }
          List<Template> all = new ArrayList<>();
          byId.forEach((id, versions) -> all.add(new Template(id, versions)));
          return all;
        });
  }

  @Override
  public Optional<Template> find(String templateId) {
    return store.inTransaction(c -> find(c, templateId));
  }

  private static Optional<Template> find(Connection c, String templateId) throws SQLException {
    List<TemplateVersion> versions = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT template_id, number, content, author_key, created_at FROM"
                + " std_template_version WHERE template_id = ? ORDER BY number")) {
      ps.setString(1, templateId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          versions.add(version(rs));
        }
      }
    }
    return versions.isEmpty() ? Optional.empty() : Optional.of(new Template(templateId, versions));
  }

  private static TemplateVersion version(ResultSet rs) throws SQLException {
    Object tree;
    try {
      tree = JSON.readValue(rs.getString("content"), Object.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable template content of " + rs.getString(1), e);
    }
    return new TemplateVersion(
        rs.getString("template_id"),
        rs.getInt("number"),
        TemplateContentCodec.read(tree),
        rs.getString("author_key"),
        Sql.instant(rs, "created_at"));
  }

  @Override
  public boolean create(Template template) {
    return store.inTransaction(
        c -> {
          if (find(c, template.id()).isPresent()) {
            return false;
          }
          for (TemplateVersion v : template.versions()) {
            insert(c, v);
          }
          return true;
        });
  }

  @Override
  public boolean addVersion(Template template, int expectedLatest) {
    TemplateVersion latest = template.latest();
    if (latest.number() != expectedLatest + 1) {
      throw new IllegalArgumentException("the new version must follow " + expectedLatest);
    }
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COALESCE(MAX(number), 0) FROM std_template_version WHERE template_id"
                      + " = ?")) {
            ps.setString(1, template.id());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              if (rs.getInt(1) != expectedLatest) {
                return false;
              }
            }
          }
          try {
            insert(c, latest);
          } catch (SQLIntegrityConstraintViolationException e) {
            return false; // a concurrent edit made the same version number first
          }
          return true;
        });
  }

  private static void insert(Connection c, TemplateVersion v) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO std_template_version (template_id, number, name, content, author_key,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, v.templateId());
      ps.setInt(2, v.number());
      ps.setString(3, v.content().name());
      ps.setString(4, json(TemplateContentCodec.write(v.content())));
      ps.setString(5, v.authorKey());
      Sql.instant(ps, 6, v.createdAt());
      ps.executeUpdate();
    }
  }

  static String json(Object tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}

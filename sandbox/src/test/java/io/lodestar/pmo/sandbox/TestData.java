package io.lodestar.pmo.sandbox;

import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.PreparedStatement;
import java.util.concurrent.atomic.AtomicInteger;

/** Small hand-made data for store tests. */
public final class TestData {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private TestData() {}

  /** A fresh in-memory store with a unique name. */
  public static SandboxStore newStore() {
    return SandboxStore.inMemory("test" + DATABASES.incrementAndGet());
  }

  /** Runs one statement with parameters. */
  public static void exec(SandboxStore store, String sql, Object... args) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
              ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
          }
        });
  }

  /** The first column of the first row of a query, as a long. */
  public static long count(SandboxStore store, String sql) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql);
              java.sql.ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  /** Inserts a user. */
  public static void user(SandboxStore store, String key, String... groups) {
    exec(
        store,
        "INSERT INTO app_user (user_key, username, display_name, email) VALUES (?, ?, ?, ?)",
        key,
        key,
        "User " + key,
        key + "@example.com");
    for (String g : groups) {
      exec(store, "MERGE INTO user_group (group_name) KEY (group_name) VALUES (?)", g);
      exec(store, "INSERT INTO group_membership VALUES (?, ?)", g, key);
    }
  }

  /** Inserts a project. */
  public static void project(SandboxStore store, long id, String key) {
    exec(store, "INSERT INTO project (id, project_key, name) VALUES (?, ?, ?)", id, key, key);
  }

  /** Grants a project permission. */
  public static void grant(
      SandboxStore store, long projectId, String permission, String holderType, String holder) {
    exec(
        store,
        "INSERT INTO project_permission (project_id, permission, holder_type, holder) VALUES (?,"
            + " ?, ?, ?)",
        projectId,
        permission,
        holderType,
        holder);
  }

  /** Inserts an issue type. */
  public static void issueType(SandboxStore store, String id, String name) {
    exec(store, "INSERT INTO issue_type (id, name) VALUES (?, ?)", id, name);
  }

  /** Inserts an issue. */
  public static void issue(
      SandboxStore store, long id, String key, long projectId, String typeId, String category) {
    exec(
        store,
        "INSERT INTO issue (id, issue_key, issue_number, project_id, issue_type_id, status_name,"
            + " status_category, summary, created, updated) VALUES (?, ?, ?, ?, ?, 'S', ?, ?,"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
        id,
        key,
        Long.parseLong(key.substring(key.lastIndexOf('-') + 1)),
        projectId,
        typeId,
        category,
        "Summary of " + key);
  }

  /** Links two issues. */
  public static void link(SandboxStore store, String type, String source, String destination) {
    exec(
        store,
        "INSERT INTO issue_link (link_type, source_key, destination_key) VALUES (?, ?, ?)",
        type,
        source,
        destination);
  }
}

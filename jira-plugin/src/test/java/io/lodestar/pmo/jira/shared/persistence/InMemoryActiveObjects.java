package io.lodestar.pmo.jira.shared.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A small in-memory Active Objects for tests: the parts of {@link ActiveObjects} Lodestar's stores
 * use, over tables keyed by {@code @Table} name (so a frozen copy of an entity and the current one
 * see the same rows), with entities as {@link Proxy} objects that behave like AO's:
 *
 * <ul>
 *   <li>column names follow AO's convention ({@code getProjectKey} → {@code PROJECT_KEY});
 *   <li>setters are buffered until {@code save()};
 *   <li>{@code create} rejects unknown columns, missing {@code @NotNull} columns and duplicate
 *       {@code @Unique} values, as the database would;
 *   <li>{@code executeInTransaction} rolls every table back when the callback throws; nested calls
 *       join the outer transaction;
 *   <li>{@code where} understands {@code COL = ?}, {@code <>}, {@code !=}, {@code <}, {@code <=},
 *       {@code >}, {@code >=}, {@code IS [NOT] NULL} and {@code IN (?, ...)} joined by {@code AND};
 *       {@code order} understands {@code COL [ASC|DESC], ...}; anything else fails loudly.
 * </ul>
 *
 * {@link #failOnWrite(int)} makes the n-th following write throw, to test that nothing is
 * half-written. {@link #requireMigration()} makes use of an entity type that was not {@code
 * migrate}d fail, as in an upgrade task. {@link #reads()} counts reads, to test caches; {@link
 * #onNextRead(Runnable)} runs a hook after the next read, to stage a race between two writers.
 *
 * <p>Threads: every statement is atomic (the fake is locked for its duration) and each thread has
 * its own transaction, whose writes the other threads see at once (no isolation). A rollback
 * restores the tables as they were when that transaction began, so tests that run transactions on
 * several threads at once must not make them roll back.
 */
public final class InMemoryActiveObjects implements ActiveObjects {

  private static final Pattern CONDITION =
      Pattern.compile(
          "\\s*\"?([A-Za-z_][A-Za-z0-9_]*)\"?\\s*(=|<>|!=|<=|>=|<|>|IS\\s+NOT\\s+NULL|IS\\s+NULL|IN\\s*\\(([?,\\s]*)\\))\\s*(\\?)?\\s*",
          Pattern.CASE_INSENSITIVE);

  private Map<String, TableData> tables = new HashMap<>();
  private final Set<String> migrated = new HashSet<>();
  private boolean migrationRequired;
  private final ThreadLocal<Integer> transactionDepth = ThreadLocal.withInitial(() -> 0);
  private int writesUntilFailure = -1;
  private int transactions;
  private int reads;
  private Runnable nextReadHook;

  /** Rows of one table. */
  private static final class TableData {
    int nextId = 1;
    final TreeMap<Integer, Map<String, Object>> rows = new TreeMap<>();

    TableData copy() {
      TableData copy = new TableData();
      copy.nextId = nextId;
      rows.forEach((id, row) -> copy.rows.put(id, new HashMap<>(row)));
      return copy;
    }
  }

  /** From now on, entity types must be {@code migrate}d before use (as in an upgrade task). */
  public synchronized InMemoryActiveObjects requireMigration() {
    this.migrationRequired = true;
    return this;
  }

  /** The {@code n}-th write from now (1 = the next) throws a simulated database failure. */
  public synchronized void failOnWrite(int n) {
    this.writesUntilFailure = n;
  }

  /** Number of top-level transactions run so far. */
  public synchronized int transactions() {
    return transactions;
  }

  /** Number of reads ({@code get}, {@code find}, {@code count}, {@code stream}) so far. */
  public synchronized int reads() {
    return reads;
  }

  /**
   * Runs {@code hook} once, on the thread that makes the next read, right after that read returned
   * (outside the fake's lock, so the hook may start other threads that use the fake).
   */
  public synchronized void onNextRead(Runnable hook) {
    this.nextReadHook = hook;
  }

  /** The raw rows of a table, by id, for assertions and for writing "old" data directly. */
  public synchronized Map<Integer, Map<String, Object>> rows(Class<? extends RawEntity<?>> type) {
    return table(tableName(type)).rows;
  }

  /** Writes a raw row bypassing every check, as data left by an older version or a broken tool. */
  public synchronized int insertRaw(
      Class<? extends RawEntity<?>> type, Map<String, Object> columns) {
    TableData table = table(tableName(type));
    int id = table.nextId++;
    Map<String, Object> row = new HashMap<>(columns);
    row.put("ID", id);
    table.rows.put(id, row);
    return id;
  }

  // ---------------------------------------------------------------- ActiveObjects

  @Override
  public ActiveObjectsModuleMetaData moduleMetaData() {
    throw new UnsupportedOperationException();
  }

  @Override
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final synchronized void migrate(Class<? extends RawEntity<?>>... entities) {
    for (Class<? extends RawEntity<?>> type : entities) {
      migrated.add(tableName(type));
      table(tableName(type));
    }
  }

  @Override
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void flushAll() {}

  @Override
  public void flush(RawEntity<?>... entities) {}

  @Override
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
    return afterRead(getAll(type, keys));
  }

  private synchronized <T extends RawEntity<K>, K> T[] getAll(Class<T> type, K[] keys) {
    List<T> found = new ArrayList<>();
    for (K key : keys) {
      T entity = getOne(type, key);
      if (entity != null) {
        found.add(entity);
      }
    }
    return toArray(type, found);
  }

  @Override
  public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
    return afterRead(getOne(type, key));
  }

  private synchronized <T extends RawEntity<K>, K> T getOne(Class<T> type, K key) {
    reads++;
    TableData table = usable(type);
    int id = ((Number) key).intValue();
    return table.rows.containsKey(id) ? proxy(type, id) : null;
  }

  @Override
  public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (DBParam p : params) {
      values.put(p.getField().toUpperCase(Locale.ROOT), p.getValue());
    }
    return create(type, values);
  }

  @Override
  public synchronized <T extends RawEntity<K>, K> T create(
      Class<T> type, Map<String, Object> params) {
    TableData table = usable(type);
    write();
    Map<String, Object> row = new HashMap<>();
    params.forEach((k, v) -> row.put(k.toUpperCase(Locale.ROOT), v));
    Map<String, Method> columns = columns(type);
    for (String column : row.keySet()) {
      if (!columns.containsKey(column)) {
        throw new IllegalArgumentException(type.getSimpleName() + " has no column " + column);
      }
    }
    checkConstraints(type, table, row, -1);
    int id = table.nextId++;
    row.put("ID", id);
    table.rows.put(id, row);
    return proxy(type, id);
  }

  @Override
  public synchronized <T extends RawEntity<K>, K> void create(
      Class<T> type, List<Map<String, Object>> rows) {
    for (Map<String, Object> row : rows) {
      create(type, row);
    }
  }

  @Override
  public synchronized void delete(RawEntity<?>... entities) {
    for (RawEntity<?> entity : entities) {
      write();
      Handler handler = (Handler) Proxy.getInvocationHandler(entity);
      table(tableName(handler.type)).rows.remove(handler.id);
    }
  }

  @Override
  public synchronized <K> int deleteWithSQL(
      Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
    TableData table = usable(type);
    write();
    List<Integer> ids = matching(table, criteria, parameters);
    ids.forEach(table.rows::remove);
    return ids.size();
  }

  @Override
  public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
    return find(type, Query.select());
  }

  @Override
  public <T extends RawEntity<K>, K> T[] find(
      Class<T> type, String criteria, Object... parameters) {
    return find(type, Query.select().where(criteria, parameters));
  }

  @Override
  public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
    return afterRead(findNow(type, query));
  }

  private synchronized <T extends RawEntity<K>, K> T[] findNow(Class<T> type, Query query) {
    reads++;
    TableData table = usable(type);
    List<Integer> ids = matching(table, query.getWhereClause(), query.getWhereParams());
    if (query.getOrderClause() != null) {
      ids.sort(order(table, query.getOrderClause()));
    }
    int from = Math.max(0, query.getOffset());
    int to = query.getLimit() < 0 ? ids.size() : Math.min(ids.size(), from + query.getLimit());
    List<T> result = new ArrayList<>();
    for (int i = from; i < to; i++) {
      result.add(proxy(type, ids.get(i)));
    }
    return toArray(type, result);
  }

  @Override
  public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T extends RawEntity<K>, K> T[] findWithSQL(
      Class<T> type, String keyField, String sql, Object... parameters) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T extends RawEntity<K>, K> void stream(
      Class<T> type, EntityStreamCallback<T, K> streamCallback) {
    stream(type, Query.select(), streamCallback);
  }

  @Override
  public <T extends RawEntity<K>, K> void stream(
      Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
    for (T entity : find(type, query)) {
      streamCallback.onRowRead(entity);
    }
  }

  @Override
  public synchronized <K> int count(Class<? extends RawEntity<K>> type) {
    reads++;
    return usable(type).rows.size();
  }

  @Override
  public synchronized <K> int count(
      Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
    reads++;
    return matching(usable(type), criteria, parameters).size();
  }

  @Override
  public synchronized <K> int count(Class<? extends RawEntity<K>> type, Query query) {
    reads++;
    return matching(usable(type), query.getWhereClause(), query.getWhereParams()).size();
  }

  @Override
  public <T> T executeInTransaction(TransactionCallback<T> callback) {
    if (transactionDepth.get() > 0) {
      return callback.doInTransaction();
    }
    Map<String, TableData> snapshot = begin();
    transactionDepth.set(1);
    try {
      return callback.doInTransaction();
    } catch (RuntimeException | Error e) {
      synchronized (this) {
        tables = snapshot;
      }
      throw e;
    } finally {
      transactionDepth.set(0);
    }
  }

  private synchronized Map<String, TableData> begin() {
    transactions++;
    Map<String, TableData> snapshot = new HashMap<>();
    tables.forEach((name, table) -> snapshot.put(name, table.copy()));
    return snapshot;
  }

  private <R> R afterRead(R result) {
    Runnable hook;
    synchronized (this) {
      hook = nextReadHook;
      nextReadHook = null;
    }
    if (hook != null) {
      hook.run();
    }
    return result;
  }

  // ---------------------------------------------------------------- internals

  private void write() {
    if (writesUntilFailure > 0 && --writesUntilFailure == 0) {
      writesUntilFailure = -1;
      throw new IllegalStateException("simulated database failure");
    }
  }

  private TableData table(String name) {
    return tables.computeIfAbsent(name, n -> new TableData());
  }

  private TableData usable(Class<?> type) {
    String name = tableName(type);
    if (migrationRequired && !migrated.contains(name)) {
      throw new IllegalStateException(type.getSimpleName() + " was not migrated");
    }
    return table(name);
  }

  static String tableName(Class<?> type) {
    Table table = type.getAnnotation(Table.class);
    return table != null ? table.value() : columnName(type.getSimpleName());
  }

  /** AO's column naming: camel case to upper snake case; {@code ID} stays. */
  static String columnName(String property) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < property.length(); i++) {
      char c = property.charAt(i);
      if (i > 0
          && Character.isUpperCase(c)
          && (Character.isLowerCase(property.charAt(i - 1))
              || Character.isDigit(property.charAt(i - 1)))) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }

  private static String property(Method method) {
    String name = method.getName();
    if (name.startsWith("get") || name.startsWith("set")) {
      return name.substring(3);
    }
    if (name.startsWith("is")) {
      return name.substring(2);
    }
    return null;
  }

  /** Columns of an entity type: column name to getter. */
  private static Map<String, Method> columns(Class<?> type) {
    Map<String, Method> columns = new HashMap<>();
    for (Method m : type.getMethods()) {
      String property = property(m);
      if (property != null
          && m.getParameterCount() == 0
          && !m.getName().startsWith("set")
          && m.getDeclaringClass() != RawEntity.class
          && !m.getName().equals("getEntityManager")
          && !m.getName().equals("getEntityType")) {
        columns.put(columnName(property), m);
      }
    }
    return columns;
  }

  private void checkConstraints(
      Class<?> type, TableData table, Map<String, Object> row, int selfId) {
    for (Map.Entry<String, Method> c : columns(type).entrySet()) {
      Method getter = c.getValue();
      if (c.getKey().equals("ID")) {
        continue;
      }
      Object value = row.get(c.getKey());
      if (getter.isAnnotationPresent(NotNull.class) && value == null) {
        throw new IllegalStateException("NOT NULL violated: " + tableName(type) + "." + c.getKey());
      }
      if (getter.isAnnotationPresent(Unique.class) && value != null) {
        for (Map.Entry<Integer, Map<String, Object>> other : table.rows.entrySet()) {
          if (other.getKey() != selfId && value.equals(other.getValue().get(c.getKey()))) {
            throw new IllegalStateException(
                "UNIQUE violated: " + tableName(type) + "." + c.getKey() + " = " + value);
          }
        }
      }
    }
  }

  private List<Integer> matching(TableData table, String where, Object[] params) {
    List<Integer> ids = new ArrayList<>();
    for (Map.Entry<Integer, Map<String, Object>> e : table.rows.entrySet()) {
      if (where == null || where.isBlank() || matches(e.getValue(), where, params)) {
        ids.add(e.getKey());
      }
    }
    return ids;
  }

  private static boolean matches(Map<String, Object> row, String where, Object[] params) {
    int next = 0;
    for (String part : where.split("(?i)\\s+AND\\s+")) {
      Matcher m = CONDITION.matcher(part);
      if (!m.matches()) {
        throw new UnsupportedOperationException("where clause not understood: " + part);
      }
      String column = m.group(1).toUpperCase(Locale.ROOT);
      String op = m.group(2).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
      Object value = row.get(column);
      boolean ok;
      if (op.equals("IS NULL")) {
        ok = value == null;
      } else if (op.equals("IS NOT NULL")) {
        ok = value != null;
      } else if (op.startsWith("IN")) {
        int n = m.group(3).replaceAll("[^?]", "").length();
        ok = false;
        for (int i = 0; i < n; i++) {
          ok |= value != null && compare(value, params[next++]) == 0;
        }
      } else {
        if (m.group(4) == null) {
          throw new UnsupportedOperationException("only ? parameters are supported: " + part);
        }
        Object param = params[next++];
        if (value == null || param == null) {
          ok = false;
        } else {
          int c = compare(value, param);
          ok =
              switch (op) {
                case "=" -> c == 0;
                case "<>", "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                default -> throw new UnsupportedOperationException(op);
              };
        }
      }
      if (!ok) {
        return false;
      }
    }
    if (next != params.length) {
      throw new IllegalArgumentException("parameters and placeholders differ: " + where);
    }
    return true;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
    }
    if (a instanceof Date x && b instanceof Date y) {
      return x.compareTo(y);
    }
    if (a.getClass() != b.getClass()) {
      return a.toString().compareTo(b.toString());
    }
    return ((Comparable) a).compareTo(b);
  }

  private static Comparator<Integer> order(TableData table, String clause) {
    Comparator<Integer> result = null;
    for (String part : clause.split(",")) {
      String[] words = part.strip().split("\\s+");
      if (words.length > 2 || !words[0].matches("\"?[A-Za-z_][A-Za-z0-9_]*\"?")) {
        throw new UnsupportedOperationException("order clause not understood: " + clause);
      }
      String column = words[0].replace("\"", "").toUpperCase(Locale.ROOT);
      boolean desc = words.length == 2 && words[1].equalsIgnoreCase("DESC");
      if (words.length == 2 && !desc && !words[1].equalsIgnoreCase("ASC")) {
        throw new UnsupportedOperationException("order clause not understood: " + clause);
      }
      Comparator<Integer> byColumn =
          (x, y) -> {
            Object a = table.rows.get(x).get(column);
            Object b = table.rows.get(y).get(column);
            if (a == null || b == null) {
              return a == null ? (b == null ? 0 : -1) : 1;
            }
            return compare(a, b);
          };
      if (desc) {
        byColumn = byColumn.reversed();
      }
      result = result == null ? byColumn : result.thenComparing(byColumn);
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static <T> T[] toArray(Class<T> type, List<T> list) {
    return list.toArray((T[]) Array.newInstance(type, list.size()));
  }

  private <T> T proxy(Class<T> type, int id) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(), new Class<?>[] {type}, new Handler(type, id)));
  }

  /** One entity object: a row id and the values set since the last save. */
  private final class Handler implements InvocationHandler {
    private final Class<?> type;
    private final int id;
    private final Map<String, Object> pending = new HashMap<>();

    Handler(Class<?> type, int id) {
      this.type = type;
      this.id = id;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
      synchronized (InMemoryActiveObjects.this) {
        return invokeLocked(method, args);
      }
    }

    private Object invokeLocked(Method method, Object[] args) {
      String name = method.getName();
      switch (name) {
        case "getID":
          return id;
        case "save":
          save();
          return null;
        case "init", "addPropertyChangeListener", "removePropertyChangeListener":
          return null;
        case "getEntityType":
          return type;
        case "getEntityManager":
          throw new UnsupportedOperationException();
        case "equals":
          return args[0] != null
              && Proxy.isProxyClass(args[0].getClass())
              && Proxy.getInvocationHandler(args[0]) instanceof Handler h
              && h.type == type
              && h.id == id;
        case "hashCode":
          return type.hashCode() * 31 + id;
        case "toString":
          return type.getSimpleName() + "#" + id;
        default:
          break;
      }
      String property = property(method);
      if (property == null) {
        throw new UnsupportedOperationException(name);
      }
      String column = columnName(property);
      if (name.startsWith("set")) {
        pending.put(column, args[0]);
        return null;
      }
      Object value = pending.containsKey(column) ? pending.get(column) : row().get(column);
      return convert(value, method.getReturnType());
    }

    private Map<String, Object> row() {
      Map<String, Object> row = table(tableName(type)).rows.get(id);
      if (row == null) {
        throw new IllegalStateException(type.getSimpleName() + "#" + id + " was deleted");
      }
      return row;
    }

    private void save() {
      write();
      Map<String, Object> merged = new HashMap<>(row());
      merged.putAll(pending);
      checkConstraints(type, table(tableName(type)), merged, id);
      row().putAll(pending);
      pending.clear();
    }
  }

  private static Object convert(Object value, Class<?> type) {
    if (value == null) {
      if (type == int.class) {
        return 0;
      }
      if (type == long.class) {
        return 0L;
      }
      if (type == boolean.class) {
        return false;
      }
      return null;
    }
    if (type == int.class || type == Integer.class) {
      return ((Number) value).intValue();
    }
    if (type == long.class || type == Long.class) {
      return ((Number) value).longValue();
    }
    if (type == double.class || type == Double.class) {
      return ((Number) value).doubleValue();
    }
    if (type == boolean.class) {
      return (Boolean) value;
    }
    return type.cast(value);
  }

  /** Unused helper kept for symmetry with AO's API; lists tables for debugging. */
  @Override
  public String toString() {
    return "InMemoryActiveObjects" + Arrays.toString(tables.keySet().toArray());
  }
}

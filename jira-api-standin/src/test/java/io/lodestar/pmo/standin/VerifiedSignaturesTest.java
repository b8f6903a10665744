package io.lodestar.pmo.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the compiled stand-in (both modules) against {@code verified-signatures.txt}, the list of
 * what was confirmed against a real source (javadoc page, public source) and what was not.
 *
 * <ul>
 *   <li>Every stand-in type has an entry, and every entry names a stand-in type: a type cannot be
 *       added (or removed) silently.
 *   <li>{@code verified} and {@code partial} entries list the type's declaration and every public
 *       or protected constructor, method and field exactly as compiled (erased types, modifiers
 *       such as final/static/abstract, thrown exceptions, annotation defaults, and the values of
 *       inlined constants). A member the stand-in declares but the list lacks, or a listed member
 *       that is missing or differs, fails. In a {@code verified} entry every line is confirmed; a
 *       {@code partial} entry marks the lines that were not confirmed with a leading {@code ?}.
 *   <li>{@code unverified} entries (source unknown or not checked) list no members; {@code
 *       standin-only} entries are the non-public helpers with no real counterpart.
 *   <li>Every inlined constant ({@code static final} primitive or String) is a confirmed line, and
 *       every annotation is retained at run time.
 * </ul>
 *
 * To draft the lines of a new type, run {@link StandinSignatures#main}.
 */
class VerifiedSignaturesTest {

  static final String RESOURCE = "/verified-signatures.txt";

  enum Status {
    VERIFIED,
    PARTIAL,
    UNVERIFIED,
    STANDIN_ONLY
  }

  static final class Entry {
    final String type;
    final int line;
    Status status;
    final List<String> sources = new ArrayList<>();
    String version;

    /** Element line (decl/ctor/method/field) to "confirmed?". */
    final Map<String, Boolean> elements = new LinkedHashMap<>();

    Entry(String type, int line) {
      this.type = type;
      this.line = line;
    }
  }

  static Map<String, Entry> entries;
  static TreeMap<String, Class<?>> types;

  @BeforeAll
  static void load() throws IOException {
    entries = parse();
    types = StandinSignatures.standinTypes();
  }

  static Map<String, Entry> parse() throws IOException {
    Map<String, Entry> result = new TreeMap<>();
    try (InputStream in = VerifiedSignaturesTest.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Entry current = null;
      String raw;
      int n = 0;
      while ((raw = reader.readLine()) != null) {
        n++;
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String at = RESOURCE + ":" + n + ": ";
        if (current == null) {
          if (!line.startsWith("type ")) {
            throw new IllegalStateException(at + "expected 'type <name>', got: " + line);
          }
          current = new Entry(line.substring(5).strip(), n);
          if (result.put(current.type, current) != null) {
            throw new IllegalStateException(at + "duplicate entry for " + current.type);
          }
          continue;
        }
        if (line.equals("end")) {
          if (current.status == null) {
            throw new IllegalStateException(at + current.type + " has no status");
          }
          current = null;
          continue;
        }
        boolean confirmed = !line.startsWith("? ");
        String body = confirmed ? line : line.substring(2).strip();
        String keyword = body.split(" ", 2)[0];
        String rest = body.length() > keyword.length() ? body.substring(keyword.length() + 1) : "";
        switch (keyword) {
          case "status" ->
              current.status = Status.valueOf(rest.strip().toUpperCase().replace('-', '_'));
          case "source" -> current.sources.add(rest.strip());
          case "version" -> current.version = rest.strip();
          case "note" -> {}
          case "decl", "ctor", "method", "field" -> {
            if (current.elements.put(body, confirmed) != null) {
              throw new IllegalStateException(at + "duplicate line: " + body);
            }
          }
          default -> throw new IllegalStateException(at + "unknown keyword: " + line);
        }
      }
      if (current != null) {
        throw new IllegalStateException(RESOURCE + ": entry " + current.type + " has no 'end'");
      }
    }
    return result;
  }

  @Test
  void everyStandinTypeIsListedAndEveryEntryIsAStandinType() {
    Set<String> unlisted = new TreeSet<>(types.keySet());
    unlisted.removeAll(entries.keySet());
    Set<String> stale = new TreeSet<>(entries.keySet());
    stale.removeAll(types.keySet());
    assertTrue(
        unlisted.isEmpty() && stale.isEmpty(),
        "stand-in types without an entry in "
            + RESOURCE
            + " (add one: verified, partial, unverified or standin-only): "
            + unlisted
            + "; entries naming no stand-in type: "
            + stale);
  }

  @Test
  void checkedTypesDeclareExactlyTheirListedSignatures() {
    List<String> problems = new ArrayList<>();
    for (Entry e : entries.values()) {
      Class<?> type = types.get(e.type);
      if (type == null || (e.status != Status.VERIFIED && e.status != Status.PARTIAL)) {
        continue;
      }
      Set<String> actual = new TreeSet<>(StandinSignatures.members(type));
      actual.add(StandinSignatures.decl(type));
      Set<String> listed = new TreeSet<>(e.elements.keySet());
      Set<String> undeclaredInList = new TreeSet<>(actual);
      undeclaredInList.removeAll(listed);
      Set<String> missing = new TreeSet<>(listed);
      missing.removeAll(actual);
      for (String s : undeclaredInList) {
        problems.add(e.type + ": declared by the stand-in but not in the list: " + s);
      }
      for (String s : missing) {
        problems.add(e.type + ": listed but not declared (or declared differently): " + s);
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void checkedEntriesNameSourceAndVersion_andVerifiedEntriesHaveNoUnconfirmedLine() {
    List<String> problems = new ArrayList<>();
    for (Entry e : entries.values()) {
      switch (e.status) {
        case VERIFIED, PARTIAL -> {
          if (e.sources.isEmpty() || e.version == null || e.version.isEmpty()) {
            problems.add(e.type + " (line " + e.line + "): needs 'source' and 'version'");
          }
          if (e.elements.keySet().stream().noneMatch(s -> s.startsWith("decl "))) {
            problems.add(e.type + ": needs its 'decl' line");
          }
          if (e.status == Status.VERIFIED && e.elements.containsValue(Boolean.FALSE)) {
            problems.add(e.type + ": 'verified' but has '?' lines; make it 'partial'");
          }
          if (e.status == Status.PARTIAL && !e.elements.containsValue(Boolean.FALSE)) {
            problems.add(e.type + ": 'partial' without any '?' line; make it 'verified'");
          }
        }
        case UNVERIFIED, STANDIN_ONLY -> {
          if (!e.elements.isEmpty()) {
            problems.add(e.type + ": '" + e.status + "' entries list no signatures");
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void standinOnlyTypesAreNotVisibleToPluginCode() {
    for (Entry e : entries.values()) {
      Class<?> type = types.get(e.type);
      if (type != null && e.status == Status.STANDIN_ONLY) {
        int m = type.getModifiers();
        assertTrue(
            !Modifier.isPublic(m) && !Modifier.isProtected(m),
            e.type + " is standin-only (no real counterpart) and must not be public");
      } else if (type != null) {
        assertTrue(
            Modifier.isPublic(type.getModifiers()),
            e.type + " has a real counterpart (" + e.status + ") and must be public");
      }
    }
  }

  @Test
  void everyInlinedConstantIsAConfirmedLine() {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : types.values()) {
      Entry e = entries.get(type.getName());
      for (Field f : type.getDeclaredFields()) {
        int m = f.getModifiers();
        if (!StandinSignatures.isConstant(f)
            || !(Modifier.isPublic(m) || Modifier.isProtected(m))) {
          continue;
        }
        boolean confirmed =
            e != null
                && (e.status == Status.VERIFIED || e.status == Status.PARTIAL)
                && StandinSignatures.members(type).stream()
                    .filter(s -> s.startsWith("field ") && s.contains(" " + f.getName() + " = "))
                    .allMatch(s -> Boolean.TRUE.equals(e.elements.get(s)));
        if (!confirmed) {
          problems.add(
              type.getName()
                  + "."
                  + f.getName()
                  + " is inlined by javac: its value must be a confirmed line of a verified or"
                  + " partial entry");
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void everyAnnotationIsRetainedAtRunTime() {
    for (Class<?> type : types.values()) {
      if (type.isAnnotation()) {
        Retention r = type.getAnnotation(Retention.class);
        assertEquals(
            RetentionPolicy.RUNTIME,
            r == null ? RetentionPolicy.CLASS : r.value(),
            type.getName() + " is read reflectively at run time and needs RUNTIME retention");
      }
    }
  }
}

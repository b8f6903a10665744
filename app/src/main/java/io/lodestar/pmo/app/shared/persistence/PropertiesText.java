package io.lodestar.pmo.app.shared.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The text format of structured configuration columns: {@code java.util.Properties} lines, written
 * with sorted keys and without a date comment so the same value always gives the same text (audit
 * before/after texts can be compared), read with {@link Properties#load(java.io.Reader)}. Values
 * are escaped so that any label (newlines, {@code = : # !}, leading blanks, non-ASCII) round-trips;
 * the output is plain ASCII.
 */
public final class PropertiesText {

  private PropertiesText() {}

  /**
   * @param entries keys (ASCII, no blanks or separators) and values; null values are left out
   * @return the text, one {@code key=value} line per entry, sorted by key
   */
  public static String write(Map<String, String> entries) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      out.append(escape(e.getKey(), true)).append('=').append(escape(e.getValue(), false));
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * @param text text written by {@link #write}; may be anything read from the database
   * @return the entries, sorted by key
   * @throws StoredDataException when the text is null or malformed (e.g. a bad unicode escape)
   */
  public static Map<String, String> read(String text) {
    if (text == null) {
      throw new StoredDataException("no text");
    }
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new StoredDataException("malformed text: " + e.getMessage(), e);
    }
    Map<String, String> entries = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      entries.put(key, properties.getProperty(key));
    }
    return entries;
  }

  private static String escape(String s, boolean key) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\f' -> out.append("\\f");
        case '=', ':', '#', '!' -> out.append('\\').append(c);
        case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}

package io.lodestar.pmo.jira.checks;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/** One {@code .properties} i18n bundle: its keys and the defects that make it unsafe in Jira. */
final class I18nBundle {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+");

  private final Path file;
  private final byte[] bytes;

  private I18nBundle(Path file, byte[] bytes) {
    this.file = file;
    this.bytes = bytes;
  }

  static I18nBundle load(Path file) {
    try {
      return new I18nBundle(file, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Set<String> keys() {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.stringPropertyNames();
  }

  /**
   * Non-ASCII bytes (Jira may read the file as ISO-8859-1: write {@code \\uXXXX}), duplicate keys
   * (the last silently wins), empty values, texts with {@code {0}} placeholders that are not valid
   * {@link MessageFormat} patterns, and any single apostrophe (every text is formatted, so
   * MessageFormat swallows it: write {@code ''}).
   */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      for (char c : lines[i].toCharArray()) {
        if (c > 0x7F) {
          problems.add(where(i) + " has a non-ASCII character: write it as \\uXXXX");
          break;
        }
      }
    }
    Map<String, Integer> firstLine = new HashMap<>();
    Properties one = new Properties();
    for (int i = 0; i < lines.length; i++) {
      int start = i;
      StringBuilder logical = new StringBuilder(lines[i]);
      while (endsWithContinuation(logical) && i + 1 < lines.length) {
        logical.setLength(logical.length() - 1);
        logical.append(lines[++i].stripLeading());
      }
      String line = logical.toString().strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      one.clear();
      try {
        one.load(new StringReader(line));
      } catch (IOException | IllegalArgumentException e) {
        problems.add(where(start) + " cannot be read: " + e.getMessage());
        continue;
      }
      for (String key : one.stringPropertyNames()) {
        String value = one.getProperty(key);
        Integer previous = firstLine.putIfAbsent(key, start);
        if (previous != null) {
          problems.add(
              where(start) + " repeats key " + key + " (first at line " + (previous + 1) + ")");
        }
        if (value.isBlank()) {
          problems.add(where(start) + " gives key " + key + " an empty text");
        }
        if (PLACEHOLDER.matcher(value).find()) {
          try {
            new MessageFormat(value);
          } catch (IllegalArgumentException e) {
            problems.add(where(start) + ": " + key + " is not a valid MessageFormat pattern");
          }
        }
        // Every text goes through MessageFormat (Jira's i18n helper and the sandbox's texts
        // format even without arguments), so a single apostrophe is always swallowed.
        if (value.replace("''", "").contains("'")) {
          problems.add(
              where(start)
                  + ": "
                  + key
                  + " has a single apostrophe, which MessageFormat drops (\"the projects own\"):"
                  + " write ''");
        }
      }
    }
    return problems;
  }

  private String where(int zeroBasedLine) {
    return file.getFileName() + ":" + (zeroBasedLine + 1);
  }

  private static boolean endsWithContinuation(CharSequence line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}

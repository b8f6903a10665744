package io.lodestar.pmo.jira.checks;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file refers to, read from its constant pool the way bnd does to compute
 * {@code Import-Package}: class entries, and type descriptors and signatures (fields, methods,
 * annotations, generics); string literals are left out.
 */
final class ClassReferences {

  private static final Pattern TYPE_IN_DESCRIPTOR =
      Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[A-Za-z_$][\\w$]*)+)[;<]");

  private ClassReferences() {}

  /**
   * Binary names ({@code com.atlassian.jira.issue.Issue}) of the classes {@code classFile} uses.
   */
  static Set<String> of(byte[] classFile) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IllegalArgumentException("not a class file");
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      List<Integer> classNames = new ArrayList<>();
      Set<Integer> literals = new HashSet<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 3, 4 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++; // longs and doubles take two slots
          }
          case 7 -> classNames.add(in.readUnsignedShort());
          case 8 -> literals.add(in.readUnsignedShort());
          case 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          case 16, 19, 20 -> in.readUnsignedShort();
          default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
        }
      }
      Set<String> names = new TreeSet<>();
      for (int index : classNames) {
        String name = utf8[index];
        if (name.startsWith("[")) {
          addDescriptorTypes(name, names);
        } else {
          names.add(name.replace('/', '.'));
        }
      }
      for (int i = 1; i < count; i++) {
        if (utf8[i] != null && !literals.contains(i)) {
          addDescriptorTypes(utf8[i], names);
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The packages of {@link #of}. */
  static Set<String> packagesOf(byte[] classFile) {
    Set<String> packages = new TreeSet<>();
    for (String name : of(classFile)) {
      int dot = name.lastIndexOf('.');
      if (dot > 0) {
        packages.add(name.substring(0, dot));
      }
    }
    return packages;
  }

  private static void addDescriptorTypes(String text, Set<String> names) {
    Matcher m = TYPE_IN_DESCRIPTOR.matcher(text);
    while (m.find()) {
      names.add(m.group(1).replace('/', '.'));
    }
  }
}

package io.lodestar.pmo.standin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders the erased, public/protected shape of the compiled stand-in types, one line per element,
 * in the syntax of {@code verified-signatures.txt}:
 *
 * <pre>
 * decl   public final class a.B extends java.lang.Object implements java.lang.Comparable
 * ctor   public (java.lang.String,int)
 * method public static a.B valueOf(java.lang.String) throws a.E
 * field  public static final int MAX = 450
 * </pre>
 *
 * Types are erased; varargs print as {@code T...}; modifiers are the ones that matter for linkage
 * and subclassing (public, protected, static, final, abstract, plus {@code default} for default
 * interface methods); {@code static final} primitive and String fields print their value;
 * annotation elements print their default. Synthetic and bridge members are ignored.
 *
 * <p>{@code main} prints every stand-in type in that form, to draft new entries.
 */
final class StandinSignatures {

  /** Where the stand-in classes are: the code sources of one class of each stand-in module. */
  static final List<Class<?>> MODULE_ANCHORS =
      List.of(
          com.atlassian.activeobjects.external.ModelVersion.class, // jira-api-standin
          com.atlassian.annotations.security.AdminOnly.class); // annotations-standin

  private StandinSignatures() {}

  /** Every named (not anonymous, not local, not synthetic) class of the stand-in modules. */
  static TreeMap<String, Class<?>> standinTypes() {
    TreeMap<String, Class<?>> types = new TreeMap<>();
    ClassLoader loader = StandinSignatures.class.getClassLoader();
    for (Class<?> anchor : MODULE_ANCHORS) {
      for (String name : classNamesAt(anchor.getProtectionDomain().getCodeSource().getLocation())) {
        Class<?> type;
        try {
          type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        if (!type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic()) {
          types.put(type.getName(), type);
        }
      }
    }
    return types;
  }

  private static List<String> classNamesAt(URL location) {
    try {
      Path path = Path.of(location.toURI());
      List<String> names = new ArrayList<>();
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          files
              .filter(p -> p.toString().endsWith(".class"))
              .map(p -> path.relativize(p).toString())
              .forEach(n -> names.add(toClassName(n)));
        }
      } else {
        try (JarFile jar = new JarFile(path.toFile())) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String n = entries.nextElement().getName();
            if (n.endsWith(".class") && !n.startsWith("META-INF/")) {
              names.add(toClassName(n));
            }
          }
        }
      }
      names.removeIf(n -> n.endsWith("module-info") || n.endsWith("package-info"));
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String toClassName(String file) {
    return file.substring(0, file.length() - ".class".length())
        .replace('\\', '/')
        .replace('/', '.');
  }

  /** The declaration line of a type. */
  static String decl(Class<?> type) {
    StringBuilder b = new StringBuilder("decl ");
    int mods = type.getModifiers();
    b.append(modifiers(mods, type.isInterface() || type.isEnum()));
    if (type.isAnnotation()) {
      b.append("@interface ").append(type.getName());
      Retention retention = type.getAnnotation(Retention.class);
      Target target = type.getAnnotation(Target.class);
      b.append(" retention=").append(retention == null ? "CLASS" : retention.value());
      if (target != null) {
        b.append(" target=")
            .append(
                Arrays.stream(target.value())
                    .map(Enum::name)
                    .sorted()
                    .collect(Collectors.joining(",", "[", "]")));
      }
      if (type.isAnnotationPresent(Documented.class)) {
        b.append(" documented");
      }
      return b.toString();
    }
    if (type.isInterface()) {
      b.append("interface ").append(type.getName());
      appendList(b, " extends ", type.getInterfaces());
      return b.toString();
    }
    b.append(type.isEnum() ? "enum " : "class ").append(type.getName());
    if (!type.isEnum()) {
      b.append(" extends ").append(type.getSuperclass().getName());
    }
    appendList(b, " implements ", type.getInterfaces());
    return b.toString();
  }

  private static void appendList(StringBuilder b, String keyword, Class<?>[] types) {
    if (types.length > 0) {
      b.append(keyword)
          .append(
              Arrays.stream(types).map(Class::getName).sorted().collect(Collectors.joining(", ")));
    }
  }

  /**
   * The member lines of a type: its declared public and protected constructors, methods, fields.
   */
  static Set<String> members(Class<?> type) {
    Set<String> lines = new TreeSet<>();
    if (!type.isInterface()) {
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers()) && !c.isSynthetic()) {
          lines.add("ctor " + modifiers(c.getModifiers(), false) + params(c) + throwsClause(c));
        }
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        StringBuilder b = new StringBuilder("method ");
        b.append(modifiers(m.getModifiers(), false));
        if (m.isDefault()) {
          b.append("default ");
        }
        b.append(typeName(m.getReturnType())).append(' ').append(m.getName()).append(params(m));
        b.append(throwsClause(m));
        if (m.getDefaultValue() != null) {
          b.append(" default ").append(value(m.getDefaultValue()));
        }
        lines.add(b.toString());
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        StringBuilder b = new StringBuilder("field ");
        b.append(modifiers(f.getModifiers(), false))
            .append(typeName(f.getType()))
            .append(' ')
            .append(f.getName());
        if (isConstant(f)) {
          try {
            b.append(" = ").append(value(f.get(null)));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
        lines.add(b.toString());
      }
    }
    return lines;
  }

  /** A {@code static final} field of primitive or String type: javac inlines its value. */
  static boolean isConstant(Field f) {
    int m = f.getModifiers();
    return Modifier.isStatic(m)
        && Modifier.isFinal(m)
        && (f.getType().isPrimitive() || f.getType() == String.class);
  }

  private static boolean visible(int mods) {
    return Modifier.isPublic(mods) || Modifier.isProtected(mods);
  }

  private static String modifiers(int mods, boolean interfaceOrEnumType) {
    StringBuilder b = new StringBuilder();
    if (Modifier.isPublic(mods)) {
      b.append("public ");
    }
    if (Modifier.isProtected(mods)) {
      b.append("protected ");
    }
    if (Modifier.isPrivate(mods)) {
      b.append("private ");
    }
    // Implicit on interfaces (abstract, static when nested) and enums (static when nested).
    if (Modifier.isAbstract(mods) && !interfaceOrEnumType) {
      b.append("abstract ");
    }
    if (Modifier.isStatic(mods) && !interfaceOrEnumType) {
      b.append("static ");
    }
    if (Modifier.isFinal(mods)) {
      b.append("final ");
    }
    return b.toString();
  }

  private static String params(Executable e) {
    Class<?>[] types = e.getParameterTypes();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      if (i == types.length - 1 && e.isVarArgs()) {
        names.add(typeName(types[i].getComponentType()) + "...");
      } else {
        names.add(typeName(types[i]));
      }
    }
    return names.stream().collect(Collectors.joining(",", "(", ")"));
  }

  private static String throwsClause(Executable e) {
    Class<?>[] types = e.getExceptionTypes();
    if (types.length == 0) {
      return "";
    }
    return " throws "
        + Arrays.stream(types).map(Class::getName).sorted().collect(Collectors.joining(","));
  }

  private static String typeName(Class<?> type) {
    return type.isArray() ? typeName(type.getComponentType()) + "[]" : type.getName();
  }

  private static String value(Object v) {
    if (v instanceof String s) {
      return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    if (v instanceof Character c) {
      return "'" + c + "'";
    }
    if (v instanceof Class<?> c) {
      return typeName(c) + ".class";
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof Annotation a) {
      return "@" + a.annotationType().getName();
    }
    if (v != null && v.getClass().isArray()) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < Array.getLength(v); i++) {
        items.add(value(Array.get(v, i)));
      }
      return items.stream().collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(v);
  }

  /** Prints a draft entry for every stand-in type. */
  public static void main(String[] args) {
    for (Class<?> type : standinTypes().values()) {
      System.out.println("type " + type.getName());
      System.out.println(decl(type));
      members(type).forEach(System.out::println);
      System.out.println("end");
      System.out.println();
    }
  }
}

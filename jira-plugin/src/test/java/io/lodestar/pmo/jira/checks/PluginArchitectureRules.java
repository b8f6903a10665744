package io.lodestar.pmo.jira.checks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaStaticInitializer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The architecture rules of the code the bundle ships: jira-plugin's own classes and the embedded
 * host-neutral app's, checked by {@link PluginArchitectureTest} on both modules' {@code
 * target/classes}.
 *
 * <h2>Package conventions</h2>
 *
 * Packages are by feature, then by role, one {@code shared} per module: {@code
 * io.lodestar.pmo.app.<feature>.<role>} (roles {@code rest}, {@code web}, {@code panel}, {@code
 * persistence} codecs; {@code shared.host} holds the ports a host implements) and {@code
 * io.lodestar.pmo.jira.<feature>.<role>} (roles {@code persistence}, {@code customfield}, {@code
 * panel}, {@code job}, {@code source}; {@code shared.host} holds the Jira adapters of app's ports).
 *
 * <p>That app names no host type is enforced by the compiler (its class path holds only the REST v2
 * access annotations of Atlassian's); {@link #APP_NAMES_NO_HOST_TYPES} states it once more, so that
 * the rule survives a change to app's dependencies.
 *
 * <h2>Rules</h2>
 *
 * <ol>
 *   <li>{@link #NO_NON_FINAL_STATIC_FIELDS}: no mutable static state, part 1.
 *   <li>{@link #NO_MUTABLE_STATIC_VALUES}: no mutable static state, part 2.
 *   <li>{@link #NO_STATIC_SERVICE_LOOKUP}: no {@code ComponentAccessor}.
 *   <li>{@link #APP_NAMES_NO_HOST_TYPES}: app stays host-neutral.
 *   <li>{@link #JAKARTA_NOT_JAVAX}: Jira 11 is Jakarta EE 10.
 *   <li>{@link #REST_RESOURCES_IN_REST_PACKAGES}, {@link #REST_RESOURCES_DECLARE_ACCESS}: REST v2,
 *       resources in app.
 * </ol>
 */
final class PluginArchitectureRules {

  /** The Jira adapters (jira-plugin). */
  static final String PLUGIN = "io.lodestar.pmo.jira..";

  /** The host-neutral app (embedded in the bundle, hosted by the sandbox too). */
  static final String APP = "io.lodestar.pmo.app..";

  /** Everything the bundle ships of ours, but the engine (which has rules of its own). */
  static final String[] SHIPPED = {PLUGIN, APP};

  /** Access annotations REST v2 honours (PLATFORM.md §1.2). */
  static final Set<String> ACCESS_ANNOTATIONS =
      Set.of(
          "AdminOnly",
          "SystemAdminOnly",
          "LicensedOnly",
          "UnlicensedSiteAccess",
          "AnonymousSiteAccess",
          "UnrestrictedAccess");

  static final Set<String> ACCESS_ANNOTATION_PACKAGES =
      Set.of(
          "com.atlassian.annotations.security",
          "com.atlassian.plugins.rest.api.security.annotation");

  /** JDK types whose instances are mutable: never the value of a static field. */
  static final Set<String> MUTABLE_TYPES =
      Set.of(
          "java.util.ArrayList",
          "java.util.LinkedList",
          "java.util.Vector",
          "java.util.Stack",
          "java.util.ArrayDeque",
          "java.util.HashMap",
          "java.util.LinkedHashMap",
          "java.util.TreeMap",
          "java.util.Hashtable",
          "java.util.Properties",
          "java.util.EnumMap",
          "java.util.IdentityHashMap",
          "java.util.WeakHashMap",
          "java.util.HashSet",
          "java.util.LinkedHashSet",
          "java.util.TreeSet",
          "java.util.EnumSet",
          "java.util.BitSet",
          "java.util.Date",
          "java.util.Calendar",
          "java.lang.StringBuilder",
          "java.lang.StringBuffer",
          "java.util.concurrent.ConcurrentHashMap",
          "java.util.concurrent.ConcurrentLinkedQueue",
          "java.util.concurrent.CopyOnWriteArrayList",
          "java.util.concurrent.CopyOnWriteArraySet");

  /** Calls that make a collection unmodifiable, in a static initializer. */
  static final Map<String, Set<String>> UNMODIFIABLE_FACTORIES =
      Map.of(
          "java.util.Collections",
          Set.of(
              "unmodifiableList",
              "unmodifiableSet",
              "unmodifiableMap",
              "unmodifiableCollection",
              "unmodifiableSortedMap",
              "unmodifiableSortedSet",
              "unmodifiableNavigableMap",
              "unmodifiableNavigableSet",
              "emptyList",
              "emptySet",
              "emptyMap",
              "singletonList",
              "singleton",
              "singletonMap"),
          "java.util.List",
          Set.of("of", "copyOf"),
          "java.util.Set",
          Set.of("of", "copyOf"),
          "java.util.Map",
          Set.of("of", "copyOf", "ofEntries"),
          "java.util.stream.Stream",
          Set.of("toList"),
          "java.util.stream.Collectors",
          Set.of("toUnmodifiableList", "toUnmodifiableSet", "toUnmodifiableMap"));

  private PluginArchitectureRules() {}

  static final ArchRule NO_NON_FINAL_STATIC_FIELDS =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAnyPackage(SHIPPED)
          .and()
          .areStatic()
          .and()
          .doNotHaveModifier(JavaModifier.SYNTHETIC)
          .should()
          .beFinal()
          .because(
              "a Data Center node must hold no state of its own outside the database and the"
                  + " host's caches (STYLE.md 7)")
          .allowEmptyShould(true);

  static final ArchRule NO_MUTABLE_STATIC_VALUES =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAnyPackage(SHIPPED)
          .and()
          .areStatic()
          .and()
          .areFinal()
          .and()
          .doNotHaveModifier(JavaModifier.SYNTHETIC)
          .should(holdNoMutableValue())
          .because(
              "a static final collection, shared array or builder is mutable static state: use"
                  + " List.of, Map.of, List.copyOf or Collections.unmodifiable* (a private array"
                  + " filled in once by the static initializer, a lookup table, is allowed)")
          .allowEmptyShould(true);

  static final ArchRule NO_STATIC_SERVICE_LOOKUP =
      noClasses()
          .that()
          .resideInAnyPackage(SHIPPED)
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
          .because(
              "collaborators come through the constructor from the Spring XML wiring; static"
                  + " look-ups hide dependencies and cannot be tested (STYLE.md 7)")
          .allowEmptyShould(true);

  static final ArchRule APP_NAMES_NO_HOST_TYPES =
      noClasses()
          .that()
          .resideInAPackage(APP)
          .should()
          .dependOnClassesThat(hostTypes())
          .because(
              "app is hosted by the sandbox too: reach Jira through the host ports of"
                  + " io.lodestar.pmo.app.shared.host, implemented in io.lodestar.pmo.jira")
          .allowEmptyShould(true);

  static final ArchRule JAKARTA_NOT_JAVAX =
      noClasses()
          .that()
          .resideInAnyPackage(SHIPPED)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "javax.ws.rs..", "javax.servlet..", "javax.inject..", "javax.xml.bind..")
          .because(
              "Jira 11 (Platform 8) is Jakarta EE 10: jakarta.ws.rs, jakarta.servlet, jakarta.inject")
          .allowEmptyShould(true);

  static final ArchRule REST_RESOURCES_IN_REST_PACKAGES =
      classes()
          .that()
          .resideInAnyPackage(SHIPPED)
          .and()
          .areAnnotatedWith("jakarta.ws.rs.Path")
          .should()
          .resideInAPackage("io.lodestar.pmo.app..rest..")
          .because(
              "REST resources are host-neutral and live in io.lodestar.pmo.app.<feature>.rest,"
                  + " where the descriptor's <rest> module and the sandbox both find them")
          .allowEmptyShould(true);

  static final ArchRule REST_RESOURCES_DECLARE_ACCESS =
      classes()
          .that()
          .resideInAnyPackage(SHIPPED)
          .and()
          .areAnnotatedWith("jakarta.ws.rs.Path")
          .should(declareAccessOnEveryResourceMethod())
          .because(
              "under REST v2 a resource without an access annotation silently means licensed users"
                  + " only, and @AnonymousAllowed is ignored: say who may call it (PLATFORM.md §1.2)")
          .allowEmptyShould(true);

  static final List<ArchRule> ALL =
      List.of(
          NO_NON_FINAL_STATIC_FIELDS,
          NO_MUTABLE_STATIC_VALUES,
          NO_STATIC_SERVICE_LOOKUP,
          APP_NAMES_NO_HOST_TYPES,
          JAKARTA_NOT_JAVAX,
          REST_RESOURCES_IN_REST_PACKAGES,
          REST_RESOURCES_DECLARE_ACCESS);

  /** Any Atlassian or Active Objects type, except the REST v2 access annotations. */
  static DescribedPredicate<JavaClass> hostTypes() {
    return DescribedPredicate.describe(
        "host types (com.atlassian.. other than the REST v2 access annotations, net.java.ao..)",
        c ->
            (c.getPackageName().startsWith("com.atlassian.")
                    && !c.getPackageName().startsWith("com.atlassian.annotations")
                    && !ACCESS_ANNOTATION_PACKAGES.contains(c.getPackageName()))
                || c.getPackageName().startsWith("net.java.ao"));
  }

  private static ArchCondition<JavaField> holdNoMutableValue() {
    return new ArchCondition<>("hold no mutable value") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        JavaClass type = field.getRawType();
        String violation = null;
        if (type.isArray() && !field.getModifiers().contains(JavaModifier.PRIVATE)) {
          // a private array filled in by the static initializer is a lookup table, not state
          violation = "is an array that is not private";
        } else if (MUTABLE_TYPES.contains(type.getName())
            || type.getPackageName().equals("java.util.concurrent.atomic")) {
          violation = "is a " + type.getName();
        } else if ((type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class))
            && buildsMutableCollectionWithoutWrapping(field.getOwner())) {
          violation =
              "is a " + type.getSimpleName() + " built from a mutable collection and never wrapped";
        }
        if (violation != null) {
          events.add(
              SimpleConditionEvent.violated(
                  field, "static field " + field.getFullName() + " " + violation));
        }
      }
    };
  }

  private static boolean buildsMutableCollectionWithoutWrapping(JavaClass owner) {
    Optional<JavaStaticInitializer> init = owner.getStaticInitializer();
    if (init.isEmpty()) {
      return false;
    }
    boolean mutable =
        init.get().getConstructorCallsFromSelf().stream()
                .anyMatch(call -> MUTABLE_TYPES.contains(call.getTargetOwner().getName()))
            || init.get().getMethodCallsFromSelf().stream()
                .anyMatch(
                    call ->
                        call.getTargetOwner().getName().equals("java.util.EnumSet")
                            || (call.getTargetOwner().getName().equals("java.util.Arrays")
                                && call.getName().equals("asList"))
                            || (call.getTargetOwner()
                                    .getName()
                                    .equals("java.util.stream.Collectors")
                                && Set.of("toList", "toSet", "toMap", "groupingBy")
                                    .contains(call.getName())));
    boolean wrapped =
        init.get().getMethodCallsFromSelf().stream()
            .anyMatch(
                call ->
                    UNMODIFIABLE_FACTORIES
                        .getOrDefault(call.getTargetOwner().getName(), Set.of())
                        .contains(call.getName()));
    return mutable && !wrapped;
  }

  private static ArchCondition<JavaClass> declareAccessOnEveryResourceMethod() {
    return new ArchCondition<>(
        "declare a REST v2 access annotation on the class or every resource method") {
      @Override
      public void check(JavaClass resource, ConditionEvents events) {
        if (hasAccessAnnotation(resource.getAnnotations())) {
          return;
        }
        for (JavaMethod method : resource.getMethods()) {
          if (isResourceMethod(method) && !hasAccessAnnotation(method.getAnnotations())) {
            events.add(
                SimpleConditionEvent.violated(
                    method,
                    method.getFullName()
                        + " has no access annotation (@LicensedOnly, @AdminOnly, @UnrestrictedAccess …)"
                        + " and neither has its class"));
          }
        }
      }
    };
  }

  private static boolean hasAccessAnnotation(Set<? extends JavaAnnotation<?>> annotations) {
    return annotations.stream()
        .map(a -> a.getRawType())
        .anyMatch(
            t ->
                ACCESS_ANNOTATIONS.contains(t.getSimpleName())
                    && ACCESS_ANNOTATION_PACKAGES.contains(t.getPackageName()));
  }

  private static boolean isResourceMethod(JavaMethod method) {
    return method.getModifiers().contains(JavaModifier.PUBLIC)
        && method.getAnnotations().stream()
            .anyMatch(
                a ->
                    a.getRawType().isAnnotatedWith("jakarta.ws.rs.HttpMethod")
                        || Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
                                .contains(a.getRawType().getSimpleName())
                            && a.getRawType().getPackageName().equals("jakarta.ws.rs"));
  }
}

package io.lodestar.pmo.engine;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine depends on nothing but the JDK and holds no mutable static state (STYLE.md 1 and 7).
 * The {@link ArchTest} rules check the engine's production classes; the {@link Test} methods prove
 * each rule fails on the small bad classes nested at the end of this file.
 */
@AnalyzeClasses(
    packages = "io.lodestar.pmo.engine",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ENGINE = "io.lodestar.pmo.engine..";

  /** Platform packages the engine must never name, listed for a clear message. */
  private static final String[] PLATFORMS = {
    "com.atlassian..",
    "net.java.ao..",
    "org.springframework..",
    "jakarta..",
    "javax..",
    "java.sql.."
  };

  @ArchTest
  static final ArchRule ENGINE_DEPENDS_ONLY_ON_THE_JDK =
      classes()
          .that()
          .resideInAPackage(ENGINE)
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage("java..", ENGINE).and(not(resideInAPackage("java.sql.."))))
          .because(
              "the engine is plain Java: ports are interfaces it owns, adapters live elsewhere")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule ENGINE_NAMES_NO_PLATFORM =
      noClasses()
          .that()
          .resideInAPackage(ENGINE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(PLATFORMS)
          .because(
              "no Atlassian, Active Objects, Spring, JAX-RS, servlet or JDBC type in the engine")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule NO_NON_FINAL_STATIC_FIELDS =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage(ENGINE)
          .and()
          .areStatic()
          .and()
          .doNotHaveModifier(JavaModifier.SYNTHETIC)
          .should()
          .beFinal()
          .because("the engine holds no mutable static state")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule NO_MUTABLE_STATIC_VALUES =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage(ENGINE)
          .and()
          .areStatic()
          .and()
          .areFinal()
          .and()
          .doNotHaveModifier(JavaModifier.SYNTHETIC)
          .should(holdNoMutableValue())
          .because(
              "use List.of, Map.of, List.copyOf or Collections.unmodifiable* for constants; only a"
                  + " private array filled in by the static initializer (a lookup table) is allowed")
          .allowEmptyShould(true);

  // ------------------------------------------------------------------ the rules fail on bad input

  private static final JavaClasses FIXTURES =
      new ClassFileImporter()
          .importClasses(
              UsesJdbc.class,
              UsesJavaxSql.class,
              UsesATestLibrary.class,
              HoldsMutableState.class,
              HoldsConstants.class);

  @Test
  void jdkOnlyRule_shouldFail_whenEngineClassUsesJdbcJavaxOrALibrary() {
    List<String> violations = violations(ENGINE_DEPENDS_ONLY_ON_THE_JDK);
    assertThat(violations)
        .anyMatch(v -> v.contains("UsesJdbc") && v.contains("java.sql.Timestamp"))
        .anyMatch(v -> v.contains("UsesJavaxSql") && v.contains("javax.sql.DataSource"))
        .anyMatch(v -> v.contains("UsesATestLibrary") && v.contains("org.assertj"))
        .noneMatch(v -> v.contains("HoldsConstants"));
  }

  @Test
  void platformRule_shouldFail_whenEngineClassNamesJdbc() {
    assertThat(violations(ENGINE_NAMES_NO_PLATFORM)).anyMatch(v -> v.contains("UsesJdbc"));
  }

  @Test
  void staticStateRules_shouldFail_onNonFinalStaticsMutableCollectionsAndArrays() {
    assertThat(violations(NO_NON_FINAL_STATIC_FIELDS))
        .anyMatch(v -> v.contains("HoldsMutableState.counter"))
        .noneMatch(v -> v.contains("HoldsConstants"));
    assertThat(violations(NO_MUTABLE_STATIC_VALUES))
        .anyMatch(v -> v.contains("HoldsMutableState.NAMES"))
        .anyMatch(v -> v.contains("HoldsMutableState.LIMITS"))
        .noneMatch(v -> v.contains("HoldsConstants"));
  }

  private static List<String> violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(FIXTURES);
    assertThat(result.hasViolation())
        .as("%s must fail on the fixtures", rule.getDescription())
        .isTrue();
    return result.getFailureReport().getDetails();
  }

  private static ArchCondition<JavaField> holdNoMutableValue() {
    Set<String> mutable =
        Set.of(
            "java.util.ArrayList",
            "java.util.LinkedList",
            "java.util.ArrayDeque",
            "java.util.HashMap",
            "java.util.LinkedHashMap",
            "java.util.TreeMap",
            "java.util.EnumMap",
            "java.util.HashSet",
            "java.util.LinkedHashSet",
            "java.util.TreeSet",
            "java.util.EnumSet",
            "java.util.Date",
            "java.lang.StringBuilder",
            "java.lang.StringBuffer",
            "java.util.concurrent.ConcurrentHashMap");
    return new ArchCondition<>("hold no mutable value") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        JavaClass type = field.getRawType();
        boolean collection =
            type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class);
        boolean builtMutable =
            field.getOwner().getStaticInitializer().stream()
                .flatMap(init -> init.getConstructorCallsFromSelf().stream())
                .anyMatch(call -> mutable.contains(call.getTargetOwner().getName()));
        boolean wrapped =
            field.getOwner().getStaticInitializer().stream()
                .flatMap(init -> init.getMethodCallsFromSelf().stream())
                .anyMatch(
                    call ->
                        call.getName().startsWith("unmodifiable")
                            || call.getName().equals("copyOf")
                            || call.getName().startsWith("toUnmodifiable"));
        // A private array filled in by the static initializer is a lookup table, not state.
        boolean sharedArray =
            type.isArray() && !field.getModifiers().contains(JavaModifier.PRIVATE);
        if (sharedArray
            || mutable.contains(type.getName())
            || type.getPackageName().equals("java.util.concurrent.atomic")
            || (collection && builtMutable && !wrapped)) {
          events.add(
              SimpleConditionEvent.violated(
                  field, "static field " + field.getFullName() + " holds a mutable value"));
        }
      }
    };
  }

  // ------------------------------------------------------------------ bad (and good) fixtures

  /** Bad: JDBC in the engine. */
  static final class UsesJdbc {
    java.sql.Timestamp at;
  }

  /** Bad: a javax type. */
  static final class UsesJavaxSql {
    javax.sql.DataSource source;
  }

  /** Bad: a library (any non-JDK type). */
  static final class UsesATestLibrary {
    org.assertj.core.api.Assertions assertions;
  }

  /** Bad: mutable static state. */
  static final class HoldsMutableState {
    static int counter;
    static final List<String> NAMES = new ArrayList<>();
    static final int[] LIMITS = {1, 2};
  }

  /** Good: constants, and a private lookup table filled in once. */
  static final class HoldsConstants {
    static final List<String> NAMES = List.of("a", "b");
    static final int LIMIT = 3;
    private static final double[] TABLE = new double[4];

    static {
      for (int i = 0; i < TABLE.length; i++) {
        TABLE[i] = Math.log(i + 1.0);
      }
    }

    static double at(int i) {
      return TABLE[i];
    }
  }
}

package io.lodestar.pmo.app.risk.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.annotations.security.UnlicensedSiteAccess;
import com.atlassian.annotations.security.UnrestrictedAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.lodestar.pmo.app.shared.rest.XsrfProtectionFilter;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * Every risk REST resource carries an explicit REST v2 access annotation, and no state-changing
 * method escapes the XSRF filter.
 */
public class RestResourceConventionsTest {

  private static final Set<Class<? extends Annotation>> ACCESS =
      Set.of(
          AdminOnly.class,
          SystemAdminOnly.class,
          LicensedOnly.class,
          UnlicensedSiteAccess.class,
          AnonymousSiteAccess.class,
          UnrestrictedAccess.class);

  private static List<Class<?>> resources() {
    List<Class<?>> result = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(RestErrors.class.getPackageName())) {
      Class<?> type = c.reflect();
      if (type.isAnnotationPresent(Path.class)) {
        result.add(type);
      }
    }
    return result;
  }

  private static List<Method> resourceMethods(Class<?> type) {
    List<Method> result = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (httpMethod(m) != null) {
        result.add(m);
      }
    }
    return result;
  }

  private static String httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
      if (h != null) {
        return h.value();
      }
    }
    return null;
  }

  private static long accessAnnotations(java.lang.reflect.AnnotatedElement e) {
    return ACCESS.stream().filter(e::isAnnotationPresent).count();
  }

  @Test
  public void resources_shouldExist_inTheRestPackage() {
    assertThat(resources()).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  public void everyResourceClass_shouldCarryExactlyOneAccessAnnotation() {
    for (Class<?> type : resources()) {
      assertThat(accessAnnotations(type)).as(type.getSimpleName()).isEqualTo(1);
    }
  }

  @Test
  public void everyResourceMethod_shouldCarryExactlyOneAccessAnnotation() {
    for (Class<?> type : resources()) {
      for (Method m : resourceMethods(type)) {
        assertThat(accessAnnotations(m)).as(type.getSimpleName() + "#" + m.getName()).isEqualTo(1);
      }
    }
  }

  @Test
  public void noResource_shouldBeOpenToAnonymousUsers() {
    for (Class<?> type : resources()) {
      assertThat(type.isAnnotationPresent(UnrestrictedAccess.class)).isFalse();
      assertThat(type.isAnnotationPresent(AnonymousSiteAccess.class)).isFalse();
      for (Method m : resourceMethods(type)) {
        assertThat(m.isAnnotationPresent(UnrestrictedAccess.class))
            .as(type.getSimpleName() + "#" + m.getName())
            .isFalse();
        assertThat(m.isAnnotationPresent(AnonymousSiteAccess.class))
            .as(type.getSimpleName() + "#" + m.getName())
            .isFalse();
      }
    }
  }

  @Test
  public void stateChangingMethods_shouldNeedTheXsrfToken() {
    int checked = 0;
    for (Class<?> type : resources()) {
      for (Method m : resourceMethods(type)) {
        String verb = httpMethod(m);
        if (!verb.equals(GET.class.getSimpleName())) {
          ContainerRequestContext request = mock(ContainerRequestContext.class);
          when(request.getMethod()).thenReturn(verb);
          new XsrfProtectionFilter().filter(request);
          verify(request).abortWith(any(Response.class));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(0);
  }

  @Test
  public void noResource_shouldOptOutOfXsrfProtection() {
    for (Class<?> type : resources()) {
      List<String> annotations = new ArrayList<>();
      for (Annotation a : type.getAnnotations()) {
        annotations.add(a.annotationType().getSimpleName());
      }
      for (Method m : resourceMethods(type)) {
        for (Annotation a : m.getAnnotations()) {
          annotations.add(a.annotationType().getSimpleName());
        }
      }
      assertThat(annotations).as(type.getSimpleName()).noneMatch(n -> n.contains("Xsrf"));
    }
  }

  @Test
  public void stateChangingVerbs_shouldBeOnlyPostPutDelete() {
    Set<String> verbs =
        resources().stream()
            .flatMap(t -> resourceMethods(t).stream())
            .map(RestResourceConventionsTest::httpMethod)
            .collect(Collectors.toSet());
    assertThat(verbs)
        .isSubsetOf(
            GET.class.getSimpleName(),
            POST.class.getSimpleName(),
            PUT.class.getSimpleName(),
            DELETE.class.getSimpleName());
  }
}

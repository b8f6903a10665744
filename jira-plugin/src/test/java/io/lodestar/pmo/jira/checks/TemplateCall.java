package io.lodestar.pmo.jira.checks;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One method a template made Velocity invoke, explicitly ({@code $x.getTitle()}) or through a
 * property ({@code $x.title}).
 *
 * @param template the template, {@code templates/risk/issue-panel.vm}
 * @param line the line of the call
 * @param receiver the runtime class of the object called
 * @param method the method Velocity resolved
 */
record TemplateCall(String template, int line, Class<?> receiver, Method method) {

  /** {@code fully.qualified.DeclaringClass#name(param.Type, int)}: the allow-list syntax. */
  String signature() {
    return signature(method.getDeclaringClass(), method);
  }

  static String signature(Class<?> owner, Method method) {
    return owner.getName()
        + "#"
        + method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getTypeName)
            .collect(Collectors.joining(", ", "(", ")"));
  }

  String where() {
    return template + ":" + line;
  }
}

package io.lodestar.pmo.jira.checks;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Velocity's default introspection, recording every method it resolves for a template, with the
 * template and line: what Jira's method allow-list would be asked about. The list to record into is
 * the engine's application attribute {@link #CALLS}.
 */
public class RecordingUberspect extends UberspectImpl {

  /** Application attribute holding the {@code List<TemplateCall>} to append to. */
  static final String CALLS = RecordingUberspect.class.getName() + ".calls";

  @Override
  public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
    VelMethod method = super.getMethod(obj, methodName, args, info);
    if (method != null && obj != null) {
      record(obj, method.getMethod(), info);
    }
    return method;
  }

  @Override
  public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
    VelPropertyGet getter = super.getPropertyGet(obj, identifier, info);
    if (getter != null && obj != null) {
      record(obj, resolve(obj, getter.getMethodName(), identifier), info);
    }
    return getter;
  }

  /** The method behind a property: getX()/isX(), Map.get(key) or get("x"). */
  private Method resolve(Object obj, String methodName, String identifier) {
    try {
      if (obj instanceof Map<?, ?> && "get".equals(methodName)) {
        return Map.class.getMethod("get", Object.class);
      }
      Object[] args = "get".equals(methodName) ? new Object[] {identifier} : new Object[0];
      return introspector.getMethod(obj.getClass(), methodName, args);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private void record(Object obj, Method method, Info info) {
    if (method == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<TemplateCall> calls = (List<TemplateCall>) rsvc.getApplicationAttribute(CALLS);
    if (calls != null) {
      calls.add(new TemplateCall(info.getTemplateName(), info.getLine(), obj.getClass(), method));
    }
  }
}

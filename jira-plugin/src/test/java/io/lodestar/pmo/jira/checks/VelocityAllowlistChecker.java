package io.lodestar.pmo.jira.checks;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.IncludeEventHandler;
import org.apache.velocity.app.event.InvalidReferenceEventHandler;
import org.apache.velocity.app.event.implement.EscapeHtmlReference;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.FileResourceLoader;
import org.apache.velocity.util.introspection.Info;

/**
 * Renders every template with its samples on Velocity 2, configured like Jira's Velocity (HTML
 * escaping on, no type conversion, 1.x truthiness), records every method the templates make
 * Velocity call, and checks each against the descriptor's {@code <velocity-allowlist>} (our
 * classes), the JDK methods we accept (Jira's global allow-list covers them) and the host methods
 * we accept.
 */
final class VelocityAllowlistChecker {

  /**
   * JDK methods a template may call, matched against the receiver's type: read-only, side-effect
   * free, and expected on Jira's global allow-list (which is not published; keep this list short).
   */
  static final List<String> ACCEPTED_JDK_METHODS =
      List.of(
          "java.lang.Object#toString()",
          "java.lang.String#length()",
          "java.lang.String#isEmpty()",
          "java.lang.Enum#name()",
          "java.util.Collection#size()",
          "java.util.Collection#isEmpty()",
          "java.util.Collection#contains(java.lang.Object)",
          "java.util.List#get(int)",
          "java.util.Map#get(java.lang.Object)",
          "java.util.Map#containsKey(java.lang.Object)",
          "java.util.Map#isEmpty()",
          "java.util.Map#size()",
          "java.util.Map$Entry#getKey()",
          "java.util.Map$Entry#getValue()");

  /** Host methods a template may call; Jira's own templates use them everywhere. */
  static final List<String> ACCEPTED_HOST_METHODS =
      List.of("com.atlassian.jira.util.I18nHelper#getText(java.lang.String)");

  static final String OWN_PACKAGE = "io.lodestar.";

  private static final Pattern ENTRY =
      Pattern.compile("([\\w.$]+)#([\\w$]+)\\(([\\w.$\\[\\],]*)\\)");
  private static final Pattern REFERENCE =
      Pattern.compile("\\$!?\\{?([A-Za-z][\\w-]*(?:\\.[A-Za-z][\\w-]*(?:\\([^()]*\\))?)*)");
  private static final Pattern COMMENTS = Pattern.compile("(?s)#\\*.*?\\*#|##[^\\n]*");

  private final BundleResources resources;
  private final PluginDescriptor descriptor;
  private final TemplateSamples samples;
  private final Map<String, String> escapingOptOuts;
  private final ClassLoader loader;

  /**
   * @param escapingOptOuts template → why it may opt out of HTML escaping; empty in Lodestar
   */
  VelocityAllowlistChecker(
      BundleResources resources,
      PluginDescriptor descriptor,
      TemplateSamples samples,
      Map<String, String> escapingOptOuts,
      ClassLoader loader) {
    this.resources = resources;
    this.descriptor = descriptor;
    this.samples = samples;
    this.escapingOptOuts = Map.copyOf(escapingOptOuts);
    this.loader = loader;
  }

  /** Every {@code templates/**}{@code /*.vm} of the bundle. */
  List<String> templates() {
    return resources.list("templates", ".vm");
  }

  // ---------------------------------------------------------------- rendering

  /** What rendering every sample showed. */
  record Rendering(
      List<TemplateCall> calls,
      Set<String> rendered,
      List<String> problems,
      Map<String, String> output) {}

  /** Renders every sample of a template in {@code templates}; other samples are reported. */
  Rendering render(List<String> templates) {
    List<TemplateCall> calls = new ArrayList<>();
    Set<String> rendered = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    Map<String, String> output = new LinkedHashMap<>();
    VelocityEngine engine = engine(calls);
    for (TemplateSamples.Sample sample : samples.all()) {
      String name = sample.template() + " [" + sample.variant() + "]";
      if (!resources.exists(sample.template())) {
        problems.add(
            sample.source()
                + " registers a sample for "
                + sample.template()
                + ", which does not exist");
        continue;
      }
      if (!templates.contains(sample.template())) {
        continue;
      }
      VelocityContext context;
      try {
        context = new VelocityContext(new HashMap<>(sample.context().get()));
      } catch (RuntimeException e) {
        problems.add(name + ": the sample context could not be built: " + e);
        continue;
      }
      EventCartridge events = new EventCartridge();
      events.addEventHandler(new IncludeRecorder(rendered));
      events.addEventHandler(new InvalidReferenceRecorder(problems));
      events.attachToContext(context);
      try {
        Template template = engine.getTemplate(sample.template(), "UTF-8");
        StringWriter out = new StringWriter();
        template.merge(context, out);
        rendered.add(sample.template());
        output.put(name, out.toString());
      } catch (RuntimeException e) {
        problems.add(name + " does not render: " + e.getMessage());
      }
    }
    return new Rendering(calls, rendered, problems, output);
  }

  private VelocityEngine engine(List<TemplateCall> calls) {
    VelocityEngine engine = new VelocityEngine();
    engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "file");
    engine.setProperty("resource.loader.file.class", FileResourceLoader.class.getName());
    engine.setProperty(RuntimeConstants.FILE_RESOURCE_LOADER_PATH, resources.loaderPath());
    engine.setProperty(RuntimeConstants.FILE_RESOURCE_LOADER_CACHE, true);
    engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
    engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, RecordingUberspect.class.getName());
    // Jira's Velocity 1.6: no argument conversion, empty collections are true, hyphens allowed.
    engine.setProperty(RuntimeConstants.CONVERSION_HANDLER_CLASS, "none");
    engine.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, false);
    engine.setProperty(RuntimeConstants.PARSER_HYPHEN_ALLOWED, true);
    engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
    // Jira escapes every reference it inserts into HTML.
    engine.setProperty(
        RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeHtmlReference.class.getName());
    engine.setApplicationAttribute(RecordingUberspect.CALLS, calls);
    engine.init();
    return engine;
  }

  /** Records templates pulled in by {@code #parse} and {@code #include}. */
  private record IncludeRecorder(Set<String> rendered) implements IncludeEventHandler {
    @Override
    public String includeEvent(
        Context context, String includeResourcePath, String currentResourcePath, String directive) {
      String path =
          includeResourcePath.startsWith("/")
              ? includeResourcePath.substring(1)
              : includeResourcePath;
      rendered.add(path);
      return includeResourcePath;
    }
  }

  /** Records references Velocity could not resolve: rendered as literal text in Jira. */
  private record InvalidReferenceRecorder(List<String> problems)
      implements InvalidReferenceEventHandler {
    @Override
    public Object invalidGetMethod(
        Context context, String reference, Object object, String property, Info info) {
      problems.add(
          where(info)
              + ": "
              + reference
              + " cannot be resolved"
              + (object == null ? "" : " on a " + object.getClass().getName())
              + hint(reference));
      return null;
    }

    @Override
    public boolean invalidSetMethod(
        Context context, String leftreference, String rightreference, Info info) {
      problems.add(where(info) + ": #set(" + leftreference + " = " + rightreference + ") failed");
      return false;
    }

    @Override
    public Object invalidMethod(
        Context context, String reference, Object object, String method, Info info) {
      problems.add(
          where(info)
              + ": "
              + reference
              + " calls "
              + method
              + ", which "
              + (object == null ? "has no object" : object.getClass().getName() + " has not")
              + " (or it is not public)");
      return null;
    }

    private static String where(Info info) {
      return info.getTemplateName() + ":" + info.getLine();
    }

    private static String hint(String reference) {
      return reference.contains("velocityCount") || reference.contains("velocityHasNext")
          ? " (Velocity 2 has no $velocityCount: expose the index in the view)"
          : "";
    }
  }

  // ---------------------------------------------------------------- checks

  /** Every template is rendered by some sample, directly or through {@code #parse}. */
  static List<String> coverageProblems(List<String> templates, Rendering rendering) {
    List<String> problems = new ArrayList<>();
    for (String template : templates) {
      if (!rendering.rendered().contains(template)) {
        problems.add(
            template
                + " has no sample: register one in a TemplateSampleSource (see its javadoc), so its"
                + " calls can be checked");
      }
    }
    return problems;
  }

  /** Every recorded call is allow-listed (ours), accepted (JDK, host) or reported. */
  List<String> callProblems(Rendering rendering) {
    Set<String> allowlisted =
        descriptor.velocityAllowlistMethods().stream()
            .map(VelocityAllowlistChecker::normalise)
            .collect(Collectors.toSet());
    Map<String, String> problems = new LinkedHashMap<>();
    for (TemplateCall call : rendering.calls()) {
      String owner = call.method().getDeclaringClass().getName();
      String signature = call.signature();
      String problem = null;
      if (owner.startsWith(OWN_PACKAGE)) {
        if (!allowlisted.contains(normalise(signature))) {
          problem = "calls " + signature + ", which no <velocity-allowlist> lists";
        }
      } else if (owner.startsWith("java.") || owner.startsWith("javax.")) {
        if (!accepted(call, ACCEPTED_JDK_METHODS)) {
          problem =
              "calls JDK method "
                  + signature
                  + ", which is not among the accepted ones: do it in the view class";
        }
      } else if (owner.startsWith("com.atlassian.")) {
        if (!accepted(call, ACCEPTED_HOST_METHODS)) {
          problem =
              "calls host method "
                  + signature
                  + ": templates get our own view objects, not host services";
        }
      } else if (owner.startsWith("org.apache.velocity.")) {
        problem =
            "calls "
                + signature
                + ": a Velocity 2 construct ($foreach …) that Jira's Velocity 1.6 lacks";
      } else {
        problem = "calls " + signature + ": templates call only our own view classes, not " + owner;
      }
      if (problem != null) {
        problems.putIfAbsent(call.template() + signature, call.where() + " " + problem);
      }
    }
    return new ArrayList<>(problems.values());
  }

  private boolean accepted(TemplateCall call, List<String> entries) {
    for (String entry : entries) {
      Matcher m = ENTRY.matcher(normalise(entry));
      if (!m.matches() || !m.group(2).equals(call.method().getName())) {
        continue;
      }
      String params =
          Arrays.stream(call.method().getParameterTypes())
              .map(Class::getTypeName)
              .collect(Collectors.joining(","));
      Optional<Class<?>> type = ClassScan.load(m.group(1), loader);
      if (params.equals(m.group(3))
          && type.isPresent()
          && type.get().isAssignableFrom(call.receiver())) {
        return true;
      }
    }
    return false;
  }

  /**
   * No template opts out of HTML escaping: no {@code #disable_html_escaping()}, no reference whose
   * name ends in {@code Html} (Jira does not escape those), no call to an {@code @HtmlSafe} method,
   * unless the template is in the opt-out list with a reason.
   */
  List<String> escapingProblems(List<String> templates, Rendering rendering) {
    List<String> problems = new ArrayList<>();
    escapingOptOuts.forEach(
        (template, reason) -> {
          if (reason == null || reason.isBlank()) {
            problems.add(template + " is allowed to opt out of escaping without a reason");
          }
        });
    for (String template : templates) {
      if (escapingOptOuts.containsKey(template)) {
        continue;
      }
      String text = COMMENTS.matcher(read(template)).replaceAll("");
      if (text.contains("disable_html_escaping")) {
        problems.add(template + " turns HTML escaping off (#disable_html_escaping)");
      }
      Matcher m = REFERENCE.matcher(text);
      Set<String> seen = new HashSet<>();
      while (m.find()) {
        String[] segments = m.group(1).split("\\.");
        String last = segments[segments.length - 1].replaceAll("\\(.*", "");
        if (last.toLowerCase(Locale.ROOT).endsWith("html") && seen.add(m.group(1))) {
          problems.add(
              template
                  + " inserts $"
                  + m.group(1)
                  + ": Jira does not escape references ending in Html; rename it");
        }
      }
    }
    for (TemplateCall call : rendering.calls()) {
      if (!escapingOptOuts.containsKey(call.template()) && isHtmlSafe(call.method())) {
        problems.add(
            call.where() + " calls @HtmlSafe " + call.signature() + ": its result is not escaped");
      }
    }
    return problems;
  }

  private static boolean isHtmlSafe(Method method) {
    for (Annotation a : method.getAnnotations()) {
      if (a.annotationType().getSimpleName().equals("HtmlSafe")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every {@code <method>} is well-formed ({@code fully.qualified.Class#method(param.Type,int)})
   * and names a public method declared by one of our classes (plugins may only list their own),
   * once.
   */
  List<String> allowlistEntryProblems() {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String entry : descriptor.velocityAllowlistMethods()) {
      String normal = normalise(entry);
      if (!seen.add(normal)) {
        problems.add("<method>" + entry + "</method> is listed twice");
        continue;
      }
      Matcher m = ENTRY.matcher(normal);
      if (!m.matches()) {
        problems.add(
            "<method>"
                + entry
                + "</method> is not of the form fully.qualified.Class#method(param.Type)");
        continue;
      }
      String className = m.group(1);
      if (!className.startsWith(OWN_PACKAGE)) {
        problems.add(
            "<method>"
                + entry
                + "</method> names "
                + className
                + ": plugins may allow-list only their own classes");
        continue;
      }
      Optional<Class<?>> type = ClassScan.load(className, loader);
      if (type.isEmpty()) {
        problems.add(
            "<method>" + entry + "</method> names " + className + ", which does not exist");
        continue;
      }
      boolean found;
      try {
        found =
            Arrays.stream(type.get().getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .anyMatch(
                    method -> normalise(TemplateCall.signature(type.get(), method)).equals(normal));
      } catch (LinkageError e) {
        problems.add("<method>" + entry + "</method>: " + className + " cannot be inspected: " + e);
        continue;
      }
      if (!found) {
        problems.add(
            "<method>"
                + entry
                + "</method>: "
                + className
                + " declares no such public method (stale entry?)");
      }
    }
    return problems;
  }

  static String normalise(String signature) {
    return signature.replaceAll("\\s+", "");
  }

  private String read(String template) {
    try {
      return Files.readString(resources.resolve(template), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.lodestar.pmo.jira.standardization.persistence;

import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.compliance.RuleResult;
import io.lodestar.pmo.engine.standardization.compliance.RuleStatus;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A result's rule results as the JSON text of the {@code RULES} column: a list of objects with
 * {@code ruleId}, {@code kind}, {@code severity}, {@code status}, {@code messageKey}, {@code args}
 * (as texts), optional {@code count} and {@code navigatorPath}, and {@code remediation}, the same
 * shape the sandbox stores.
 */
final class RuleResultsText {

  private RuleResultsText() {}

  static String write(List<RuleResult> rules) {
    List<Object> out = new ArrayList<>();
    for (RuleResult r : rules) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ruleId", r.ruleId());
      m.put("kind", r.kind().name());
      m.put("severity", r.severity().name());
      m.put("status", r.status().name());
      m.put("messageKey", r.messageKey());
      m.put("args", r.args().stream().map(String::valueOf).toList());
      if (r.count().isPresent()) {
        m.put("count", r.count().getAsLong());
      }
      r.navigatorPath().ifPresent(p -> m.put("navigatorPath", p));
      m.put("remediation", r.remediation());
      out.add(m);
    }
    return JsonText.write(out);
  }

  static List<RuleResult> read(String text) {
    if (!(JsonText.read(text) instanceof List<?> list)) {
      throw new StoredDataException("rule results are not a list");
    }
    List<RuleResult> rules = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> m)) {
        throw new StoredDataException("a rule result is not an object");
      }
      try {
        Object count = m.get("count");
        Object args = m.get("args");
        rules.add(
            new RuleResult(
                (String) m.get("ruleId"),
                RuleKind.valueOf((String) m.get("kind")),
                Severity.valueOf((String) m.get("severity")),
                RuleStatus.valueOf((String) m.get("status")),
                (String) m.get("messageKey"),
                args instanceof List<?> l ? new ArrayList<Object>(l) : List.of(),
                count instanceof Number n ? OptionalLong.of(n.longValue()) : OptionalLong.empty(),
                Optional.ofNullable((String) m.get("navigatorPath")),
                m.get("remediation") instanceof String s ? s : ""));
      } catch (RuntimeException e) {
        throw new StoredDataException("unreadable rule result " + m.get("ruleId"), e);
      }
    }
    return rules;
  }
}

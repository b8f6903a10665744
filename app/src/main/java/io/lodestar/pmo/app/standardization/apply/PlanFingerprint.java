package io.lodestar.pmo.app.standardization.apply;

import io.lodestar.pmo.engine.standardization.apply.ApplyPlan;
import io.lodestar.pmo.engine.standardization.apply.ApplyStep;
import io.lodestar.pmo.engine.standardization.apply.OpenPoint;
import io.lodestar.pmo.engine.standardization.apply.SchemeRef;
import io.lodestar.pmo.engine.standardization.apply.StatusMigration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A plan's fingerprint: SHA-256 (hex) over its project, template version, steps (kind, message
 * arguments, the scheme an association uses), status migrations with their issue counts and open
 * points. The dry run hands it out and the apply sends it back; a plan that changed since (a
 * scheme, a count, the template) has another fingerprint, and the apply is refused (409).
 */
public final class PlanFingerprint {

  private PlanFingerprint() {}

  public static String of(ApplyPlan plan) {
    StringBuilder b = new StringBuilder();
    line(b, "project", plan.projectKey(), plan.templateId(), plan.templateVersion());
    for (ApplyStep step : plan.steps()) {
      line(b, "step", step.getClass().getSimpleName(), step.args());
      if (step instanceof ApplyStep.AssociateWorkflowScheme a) {
        line(
            b,
            "scheme",
            a.scheme() instanceof SchemeRef.Existing e
                ? "existing " + e.schemeId()
                : "created " + ((SchemeRef.Created) a.scheme()).stepIndex());
      }
      if (step instanceof ApplyStep.CreateProject p) {
        line(b, "lead", p.leadKey());
      }
    }
    for (StatusMigration m : plan.migrations()) {
      line(b, "migration", m.issueType(), m.from(), m.to(), m.issues(), m.toCategory());
    }
    for (OpenPoint o : plan.openPoints()) {
      line(b, "open", o.ruleId(), o.messageKey(), o.args());
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  private static void line(StringBuilder b, Object... parts) {
    for (Object p : parts) {
      String s = String.valueOf(p);
      b.append(s.length()).append(':').append(s).append('|');
    }
    b.append('\n');
  }
}

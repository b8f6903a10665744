package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stamp of what a project's assessments depend on: its settings (mapping, appetite, model id)
 * and its model's content, as SHA-256 of their canonical {@link AuditText}. Equal stamps mean the
 * same assessments for the same issues; an {@code AssessedRiskIndex} answers only for the stamp it
 * was built with. Stable across restarts (no hash codes, no set iteration order).
 */
public final class AssessmentStamp {

  private AssessmentStamp() {}

  /** The stamp of {@code settings} with {@code model}; 64 lower-case hex digits. */
  public static String of(RiskProjectSettings settings, ScoringModel model) {
    String text = "model=" + model.id() + "\n" + AuditText.of(model) + AuditText.of(settings);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** The stamp of a resolved scope. */
  public static String of(RegisterScope scope) {
    return of(scope.settings(), scope.model());
  }
}

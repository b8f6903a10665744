package io.lodestar.pmo.engine.standardization.apply;

import java.util.Objects;

/**
 * A workflow scheme a step uses: an existing one, or the one an earlier step of the plan creates.
 */
public sealed interface SchemeRef permits SchemeRef.Existing, SchemeRef.Created {

  /**
   * An existing scheme (re-used).
   *
   * @param schemeId the host's id; never null
   */
  record Existing(String schemeId) implements SchemeRef {
    public Existing {
      Objects.requireNonNull(schemeId, "schemeId");
    }
  }

  /**
   * The scheme created by step {@code stepIndex} of the same plan (its receipt holds the id).
   *
   * @param stepIndex zero-based index of the {@link ApplyStep.CreateWorkflowScheme} step
   * @param name the new scheme's name
   */
  record Created(int stepIndex, String name) implements SchemeRef {
    public Created {
      Objects.requireNonNull(name, "name");
    }
  }
}

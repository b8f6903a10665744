package io.lodestar.pmo.app.standardization.port;

import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import java.util.List;
import java.util.Optional;

/** Which template version each project follows; a project follows at most one. */
public interface AssignmentStore {

  /** Every assignment, by project key. */
  List<TemplateAssignment> all();

  Optional<TemplateAssignment> byProject(String projectKey);

  /** Keeps {@code assignment}, replacing the project's previous one. */
  void save(TemplateAssignment assignment);
}

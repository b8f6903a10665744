package io.lodestar.pmo.app.standardization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.template.ArtifactRule;
import io.lodestar.pmo.engine.standardization.template.CountExpectation;
import io.lodestar.pmo.engine.standardization.template.Glob;
import io.lodestar.pmo.engine.standardization.template.IssueTypeWorkflow;
import io.lodestar.pmo.engine.standardization.template.JqlTemplate;
import io.lodestar.pmo.engine.standardization.template.ProjectRule;
import io.lodestar.pmo.engine.standardization.template.SchemeBindings;
import io.lodestar.pmo.engine.standardization.template.ScreenKind;
import io.lodestar.pmo.engine.standardization.template.TemplateContent;
import io.lodestar.pmo.engine.standardization.workflow.StatusCategory;
import io.lodestar.pmo.engine.standardization.workflow.Transition;
import io.lodestar.pmo.engine.standardization.workflow.TransitionCheck;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class TemplateContentCodecTest {

  static TemplateContent everyKind() {
    WorkflowTemplate w =
        new WorkflowTemplate(
            "W",
            List.of(
                WorkflowStatus.initial("Open", StatusCategory.TODO),
                WorkflowStatus.of("Done", StatusCategory.DONE)),
            List.of(
                Transition.of("Close", "Open", "Done")
                    .withResolution()
                    .withChecks(
                        new TransitionCheck.AssigneeRequired(),
                        new TransitionCheck.OnlyRole("Project Manager"),
                        new TransitionCheck.FieldRequired("duedate"),
                        new TransitionCheck.SubtasksDone())));
    return TemplateContent.named("All")
        .withWorkflows(List.of(new IssueTypeWorkflow("wf", Severity.MAJOR, "Task", w)))
        .withProjectRules(
            List.of(
                new ProjectRule.RequiredIssueTypes("a", Severity.MAJOR, List.of("Task")),
                new ProjectRule.RequiredScreenFields(
                    "b", Severity.MINOR, ScreenKind.EDIT, List.of("duedate")),
                new ProjectRule.MandatoryFields("c", Severity.MINOR, List.of("summary")),
                new ProjectRule.RequiredRoles("d", Severity.CRITICAL, List.of("Sponsor")),
                new ProjectRule.RequiredCategory("e", Severity.MINOR, "Digital"),
                new ProjectRule.KeyPattern("f", Severity.MINOR, Glob.of("MOB*")),
                new ProjectRule.NamePattern("g", Severity.MINOR, Glob.of("Mobile *")),
                new ProjectRule.RequiredProfileAttributes("h", Severity.MINOR, List.of("budget")),
                new ProjectRule.ComponentRules("i", Severity.MINOR, List.of("Backend"), true),
                new ProjectRule.VersionRules("j", Severity.MINOR, true, false)))
        .withArtifactRules(
            List.of(
                new ArtifactRule(
                    "k",
                    Severity.MAJOR,
                    "Epics have a due date",
                    JqlTemplate.of("project = {project} AND duedate is EMPTY"),
                    CountExpectation.atMost(0),
                    "Set the due dates.")))
        .withBindings(new SchemeBindings(Optional.of("0"), Optional.empty()))
        .withThreshold(new BigDecimal("85.5"));
  }

  @Test
  public void read_shouldGiveBackWhatWriteWrote_forEveryRuleKind() {
    // given content with every rule kind and check
    TemplateContent content = everyKind();

    // when written and read back
    TemplateContent back = TemplateContentCodec.read(TemplateContentCodec.write(content));

    // then it is equal
    assertThat(back).isEqualTo(content);
  }

  @Test
  public void read_shouldNameTheField_whenALimitIsNotAWholeNumber() {
    // given a tree whose artifact rule limit is 1.5
    Map<String, Object> tree =
        new java.util.LinkedHashMap<>(TemplateContentCodec.write(everyKind()));
    List<Object> rules = new ArrayList<>((List<?>) tree.get("artifactRules"));
    Map<String, Object> rule = new java.util.LinkedHashMap<>((Map<String, Object>) rules.get(0));
    rule.put("limit", 1.5);
    rules.set(0, rule);
    tree.put("artifactRules", rules);

    // when read
    TemplateContentCodec.MalformedException e =
        catchThrowableOfType(
            () -> TemplateContentCodec.read(tree), TemplateContentCodec.MalformedException.class);

    // then the violation names the field
    assertThat(e.violation().field()).isEqualTo("artifactRules[0].limit");
  }

  @Test
  public void read_shouldNameTheField_whenARuleKindIsUnknown() {
    Map<String, Object> tree =
        Map.of("name", "X", "projectRules", List.of(Map.of("kind", "NOPE", "id", "a")));

    TemplateContentCodec.MalformedException e =
        catchThrowableOfType(
            () -> TemplateContentCodec.read(tree), TemplateContentCodec.MalformedException.class);

    assertThat(e.violation().field()).isEqualTo("projectRules[0].kind");
    assertThat(e.violation().messageKey()).isEqualTo(TemplateContentCodec.NOT_ONE_OF);
  }
}

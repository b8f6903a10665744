package io.lodestar.pmo.app.risk.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.LinkedIssues;
import io.lodestar.pmo.app.shared.host.MitigationProgress;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.Test;

/** The mitigation progress rule of {@link LinkedRisks}: the visible linked non-risks. */
public class LinkedRisksTest {

  private static final Predicate<LinkedIssue> RISK_TYPE = i -> i.issueTypeId().equals("risk");

  private static LinkedIssue link(String key, String type, boolean done, String linkType) {
    return new LinkedIssue(key, "ALPHA", key, type, done, linkType, true);
  }

  private final Optional<LinkedIssues> links =
      Optional.of(
          new LinkedIssues(
              List.of(
                  link("A-1", "task", true, "Mitigates"),
                  link("A-2", "task", false, "Relates"),
                  link("A-3", "risk", true, "Relates")),
              2));

  @Test
  public void progress_shouldCountEveryVisibleLinkedNonRisk_whenNothingIsMapped() {
    // when
    MitigationProgress progress = LinkedRisks.progress(links, RISK_TYPE);

    // then, any link type; the linked risk A-3 is not mitigation work
    assertThat(progress).isEqualTo(new MitigationProgress(1, 2, 2));
  }

  @Test
  public void progress_shouldBeEmpty_whenLinksAreUnknown() {
    assertThat(LinkedRisks.progress(Optional.empty(), RISK_TYPE))
        .isEqualTo(new MitigationProgress(0, 0, 0));
  }
}

package io.lodestar.pmo.jira.portfolio.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.alignment.ObjectiveLink;
import io.lodestar.pmo.engine.alignment.StrategicObjective;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.Before;
import org.junit.Test;

public class AoObjectivesTest {

  private InMemoryActiveObjects ao;
  private AoObjectives target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(ObjectiveEntity.class, ObjectiveLinkEntity.class);
    target = new AoObjectives(ao);
  }

  private void objective(String id, String portfolio) {
    ao.insertRaw(
        ObjectiveEntity.class,
        Map.of(
            "OBJECTIVE_ID", id,
            "PORTFOLIO_KEY", portfolio,
            "NAME", "Objective " + id,
            "OWNER_KEY", "cso",
            "HORIZON", "2027-06-30",
            "WEIGHT", "2.5",
            "KPI", "Churn %",
            "KPI_TARGET", "4.00",
            "VERSION", 1L));
  }

  private void link(String project, String objective, String share) {
    ao.insertRaw(
        ObjectiveLinkEntity.class,
        Map.of("PROJECT_KEY", project, "OBJECTIVE_ID", objective, "SHARE_PERCENT", share));
  }

  @Test
  public void objectivesOf_shouldReadThePortfoliosObjectivesOnly() {
    objective("O2", "DIGITAL");
    objective("O1", "DIGITAL");
    objective("X1", "OTHER");

    List<StrategicObjective> found = target.objectivesOf("DIGITAL");

    assertThat(found).extracting(StrategicObjective::id).containsExactly("O1", "O2");
    assertThat(found.get(0))
        .isEqualTo(
            new StrategicObjective(
                "O1",
                "Objective O1",
                "cso",
                LocalDate.of(2027, 6, 30),
                new BigDecimal("2.5"),
                "Churn %",
                new BigDecimal("4.00")));
  }

  @Test
  public void linksOf_shouldReadTheLinksOfTheGivenObjectives() {
    link("MOB", "O1", "60.00");
    link("WEB", "O1", "40");
    link("API", "O9", "100");

    assertThat(target.linksOf(List.of("O1")))
        .containsExactly(
            new ObjectiveLink("MOB", "O1", new BigDecimal("60").stripTrailingZeros()),
            new ObjectiveLink("WEB", "O1", new BigDecimal("40").stripTrailingZeros()));
    assertThat(target.linksOf(List.of())).isEmpty();
  }

  @Test
  public void linksOf_shouldRefuseTooManyIds_andObjectivesOfReportABadRow() {
    assertThatThrownBy(
            () -> target.linksOf(IntStream.range(0, 201).mapToObj(i -> "O" + i).toList()))
        .isInstanceOf(IllegalArgumentException.class);
    ao.insertRaw(
        ObjectiveEntity.class,
        Map.of(
            "OBJECTIVE_ID", "BAD",
            "PORTFOLIO_KEY", "DIGITAL",
            "NAME", "n",
            "OWNER_KEY", "o",
            "HORIZON", "soon",
            "WEIGHT", "1",
            "KPI", "k",
            "KPI_TARGET", "1",
            "VERSION", 1L));
    assertThatThrownBy(() -> target.objectivesOf("DIGITAL"))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("soon");
  }
}

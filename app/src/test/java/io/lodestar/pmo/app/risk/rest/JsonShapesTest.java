package io.lodestar.pmo.app.risk.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.pmo.app.risk.rest.PmoAdminGroupResource.PmoGroupJson;
import io.lodestar.pmo.engine.shared.Versioned;
import org.junit.Test;

/** The JSON bodies serialise and read back with Jackson 2, as Jira's REST module does. */
public class JsonShapesTest {

  private final ObjectMapper target = new ObjectMapper();

  @Test
  public void scoringModel_shouldRoundTrip() throws Exception {
    // given
    ScoringModelJson model = ScoringModelJson.of(RestFixture.pmbok());

    // when
    String json = target.writeValueAsString(model);

    // then
    assertThat(target.readValue(json, ScoringModelJson.class)).isEqualTo(model);
    assertThat(target.readTree(json).get("kind").asText()).isEqualTo("formula");
  }

  @Test
  public void riskSettings_shouldRoundTrip() throws Exception {
    // given
    RiskSettingsJson settings =
        RiskSettingsJson.of(Versioned.of(RestFixture.settings(), 4L), "project");

    // when
    String json = target.writeValueAsString(settings);

    // then
    assertThat(target.readValue(json, RiskSettingsJson.class)).isEqualTo(settings);
  }

  @Test
  public void exposureRequest_shouldAcceptNumbersAndStrings() throws Exception {
    // when
    ExposureRequestJson request =
        target.readValue(
            "{\"trials\": 5000, \"seed\": \"42\", \"distribution\": \"pert\","
                + " \"state\": \"residual\"}",
            ExposureRequestJson.class);

    // then
    assertThat(request).isEqualTo(new ExposureRequestJson("5000", "42", "pert", "residual"));
  }

  @Test
  public void pmoGroup_shouldRoundTrip() throws Exception {
    // given
    PmoGroupJson group = new PmoGroupJson("pmo-admins", 3L);

    // when / then
    assertThat(target.readValue(target.writeValueAsString(group), PmoGroupJson.class))
        .isEqualTo(group);
  }

  @Test
  public void preview_shouldSerialiseCellsWithBands() throws Exception {
    // given
    ModelPreviewJson preview =
        ModelPreviewJson.of(
            io.lodestar.pmo.engine.risk.scoring.ModelPreview.of(RestFixture.pmbok()));

    // when
    JsonNode json = target.readTree(target.writeValueAsString(preview));

    // then
    assertThat(json.get("rows").get(0).get("cells").get(4).get("band").get("key").asText())
        .isEqualTo("high");
    assertThat(json.get("rows").get(0).get("cells").get(4).get("score").decimalValue())
        .isEqualByComparingTo("0.72");
  }
}

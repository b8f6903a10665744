package io.lodestar.pmo.app.risk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class RiskFieldMappingCodecTest {

  private final RiskFieldMappingCodec target = new RiskFieldMappingCodec();

  private static RiskFieldMapping withLevels() {
    return RiskFieldMapping.builder()
        .riskIssueTypeIds(Set.of("10100"))
        .inherent(RatingFieldIds.of("customfield_10200", Map.of()))
        .optionLevels(
            Map.of(
                "customfield_10200",
                Map.of("Very low", 1, "High = 4; really", 4, " Very high ", 5)))
        .build();
  }

  @Test
  public void read_shouldGiveBackTheOptionLevels_whenWrittenInFormat2() {
    // given
    String text = target.write(withLevels());

    // when
    RiskFieldMapping read = target.read("row 1", RiskFieldMappingCodec.FORMAT_VERSION, text);

    // then
    assertThat(RiskFieldMappingCodec.FORMAT_VERSION).isEqualTo(2);
    assertThat(read).isEqualTo(withLevels());
    assertThat(read.optionLevels().get("customfield_10200"))
        .containsEntry(" Very high ", 5)
        .containsEntry("High = 4; really", 4);
  }

  @Test
  public void read_shouldReadAFormat1Row_writtenByThePreviousVersion_withoutOptionLevels() {
    // given the text the previous version wrote
    String format1 =
        "issueTypes.count=1\nissueTypes.1=10100\ninherent.probability=customfield_10200\n"
            + "numberMapping=RANK\n";

    // when
    RiskFieldMapping read = target.read("row 1", RiskFieldMappingCodec.FORMAT_VERSION_1, format1);

    // then
    assertThat(read.inherent().probabilityFieldId()).isEqualTo("customfield_10200");
    assertThat(read.optionLevels()).isEmpty();
  }

  @Test
  public void read_shouldRefuseOptionLevels_inAFormat1Row() {
    String text = target.write(withLevels());

    assertThatThrownBy(() -> target.read("row 1", RiskFieldMappingCodec.FORMAT_VERSION_1, text))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("unknown mapping entry 'optionLevels.");
  }

  @Test
  public void read_shouldNameTheEntry_whenALevelIsNotANumber() {
    String text = target.write(withLevels()).replace("level=4", "level=four");

    assertThatThrownBy(() -> target.read("row 7", RiskFieldMappingCodec.FORMAT_VERSION, text))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("row 7")
        .hasMessageContaining("level is not a number");
  }
}

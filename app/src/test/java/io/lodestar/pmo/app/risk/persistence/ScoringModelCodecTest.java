package io.lodestar.pmo.app.risk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.LookupModel;
import io.lodestar.pmo.engine.risk.scoring.RpnModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import org.junit.Test;

public class ScoringModelCodecTest {

  private final ScoringModelCodec target = new ScoringModelCodec();

  @Test
  public void read_shouldReturnTheWrittenFormulaModel_whenRoundTripped() {
    FormulaModel model = ScoringModels.pmbokWithCritical();

    ScoringModel read = readBack(model, 7, 3);

    assertThat(read).isEqualTo(model.withIdentity(7, 3));
  }

  @Test
  public void read_shouldReturnTheWrittenLookupModel_whenLabelsNeedEscaping() {
    LookupModel model = ScoringModels.lookupWithAwkwardLabels();

    ScoringModel read = readBack(model, 2, 1);

    assertThat(read).isEqualTo(model.withIdentity(2, 1));
  }

  @Test
  public void read_shouldReturnTheWrittenRpnModel_whenRoundTripped() {
    RpnModel model = ScoringModels.fmea();

    ScoringModel read = readBack(model, 4, 9);

    assertThat(read).isEqualTo(model.withIdentity(4, 9));
  }

  @Test
  public void write_shouldGiveTheSameText_whenTheSameModelIsWrittenTwice() {
    String first = target.write(ScoringModels.lookupWithAwkwardLabels());

    String second = target.write(ScoringModels.lookupWithAwkwardLabels());

    assertThat(first).isEqualTo(second).doesNotContain("\u00e9").contains("\\u00E9");
  }

  @Test
  public void read_shouldFailClearly_whenTheFormatVersionIsUnknown() {
    String definition = target.write(ScoringModels.pmbokWithCritical());

    assertThatThrownBy(() -> target.read(5, "M", "FORMULA", 1, 2, definition))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("scoring model 5")
        .hasMessageContaining("unknown format version 2");
  }

  @Test
  public void read_shouldFailClearly_whenTheKindIsUnknown() {
    String definition = target.write(ScoringModels.pmbokWithCritical());

    assertThatThrownBy(() -> target.read(5, "M", "MAGIC", 1, 1, definition))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("unknown value 'MAGIC'");
  }

  @Test
  public void read_shouldFailClearly_whenTheDefinitionIsMissing() {
    assertThatThrownBy(() -> target.read(5, "M", "FORMULA", 1, 1, null))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("text column is empty");
  }

  @Test
  public void read_shouldFailClearly_whenAValueIsNotANumber() {
    String definition =
        target
            .write(ScoringModels.pmbokWithCritical())
            .replace("impact.3.value=0.20", "impact.3.value=lots");

    assertThatThrownBy(() -> target.read(5, "M", "FORMULA", 1, 1, definition))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("'impact.3.value' is not a number: lots");
  }

  @Test
  public void read_shouldFailClearly_whenAnEntryIsUnknown() {
    String definition = target.write(ScoringModels.pmbokWithCritical()) + "colour.scheme=dark\n";

    assertThatThrownBy(() -> target.read(5, "M", "FORMULA", 1, 1, definition))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("unknown entry 'colour.scheme'");
  }

  @Test
  public void read_shouldFailClearly_whenTheEngineRefusesTheModel() {
    String definition =
        target
            .write(ScoringModels.pmbokWithCritical())
            .replace("impact.3.value=0.20", "impact.3.value=0.01");

    assertThatThrownBy(() -> target.read(5, "M", "FORMULA", 1, 1, definition))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("is not a valid model")
        .hasMessageContaining("impactScale.levels[2].value");
  }

  @Test
  public void read_shouldFailClearly_whenACountIsAbsurd() {
    String definition =
        target
            .write(ScoringModels.pmbokWithCritical())
            .replace("bands.count=4", "bands.count=2000000000");

    assertThatThrownBy(() -> target.read(5, "M", "FORMULA", 1, 1, definition))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("'bands.count' is out of range");
  }

  @Test
  public void read_shouldFailClearly_whenTheTextHasABrokenEscape() {
    String definition = target.write(ScoringModels.pmbokWithCritical()) + "x=\\uZZZZ\n";

    assertThatThrownBy(() -> target.read(5, "M", "FORMULA", 1, 1, definition))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("malformed text");
  }

  @Test
  public void read_shouldFailClearly_whenTheVersionIsBelowOne() {
    String definition = target.write(ScoringModels.pmbokWithCritical());

    assertThatThrownBy(() -> target.read(5, "M", "FORMULA", 0, 1, definition))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("version 0 is below 1");
  }

  private ScoringModel readBack(ScoringModel model, long id, long version) {
    return target.read(
        id,
        model.name(),
        model.kind().name(),
        version,
        ScoringModelCodec.FORMAT_VERSION,
        target.write(model));
  }
}

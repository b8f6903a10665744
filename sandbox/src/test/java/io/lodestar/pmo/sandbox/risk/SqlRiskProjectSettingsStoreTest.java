package io.lodestar.pmo.sandbox.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.demo.DemoFields;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SqlRiskProjectSettingsStoreTest {

  private static final RiskProjectSettings SETTINGS =
      RiskProjectSettings.of(1, DemoFields.mapping(), "medium");

  private final SandboxStore store = TestData.newStore();
  private final SqlRiskProjectSettingsStore target = new SqlRiskProjectSettingsStore(store);

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void save_shouldRoundTripTheMapping_whenCreating() {
    assertThat(target.save("ALPHA", SETTINGS, Versioned.NEW))
        .isEqualTo(StoreResult.stored(Versioned.of(SETTINGS, 1L)));

    assertThat(target.find("ALPHA")).contains(Versioned.of(SETTINGS, 1L));
  }

  @Test
  void save_shouldReportAConflict_whenCreatingSettingsThatExist() {
    target.save("ALPHA", SETTINGS, Versioned.NEW);

    assertThat(target.save("ALPHA", SETTINGS, Versioned.NEW)).isEqualTo(StoreResult.conflict(0, 1));
  }

  @Test
  void save_shouldReportAConflictAndKeepTheStoredValue_whenTheVersionIsStale() {
    target.save("ALPHA", SETTINGS, Versioned.NEW);
    RiskProjectSettings changed = RiskProjectSettings.of(2, DemoFields.mapping(), "high");
    target.save("ALPHA", changed, 1);

    assertThat(target.save("ALPHA", SETTINGS, 1)).isEqualTo(StoreResult.conflict(1, 2));
    assertThat(target.find("ALPHA")).contains(Versioned.of(changed, 2L));
  }

  @Test
  void save_shouldReportMissing_whenUpdatingSettingsThatDoNotExist() {
    assertThat(target.save("ALPHA", SETTINGS, 3)).isInstanceOf(StoreResult.Missing.class);
  }

  @Test
  void save_shouldRefuseAMalformedAppetiteAndWriteNothing() {
    RiskProjectSettings bad = RiskProjectSettings.of(1, DemoFields.mapping(), "not a key!");

    assertThatThrownBy(() -> target.save("ALPHA", bad, Versioned.NEW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(target.find("ALPHA")).isEmpty();
  }

  @Test
  void effective_shouldFallBackToTheDefault_whenTheProjectHasNoSettings() {
    target.saveDefault(SETTINGS, Versioned.NEW);

    assertThat(target.effective("BETA")).contains(SETTINGS);
    assertThat(target.find("BETA")).isEmpty();
  }

  @Test
  void projectKeysUsingModel_shouldListProjectsSortedWithoutTheDefault() {
    target.saveDefault(SETTINGS, Versioned.NEW);
    target.save("ZED", SETTINGS, Versioned.NEW);
    target.save("ALPHA", SETTINGS, Versioned.NEW);
    target.save("OTHER", RiskProjectSettings.of(2, DemoFields.mapping(), null), Versioned.NEW);

    assertThat(target.projectKeysUsingModel(1)).containsExactly("ALPHA", "ZED");
  }

  @Test
  void find_shouldReturnTheSameParsedSettings_whenTheRowIsUnchanged() {
    target.save("ALPHA", SETTINGS, Versioned.NEW);

    RiskProjectSettings first = target.find("ALPHA").orElseThrow().value();

    assertThat(target.find("ALPHA").orElseThrow().value()).isSameAs(first);
  }

  @Test
  void effective_shouldReturnTheNewMapping_whenAnotherStoreSavedItAfterARead() {
    target.save("ALPHA", SETTINGS, Versioned.NEW);
    target.effective("ALPHA").orElseThrow();
    RiskProjectSettings changed =
        RiskProjectSettings.of(
            1,
            DemoFields.mapping().toBuilder().riskIssueTypeIds(java.util.Set.of("20000")).build(),
            "medium");
    new SqlRiskProjectSettingsStore(store).save("ALPHA", changed, 1);

    assertThat(target.effective("ALPHA")).contains(changed);
    assertThat(target.find("ALPHA").orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void find_shouldReadTheRowAnew_whenAColumnChangedWithoutANewVersion() {
    target.save("ALPHA", SETTINGS, Versioned.NEW);
    target.find("ALPHA").orElseThrow();
    TestData.exec(store, "UPDATE risk_settings SET appetite_band = 'high' WHERE scope = 'ALPHA'");

    assertThat(target.find("ALPHA").orElseThrow().value().appetiteBandKey()).isEqualTo("high");
  }
}

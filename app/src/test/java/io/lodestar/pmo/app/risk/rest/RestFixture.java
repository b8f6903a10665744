package io.lodestar.pmo.app.risk.rest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupSetting;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RawValue;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.ThreePointFieldIds;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A real {@link AccessGuard} over mocked host ports, with three users: a PMO admin (Jira admin), an
 * admin of project ALPHA, and a user who may only browse ALPHA. Texts answer the key followed by
 * its arguments, so tests can assert on keys.
 */
final class RestFixture {

  static final HostUser PMO = new HostUser("u-pmo", "pmo", "Pat PMO", "pmo@example.com");
  static final HostUser PROJECT_ADMIN = new HostUser("u-lead", "lead", "Lee Lead", null);
  static final HostUser READER = new HostUser("u-read", "read", "Robin Reader", null);
  static final ProjectRef ALPHA = new ProjectRef(10L, "ALPHA", "Alpha");
  static final ProjectRef SECRET = new ProjectRef(11L, "SECRET", "Secret");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

  /** Runs the work directly: the resources' tests are about HTTP, not about rollback. */
  static final Transactions DIRECT =
      new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }
      };

  final CurrentUser currentUser = mock(CurrentUser.class);
  final ProjectDirectory projects = mock(ProjectDirectory.class);
  final HostPermissions permissions = mock(HostPermissions.class);
  final PmoAdminGroupSetting pmoGroup = mock(PmoAdminGroupSetting.class);
  final Texts texts = mock(Texts.class);
  final AccessGuard guard;

  RestFixture() {
    lenient()
        .when(texts.text(anyString(), any(Object[].class)))
        .thenAnswer(
            inv -> {
              StringBuilder b = new StringBuilder(inv.<String>getArgument(0));
              for (int i = 1; i < inv.getArguments().length; i++) {
                b.append('|').append(inv.getArguments()[i]);
              }
              return b.toString();
            });
    lenient().when(texts.text(anyString())).thenAnswer(inv -> inv.getArgument(0));
    lenient().when(projects.byKey("ALPHA")).thenReturn(Optional.of(ALPHA));
    lenient().when(projects.byKey("SECRET")).thenReturn(Optional.of(SECRET));
    lenient().when(pmoGroup.pmoAdminGroup()).thenReturn(Optional.empty());
    lenient().when(permissions.isHostAdmin(PMO)).thenReturn(true);
    for (HostUser u : new HostUser[] {PMO, PROJECT_ADMIN, READER}) {
      lenient().when(permissions.mayBrowse(u, ALPHA)).thenReturn(true);
    }
    lenient().when(permissions.mayBrowse(PMO, SECRET)).thenReturn(true);
    lenient().when(permissions.mayAdminister(PROJECT_ADMIN, ALPHA)).thenReturn(true);
    guard = new AccessGuard(currentUser, projects, permissions, pmoGroup, texts);
  }

  /** Signs {@code user} in; null signs out. */
  void signIn(HostUser user) {
    lenient().when(currentUser.get()).thenReturn(Optional.ofNullable(user));
  }

  /** The PMBOK 5×5 model stored as id 1, version 3. */
  static ScoringModel pmbok() {
    return FormulaModel.pmbokDefault().withIdentity(1L, 3L);
  }

  /** Probability in field p, cost impact in field i, owner, review date, three-point cost. */
  static RiskFieldMapping mapping() {
    return RiskFieldMapping.builder()
        .riskIssueTypeIds(Set.of("10100"))
        .inherent(RatingFieldIds.of("p", ImpactDimension.COST, "i"))
        .residual(RatingFieldIds.of("rp", ImpactDimension.COST, "ri"))
        .ownerFieldId("owner")
        .reviewDateFieldId("review")
        .cost(ThreePointFieldIds.of("cmin", "cml", "cmax"))
        .build();
  }

  static RiskProjectSettings settings() {
    return RiskProjectSettings.of(1L, mapping(), "medium");
  }

  /** An open risk rated (probability rank, impact rank) with optional residual and cost. */
  static RawRiskRecord risk(
      String key, String title, int p, int i, Integer rp, Integer ri, LocalDate review) {
    Map<String, RawValue> fields = new LinkedHashMap<>();
    fields.put("p", RawValue.option(p, "P" + p));
    fields.put("i", RawValue.option(i, "I" + i));
    if (rp != null) {
      fields.put("rp", RawValue.option(rp, "P" + rp));
      fields.put("ri", RawValue.option(ri, "I" + ri));
    }
    fields.put("owner", RawValue.user("u-lead"));
    if (review != null) {
      fields.put("review", RawValue.date(review));
    }
    fields.put("cmin", RawValue.number(new BigDecimal("1000")));
    fields.put("cml", RawValue.number(new BigDecimal("2000")));
    fields.put("cmax", RawValue.number(new BigDecimal("5000")));
    return RawRiskRecord.of(key, "ALPHA", title, "new", fields);
  }
}

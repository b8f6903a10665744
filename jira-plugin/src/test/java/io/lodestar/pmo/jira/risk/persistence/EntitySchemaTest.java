package io.lodestar.pmo.jira.risk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.jira.shared.persistence.AuditEntryEntity;
import io.lodestar.pmo.jira.shared.persistence.SettingEntity;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.java.ao.schema.Table;
import org.junit.Test;

/**
 * The names AO will create stay within what AO's entity validator accepts (names of at most 30
 * characters with the {@code AO_xxxxxx_} prefix; none of its Oracle reserved words), and the prefix
 * the reports quote follows from the descriptor's fixed namespace.
 */
public class EntitySchemaTest {

  private static final String NAMESPACE = "io.lodestar.pmo.lodestar-jira-plugin";
  private static final Set<String> AO_RESERVED =
      Set.of("BLOB", "CLOB", "NUMBER", "ROWID", "TIMESTAMP", "VARCHAR2");
  private static final List<Class<?>> ENTITIES =
      List.of(
          ScoringModelEntity.class,
          RiskSettingsEntity.class,
          ReviewFlagEntity.class,
          AuditEntryEntity.class,
          SettingEntity.class,
          io.lodestar.pmo.jira.portfolio.persistence.ProjectProfileEntity.class,
          io.lodestar.pmo.jira.portfolio.persistence.SnapshotEntity.class,
          io.lodestar.pmo.jira.portfolio.persistence.PortfolioNodeEntity.class,
          io.lodestar.pmo.jira.portfolio.persistence.PortfolioScopeEntity.class,
          io.lodestar.pmo.jira.portfolio.persistence.ObjectiveEntity.class,
          io.lodestar.pmo.jira.portfolio.persistence.ObjectiveLinkEntity.class,
          io.lodestar.pmo.jira.portfolio.persistence.HealthOverrideEntity.class);

  @Test
  public void tablePrefix_shouldFollowFromTheDescriptorNamespace() throws Exception {
    String descriptor =
        Files.readString(
            Path.of("src/main/resources/atlassian-plugin.xml"), StandardCharsets.UTF_8);
    byte[] md5 =
        MessageDigest.getInstance("MD5").digest(NAMESPACE.getBytes(StandardCharsets.UTF_8));
    String hex = HexFormat.of().formatHex(md5).toUpperCase(Locale.ROOT);

    assertThat(descriptor).contains("namespace=\"" + NAMESPACE + "\"");
    assertThat(hex.substring(hex.length() - 6)).isEqualTo("4669AB");
  }

  @Test
  public void names_shouldBeAcceptedByAosValidator() {
    List<String> problems = new ArrayList<>();
    for (Class<?> entity : ENTITIES) {
      Table table = entity.getAnnotation(Table.class);
      if (table == null) {
        problems.add(entity.getSimpleName() + " has no @Table");
        continue;
      }
      String tableName = "AO_4669AB_" + table.value();
      if (tableName.length() > 30) {
        problems.add(tableName + " is longer than 30");
      }
      for (Method m : entity.getDeclaredMethods()) {
        if (m.getName().startsWith("get")) {
          String column = m.getName().substring(3).replaceAll("([a-z0-9])([A-Z])", "$1_$2");
          column = column.toUpperCase(Locale.ROOT);
          if (column.length() > 30 || AO_RESERVED.contains(column)) {
            problems.add(tableName + "." + column);
          }
        }
      }
    }

    assertThat(problems).isEmpty();
  }
}

package io.lodestar.pmo.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Transactions;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PortfolioServiceTest {

  /** Stores nodes in a map; a transaction that throws restores the map and the audit. */
  private static final class Memory implements PortfolioStore, AuditLog, Transactions {
    TreeMap<String, PortfolioNode> nodes = new TreeMap<>();
    List<AuditEntry> audit = new ArrayList<>();

    @Override
    public Optional<PortfolioNode> find(String key) {
      return Optional.ofNullable(nodes.get(key));
    }

    @Override
    public List<PortfolioNode> list(int startAt, int limit) {
      return nodes.values().stream().skip(startAt).limit(limit).toList();
    }

    @Override
    public List<PortfolioNode> programsOf(String portfolioKey) {
      return nodes.values().stream().filter(n -> portfolioKey.equals(n.parentKey())).toList();
    }

    @Override
    public StoreResult<PortfolioNode> create(PortfolioNode node) {
      if (nodes.containsKey(node.key())) {
        return StoreResult.conflict(0, nodes.get(node.key()).version());
      }
      nodes.put(node.key(), node.withVersion(1));
      return StoreResult.stored(nodes.get(node.key()));
    }

    @Override
    public StoreResult<PortfolioNode> update(PortfolioNode node) {
      PortfolioNode current = nodes.get(node.key());
      if (current == null) {
        return StoreResult.missing();
      }
      if (current.version() != node.version()) {
        return StoreResult.conflict(node.version(), current.version());
      }
      nodes.put(node.key(), node.withVersion(node.version() + 1));
      return StoreResult.stored(nodes.get(node.key()));
    }

    @Override
    public void record(AuditEntry entry) {
      audit.add(entry);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      TreeMap<String, PortfolioNode> savedNodes = new TreeMap<>(nodes);
      List<AuditEntry> savedAudit = new ArrayList<>(audit);
      try {
        return work.get();
      } catch (RuntimeException e) {
        nodes = savedNodes;
        audit = savedAudit;
        throw e;
      }
    }
  }

  private final Memory memory = new Memory();
  private final PortfolioService target =
      new PortfolioService(
          memory,
          memory,
          memory,
          Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));

  private static PortfolioNode portfolio(String key) {
    return new PortfolioNode(
        key,
        PortfolioNodeKind.PORTFOLIO,
        "Digital",
        null,
        "pmo",
        "cfo",
        "EUR",
        PercentCompleteMethod.BY_POINTS,
        List.of(),
        0);
  }

  private static PortfolioNode program(String key, String parent) {
    return new PortfolioNode(
        key,
        PortfolioNodeKind.PROGRAM,
        "Checkout",
        parent,
        "pm",
        "cmo",
        "EUR",
        PercentCompleteMethod.BY_ESTIMATE,
        List.of(new ProjectScope.JiraProject("SHOP"), new ProjectScope.Jql("labels = checkout")),
        0);
  }

  @Test
  void create_shouldStoreVersionOne_andAuditIt() {
    Outcome<PortfolioNode> created = target.create("pmo", portfolio("DIGITAL"));

    assertThat(created).isInstanceOf(Outcome.Ok.class);
    assertThat(memory.nodes.get("DIGITAL").version()).isEqualTo(1);
    assertThat(memory.audit)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(PortfolioService.CREATED);
              assertThat(e.after()).contains("currency=EUR");
            });
  }

  @Test
  void create_shouldRefuseAProgramWithoutAPortfolio_andWriteNothing() {
    Outcome<PortfolioNode> refused = target.create("pmo", program("CHECKOUT", "NOPE"));

    assertThat(refused).isInstanceOf(Outcome.Invalid.class);
    assertThat(((Outcome.Invalid<PortfolioNode>) refused).violations())
        .extracting(Violation::field)
        .containsExactly("parent");
    assertThat(memory.nodes).isEmpty();
    assertThat(memory.audit).isEmpty();
  }

  @Test
  void update_shouldDetectAConcurrentEdit_andNotOverwriteIt() {
    target.create("pmo", portfolio("DIGITAL"));
    PortfolioNode edited = memory.nodes.get("DIGITAL");
    PortfolioNode first =
        new PortfolioNode(
            edited.key(),
            edited.kind(),
            "Digital 2027",
            null,
            "pmo",
            "cfo",
            "EUR",
            PercentCompleteMethod.BY_POINTS,
            List.of(),
            edited.version());
    PortfolioNode second =
        new PortfolioNode(
            edited.key(),
            edited.kind(),
            "Digital first",
            null,
            "pmo",
            "cfo",
            "EUR",
            PercentCompleteMethod.BY_COUNT,
            List.of(),
            edited.version());

    Outcome<PortfolioNode> won = target.update("alice", first);
    Outcome<PortfolioNode> lost = target.update("bob", second);

    assertThat(won).isInstanceOf(Outcome.Ok.class);
    assertThat(lost).isEqualTo(new Outcome.Conflict<>(1, 2));
    assertThat(memory.nodes.get("DIGITAL").name()).isEqualTo("Digital 2027");
    assertThat(memory.audit).hasSize(2);
  }

  @Test
  void update_shouldWriteNothing_whenNothingChanged() {
    target.create("pmo", portfolio("DIGITAL"));

    Outcome<PortfolioNode> same = target.update("pmo", memory.nodes.get("DIGITAL"));

    assertThat(same).isInstanceOf(Outcome.Ok.class);
    assertThat(memory.nodes.get("DIGITAL").version()).isEqualTo(1);
    assertThat(memory.audit).hasSize(1);
  }

  @Test
  void check_shouldNameEveryRefusedField() {
    PortfolioNode bad =
        new PortfolioNode(
            "x",
            PortfolioNodeKind.PROGRAM,
            " ",
            null,
            "",
            "",
            "EURO",
            PercentCompleteMethod.BY_COUNT,
            List.of(
                new ProjectScope.Jql(""),
                new ProjectScope.SavedFilter(4),
                new ProjectScope.SavedFilter(4)),
            0);

    assertThat(bad.check())
        .extracting(Violation::field)
        .containsExactly(
            "key", "name", "parent", "owner", "sponsor", "currency", "scopes[0]", "scopes[2]");
  }
}

package io.lodestar.pmo.jira.portfolio.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Issues in memory, in id order; a page can be made to fail. */
final class FakeRollupIssueSource implements RollupIssueSource {

  final Map<Long, RollupIssue> issues = new LinkedHashMap<>();
  final Map<Long, List<Long>> subTasks = new LinkedHashMap<>();
  final List<Integer> pagesAsked = new ArrayList<>();
  int failPageAt = -1;
  java.util.function.IntConsumer onPage = start -> {};

  void put(RollupIssue issue) {
    issues.put(issue.id(), issue);
  }

  @Override
  public long total() {
    return issues.size();
  }

  @Override
  public List<RollupIssue> page(int startAt, int max) {
    pagesAsked.add(startAt);
    onPage.accept(startAt);
    if (startAt == failPageAt) {
      throw new RollupSourceException("page " + startAt + " failed", new RuntimeException("boom"));
    }
    List<RollupIssue> all = new ArrayList<>(issues.values());
    return List.copyOf(
        all.subList(Math.min(startAt, all.size()), Math.min(all.size(), startAt + max)));
  }

  @Override
  public Optional<RollupIssue> byId(long issueId) {
    return Optional.ofNullable(issues.get(issueId));
  }

  @Override
  public List<RollupIssue> subTasksOf(long issueId) {
    List<RollupIssue> found = new ArrayList<>();
    for (long id : subTasks.getOrDefault(issueId, List.of())) {
      found.add(issues.get(id));
    }
    return found;
  }
}

package io.lodestar.pmo.jira.portfolio.index;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.cluster.ClusterMessageConsumer;
import com.atlassian.jira.cluster.ClusterMessagingService;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's {@link JiraRollupIndex} built and current.
 *
 * <ul>
 *   <li><b>Warm-up</b>: {@link #onStart} builds the index in the background (a daemon thread); the
 *       pages say "index warming, N %" meanwhile. A failed build is logged and retried at the next
 *       {@link #rebuildInBackground} (a reconcile message, or the nightly job on this node).
 *   <li><b>Issue events</b> ({@link #onIssueEvent}, fired on the node where the change happened):
 *       the issue is re-read by id and applied, with its sub-tasks (they follow its epic), or
 *       removed when deleted; then the change is sent to the other nodes on channel {@value
 *       #CHANNEL} as {@code U:<id>} or {@code D:<id>}.
 *   <li><b>Cluster messages</b> ({@link #receive}): each other node applies the same change,
 *       re-reading the issue from the shared database; an issue it cannot find is removed (it was
 *       deleted meanwhile). {@code R} asks for a rebuild (sent after a reconcile found drift).
 *       Malformed messages are logged and ignored.
 * </ul>
 *
 * Never throws into Jira's event dispatch or message polling.
 */
public final class RollupIndexSync implements LifecycleAware, ClusterMessageConsumer {

  /** The cluster channel: at most 20 alphanumeric characters (Jira's limit). */
  public static final String CHANNEL = "LodestarRollup";

  static final String UPDATED = "U:";
  static final String DELETED = "D:";
  static final String REBUILD = "R";

  private static final Logger LOG = LoggerFactory.getLogger(RollupIndexSync.class);

  private final JiraRollupIndex index;
  private final RollupIssueSource source;
  private final EventPublisher events;
  private final ClusterMessagingService messaging;
  private final ExecutorService builds;

  public RollupIndexSync(
      JiraRollupIndex index,
      RollupIssueSource source,
      EventPublisher events,
      ClusterMessagingService messaging) {
    this.index = Objects.requireNonNull(index, "index");
    this.source = Objects.requireNonNull(source, "source");
    this.events = Objects.requireNonNull(events, "events");
    this.messaging = Objects.requireNonNull(messaging, "messaging");
    this.builds =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "lodestar-rollup-index");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void onStart() {
    events.register(this);
    messaging.registerListener(CHANNEL, this);
    rebuildInBackground();
  }

  @Override
  public void onStop() {
    events.unregister(this);
    messaging.unregisterListener(CHANNEL, this);
    builds.shutdownNow();
    try {
      builds.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Queues a full build; the running index keeps answering until it is replaced. */
  public void rebuildInBackground() {
    builds.submit(this::buildNow);
  }

  /** Builds now on the calling thread; whether it succeeded (a failure is logged). */
  boolean buildNow() {
    try {
      index.build();
      LOG.info("Lodestar: rollup index ready, {} issues", index.state().issues());
      return true;
    } catch (RuntimeException e) {
      LOG.error("Lodestar: the rollup index could not be built: {}", e.getMessage(), e);
      return false;
    }
  }

  /** Jira's issue event, on the node where the change happened. */
  @EventListener
  public void onIssueEvent(IssueEvent event) {
    try {
      Issue issue = event == null ? null : event.getIssue();
      if (issue == null || issue.getId() == null) {
        return;
      }
      long id = issue.getId();
      boolean deleted = EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId());
      if (deleted) {
        index.remove(id);
      } else {
        refresh(id);
      }
      messaging.sendRemote(CHANNEL, (deleted ? DELETED : UPDATED) + id);
    } catch (RuntimeException e) {
      LOG.warn("Lodestar: an issue event could not be applied to the rollup index", e);
    }
  }

  /** Tells the other nodes to rebuild (after a reconcile on this one found drift). */
  public void askOthersToRebuild() {
    messaging.sendRemote(CHANNEL, REBUILD);
  }

  @Override
  public void receive(String channel, String message, String senderId) {
    if (!CHANNEL.equals(channel) || message == null) {
      return;
    }
    try {
      if (REBUILD.equals(message)) {
        rebuildInBackground();
      } else if (message.startsWith(UPDATED)) {
        refresh(Long.parseLong(message.substring(UPDATED.length())));
      } else if (message.startsWith(DELETED)) {
        index.remove(Long.parseLong(message.substring(DELETED.length())));
      } else {
        LOG.warn("Lodestar: unknown rollup message from node {}: {}", senderId, message);
      }
    } catch (NumberFormatException e) {
      LOG.warn("Lodestar: malformed rollup message from node {}: {}", senderId, message);
    } catch (RuntimeException e) {
      LOG.warn("Lodestar: a rollup message from node {} could not be applied", senderId, e);
    }
  }

  /** Re-reads the issue and its sub-tasks into the index; removes it when it no longer exists. */
  private void refresh(long issueId) {
    Optional<RollupIssue> now = source.byId(issueId);
    if (now.isEmpty()) {
      index.remove(issueId);
      return;
    }
    index.apply(now.get());
    List<RollupIssue> subTasks = source.subTasksOf(issueId);
    for (RollupIssue s : subTasks) {
      index.apply(s);
    }
  }
}

package io.lodestar.pmo.engine.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A risk in the register: a Jira issue designated as a risk, with its ratings and response.
 *
 * <p>Invariants checked at construction (violations are bugs of the caller, hence {@link
 * IllegalArgumentException}; untrusted data goes through {@code RiskRecordMapper}, which reports
 * problems as values instead): keys and title non-null, issue and project key non-blank, the
 * response strategy applies to the kind (see {@link ResponseStrategy}), mitigation keys non-null.
 *
 * @param issueKey Jira issue key, e.g. {@code ABC-12}; never null
 * @param projectKey Jira project key, e.g. {@code ABC}; never null
 * @param title the issue summary; never null, may be empty
 * @param ownerKey Jira user key of the risk owner; null when unowned
 * @param category free category label, e.g. {@code Technical}; null when not categorised
 * @param kind threat or opportunity; never null
 * @param status life-cycle status; never null
 * @param response chosen response strategy; null when none chosen yet
 * @param inherent rating before treatment; never null ({@link RiskRating#UNRATED} when absent)
 * @param residual rating after treatment; never null
 * @param target desired rating; never null
 * @param reviewDate date of the next review (local date of the instance); null when none set
 * @param proximity how soon the risk could occur; null when unknown
 * @param mitigationKeys issue keys of the linked mitigation work; never null, may be empty
 * @param costImpact three-point cost impact in the reporting currency; null when not estimated
 * @param scheduleImpact three-point schedule impact in working days; null when not estimated
 */
public record Risk(
    String issueKey,
    String projectKey,
    String title,
    String ownerKey,
    String category,
    RiskKind kind,
    RiskStatus status,
    ResponseStrategy response,
    RiskRating inherent,
    RiskRating residual,
    RiskRating target,
    LocalDate reviewDate,
    Proximity proximity,
    List<String> mitigationKeys,
    ThreePointImpact costImpact,
    ThreePointImpact scheduleImpact) {

  public Risk {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(inherent, "inherent");
    Objects.requireNonNull(residual, "residual");
    Objects.requireNonNull(target, "target");
    if (issueKey.isBlank() || projectKey.isBlank()) {
      throw new IllegalArgumentException("issueKey and projectKey must not be blank");
    }
    if (response != null && !response.appliesTo(kind)) {
      throw new IllegalArgumentException(
          "response " + response + " does not apply to a " + kind + " (" + issueKey + ")");
    }
    mitigationKeys = List.copyOf(mitigationKeys);
  }

  /** A builder starting from an unrated, open, unowned threat. */
  public static Builder builder(String issueKey, String projectKey, String title) {
    return new Builder(issueKey, projectKey, title);
  }

  /** A builder pre-filled with this risk's values. */
  public Builder toBuilder() {
    Builder b = new Builder(issueKey, projectKey, title);
    b.ownerKey = ownerKey;
    b.category = category;
    b.kind = kind;
    b.status = status;
    b.response = response;
    b.inherent = inherent;
    b.residual = residual;
    b.target = target;
    b.reviewDate = reviewDate;
    b.proximity = proximity;
    b.mitigationKeys = mitigationKeys;
    b.costImpact = costImpact;
    b.scheduleImpact = scheduleImpact;
    return b;
  }

  /** The rating for {@code state}. */
  public RiskRating rating(RiskState state) {
    return switch (state) {
      case INHERENT -> inherent;
      case RESIDUAL -> residual;
      case TARGET -> target;
    };
  }

  /** True when the review date is strictly before {@code asOf} and the risk is active. */
  public boolean isReviewOverdue(LocalDate asOf) {
    return status.isActive() && reviewDate != null && reviewDate.isBefore(asOf);
  }

  /** Mutable builder for {@link Risk}; {@link #build()} checks the invariants. */
  public static final class Builder {
    private final String issueKey;
    private final String projectKey;
    private final String title;
    private String ownerKey;
    private String category;
    private RiskKind kind = RiskKind.THREAT;
    private RiskStatus status = RiskStatus.OPEN;
    private ResponseStrategy response;
    private RiskRating inherent = RiskRating.UNRATED;
    private RiskRating residual = RiskRating.UNRATED;
    private RiskRating target = RiskRating.UNRATED;
    private LocalDate reviewDate;
    private Proximity proximity;
    private List<String> mitigationKeys = List.of();
    private ThreePointImpact costImpact;
    private ThreePointImpact scheduleImpact;

    private Builder(String issueKey, String projectKey, String title) {
      this.issueKey = issueKey;
      this.projectKey = projectKey;
      this.title = title;
    }

    public Builder owner(String ownerKey) {
      this.ownerKey = ownerKey;
      return this;
    }

    public Builder category(String category) {
      this.category = category;
      return this;
    }

    public Builder kind(RiskKind kind) {
      this.kind = kind;
      return this;
    }

    public Builder status(RiskStatus status) {
      this.status = status;
      return this;
    }

    public Builder response(ResponseStrategy response) {
      this.response = response;
      return this;
    }

    public Builder inherent(RiskRating rating) {
      this.inherent = rating;
      return this;
    }

    public Builder residual(RiskRating rating) {
      this.residual = rating;
      return this;
    }

    public Builder target(RiskRating rating) {
      this.target = rating;
      return this;
    }

    public Builder rating(RiskState state, RiskRating rating) {
      switch (state) {
        case INHERENT -> this.inherent = rating;
        case RESIDUAL -> this.residual = rating;
        case TARGET -> this.target = rating;
      }
      return this;
    }

    public Builder reviewDate(LocalDate reviewDate) {
      this.reviewDate = reviewDate;
      return this;
    }

    public Builder proximity(Proximity proximity) {
      this.proximity = proximity;
      return this;
    }

    public Builder mitigationKeys(List<String> keys) {
      this.mitigationKeys = keys;
      return this;
    }

    public Builder costImpact(ThreePointImpact impact) {
      this.costImpact = impact;
      return this;
    }

    public Builder scheduleImpact(ThreePointImpact impact) {
      this.scheduleImpact = impact;
      return this;
    }

    public Risk build() {
      return new Risk(
          issueKey,
          projectKey,
          title,
          ownerKey,
          category,
          kind,
          status,
          response,
          inherent,
          residual,
          target,
          reviewDate,
          proximity,
          mitigationKeys,
          costImpact,
          scheduleImpact);
    }
  }
}

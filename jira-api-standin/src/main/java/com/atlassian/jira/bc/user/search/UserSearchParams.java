package com.atlassian.jira.bc.user.search;

/**
 * Stand-in for Jira's user search parameters (only what Lodestar uses: the builder). Checked
 * against
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/user/search/UserSearchParams.html
 * [unverified: the builder's method names].
 */
public final class UserSearchParams {

  private final boolean allowEmptyQuery;
  private final boolean includeActive;
  private final boolean includeInactive;
  private final Integer maxResults;

  private UserSearchParams(Builder builder) {
    this.allowEmptyQuery = builder.allowEmptyQuery;
    this.includeActive = builder.includeActive;
    this.includeInactive = builder.includeInactive;
    this.maxResults = builder.maxResults;
  }

  /** A builder with Jira's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  public boolean allowEmptyQuery() {
    return allowEmptyQuery;
  }

  public boolean includeActive() {
    return includeActive;
  }

  public boolean includeInactive() {
    return includeInactive;
  }

  /** Null = no limit. */
  public Integer getMaxResults() {
    return maxResults;
  }

  /** Builds {@link UserSearchParams}. */
  public static final class Builder {
    private boolean allowEmptyQuery;
    private boolean includeActive = true;
    private boolean includeInactive;
    private Integer maxResults;

    private Builder() {}

    public Builder allowEmptyQuery(boolean allowEmptyQuery) {
      this.allowEmptyQuery = allowEmptyQuery;
      return this;
    }

    public Builder includeActive(boolean includeActive) {
      this.includeActive = includeActive;
      return this;
    }

    public Builder includeInactive(boolean includeInactive) {
      this.includeInactive = includeInactive;
      return this;
    }

    public Builder maxResults(Integer maxResults) {
      this.maxResults = maxResults;
      return this;
    }

    public UserSearchParams build() {
      return new UserSearchParams(this);
    }
  }
}

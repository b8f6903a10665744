package io.lodestar.pmo.app.training;

import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.training.SkillSource;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may see and change training data. Personal data (a person's certificates, skills and
 * enrolments) is visible to the person, their manager (as recorded with their team), resource
 * managers (members of {@value #RESOURCE_MANAGERS_GROUP}) and PMO admins; the catalog is visible to
 * every signed-in user; writes are for resource managers and PMO admins.
 */
public final class TrainingAccess {

  /** The group whose members are resource managers. */
  public static final String RESOURCE_MANAGERS_GROUP = "lodestar-resource-managers";

  static final String RESOURCE_MANAGER_REQUIRED = "lodestar.training.error.resourceManagerRequired";
  static final String PERSONAL_DATA = "lodestar.training.error.personalData";

  private final AccessGuard guard;
  private final HostPermissions permissions;
  private final TrainingStore store;
  private final Texts texts;

  public TrainingAccess(
      AccessGuard guard, HostPermissions permissions, TrainingStore store, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.permissions = Objects.requireNonNull(permissions, "permissions");
    this.store = Objects.requireNonNull(store, "store");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /** The guard, for the sign-in, browse and PMO admin checks. */
  public AccessGuard guard() {
    return guard;
  }

  /** Whether {@code user} is a resource manager or a PMO admin; false for null. */
  public boolean isResourceManager(HostUser user) {
    return user != null
        && (guard.isPmoAdmin(user) || permissions.isInGroup(user, RESOURCE_MANAGERS_GROUP));
  }

  /**
   * @return the signed-in resource manager or PMO admin
   * @throws io.lodestar.pmo.app.shared.error.NotAuthenticatedException for anonymous requests
   * @throws AccessDeniedException for anyone else
   */
  public HostUser requireResourceManager() {
    HostUser user = guard.requireUser();
    if (!isResourceManager(user)) {
      throw new AccessDeniedException(texts.text(RESOURCE_MANAGER_REQUIRED));
    }
    return user;
  }

  /** Whether {@code viewer} may see {@code personKey}'s personal training data. */
  public boolean maySeePersonal(HostUser viewer, String personKey) {
    if (viewer == null || personKey == null) {
      return false;
    }
    if (viewer.key().equals(personKey) || isResourceManager(viewer)) {
      return true;
    }
    return store.person(personKey).map(p -> viewer.key().equals(p.managerKey())).orElse(false);
  }

  /**
   * The source a skill level {@code viewer} records for {@code personKey} has: self-assessed for
   * their own, manager-verified for their manager, a resource manager or a PMO admin (a resource
   * manager's own level counts as verified); empty when they may not record it.
   */
  public Optional<SkillSource> skillSource(HostUser viewer, String personKey) {
    if (viewer == null || personKey == null) {
      return Optional.empty();
    }
    if (isResourceManager(viewer)
        || store.person(personKey).map(p -> viewer.key().equals(p.managerKey())).orElse(false)) {
      return Optional.of(SkillSource.MANAGER_VERIFIED);
    }
    return viewer.key().equals(personKey)
        ? Optional.of(SkillSource.SELF_ASSESSED)
        : Optional.empty();
  }

  /**
   * @return the signed-in viewer, when they may see {@code personKey}'s personal data
   * @throws AccessDeniedException otherwise (the same answer whether the person exists or not)
   */
  public HostUser requirePersonal(String personKey) {
    HostUser viewer = guard.requireUser();
    if (!maySeePersonal(viewer, personKey)) {
      throw new AccessDeniedException(texts.text(PERSONAL_DATA));
    }
    return viewer;
  }
}

package io.lodestar.pmo.engine.risk.port;

import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.StoreResult;
import java.util.List;
import java.util.Optional;

/**
 * Port: persistence of scoring models. Models carry their own id and version ({@link
 * ScoringModel#id()}, {@link ScoringModel#version()}). Writes compare versions atomically (an AO
 * transaction or a {@code WHERE version = ?} update); values handed in are already valid.
 */
public interface ScoringModelStore {

  /** All models, ordered by name then id; never null. */
  List<ScoringModel> list();

  /** The model with {@code id}, or empty. */
  Optional<ScoringModel> find(long id);

  /**
   * Stores a new model, ignoring its id and version.
   *
   * @return the stored model with a fresh id (&gt; 0) and version 1
   */
  ScoringModel create(ScoringModel model);

  /**
   * Replaces the model with id {@code model.id()} if its stored version equals {@code
   * expectedVersion}.
   *
   * @return {@code Stored} with the new version (expected + 1), {@code Missing} when there is no
   *     such model, {@code VersionConflict} with the stored version otherwise
   */
  StoreResult<ScoringModel> update(ScoringModel model, long expectedVersion);

  /**
   * Deletes the model {@code id} if its stored version equals {@code expectedVersion}.
   *
   * @return {@code Stored} with the deleted model, {@code Missing} or {@code VersionConflict}
   */
  StoreResult<ScoringModel> delete(long id, long expectedVersion);
}

package io.lodestar.pmo.engine.standardization.apply;

import java.util.Objects;

/**
 * The project to create from a template.
 *
 * @param key the project key; never null
 * @param name the project name; never null
 * @param leadKey the project lead's user key; never null
 */
public record NewProject(String key, String name, String leadKey) {

  public NewProject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(leadKey, "leadKey");
  }
}

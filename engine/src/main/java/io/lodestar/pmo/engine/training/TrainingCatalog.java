package io.lodestar.pmo.engine.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The skills catalog and the certification types, as policies and plans need them. */
public final class TrainingCatalog {

  private final SkillCatalog skills;
  private final Map<String, CertificationType> certificationTypes;

  public TrainingCatalog(SkillCatalog skills, List<CertificationType> certificationTypes) {
    this.skills = Objects.requireNonNull(skills, "skills");
    Map<String, CertificationType> types = new LinkedHashMap<>();
    for (CertificationType t : certificationTypes) {
      if (types.put(t.id(), t) != null) {
        throw new IllegalArgumentException("certification type " + t.id() + " is listed twice");
      }
    }
    this.certificationTypes = java.util.Collections.unmodifiableMap(types);
  }

  public SkillCatalog skills() {
    return skills;
  }

  public Optional<CertificationType> certificationType(String id) {
    return Optional.ofNullable(certificationTypes.get(id));
  }

  /** The type's name, or the id for a type no longer known. */
  public String certificationName(String id) {
    CertificationType t = certificationTypes.get(id);
    return t == null ? id : t.name();
  }
}

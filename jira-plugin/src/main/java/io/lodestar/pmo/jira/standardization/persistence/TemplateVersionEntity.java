package io.lodestar.pmo.jira.standardization.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One version of a standardization template (table {@code AO_4669AB_STD_TPL_VERSION}), inserted
 * once and never changed. {@link #VERSION_KEY} ({@code <template id>#<number>}) is unique, so two
 * writers can never both store the same version of a template.
 */
@Preload
@Table(TemplateVersionEntity.TABLE)
public interface TemplateVersionEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "STD_TPL_VERSION";

  /** Column: {@code <template id>#<number>}, unique. */
  String VERSION_KEY = "VERSION_KEY";

  /** Column: the template's id. */
  String TEMPLATE_ID = "TEMPLATE_ID";

  /** Column: the version's number, 1-based. */
  String VERSION_NUMBER = "VERSION_NUMBER";

  /** Column: the template's name in this version (for reading without the content). */
  String NAME = "NAME";

  /** Column: the content as JSON text of {@code TemplateContentCodec}'s tree. */
  String CONTENT = "CONTENT";

  /** Column: who made the version. */
  String AUTHOR_KEY = "AUTHOR_KEY";

  /** Column: when. */
  String CREATED_AT = "CREATED_AT";

  @NotNull
  @Unique
  @StringLength(128)
  String getVersionKey();

  void setVersionKey(String versionKey);

  @NotNull
  @Indexed
  @StringLength(64)
  String getTemplateId();

  void setTemplateId(String templateId);

  @NotNull
  int getVersionNumber();

  void setVersionNumber(int versionNumber);

  @StringLength(255)
  String getName();

  void setName(String name);

  @NotNull
  @StringLength(StringLength.UNLIMITED)
  String getContent();

  void setContent(String content);

  @NotNull
  @StringLength(255)
  String getAuthorKey();

  void setAuthorKey(String authorKey);

  @NotNull
  Date getCreatedAt();

  void setCreatedAt(Date createdAt);
}

package io.lodestar.pmo.sandbox.importer;

import java.util.Locale;

/** Custom fields the importer maps to issue columns, recognised by name as Jira names them. */
enum KnownFields {
  STORY_POINTS,
  EPIC_LINK,
  SPRINT,
  START_DATE,
  OTHER;

  static KnownFields of(String name) {
    if (name == null) {
      return OTHER;
    }
    switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "story points":
      case "story point estimate":
        return STORY_POINTS;
      case "epic link":
        return EPIC_LINK;
      case "sprint":
        return SPRINT;
      case "start date":
        return START_DATE;
      default:
        return OTHER;
    }
  }
}

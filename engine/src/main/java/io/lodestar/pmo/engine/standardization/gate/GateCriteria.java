package io.lodestar.pmo.engine.standardization.gate;

import java.util.List;

/**
 * What leaving one phase needs.
 *
 * @param ruleIds template rules that must have passed in the project's latest compliance result
 * @param checklist items the request must tick
 * @param documents documents the request must link
 */
public record GateCriteria(
    List<String> ruleIds, List<ChecklistItem> checklist, List<RequiredDocument> documents) {

  public static final GateCriteria NONE = new GateCriteria(List.of(), List.of(), List.of());

  public GateCriteria {
    ruleIds = List.copyOf(ruleIds);
    checklist = List.copyOf(checklist);
    documents = List.copyOf(documents);
  }
}

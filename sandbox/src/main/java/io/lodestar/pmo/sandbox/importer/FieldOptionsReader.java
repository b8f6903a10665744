package io.lodestar.pmo.sandbox.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the configured options of select fields, in the instance's order, from what Jira's REST API
 * answers (saved as a {@code .json} file):
 *
 * <ul>
 *   <li>create metadata, {@code GET /rest/api/2/issue/createmeta?expand=projects.issuetypes.fields}
 *       ({@code projects[].issuetypes[].fields.<id>.allowedValues}), or per issue type {@code GET
 *       /rest/api/2/issue/createmeta/{project}/issuetypes/{type}} ({@code values[]} or {@code
 *       fields[]} with {@code fieldId} and {@code allowedValues});
 *   <li>one field's options, {@code GET /rest/api/2/field/{id}/option} or Cloud's {@code
 *       /rest/api/3/field/{id}/context/{context}/option} ({@code values[].value}), or a plain array
 *       of option objects: the field id is then taken from the file name ({@code
 *       customfield_10200-options.json}).
 * </ul>
 *
 * Options Jira marks {@code disabled} keep their place in the order.
 */
final class FieldOptionsReader {

  /** One field's options in the configured order. */
  record FieldOptions(String fieldId, String name, List<String> labels) {}

  /**
   * What a file gives.
   *
   * @param self a REST URL of the instance found in the file, or null
   * @param fields the fields with options, each once
   */
  record Options(String self, List<FieldOptions> fields) {}

  private static final Pattern FIELD_ID = Pattern.compile("customfield_\\d+");

  private final String file;
  private final ObjectMapper mapper =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(JsonSearchReader.MAX_NESTING_DEPTH)
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private String self;

  FieldOptionsReader(String file) {
    this.file = file;
  }

  /**
   * @throws ImportException naming the file and the element when it holds no options or an option
   *     without a value
   */
  Options read(Path path) {
    JsonNode root;
    try {
      root = mapper.readTree(path.toFile());
    } catch (JsonProcessingException e) {
      throw new ImportException(
          file,
          null,
          null,
          "malformed JSON"
              + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr())
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new ImportException(file, null, null, "cannot read the file: " + e.getMessage(), e);
    }
    Map<String, FieldOptions> fields = new LinkedHashMap<>();
    if (root != null && root.path("projects").isArray()) {
      int p = 0;
      for (JsonNode project : root.get("projects")) {
        int t = 0;
        for (JsonNode type : project.path("issuetypes")) {
          Iterator<Map.Entry<String, JsonNode>> it = type.path("fields").fields();
          while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String where =
                "projects[" + p + "].issuetypes[" + t + "].fields." + e.getKey() + ".allowedValues";
            add(fields, e.getKey(), e.getValue(), where);
          }
          t++;
        }
        p++;
      }
    } else if (root != null && (root.path("values").isArray() || root.path("fields").isArray())) {
      String list = root.path("values").isArray() ? "values" : "fields";
      JsonNode values = root.get(list);
      boolean createMeta = values.size() > 0 && values.get(0).has("allowedValues");
      if (createMeta) {
        int i = 0;
        for (JsonNode field : values) {
          String id = field.path("fieldId").asText(field.path("key").asText(null));
          if (id == null) {
            throw new ImportException(file, list + "[" + i + "]", "fieldId", "missing");
          }
          add(fields, id, field, list + "[" + i + "].allowedValues");
          i++;
        }
      } else {
        single(fields, path, values, list);
      }
    } else if (root != null && root.isArray()) {
      single(fields, path, root, "");
    }
    if (fields.isEmpty()) {
      throw new ImportException(
          file,
          null,
          null,
          "no field options: expected create metadata (allowedValues) or a field's option list");
    }
    return new Options(self, List.copyOf(fields.values()));
  }

  private void single(Map<String, FieldOptions> fields, Path path, JsonNode options, String where) {
    Matcher m = FIELD_ID.matcher(path.getFileName().toString());
    if (!m.find()) {
      throw new ImportException(
          file,
          null,
          null,
          "a field's option list names no field: put its id in the file name, e.g."
              + " customfield_10200-options.json");
    }
    List<String> labels = labels(options, where);
    fields.put(m.group(), new FieldOptions(m.group(), m.group(), labels));
  }

  private void add(Map<String, FieldOptions> fields, String id, JsonNode field, String where) {
    JsonNode allowed = field.get("allowedValues");
    if (allowed == null || !allowed.isArray() || allowed.isEmpty()) {
      return;
    }
    // Only option-valued fields: allowed values with a "value" (versions, components have "name").
    if (!allowed.get(0).has("value") || !id.startsWith("customfield_")) {
      return;
    }
    if (fields.containsKey(id)) {
      return;
    }
    String name = field.path("name").asText(id);
    fields.put(id, new FieldOptions(id, name, labels(allowed, where)));
  }

  private List<String> labels(JsonNode options, String where) {
    List<String> labels = new ArrayList<>();
    int i = 0;
    for (JsonNode option : options) {
      JsonNode value = option.get("value");
      if (value == null || !value.isTextual() || value.asText().isBlank()) {
        throw new ImportException(
            file, null, where + "[" + i + "].value", "missing: every option needs its value");
      }
      if (self == null && option.path("self").isTextual()) {
        self = option.get("self").asText();
      }
      labels.add(value.asText());
      i++;
    }
    return labels;
  }
}

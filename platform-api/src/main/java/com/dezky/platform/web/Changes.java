package com.dezky.platform.web;

import com.dezky.model.json.CanonicalJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one before/after diff of two states of a document, as the audit trail records it: nested
 * objects flattened into dotted fields ({@code contactInfo.email}), lists and other values as
 * canonical JSON, strings as they are. An absent value is absent (null), never the text "null".
 */
public final class Changes {

    /** One field that differs; {@code before} or {@code after} is null where the value was or is absent. */
    public record FieldChange(String field, @Nullable String before, @Nullable String after) {
    }

    /** Values are read as JSON as the API writes them (enums by their wire form, instants ISO-8601). */
    private static final JsonMapper JSON = JsonMapper.shared();

    private Changes() {
    }

    public static List<FieldChange> between(Object before, Object after) {
        Map<String, String> was = flatten(before);
        Map<String, String> is = flatten(after);
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(is.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(was.get(field), is.get(field))) {
                changes.add(new FieldChange(field, was.get(field), is.get(field)));
            }
        }
        return changes;
    }

    /** Every field of a new document, as changed from nothing. */
    public static List<FieldChange> created(Object after) {
        return between(null, after);
    }

    private static Map<String, String> flatten(Object state) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (state != null) {
            flatten("", JSON.valueToTree(state), fields);
        }
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                flatten(prefix.isEmpty() ? name : prefix + "." + name, node.get(name), fields);
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            fields.put(prefix, node.isString() ? node.asString() : CanonicalJson.write(JSON.treeToValue(node, Object.class)));
        }
    }
}

package com.dezky.platform.audit;

import com.dezky.model.json.CanonicalJson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Before/after summaries of the fields that differ between two snapshots of a document. */
public final class AuditChanges {

    private AuditChanges() {
    }

    /** Snapshots map field names to plain values (strings, numbers, lists, maps, null). */
    public static List<AuditEntry.Change> between(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<AuditEntry.Change> changes = new ArrayList<>();
        for (String field : fields) {
            Object was = before.get(field);
            Object is = after.get(field);
            if (!Objects.equals(summary(was), summary(is))) {
                changes.add(new AuditEntry.Change(field, summary(was), summary(is)));
            }
        }
        return changes;
    }

    /** Every field of a new document, as changed from nothing. */
    public static List<AuditEntry.Change> created(Map<String, ?> after) {
        return between(Map.of(), after);
    }

    private static String summary(Object value) {
        return value == null ? null : value instanceof String s ? s : CanonicalJson.write(value);
    }
}

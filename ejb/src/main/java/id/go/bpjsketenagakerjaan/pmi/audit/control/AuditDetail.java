package id.go.bpjsketenagakerjaan.pmi.audit.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The "before/after" of an audit entry as {@code key=value} text: {@code before: limit=50000000.00 | after:
 * limit=75000000.00}. Only the keys whose value changed are written when both sides are given, so a reader sees
 * what moved; a creation has no "before" and a removal no "after". Values are single-line and {@code null} shows
 * as {@code -}. An optional note (a reason, a note's text) follows after {@code | }.
 */
public final class AuditDetail {

    private final Map<String, Object> before = new LinkedHashMap<>();
    private final Map<String, Object> after = new LinkedHashMap<>();
    private boolean hasBefore;
    private boolean hasAfter;
    private String note;

    private AuditDetail() {
    }

    public static AuditDetail change() {
        return new AuditDetail();
    }

    /** A value as it was; call for every key shown, in the order they should be read. */
    public AuditDetail before(String key, Object value) {
        hasBefore = true;
        before.put(key, value);
        return this;
    }

    public AuditDetail after(String key, Object value) {
        hasAfter = true;
        after.put(key, value);
        return this;
    }

    /** The same key before and after. */
    public AuditDetail field(String key, Object beforeValue, Object afterValue) {
        return before(key, beforeValue).after(key, afterValue);
    }

    public AuditDetail note(String text) {
        this.note = text;
        return this;
    }

    @Override
    public String toString() {
        Map<String, Object> shownBefore = before;
        Map<String, Object> shownAfter = after;
        if (hasBefore && hasAfter) {
            shownBefore = new LinkedHashMap<>();
            shownAfter = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : before.entrySet()) {
                Object changed = after.get(entry.getKey());
                if (!after.containsKey(entry.getKey()) || !same(entry.getValue(), changed)) {
                    shownBefore.put(entry.getKey(), entry.getValue());
                }
            }
            for (Map.Entry<String, Object> entry : after.entrySet()) {
                if (!before.containsKey(entry.getKey()) || !same(before.get(entry.getKey()), entry.getValue())) {
                    shownAfter.put(entry.getKey(), entry.getValue());
                }
            }
        }
        StringBuilder text = new StringBuilder();
        if (hasBefore) {
            text.append("before: ").append(pairs(shownBefore));
        }
        if (hasAfter) {
            text.append(text.isEmpty() ? "" : " | ").append("after: ").append(pairs(shownAfter));
        }
        if (note != null && !note.isBlank()) {
            text.append(text.isEmpty() ? "" : " | ").append("note: ").append(oneLine(note.strip()));
        }
        return text.toString();
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String pairs(Map<String, Object> values) {
        if (values.isEmpty()) {
            return "(tidak berubah)";
        }
        return values.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() == null ? "-" : oneLine(String.valueOf(e.getValue()))))
                .collect(Collectors.joining(", "));
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}

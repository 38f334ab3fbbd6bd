package id.go.bpjsketenagakerjaan.pmi.api.shared;

import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks that a request body has the shape of the type it is bound to before JSON-B binds it: a single-valued
 * field gets neither an array nor an object, a list field gets an array. Yasson (Payara's JSON-B) binds an array
 * to a single-valued property and keeps its last element, so {@code "contractMonths":[24,25]} was stored as 25 and
 * {@code "fullName":["a","b"]} as "b"; a request of the wrong shape must be refused, naming the field.
 *
 * <p>Only the request classes of this application are walked (public fields, as JSON-B binds them); members the
 * type does not have are left to JSON-B.
 */
final class JsonShape {

    private static final String APPLICATION_PACKAGE = "id.go.bpjsketenagakerjaan.pmi.";
    private static final int MAX_DEPTH = 8;

    private JsonShape() {
    }

    /** Every field whose JSON value has the wrong shape for {@code target}, by its path ({@code benefits[1].amount}). */
    static List<FieldError> problems(JsonValue json, Type target) {
        List<FieldError> problems = new ArrayList<>();
        check(json, target, "", 0, problems);
        return problems;
    }

    private static void check(JsonValue json, Type target, String path, int depth, List<FieldError> problems) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL || depth > MAX_DEPTH) {
            return;
        }
        Class<?> raw = rawClass(target);
        if (raw == null) {
            return;
        }
        boolean array = json.getValueType() == JsonValue.ValueType.ARRAY;
        boolean object = json.getValueType() == JsonValue.ValueType.OBJECT;
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!array) {
                problems.add(new FieldError(name(path), "harus berupa daftar (array JSON)"));
                return;
            }
            Type element = raw.isArray() ? raw.getComponentType() : typeArgument(target);
            JsonArray items = json.asJsonArray();
            for (int i = 0; i < items.size(); i++) {
                check(items.get(i), element, path + "[" + i + "]", depth + 1, problems);
            }
        } else if (isSingleValue(raw)) {
            if (array || object) {
                problems.add(new FieldError(name(path), array
                        ? "harus satu nilai, bukan daftar" : "harus satu nilai, bukan objek"));
            }
        } else if (raw.getName().startsWith(APPLICATION_PACKAGE) && !Map.class.isAssignableFrom(raw)) {
            if (!object) {
                problems.add(new FieldError(name(path), "harus berupa objek JSON"));
                return;
            }
            JsonObject members = json.asJsonObject();
            for (Field field : raw.getFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && members.containsKey(field.getName())) {
                    String child = path.isEmpty() ? field.getName() : path + "." + field.getName();
                    check(members.get(field.getName()), field.getGenericType(), child, depth + 1, problems);
                }
            }
        }
    }

    private static boolean isSingleValue(Class<?> raw) {
        return raw.isPrimitive() || raw.isEnum() || raw == String.class || raw == Boolean.class
                || raw == Character.class || Number.class.isAssignableFrom(raw) || Temporal.class.isAssignableFrom(raw)
                || raw == java.util.UUID.class;
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type typeArgument(Type collection) {
        return collection instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                ? p.getActualTypeArguments()[0] : Object.class;
    }
}

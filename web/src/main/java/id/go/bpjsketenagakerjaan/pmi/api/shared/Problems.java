package id.go.bpjsketenagakerjaan.pmi.api.shared;

import id.go.bpjsketenagakerjaan.pmi.casework.boundary.DuplicateClaimException;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.AlreadyExistsException;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.IdempotencyConflictException;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.NotFoundException;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ScopeDeniedException;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns any exception into an RFC 9457 problem: status, {@code type}, {@code title}, {@code detail} and, for bad
 * input, {@code errors} naming each field. Pure, so the whole mapping is unit-tested; nothing of a stack trace or
 * server version ever goes into a body.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://pmi.bpjsketenagakerjaan.go.id/problems/";
    private static final Pattern PROPERTY = Pattern.compile("(?:property|field|Property)\\s+'?\"?([A-Za-z0-9_\\[\\].]+)'?\"?");

    /** A problem to send: status and the JSON object's members in order; {@code internal} when it was a 500. */
    public record Problem(int status, Map<String, Object> body, boolean internal) {
        public Object get(String member) {
            return body.get(member);
        }
    }

    public record FieldProblem(String field, String message) {
    }

    private Problems() {
    }

    public static Problem of(Throwable thrown) {
        return of(thrown, null);
    }

    /** @param bodyType the Java type the request body was read into, to name the field of a bad enum value */
    public static Problem of(Throwable thrown, Class<?> bodyType) {
        Throwable t = unwrap(thrown);
        if (t instanceof PayloadTooLargeException e) {
            return problem(413, "payload-too-large", "Isi permintaan terlalu besar", e.getMessage());
        }
        if (t instanceof InvalidInputException e) {
            return invalid(e.errors().stream().map(f -> new FieldProblem(f.field(), f.message())).toList());
        }
        if (t instanceof ConstraintViolationException e) {
            return invalid(e.getConstraintViolations().stream()
                    .map(v -> new FieldProblem(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldProblem::field)).toList());
        }
        if (t instanceof DuplicateClaimException e) {
            Problem p = problem(409, "duplicate-claim", "Klaim ganda", e.getMessage());
            p.body().put("existingClaimNo", e.existingClaimNo());
            return p;
        }
        if (t instanceof AlreadyExistsException e) {
            Problem p = problem(409, "already-exists", "Sudah ada", e.getMessage());
            p.body().put("existing", e.existing());
            return p;
        }
        if (t instanceof IdempotencyConflictException e) {
            return problem(409, "idempotency-conflict", "Idempotency-Key bertentangan", e.getMessage());
        }
        if (t instanceof OptimisticLockException) {
            return problem(409, "concurrent-change", "Data berubah bersamaan", "Data diubah permintaan lain; ulangi.");
        }
        if (t instanceof NotFoundException e) {
            return problem(404, "not-found", "Tidak ditemukan", e.getMessage());
        }
        if (t instanceof ScopeDeniedException e) {
            return problem(403, "forbidden", "Tidak diizinkan", e.getMessage());
        }
        if (t instanceof EJBAccessException) {
            return problem(403, "forbidden", "Tidak diizinkan", "Klien ini tidak boleh memanggil titik akhir ini.");
        }
        Throwable json = jsonCause(t);
        if (json != null) {
            String field = fieldOf(json);
            String enumField = enumField(json, bodyType);
            if (enumField != null) {
                return invalid(List.of(new FieldProblem(enumField, "nilai tidak dikenal")));
            }
            String detail = "JSON tidak sah atau tipe nilai salah" + (field == null ? "" : " pada " + field);
            return invalid(List.of(new FieldProblem(field == null ? "body" : field, detail)));
        }
        if (t instanceof NotSupportedException) {
            return problem(415, "unsupported-media-type", "Jenis isi tidak didukung",
                    "Kirim application/json (text/csv untuk impor).");
        }
        if (t instanceof NotAllowedException) {
            return problem(405, "method-not-allowed", "Metode tidak diizinkan", "Metode HTTP ini tidak didukung di sini.");
        }
        if (t instanceof jakarta.ws.rs.NotFoundException) {
            return problem(404, "not-found", "Tidak ditemukan", "Alamat ini tidak ada di API.");
        }
        if (t instanceof WebApplicationException e && e.getResponse() != null && e.getResponse().getStatus() < 500) {
            int status = e.getResponse().getStatus();
            return problem(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(),
                    "Permintaan tidak dapat diproses (" + status + ").");
        }
        return new Problem(500, body(500, "internal", "Kesalahan internal",
                "Terjadi kesalahan di server; sudah dicatat. Ulangi nanti atau hubungi BPJS Ketenagakerjaan."), true);
    }

    public static Problem unauthorized(String detail) {
        return problem(401, "unauthorized", "Tidak terautentikasi", detail);
    }

    public static Problem tooManyRequests(long retryAfterSeconds) {
        Problem p = problem(429, "rate-limited", "Terlalu banyak permintaan",
                "Batas permintaan klien ini terlampaui; ulangi setelah " + retryAfterSeconds + " detik.");
        p.body().put("retryAfterSeconds", retryAfterSeconds);
        return p;
    }

    private static Problem invalid(List<FieldProblem> errors) {
        Problem p = problem(400, "invalid-input", "Masukan tidak sah",
                errors.isEmpty() ? "Masukan tidak sah." : String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
        List<Map<String, String>> list = new ArrayList<>();
        for (FieldProblem e : errors) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("field", e.field());
            m.put("message", e.message());
            list.add(m);
        }
        p.body().put("errors", list);
        return p;
    }

    private static Problem problem(int status, String type, String title, String detail) {
        return new Problem(status, body(status, type, title, detail), false);
    }

    private static Map<String, Object> body(int status, String type, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }

    /** EJB wrappers hide the real cause; JAX-RS wraps reader failures. */
    static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; depth < 10 && t != null; depth++) {
            if (t instanceof EJBAccessException) {
                return t;
            }
            if (t instanceof EJBException e && (e.getCausedByException() != null || e.getCause() != null)) {
                t = e.getCausedByException() != null ? e.getCausedByException() : e.getCause();
                continue;
            }
            if (t instanceof ProcessingException && !(t.getCause() == null)) {
                Throwable inner = t.getCause();
                if (inner instanceof PayloadTooLargeException || jsonCause(inner) != null) {
                    t = inner;
                    continue;
                }
            }
            break;
        }
        // a size limit hit while JSON-B read the stream surfaces as a JSON error: the limit is the real cause
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PayloadTooLargeException) {
                return c;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return t == null ? thrown : t;
    }

    private static Throwable jsonCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof JsonbException || c instanceof jakarta.json.JsonException
                    || c.getClass().getName().startsWith("org.eclipse.yasson")) {
                return c;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        if (t instanceof ProcessingException || t instanceof jakarta.ws.rs.BadRequestException) {
            return t;
        }
        return null;
    }

    /** The innermost property named in a JSON-B message chain, e.g. "Unable to deserialize property 'channel'". */
    static String fieldOf(Throwable json) {
        for (Throwable c = json; c != null; c = c.getCause()) {
            if (c.getMessage() != null) {
                // the outermost message that names a property names the whole path ("... property 'benefits' because
                // of: Unable to deserialize property 'amount' ...")
                String found = null;
                Matcher m = PROPERTY.matcher(c.getMessage());
                while (m.find()) {
                    found = found == null ? m.group(1) : found + "." + m.group(1);
                }
                if (found != null) {
                    return found;
                }
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private static final Pattern NO_ENUM = Pattern.compile("No enum constant ([A-Za-z0-9_.$]+)\\.[^.\\s]+");

    /** JSON-B does not name the property of an unknown enum value; find the field of that enum type in the body. */
    static String enumField(Throwable json, Class<?> bodyType) {
        if (bodyType == null) {
            return null;
        }
        for (Throwable c = json; c != null; c = c.getCause()) {
            Matcher m = c.getMessage() == null ? null : NO_ENUM.matcher(c.getMessage());
            if (m != null && m.find()) {
                return pathTo(bodyType, m.group(1), "", 0);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private static String pathTo(Class<?> type, String enumName, String prefix, int depth) {
        if (type == null || depth > 4 || type.getName().startsWith("java.")) {
            return null;
        }
        for (java.lang.reflect.Field f : type.getFields()) {
            String path = prefix.isEmpty() ? f.getName() : prefix + "." + f.getName();
            Class<?> raw = f.getType();
            Class<?> element = raw;
            if (java.util.Collection.class.isAssignableFrom(raw)
                    && f.getGenericType() instanceof java.lang.reflect.ParameterizedType pt
                    && pt.getActualTypeArguments()[0] instanceof Class<?> arg) {
                element = arg;
            }
            if (element.isEnum() && element.getCanonicalName().equals(enumName)) {
                return path;
            }
            if (!element.isEnum() && !element.isPrimitive()) {
                String nested = pathTo(element, enumName, path, depth + 1);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    /** benefits[0].amount from a path such as fileClaim.request.benefits[0].amount. */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.RETURN_VALUE
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}

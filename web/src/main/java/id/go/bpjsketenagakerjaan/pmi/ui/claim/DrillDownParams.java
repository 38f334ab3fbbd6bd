package id.go.bpjsketenagakerjaan.pmi.ui.claim;

import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimDrillDown;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.RejectionReason;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A dashboard slice as the query string of the claims list, so the drilled-down list can be bookmarked and shared:
 * {@code claims.xhtml?status=REJECTED&from=2026-01-01&to=2026-03-31}. Dates and months are ISO; unknown values are
 * reported by parameter name and left out, never guessed.
 */
public final class DrillDownParams {

    public static final String STATUS = "status";
    public static final String BENEFIT = "benefit";
    public static final String UNIT = "unit";
    public static final String REASON = "reason";
    public static final String MONTH = "month";
    public static final String FROM = "from";
    public static final String TO = "to";

    /** What the parameters said, and the names of those that could not be read. */
    public record Parsed(ClaimDrillDown drill, List<String> invalid) {
    }

    private DrillDownParams() {
    }

    /** The query string (without "?"), parameters in a fixed order, empty parts left out. */
    public static String query(ClaimDrillDown drill) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(STATUS, drill.status());
        params.put(BENEFIT, drill.benefitCode());
        params.put(UNIT, drill.unitName());
        params.put(REASON, drill.rejectionReason());
        params.put(MONTH, drill.approvalMonth());
        params.put(FROM, drill.receivedFrom());
        params.put(TO, drill.receivedTo());
        return params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Reads the parameters of a request (decoded values; null or blank = not given). */
    public static Parsed parse(Map<String, String> params) {
        List<String> invalid = new ArrayList<>();
        ClaimStatus status = read(params, STATUS, ClaimStatus::valueOf, invalid);
        String benefit = text(params, BENEFIT);
        if (benefit != null && !benefit.matches("[A-Z0-9_]{1,40}")) {
            invalid.add(BENEFIT);
            benefit = null;
        }
        String unit = text(params, UNIT);
        if (unit != null && unit.length() > 200) {
            invalid.add(UNIT);
            unit = null;
        }
        RejectionReason reason = read(params, REASON, RejectionReason::valueOf, invalid);
        YearMonth month = read(params, MONTH, YearMonth::parse, invalid);
        LocalDate from = read(params, FROM, LocalDate::parse, invalid);
        LocalDate to = read(params, TO, LocalDate::parse, invalid);
        if (from != null && to != null && from.isAfter(to)) {
            invalid.add(TO);
            to = null;
        }
        return new Parsed(new ClaimDrillDown(status, benefit, unit, reason, month, from, to), List.copyOf(invalid));
    }

    private static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> T read(Map<String, String> params, String name, Function<String, T> parser, List<String> invalid) {
        String value = text(params, name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            invalid.add(name);
            return null;
        }
    }
}

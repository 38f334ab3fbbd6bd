package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.Phase;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One effective-dated version of a catalogue entry (a row of {@code benefit_version}).
 *
 * @param programmes the programmes that may pay it; usually one, two for the scholarship (JKM after a death
 *                   during work, JKK after CTT or an accident death)
 * @param amount     fixed amount or base (null when not used by the kind)
 * @param cap        ceiling (null: no ceiling, or unknown — then {@code confidence} says so)
 * @param params     kind-specific values, e.g. transport caps per mode, tiers or scholarship rates
 * @param validTo    last day the version applies, inclusive; null while current
 */
public record BenefitRule(
        String code,
        String nameId,
        Set<Programme> programmes,
        Set<Phase> phases,
        CalculationKind kind,
        Money amount,
        Money cap,
        Map<String, String> params,
        String legalBasis,
        LocalDate validFrom,
        LocalDate validTo,
        Confidence confidence) {

    public BenefitRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameId, "nameId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(confidence, "confidence");
        if (programmes == null || programmes.isEmpty()) {
            throw new IllegalArgumentException("Aturan " + code + ": program wajib diisi");
        }
        if (phases == null || phases.isEmpty() || phases.contains(Phase.NONE)) {
            throw new IllegalArgumentException("Aturan " + code + ": fase harus dari B, D, A");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("Aturan " + code + ": berlaku s.d. " + validTo + " sebelum berlaku sejak " + validFrom);
        }
        programmes = Collections.unmodifiableSet(EnumSet.copyOf(programmes));
        phases = Collections.unmodifiableSet(EnumSet.copyOf(phases));
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** True when this version applies to an incident on {@code day} (both ends inclusive). */
    public boolean isEffectiveOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Identifies the version a decision was made under, e.g. {@code "MEDICAL_ABROAD@2023-03-01"}. */
    public String versionKey() {
        return code + "@" + validFrom;
    }

    public Optional<String> param(String key) {
        return Optional.ofNullable(params.get(key));
    }

    /** A param holding a whole-rupiah or decimal amount, e.g. {@code AIR=10000000}. */
    public Optional<Money> moneyParam(String key) {
        return param(key).map(Money::parse);
    }

    public Optional<Integer> intParam(String key) {
        return param(key).map(v -> Integer.parseInt(v.trim()));
    }

    /** Parses the database form {@code "key=value;key=value"}; blank or null gives an empty map. */
    public static Map<String, String> parseParams(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Parameter tidak sah (harus kunci=nilai): " + pair);
            }
            result.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return result;
    }

    /** Parses the database form of the phases, e.g. {@code "B,D,A"}. */
    public static Set<Phase> parsePhases(String text) {
        return Arrays.stream(text.split(",")).map(Phase::fromCode)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Phase.class)));
    }

    /** Parses the database form of the programmes, e.g. {@code "JKK"} or {@code "JKK,JKM"}. */
    public static Set<Programme> parseProgrammes(String text) {
        return Arrays.stream(text.split(",")).map(s -> Programme.valueOf(s.trim()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Programme.class)));
    }
}

package id.go.bpjsketenagakerjaan.pmi.casework.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who gets a new claim. The rule, in order:
 * <ol>
 * <li><b>Eligible</b>: an active adjudicator whose unit is the claim's service unit or who has no unit (central
 * adjudicators take every unit), and whose benefit kinds include the claim's benefit (no kinds configured = all).</li>
 * <li><b>One person per incident</b>: if the claim's case already has an eligible adjudicator, they get it.</li>
 * <li><b>Least open workload</b>: otherwise the eligible adjudicator with the fewest open claims (counting the claims
 * just given out in the same intake), then the one bound to the claim's unit before a central one, then by
 * username, so the choice is deterministic.</li>
 * </ol>
 * No eligible adjudicator leaves the claim unassigned, on the team queue, for a supervisor to give out.
 *
 * <p>Benefit kinds per adjudicator come from configuration ({@code pmi.assignment.benefits}), written as
 * {@code username=CODE|PREFIX_*;username=...}, e.g. {@code adjudikator2=JKM_*|SCHOLARSHIP}: see {@link #parseKinds}.
 */
public final class AssignmentPolicy {

    /**
     * An adjudicator who could take claims.
     *
     * @param serviceUnitId their unit, or null for a central adjudicator
     * @param benefitKinds benefit codes or prefixes ending in {@code *}; empty = every benefit
     * @param openClaims open claims assigned to them now
     */
    public record Candidate(String username, Long serviceUnitId, Set<String> benefitKinds, long openClaims) {
        public Candidate {
            Objects.requireNonNull(username, "username");
            benefitKinds = benefitKinds == null ? Set.of() : Set.copyOf(benefitKinds);
        }

        public boolean handles(long unitId, String benefitCode) {
            boolean unit = serviceUnitId == null || serviceUnitId == unitId;
            boolean kind = benefitKinds.isEmpty() || benefitKinds.stream().anyMatch(k -> k.endsWith("*")
                    ? benefitCode.startsWith(k.substring(0, k.length() - 1)) : k.equals(benefitCode));
            return unit && kind;
        }
    }

    private final Map<String, Candidate> candidates = new LinkedHashMap<>();

    public AssignmentPolicy(List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            this.candidates.put(candidate.username(), candidate);
        }
    }

    /**
     * Picks the adjudicator for one claim and counts it in their workload, so the next claim of the same intake sees
     * it.
     *
     * @param caseAdjudicator the adjudicator already on the claim's case, or null
     */
    public Optional<String> choose(long unitId, String benefitCode, String caseAdjudicator) {
        Objects.requireNonNull(benefitCode, "benefitCode");
        List<Candidate> eligible = new ArrayList<>(candidates.values().stream()
                .filter(c -> c.handles(unitId, benefitCode)).toList());
        Optional<Candidate> chosen = eligible.stream().filter(c -> c.username().equals(caseAdjudicator)).findFirst();
        if (chosen.isEmpty()) {
            chosen = eligible.stream().min(Comparator.comparingLong(Candidate::openClaims)
                    .thenComparing(c -> c.serviceUnitId() == null ? 1 : 0)
                    .thenComparing(Candidate::username));
        }
        chosen.ifPresent(c -> candidates.put(c.username(),
                new Candidate(c.username(), c.serviceUnitId(), c.benefitKinds(), c.openClaims() + 1)));
        return chosen.map(Candidate::username);
    }

    /**
     * Reads {@code username=KIND|KIND;username=KIND}. Blank = nobody restricted.
     *
     * @throws IllegalArgumentException naming the entry that cannot be read
     */
    public static Map<String, Set<String>> parseKinds(String configured) {
        Map<String, Set<String>> kinds = new LinkedHashMap<>();
        if (configured == null || configured.isBlank()) {
            return kinds;
        }
        for (String entry : configured.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("pmi.assignment.benefits: entri '" + entry.strip()
                        + "' harus berbentuk pengguna=KODE|AWALAN_*");
            }
            Set<String> codes = new java.util.LinkedHashSet<>();
            for (String code : parts[1].split("\\|")) {
                String trimmed = code.strip();
                if (!trimmed.matches("[A-Z0-9_]+\\*?")) {
                    throw new IllegalArgumentException("pmi.assignment.benefits: kode manfaat '" + trimmed
                            + "' untuk " + parts[0].strip() + " tidak dikenal bentuknya");
                }
                codes.add(trimmed);
            }
            kinds.put(parts[0].strip(), Set.copyOf(codes));
        }
        return kinds;
    }
}

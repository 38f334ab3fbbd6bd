package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageFacts;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the calculator needs for one claim.
 *
 * @param claimedAmounts benefit code -> amount claimed (costs, receipts, the JHT balance). A code listed here is
 *                       considered even when the incident kind does not trigger it by itself; a fixed-amount
 *                       benefit may be listed with {@link Money#ZERO}.
 * @param claimDate      the day the claim was filed; the 5-year JKK limit and the children's ages use it
 */
public record EntitlementRequest(
        CoverageFacts coverage,
        Incident incident,
        Claimant claimant,
        Map<String, Money> claimedAmounts,
        LocalDate claimDate) {

    public EntitlementRequest {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(claimDate, "claimDate");
        claimedAmounts = claimedAmounts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(claimedAmounts));
        if (claimDate.isBefore(incident.date())) {
            throw new IllegalArgumentException("Tanggal klaim " + claimDate + " sebelum tanggal insiden " + incident.date());
        }
    }
}

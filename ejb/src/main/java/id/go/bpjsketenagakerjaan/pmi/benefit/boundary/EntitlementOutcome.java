package id.go.bpjsketenagakerjaan.pmi.benefit.boundary;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.EntitlementResult;
import java.time.LocalDate;
import java.util.List;

/**
 * The calculator's result for a participant and the catalogue versions it applied, so that a decision can record
 * them (e.g. {@code "JKM_DEATH_D@2023-03-01"}).
 *
 * @param placementId the placement whose coverage answered, null when the participant has none
 */
public record EntitlementOutcome(long participantId, Long placementId, LocalDate claimDate, EntitlementResult result,
                                 List<String> ruleVersions) {

    public EntitlementOutcome {
        ruleVersions = List.copyOf(ruleVersions);
    }
}

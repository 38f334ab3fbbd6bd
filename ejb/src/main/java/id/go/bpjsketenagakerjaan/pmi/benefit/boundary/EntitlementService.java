package id.go.bpjsketenagakerjaan.pmi.benefit.boundary;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.Claimant;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Incident;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the catalogue pays for an incident of a registered participant, benefit by benefit with the explanation,
 * and which catalogue versions were applied (for the decision to record). Read-only.
 */
@Stateless
@RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR})
public class EntitlementService {

    @Inject
    Entitlements entitlements;

    /** As filed today (Asia/Jakarta). */
    public EntitlementOutcome calculate(long participantId, Incident incident, Claimant claimant,
                                        Map<String, Money> claimedAmounts) {
        return entitlements.calculate(participantId, incident, claimant, claimedAmounts, null);
    }

    /** As filed on {@code claimDate} (the 5-year JKK limit and the children's ages use it). */
    public EntitlementOutcome calculate(long participantId, Incident incident, Claimant claimant,
                                        Map<String, Money> claimedAmounts, LocalDate claimDate) {
        return entitlements.calculate(participantId, incident, claimant, claimedAmounts, claimDate);
    }
}

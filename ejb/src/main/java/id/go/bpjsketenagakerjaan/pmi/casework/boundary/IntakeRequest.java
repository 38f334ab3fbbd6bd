package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.control.ClaimCircumstance;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A claim as it arrives from any channel: the incident, the benefits asked for with their amounts, and where to pay.
 *
 * @param unitCode the service unit that takes the claim in (branch, overseas unit, lounge, LTSA, head office)
 * @param incidentKind a benefit.control.IncidentKind name
 */
public record IntakeRequest(Long participantId, String incidentKind, LocalDate incidentDate, String incidentPlace,
                            String incidentCountry, String unitCode, Channel channel, List<BenefitRequest> benefits,
                            String payeeName, String payeeBankCode, String payeeAccountNo,
                            Set<ClaimCircumstance> circumstances) implements Serializable {

    /** One benefit asked for and the amount claimed (zero where the amount is fixed by the catalogue). */
    public record BenefitRequest(String benefitCode, BigDecimal amount) implements Serializable {
    }
}

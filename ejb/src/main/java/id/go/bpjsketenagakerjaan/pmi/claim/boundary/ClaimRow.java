package id.go.bpjsketenagakerjaan.pmi.claim.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a claims list: only what a list shows, identity numbers already masked. A class with getters, not a
 * record, because Expression Language 5 (Jakarta EE 10) reads bean properties only.
 */
public final class ClaimRow implements Serializable {

    private final Long id;
    private final long version;
    private final String claimNo;
    private final String participantName;
    private final String maskedNik;
    private final String benefitCode;
    private final ClaimStatus status;
    private final String unitName;
    private final String assignedTo;
    private final LocalDate incidentDate;
    private final BigDecimal claimedAmount;
    private final Instant receivedAt;
    private final long daysWaiting;
    private final SlaStatus slaStatus;
    private final LocalDate slaDueDate;

    public ClaimRow(Long id, long version, String claimNo, String participantName, String maskedNik, String benefitCode,
                    ClaimStatus status, String unitName, String assignedTo, LocalDate incidentDate,
                    BigDecimal claimedAmount, Instant receivedAt, long daysWaiting, SlaStatus slaStatus,
                    LocalDate slaDueDate) {
        this.id = id;
        this.version = version;
        this.slaStatus = slaStatus;
        this.slaDueDate = slaDueDate;
        this.claimNo = claimNo;
        this.participantName = participantName;
        this.maskedNik = maskedNik;
        this.benefitCode = benefitCode;
        this.status = status;
        this.unitName = unitName;
        this.assignedTo = assignedTo;
        this.incidentDate = incidentDate;
        this.claimedAmount = claimedAmount;
        this.receivedAt = receivedAt;
        this.daysWaiting = daysWaiting;
    }

    public Long getId() { return id; }
    public String getClaimNo() { return claimNo; }
    public String getParticipantName() { return participantName; }
    public String getMaskedNik() { return maskedNik; }
    public String getBenefitCode() { return benefitCode; }
    public ClaimStatus getStatus() { return status; }
    public String getUnitName() { return unitName; }
    public String getAssignedTo() { return assignedTo; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public BigDecimal getClaimedAmount() { return claimedAmount; }
    public Instant getReceivedAt() { return receivedAt; }
    public long getDaysWaiting() { return daysWaiting; }
    public long getVersion() { return version; }
    public SlaStatus getSlaStatus() { return slaStatus; }
    public LocalDate getSlaDueDate() { return slaDueDate; }
}

package id.go.bpjsketenagakerjaan.pmi.dashboard.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Everything the management dashboard shows, computed by grouped queries. No NIK anywhere. */
public class Dashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Instant asOf;
    private final long protectedParticipants;
    private final List<CountRow> participantsByCountry;
    private final List<CountRow> participantsByProvince;
    private final List<CountRow> participantsByType;
    private final List<CountRow> participantsByChannel;
    private final long claims;
    private final List<CountRow> claimsByStatus;
    private final List<CountRow> claimsByBenefit;
    private final List<CountRow> claimsByUnit;
    private final List<PeriodAmount> payoutsByMonth;
    private final List<PeriodAmount> slaTrend;
    private final BigDecimal slaComplianceNow;
    private final List<CountRow> rejectionReasons;

    public Dashboard(Instant asOf, long protectedParticipants, List<CountRow> participantsByCountry, List<CountRow> participantsByProvince,
                     List<CountRow> participantsByType, List<CountRow> participantsByChannel, long claims,
                     List<CountRow> claimsByStatus, List<CountRow> claimsByBenefit, List<CountRow> claimsByUnit,
                     List<PeriodAmount> payoutsByMonth, List<PeriodAmount> slaTrend, BigDecimal slaComplianceNow,
                     List<CountRow> rejectionReasons) {
        this.asOf = asOf;
        this.protectedParticipants = protectedParticipants;
        this.participantsByCountry = List.copyOf(participantsByCountry);
        this.participantsByProvince = List.copyOf(participantsByProvince);
        this.participantsByType = List.copyOf(participantsByType);
        this.participantsByChannel = List.copyOf(participantsByChannel);
        this.claims = claims;
        this.claimsByStatus = List.copyOf(claimsByStatus);
        this.claimsByBenefit = List.copyOf(claimsByBenefit);
        this.claimsByUnit = List.copyOf(claimsByUnit);
        this.payoutsByMonth = List.copyOf(payoutsByMonth);
        this.slaTrend = List.copyOf(slaTrend);
        this.slaComplianceNow = slaComplianceNow;
        this.rejectionReasons = List.copyOf(rejectionReasons);
    }

    /** When the figures were computed: they may be shown for a while after (see DashboardSnapshots). */
    public Instant getAsOf() { return asOf; }
    /** Participants with at least one contribution paid. */
    public long getProtectedParticipants() { return protectedParticipants; }
    public List<CountRow> getParticipantsByCountry() { return participantsByCountry; }
    public List<CountRow> getParticipantsByProvince() { return participantsByProvince; }
    /** By participant type, which is the phase of the worker's journey (CPMI, PMI, PMI purna). */
    public List<CountRow> getParticipantsByType() { return participantsByType; }
    /** By the kind of unit the latest registration came through; UNRECORDED where none is recorded. */
    public List<CountRow> getParticipantsByChannel() { return participantsByChannel; }
    public long getClaims() { return claims; }
    public List<CountRow> getClaimsByStatus() { return claimsByStatus; }
    public List<CountRow> getClaimsByBenefit() { return claimsByBenefit; }
    public List<CountRow> getClaimsByUnit() { return claimsByUnit; }
    public List<PeriodAmount> getPayoutsByMonth() { return payoutsByMonth; }
    public BigDecimal getPayoutTotal() {
        return payoutsByMonth.stream().map(PeriodAmount::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
    public List<PeriodAmount> getSlaTrend() { return slaTrend; }
    /** Share of open claims not past their stage deadline now (WIB), one decimal; null without open claims. */
    public BigDecimal getSlaComplianceNow() { return slaComplianceNow; }
    public List<CountRow> getRejectionReasons() { return rejectionReasons; }
}

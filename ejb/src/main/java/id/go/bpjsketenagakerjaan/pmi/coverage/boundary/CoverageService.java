package id.go.bpjsketenagakerjaan.pmi.coverage.boundary;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageEventKind;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PaymentQuote;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PhaseResolution;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Tranche;
import id.go.bpjsketenagakerjaan.pmi.coverage.entity.ContributionPayment;
import id.go.bpjsketenagakerjaan.pmi.coverage.entity.CoverageEvent;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Coverage of a participant: contributions per tranche (amounts computed, never typed in), the dated events that
 * open and close the windows, and the phase on a day with its reason. Bad input comes back as an
 * {@link id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException} naming the field, with nothing written.
 */
@Stateless
@RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.BRANCH_OFFICER, Roles.MANAGER})
public class CoverageService {

    @Inject
    CoverageLedger ledger;

    @Resource
    SessionContext session;

    /**
     * Which phase protected the participant under the programme on the day, and why (BEFORE / DURING / AFTER /
     * NONE); for a participant with several placements the one that covers the day answers.
     */
    public PhaseResolution phaseOn(long participantId, LocalDate date, Programme programme) {
        return ledger.phaseOn(participantId, date, programme);
    }

    /** The windows of every placement for the UI. */
    public CoverageTimeline timeline(long participantId) {
        return ledger.timeline(participantId);
    }

    public List<ContributionPayment> payments(long participantId) {
        return ledger.payments(participantId);
    }

    public List<CoverageEvent> events(long participantId) {
        return ledger.events(participantId);
    }

    /** The amount a payment would have, without recording it. */
    public PaymentQuote quote(long placementId, Tranche tranche, int months, Money jhtMonthly, LocalDate paidOn) {
        return ledger.quote(placementId, tranche, months, jhtMonthly, paidOn);
    }

    /**
     * Records a contribution payment for a placement; the amount is computed from the tranche and the contract.
     *
     * @param months     extension months (EXTENSION) or JHT months (VOLUNTARY_JHT); ignored otherwise
     * @param jhtMonthly the chosen monthly JHT amount (VOLUNTARY_JHT only)
     */
    @RolesAllowed({Roles.BRANCH_OFFICER, Roles.ADJUDICATOR})
    public ContributionPayment recordPayment(long placementId, Tranche tranche, int months, Money jhtMonthly,
                                             LocalDate paidOn, String paymentRef) {
        return ledger.recordPayment(placementId, tranche, months, jhtMonthly, paidOn, paymentRef, caller());
    }

    /** Records embarkation, debarkation, arrival home, failed departure, CTT, death or a leave (with its end). */
    @RolesAllowed({Roles.BRANCH_OFFICER, Roles.ADJUDICATOR})
    public CoverageEvent recordEvent(long placementId, CoverageEventKind kind, LocalDate date, LocalDate endDate,
                                     String note) {
        return ledger.recordEvent(placementId, kind, date, endDate, note, caller());
    }

    @RolesAllowed({Roles.BRANCH_OFFICER, Roles.ADJUDICATOR})
    public CoverageEvent correctEvent(long eventId, LocalDate date, LocalDate endDate, String note, long expectedVersion) {
        return ledger.correctEvent(eventId, date, endDate, note, expectedVersion, caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

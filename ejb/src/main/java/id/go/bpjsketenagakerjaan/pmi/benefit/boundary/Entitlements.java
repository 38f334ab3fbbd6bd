package id.go.bpjsketenagakerjaan.pmi.benefit.boundary;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitDecision;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Child;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Claimant;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.EntitlementCalculator;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.EntitlementRequest;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.EntitlementResult;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Incident;
import id.go.bpjsketenagakerjaan.pmi.coverage.boundary.CoverageLedger;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageAssessor;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageFacts;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageRecord;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PhaseResolver;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.FamilyMember;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@link EntitlementCalculator} for a registered participant: the coverage facts of the placement that
 * answers for the incident date (payments checked), the whole catalogue (the calculator takes the version in
 * force on the incident date), and — when the incident lists no children — the children from the family card.
 * No role check here: production code reaches it only through {@link EntitlementService}.
 */
@Dependent
public class Entitlements {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    CoverageLedger ledger;

    @Inject
    BenefitCatalogue catalogue;

    Clock clock = Clock.system(ZoneId.of("Asia/Jakarta"));

    public EntitlementOutcome calculate(long participantId, Incident incident, Claimant claimant,
                                       Map<String, Money> claimedAmounts, LocalDate claimDate) {
        List<FieldError> errors = new ArrayList<>();
        if (incident == null) {
            errors.add(new FieldError("incident", "Insiden: wajib diisi"));
        }
        if (claimant == null) {
            errors.add(new FieldError("claimant", "Pengaju klaim: wajib diisi"));
        }
        LocalDate filed = claimDate == null ? LocalDate.now(clock) : claimDate;
        if (incident != null && filed.isBefore(incident.date())) {
            errors.add(new FieldError("claimDate", "Tanggal klaim " + filed + " sebelum tanggal insiden " + incident.date()));
        }
        Participant participant = em.find(Participant.class, participantId);
        if (participant == null) {
            errors.add(new FieldError("participantId", "Peserta " + participantId + " tidak ditemukan"));
        }
        InvalidInputException.throwIfAny(errors);

        List<CoverageRecord> records = ledger.records(participantId);
        CoverageAssessor.Assessment assessment = new CoverageAssessor()
                .assess(records, incident.date(), incident.kind().programme());
        CoverageRecord record = assessment.record();
        CoverageFacts facts = record == null ? CoverageFacts.builder(PlacementChannel.AGENCY).build() : record.facts();
        PhaseResolver resolver = record == null ? new PhaseResolver() : record.resolver();

        Incident withChildren = incident.children().isEmpty() ? withFamilyChildren(incident, participant) : incident;
        EntitlementCalculator calculator = new EntitlementCalculator(catalogue.allRules(), resolver);
        EntitlementResult result = calculator.calculate(
                new EntitlementRequest(facts, withChildren, claimant, claimedAmounts, filed));
        List<String> versions = result.decisions().stream().filter(d -> d.ruleValidFrom() != null)
                .map(BenefitDecision::ruleVersion).distinct().toList();
        return new EntitlementOutcome(participantId, record == null ? null : record.placementId(), filed, result, versions);
    }

    private static Incident withFamilyChildren(Incident incident, Participant participant) {
        List<Child> children = participant.getFamilyMembers().stream().filter(FamilyMember::isChild)
                .map(FamilyMember::toChild).toList();
        if (children.isEmpty()) {
            return incident;
        }
        return new Incident(incident.kind(), incident.date(), incident.country(), incident.transportMode(),
                incident.disabilityPercent(), incident.totalPermanentDisability(), incident.monthsWorked(),
                incident.hostInsurancePaid(), children, incident.failedDepartureCause());
    }
}

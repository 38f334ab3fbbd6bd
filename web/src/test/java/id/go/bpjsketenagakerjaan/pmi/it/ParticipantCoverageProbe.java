package id.go.bpjsketenagakerjaan.pmi.it;

import id.go.bpjsketenagakerjaan.pmi.benefit.boundary.BenefitCatalogue;
import id.go.bpjsketenagakerjaan.pmi.benefit.boundary.EntitlementOutcome;
import id.go.bpjsketenagakerjaan.pmi.benefit.boundary.Entitlements;
import id.go.bpjsketenagakerjaan.pmi.benefit.boundary.NewBenefitVersion;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitRule;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Claimant;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Incident;
import id.go.bpjsketenagakerjaan.pmi.benefit.entity.BenefitVersion;
import id.go.bpjsketenagakerjaan.pmi.benefit.entity.BenefitVersionAudit;
import id.go.bpjsketenagakerjaan.pmi.coverage.boundary.CoverageLedger;
import id.go.bpjsketenagakerjaan.pmi.coverage.boundary.CoverageTimeline;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageEventKind;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PhaseResolution;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Tranche;
import id.go.bpjsketenagakerjaan.pmi.coverage.entity.ContributionPayment;
import id.go.bpjsketenagakerjaan.pmi.participant.boundary.ParticipantRegistry;
import id.go.bpjsketenagakerjaan.pmi.participant.control.FamilyMemberForm;
import id.go.bpjsketenagakerjaan.pmi.participant.control.RegistrationForm;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.FamilyMember;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test-only EJB: calls the logic behind the role-protected boundaries (which an in-container test cannot call
 * without a caller role), one transaction per method, so results come back as a page would see them.
 */
@Stateless
public class ParticipantCoverageProbe {

    static final String ACTOR = "it-probe";

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    ParticipantRegistry registry;

    @Inject
    CoverageLedger ledger;

    @Inject
    BenefitCatalogue catalogue;

    @Inject
    Entitlements entitlements;

    public Participant register(RegistrationForm form) {
        return registry.register(form, ACTOR);
    }

    public Participant registerPassportOnly(RegistrationForm form, String reason) {
        return registry.registerPassportOnly(form, reason, ACTOR);
    }

    public Participant supplyNik(long participantId, String nik, long expectedVersion) {
        return registry.supplyNik(participantId, nik, expectedVersion, ACTOR);
    }

    public FamilyMember addFamilyMember(long participantId, FamilyMemberForm form) {
        return registry.addFamilyMember(participantId, form, ACTOR);
    }

    public Participant find(long participantId) {
        return registry.details(participantId);
    }

    public Optional<Participant> findByNik(String nik) {
        return registry.findByNik(nik);
    }

    public List<Participant> findByPassport(String passportNo) {
        return registry.findByPassport(passportNo);
    }

    public List<Participant> nikFollowUps() {
        return registry.nikFollowUps(500);
    }

    public long countByName(String fullName) {
        return em.createQuery("SELECT COUNT(p) FROM Participant p WHERE p.fullName = :name", Long.class)
                .setParameter("name", fullName).getSingleResult();
    }

    public ContributionPayment pay(long placementId, Tranche tranche, LocalDate paidOn) {
        return ledger.recordPayment(placementId, tranche, 0, null, paidOn, "IT-" + tranche, ACTOR);
    }

    public void recordEvent(long placementId, CoverageEventKind kind, LocalDate date) {
        ledger.recordEvent(placementId, kind, date, null, null, ACTOR);
    }

    public PhaseResolution phaseOn(long participantId, LocalDate date, Programme programme) {
        return ledger.phaseOn(participantId, date, programme);
    }

    public CoverageTimeline timeline(long participantId) {
        return ledger.timeline(participantId);
    }

    public EntitlementOutcome calculate(long participantId, Incident incident, Claimant claimant) {
        return entitlements.calculate(participantId, incident, claimant, Map.<String, Money>of(), null);
    }

    public List<BenefitRule> rulesInForce(LocalDate day) {
        return catalogue.rulesInForce(day);
    }

    public List<BenefitVersion> history(String code) {
        return catalogue.history(code);
    }

    public List<BenefitVersionAudit> audit(String code) {
        return catalogue.audit(code);
    }

    /** As an administrator would: start from the current version and change the cap. */
    public BenefitVersion raiseCap(String code, Money cap, LocalDate validFrom, String admin) {
        List<BenefitVersion> versions = catalogue.history(code);
        NewBenefitVersion proposal = NewBenefitVersion.copyOf(versions.get(versions.size() - 1), validFrom).withCap(cap);
        return catalogue.addVersion(proposal, admin);
    }
}

package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.benefit.boundary.BenefitCatalogueService;
import id.go.bpjsketenagakerjaan.pmi.benefit.boundary.EntitlementOutcome;
import id.go.bpjsketenagakerjaan.pmi.benefit.boundary.NewBenefitVersion;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitDecision;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitRule;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Claimant;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.ClaimantRelation;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Incident;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.IncidentKind;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.benefit.entity.BenefitVersion;
import id.go.bpjsketenagakerjaan.pmi.benefit.entity.BenefitVersionAudit;
import id.go.bpjsketenagakerjaan.pmi.coverage.boundary.CoverageTimeline;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageEventKind;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Phase;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PhaseResolution;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Tranche;
import id.go.bpjsketenagakerjaan.pmi.coverage.entity.ContributionPayment;
import id.go.bpjsketenagakerjaan.pmi.participant.boundary.ParticipantService;
import id.go.bpjsketenagakerjaan.pmi.participant.control.FamilyMemberForm;
import id.go.bpjsketenagakerjaan.pmi.participant.control.PlacementTerms;
import id.go.bpjsketenagakerjaan.pmi.participant.control.RegistrationForm;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.ParticipantType;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import id.go.bpjsketenagakerjaan.pmi.shared.Sex;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registry, coverage ledger and benefit catalogue against the migrated schema on Payara Micro. Every test makes
 * its own participants (random NIK serials and passports), so the tests do not depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantCoverageIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.application().addClasses(ParticipantCoverageIT.class, ParticipantCoverageProbe.class);
    }

    @EJB
    ParticipantCoverageProbe probe;

    @EJB
    ParticipantService participants;

    @EJB
    BenefitCatalogueService catalogue;

    /** A woman born 1 July 1990 in Kab. Cirebon (32 09 01), with a serial no demo participant uses. */
    private static String womanBornJuly1990() {
        return "320901410790" + ThreadLocalRandom.current().nextInt(5000, 10000);
    }

    private static String passport() {
        return "IT" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    private static RegistrationForm form(String nik, String passport, String name, Sex sex, LocalDate birth,
                                         LocalDate registeredOn) {
        return new RegistrationForm(nik, passport, null, null, name, sex, birth, "Desa Sukamaju RT 01 RW 02", null, null,
                PlacementTerms.viaAgency("PT Bina Karya Mandiri", "SIP3MI-0123/2021", "TW", "Chen Family",
                        "Perawat lansia", null, 24), registeredOn, null);
    }

    @Test
    void aRegisteredWorkerWithPaymentsIsCoveredDuringWorkWithTheReason() {
        String nik = womanBornJuly1990();
        LocalDate registered = TODAY.minusDays(100);
        LocalDate embarked = TODAY.minusDays(60);
        Participant siti = probe.register(form(nik, passport(), "Siti IT " + nik, Sex.FEMALE, LocalDate.of(1990, 7, 1), registered));
        assertEquals("32", siti.getProvinceCode(), "address province defaults to the NIK's");
        assertEquals("3209", siti.getRegencyCode());
        long placementId = siti.getPlacements().get(0).getId();

        ContributionPayment before = probe.pay(placementId, Tranche.BEFORE_WORK, registered);
        ContributionPayment during = probe.pay(placementId, Tranche.DURING_AFTER, registered.plusDays(1));
        assertEquals(Money.rupiah(37_500), before.getAmount());
        assertEquals(Money.rupiah(332_500), during.getAmount(), "24-month package, computed");
        probe.recordEvent(placementId, CoverageEventKind.EMBARKATION, embarked);

        PhaseResolution beforeWork = probe.phaseOn(siti.getId(), embarked.minusDays(1), Programme.JKK);
        assertEquals(Phase.BEFORE, beforeWork.phase(), beforeWork.reason());
        PhaseResolution duringWork = probe.phaseOn(siti.getId(), TODAY.minusDays(30), Programme.JKK);
        assertEquals(Phase.DURING, duringWork.phase(), duringWork.reason());
        assertTrue(duringWork.reason().startsWith("Selama bekerja: sejak keberangkatan " + embarked), duringWork.reason());
        assertEquals(Phase.NONE, probe.phaseOn(siti.getId(), registered.minusDays(1), Programme.JKK).phase());

        Participant reread = probe.findByNik(nik).orElseThrow();
        assertEquals(ParticipantType.PMI, reread.getType(), "embarkation makes a CPMI a PMI");
        assertEquals("it-probe", reread.getLastModifiedBy());
        CoverageTimeline timeline = probe.timeline(siti.getId());
        assertEquals(4, timeline.windows().size(), "before and during for JKK and JKM: " + timeline.windows());

        probe.addFamilyMember(siti.getId(), FamilyMemberForm.child("Bunga", null, Sex.FEMALE, LocalDate.of(2016, 2, 3), SchoolLevel.SD));
        LocalDate died = TODAY.minusDays(10);
        probe.recordEvent(placementId, CoverageEventKind.DEATH, died);
        EntitlementOutcome outcome = probe.calculate(siti.getId(), Incident.builder(IncidentKind.DEATH_OTHER, died).build(),
                new Claimant("Agus", ClaimantRelation.SPOUSE, Set.of(ClaimantRelation.CHILD)));
        BenefitDecision death = outcome.result().decision("JKM_DEATH_D").orElseThrow();
        assertTrue(death.eligible(), death.explanation().toString());
        assertEquals(Money.rupiah(85_000_000), death.recommended());
        assertTrue(outcome.ruleVersions().contains("JKM_DEATH_D@2023-03-01"), outcome.ruleVersions().toString());
        assertEquals(placementId, outcome.placementId());
        assertTrue(outcome.result().decision("SCHOLARSHIP").isPresent(), "the child from the family card is considered");
    }

    @Test
    void anInvalidNikIsRefusedNamingTheFieldAndNothingIsWritten() {
        String name = "Salah NIK " + ThreadLocalRandom.current().nextInt(1_000_000);
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> probe.register(
                form("3209019907900001", passport(), name, Sex.FEMALE, LocalDate.of(1990, 7, 1), TODAY)));
        assertEquals("nik", bad.field(), bad.getMessage());
        assertTrue(bad.errors().get(0).message().startsWith("NIK: kode tanggal lahir 99"), bad.getMessage());

        String nik = womanBornJuly1990();
        InvalidInputException inconsistent = assertThrows(InvalidInputException.class, () -> probe.register(
                form(nik, passport(), name, Sex.MALE, LocalDate.of(1990, 7, 1), TODAY)));
        assertEquals("sex", inconsistent.field(), inconsistent.getMessage());

        assertEquals(0, probe.countByName(name), "nothing written");
        assertTrue(probe.findByNik(nik).isEmpty());
    }

    @Test
    void thePassportOnlyPathIsFlaggedForFollowUpUntilTheNikIsSupplied() {
        String passport = passport();
        Participant nur = probe.registerPassportOnly(form(null, passport, "Nur IT " + passport, Sex.FEMALE,
                LocalDate.of(1990, 7, 1), TODAY), "PMI masuk kembali, KTP hilang");
        assertTrue(nur.isNikException());
        assertEquals("PMI masuk kembali, KTP hilang", nur.getNikExceptionReason());

        List<Participant> found = probe.findByPassport(passport.toLowerCase());
        assertEquals(1, found.size());
        assertTrue(found.get(0).isNikException());
        assertTrue(probe.nikFollowUps().stream().anyMatch(p -> p.getId().equals(nur.getId())), "in the follow-up queue");

        InvalidInputException again = assertThrows(InvalidInputException.class, () -> probe.registerPassportOnly(
                form(null, passport, "Nur lagi", Sex.FEMALE, LocalDate.of(1990, 7, 1), TODAY), "alasan"));
        assertEquals("passportNo", again.field(), "a passport is registered once");

        Participant completed = probe.supplyNik(nur.getId(), womanBornJuly1990(), probe.find(nur.getId()).getVersion());
        assertFalse(completed.isNikException());
        assertFalse(probe.nikFollowUps().stream().anyMatch(p -> p.getId().equals(nur.getId())));
    }

    @Test
    void aNewCatalogueVersionKeepsTheOldOneForPastDates() {
        LocalDate from = LocalDate.of(2031, 1, 1);
        BenefitVersion added = probe.raiseCap("GLASSES", Money.rupiah(1_500_000), from, "admin");
        assertEquals(2, added.getVersionNo());

        assertEquals(Money.rupiah(1_000_000), cap(probe.rulesInForce(from.minusDays(1)), "GLASSES"));
        assertEquals(Money.rupiah(1_500_000), cap(probe.rulesInForce(from), "GLASSES"));
        assertEquals(24, probe.rulesInForce(from).size(), "one version per benefit");
        List<BenefitVersion> history = probe.history("GLASSES");
        assertEquals(LocalDate.of(2030, 12, 31), history.get(0).getValidTo());
        assertEquals(null, history.get(1).getValidTo());

        List<BenefitVersionAudit> audit = probe.audit("GLASSES");
        assertEquals(2, audit.size());
        assertTrue(audit.stream().allMatch(a -> "admin".equals(a.getActor()) && a.getOccurredAt() != null));
        assertTrue(audit.stream().anyMatch(a -> a.getDetails().contains("plafon Rp 1.000.000 -> Rp 1.500.000")),
                audit.get(1).getDetails());

        InvalidInputException notLater = assertThrows(InvalidInputException.class,
                () -> probe.raiseCap("GLASSES", Money.rupiah(2_000_000), from, "admin"));
        assertEquals("validFrom", notLater.field());
        assertEquals(2, probe.history("GLASSES").size(), "nothing written");
    }

    @Test
    void theBoundariesRefuseCallersWithoutTheRole() {
        assertThrows(EJBAccessException.class, () -> participants.findByNik("3209014107900001"));
        assertThrows(EJBAccessException.class, () -> catalogue.addVersion(
                NewBenefitVersion.copyOf(probe.history("HEARING_AID").get(0), LocalDate.of(2040, 1, 1))));
        assertNotNull(probe.history("HEARING_AID").get(0));
        assertEquals(1, probe.history("HEARING_AID").size());
    }

    private static Money cap(List<BenefitRule> rules, String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().cap();
    }
}

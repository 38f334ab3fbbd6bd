package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageFacts;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Phase;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Period;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EntitlementCalculatorTest {

    private final EntitlementCalculator calculator = new EntitlementCalculator(BenefitCatalogueSeed.rules());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Money rp(long rupiah) {
        return Money.rupiah(rupiah);
    }

    /** Agency worker: before work 2024-11-01..2025-01-09, during work 2025-01-10..2027-02-09 (24-month contract). */
    private static final CoverageFacts PLACED = CoverageFacts.builder(PlacementChannel.AGENCY)
            .registered(d("2024-11-01")).beforeWorkPaid(d("2024-11-01"))
            .embarked(d("2025-01-10")).contract(d("2025-01-10"), 24).build();

    /** Agency CPMI not yet departed: before work 2025-01-10..2025-06-09. */
    private static final CoverageFacts WAITING = CoverageFacts.builder(PlacementChannel.AGENCY)
            .registered(d("2025-01-10")).beforeWorkPaid(d("2025-01-10")).build();

    /** Returned early: during work to 2025-09-30, after work 2025-10-01..2025-10-30. */
    private static final CoverageFacts RETURNED = CoverageFacts.builder(PlacementChannel.AGENCY)
            .registered(d("2024-11-01")).beforeWorkPaid(d("2024-11-01"))
            .embarked(d("2025-01-10")).contract(d("2025-01-10"), 24).debarked(d("2025-10-01")).build();

    private static final Claimant WORKER = Claimant.worker("Siti Aminah");
    private static final Claimant SPOUSE = new Claimant("Ahmad", ClaimantRelation.SPOUSE, Set.of(ClaimantRelation.CHILD));

    private EntitlementResult calculate(CoverageFacts facts, Incident incident, Claimant claimant,
                                        Map<String, Money> claimed, LocalDate claimDate) {
        return calculator.calculate(new EntitlementRequest(facts, incident, claimant, claimed, claimDate));
    }

    private EntitlementResult calculate(CoverageFacts facts, Incident incident, Claimant claimant, Map<String, Money> claimed) {
        return calculate(facts, incident, claimant, claimed, incident.date().plusDays(30));
    }

    private BenefitDecision single(CoverageFacts facts, Incident incident, String code, Money claimed) {
        EntitlementResult result = calculate(facts, incident, WORKER, Map.of(code, claimed));
        return result.decision(code).orElseThrow();
    }

    @Nested
    class DeathAndThePhaseThatSetsTheAmount {

        @Test
        void deathDuringWorkPaysEightyFiveMillionAndNotTheBeforeAfterAmount() {
            EntitlementResult result = calculate(PLACED,
                    Incident.builder(IncidentKind.DEATH_OTHER, d("2025-06-01")).country("TW").build(), SPOUSE, Map.of());

            BenefitDecision during = result.decision("JKM_DEATH_D").orElseThrow();
            assertThat(during.eligible()).isTrue();
            assertThat(during.recommended()).isEqualTo(rp(85_000_000));
            assertThat(during.ruleVersion()).isEqualTo("JKM_DEATH_D@2023-03-01");
            assertThat(during.awaitingConfirmation()).isFalse();
            assertThat(during.explanation()).contains(
                    "Aturan JKM_DEATH_D – Santunan kematian selama bekerja (termasuk cuti di Indonesia) (versi berlaku sejak 2023-03-01)",
                    "Insiden: DEATH_OTHER pada 2025-06-01 di TW, program JKM",
                    "Ahli waris: Ahmad (suami/istri)",
                    "Direkomendasikan: Rp 85.000.000");

            BenefitDecision beforeAfter = result.decision("JKM_DEATH_BA").orElseThrow();
            assertThat(beforeAfter.eligible()).isFalse();
            assertThat(beforeAfter.reason()).isEqualTo(
                    "Manfaat JKM_DEATH_BA hanya untuk fase B, A; insiden terjadi pada fase D (selama bekerja)");
            assertThat(result.totalRecommended()).isEqualTo(rp(85_000_000));
            assertThat(result.phase().phase()).isEqualTo(Phase.DURING);
        }

        @Test
        void deathBeforeWorkPaysFortyTwoMillionWithItsBreakdown() {
            EntitlementResult result = calculate(WAITING,
                    Incident.builder(IncidentKind.DEATH_OTHER, d("2025-06-09")).build(), SPOUSE, Map.of());

            BenefitDecision decision = result.decision("JKM_DEATH_BA").orElseThrow();
            assertThat(decision.recommended()).isEqualTo(rp(42_000_000));
            assertThat(decision.explanation()).contains(
                    "Rincian: santunan kematian Rp 20.000.000 + santunan berkala Rp 12.000.000 + biaya pemakaman Rp 10.000.000 = Rp 42.000.000");
            assertThat(result.decision("JKM_DEATH_D").orElseThrow().eligible()).isFalse();
            assertThat(result.totalRecommended()).isEqualTo(rp(42_000_000));
        }

        @Test
        void deathAfterWorkPaysFortyTwoMillionOnTheLastDayAndNothingTheDayAfter() {
            assertThat(calculate(RETURNED, Incident.builder(IncidentKind.DEATH_OTHER, d("2025-10-30")).build(), SPOUSE, Map.of())
                    .totalRecommended()).isEqualTo(rp(42_000_000));

            EntitlementResult tooLate = calculate(RETURNED,
                    Incident.builder(IncidentKind.DEATH_OTHER, d("2025-10-31")).build(), SPOUSE, Map.of());
            assertThat(tooLate.totalRecommended()).isEqualTo(Money.ZERO);
            assertThat(tooLate.decision("JKM_DEATH_BA").orElseThrow().reason()).startsWith(
                    "Insiden 2025-10-31 di luar masa perlindungan: Tanggal 2025-10-31 di luar masa perlindungan");
        }

        @Test
        void deathOneDayAfterTheFiveMonthBeforeWorkWindowIsNotCovered() {
            EntitlementResult result = calculate(WAITING,
                    Incident.builder(IncidentKind.DEATH_OTHER, d("2025-06-10")).build(), SPOUSE, Map.of());
            assertThat(result.decisions()).allSatisfy(decision -> {
                assertThat(decision.eligible()).isFalse();
                assertThat(decision.reason()).startsWith("Insiden 2025-06-10 di luar masa perlindungan");
            });
        }

        @Test
        void deathOnLeaveInIndonesiaIsDuringWorkForJkm() {
            CoverageFacts onLeave = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .embarked(d("2025-01-10")).contract(d("2025-01-10"), 24)
                    .leavesInIndonesia(List.of(Period.of(d("2026-01-01"), d("2026-01-31")))).build();
            EntitlementResult result = calculate(onLeave,
                    Incident.builder(IncidentKind.DEATH_OTHER, d("2026-01-15")).country("ID").build(), SPOUSE, Map.of());
            assertThat(result.decision("JKM_DEATH_D").orElseThrow().recommended()).isEqualTo(rp(85_000_000));
        }

        @Test
        void accidentOnLeaveInIndonesiaIsNotCoveredByJkk() {
            CoverageFacts onLeave = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .embarked(d("2025-01-10")).contract(d("2025-01-10"), 24)
                    .leavesInIndonesia(List.of(Period.of(d("2026-01-01"), d("2026-01-31")))).build();
            BenefitDecision decision = single(onLeave,
                    Incident.builder(IncidentKind.WORK_ACCIDENT, d("2026-01-15")).build(), "MEDICAL_ID", rp(3_000_000));
            assertThat(decision.eligible()).isFalse();
            assertThat(decision.reason()).contains("cuti di Indonesia hanya dilindungi JKM, tidak JKK");
        }

        @Test
        void perseoranganDyingBeforeEmbarkationGetsTheBeforeWorkAmountButNoJkk() {
            CoverageFacts solo = CoverageFacts.builder(PlacementChannel.PERSEORANGAN)
                    .packagePaid(d("2025-01-05")).embarked(d("2025-03-01")).contract(d("2025-03-01"), 12).build();
            assertThat(calculate(solo, Incident.builder(IncidentKind.DEATH_OTHER, d("2025-02-04")).build(), SPOUSE, Map.of())
                    .decision("JKM_DEATH_BA").orElseThrow().recommended()).isEqualTo(rp(42_000_000));
            assertThat(calculate(solo, Incident.builder(IncidentKind.DEATH_OTHER, d("2025-02-05")).build(), SPOUSE, Map.of())
                    .totalRecommended()).isEqualTo(Money.ZERO);

            BenefitDecision accident = calculate(solo,
                    Incident.builder(IncidentKind.DEATH_WORK_ACCIDENT, d("2025-01-20")).build(), SPOUSE, Map.of())
                    .decision("JKK_DEATH").orElseThrow();
            assertThat(accident.eligible()).isFalse();
            assertThat(accident.reason()).contains("PMI perseorangan sebelum keberangkatan hanya dilindungi JKM");
        }

        @Test
        void accidentDeathPaysJkkAndIsFlaggedBecauseBeforeAndAfterWorkAreUnconfirmed() {
            BenefitDecision decision = calculate(PLACED,
                    Incident.builder(IncidentKind.DEATH_WORK_ACCIDENT, d("2025-06-01")).build(), SPOUSE, Map.of())
                    .decision("JKK_DEATH").orElseThrow();
            assertThat(decision.recommended()).isEqualTo(rp(85_000_000));
            assertThat(decision.awaitingConfirmation()).isTrue();
            assertThat(decision.explanation()).contains("Nilai menunggu konfirmasi (keyakinan sumber: UNCERTAIN)");
        }
    }

    @Nested
    class Heirs {

        private final Incident death = Incident.builder(IncidentKind.DEATH_OTHER, d("2025-06-01")).build();

        @Test
        void siblingCannotClaimWhileASpouseIsAlive() {
            Claimant sibling = new Claimant("Rina", ClaimantRelation.SIBLING, Set.of(ClaimantRelation.SPOUSE, ClaimantRelation.PARENT_IN_LAW));
            BenefitDecision decision = calculate(PLACED, death, sibling, Map.of()).decision("JKM_DEATH_D").orElseThrow();
            assertThat(decision.eligible()).isFalse();
            assertThat(decision.reason()).isEqualTo(
                    "Pengaju saudara kandung (urutan 3) tidak berhak: masih ada ahli waris urutan 1 (suami/istri)");
        }

        @Test
        void siblingCanClaimWhenOnlyLowerRanksSurvive() {
            Claimant sibling = new Claimant("Rina", ClaimantRelation.SIBLING, Set.of(ClaimantRelation.PARENT_IN_LAW));
            assertThat(calculate(PLACED, death, sibling, Map.of()).totalRecommended()).isEqualTo(rp(85_000_000));
        }

        @Test
        void childRanksWithTheSpouse() {
            Claimant child = new Claimant("Dewi", ClaimantRelation.CHILD, Set.of(ClaimantRelation.SPOUSE));
            assertThat(calculate(PLACED, death, child, Map.of()).totalRecommended()).isEqualTo(rp(85_000_000));
        }

        @Test
        void aNonHeirCannotClaimADeath() {
            BenefitDecision decision = calculate(PLACED, death,
                    new Claimant("Agen", ClaimantRelation.OTHER, Set.of()), Map.of()).decision("JKM_DEATH_D").orElseThrow();
            assertThat(decision.reason()).isEqualTo("Pengaju (pihak lain) bukan ahli waris peserta yang meninggal");
        }
    }

    @Nested
    class TreatmentAbroad {

        private final Incident accident = Incident.builder(IncidentKind.WORK_ACCIDENT, d("2025-06-01")).country("TW")
                .hostInsurancePaid(rp(15_000_000)).build();

        @Test
        void paysOnlyWhatHostInsuranceDidNotAndExplainsTheArithmetic() {
            BenefitDecision decision = single(PLACED, accident, "MEDICAL_ABROAD", rp(60_000_000));
            assertThat(decision.recommended()).isEqualTo(rp(45_000_000));
            assertThat(decision.explanation()).contains(
                    "Perawatan luar negeri: biaya Rp 60.000.000 − asuransi negara penempatan Rp 15.000.000 = Rp 45.000.000, batas Rp 50.000.000 → Rp 45.000.000");
            assertThat(decision.awaitingConfirmation()).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"65000000, 50000000", "65000001, 50000000", "64999999, 49999999", "80000000, 50000000"})
        void isCappedAtFiftyMillionAfterTheOffset(long cost, long expected) {
            assertThat(single(PLACED, accident, "MEDICAL_ABROAD", rp(cost)).recommended()).isEqualTo(rp(expected));
        }

        @Test
        void paysNothingWhenHostInsuranceCoveredEverything() {
            BenefitDecision decision = single(PLACED, accident, "MEDICAL_ABROAD", rp(15_000_000));
            assertThat(decision.eligible()).isFalse();
            assertThat(decision.reason()).isEqualTo("Biaya sudah ditanggung seluruhnya oleh asuransi negara penempatan");
        }

        @Test
        void withoutHostInsuranceTheWholeCostCountsUpToTheCap() {
            Incident uninsured = Incident.builder(IncidentKind.WORK_ACCIDENT, d("2025-06-01")).build();
            assertThat(single(PLACED, uninsured, "MEDICAL_ABROAD", rp(30_000_000)).recommended()).isEqualTo(rp(30_000_000));
        }

        @Test
        void isOnlyForDuringWork() {
            BenefitDecision decision = single(WAITING,
                    Incident.builder(IncidentKind.WORK_ACCIDENT, d("2025-02-01")).build(), "MEDICAL_ABROAD", rp(1_000_000));
            assertThat(decision.reason()).isEqualTo(
                    "Manfaat MEDICAL_ABROAD hanya untuk fase D; insiden terjadi pada fase B (sebelum bekerja)");
        }

        @Test
        void needsAClaimedCost() {
            EntitlementResult result = calculate(PLACED, accident, WORKER, Map.of("MEDICAL_ABROAD", Money.ZERO));
            assertThat(result.decision("MEDICAL_ABROAD").orElseThrow().reason())
                    .isEqualTo("Biaya Perawatan luar negeri belum diajukan");
        }
    }

    @Nested
    class Transport {

        @ParameterizedTest(name = "{0}: biaya {1} → {2}")
        @CsvSource({
                "LAND, 6000000, 5000000", "LAND, 5000000, 5000000", "LAND, 4999999, 4999999",
                "RIVER, 5000001, 5000000", "SEA, 3000000, 2000000", "SEA, 1500000, 1500000",
                "AIR, 12000000, 10000000", "AIR, 10000000, 10000000"})
        void isCappedPerMode(TransportMode mode, long cost, long expected) {
            Incident accident = Incident.builder(IncidentKind.WORK_ACCIDENT, d("2025-06-01")).transportMode(mode).build();
            BenefitDecision decision = single(PLACED, accident, "TRANSPORT", rp(cost));
            assertThat(decision.recommended()).isEqualTo(rp(expected));
            assertThat(decision.explanation()).anyMatch(line -> line.contains("moda " + mode.labelId()));
        }

        @Test
        void needsTheMode() {
            BenefitDecision decision = single(PLACED,
                    Incident.builder(IncidentKind.WORK_ACCIDENT, d("2025-06-01")).build(), "TRANSPORT", rp(1_000_000));
            assertThat(decision.reason()).isEqualTo("Moda transportasi belum diisi");
        }
    }

    @Nested
    class Rape {

        private final Incident rape = Incident.builder(IncidentKind.RAPE, d("2025-06-01"))
                .disabilityPercent(new BigDecimal("30")).build();

        @Test
        void paysFiftyMillionAndNeverDisabilityOnTop() {
            EntitlementResult result = calculate(PLACED, rape, WORKER,
                    Map.of("DISABILITY", Money.ZERO, "MEDICAL_ID", rp(120_000_000)));

            assertThat(result.decision("RAPE").orElseThrow().recommended()).isEqualTo(rp(50_000_000));
            BenefitDecision disability = result.decision("DISABILITY").orElseThrow();
            assertThat(disability.eligible()).isFalse();
            assertThat(disability.reason()).isEqualTo("Santunan cacat sudah termasuk dalam santunan perkosaan (tidak dibayar ganda)");
            assertThat(result.decision("MEDICAL_ID").orElseThrow().recommended()).isEqualTo(rp(120_000_000));
            assertThat(result.totalRecommended()).isEqualTo(rp(170_000_000));
        }

        @Test
        void disabilityIsNotConsideredAutomaticallyForRape() {
            assertThat(calculate(PLACED, rape, WORKER, Map.of()).decision("DISABILITY")).isEmpty();
        }

        @Test
        void isCoveredInEveryPhase() {
            assertThat(calculate(WAITING, Incident.builder(IncidentKind.RAPE, d("2025-03-01")).build(), WORKER, Map.of())
                    .totalRecommended()).isEqualTo(rp(50_000_000));
            assertThat(calculate(RETURNED, Incident.builder(IncidentKind.RAPE, d("2025-10-05")).build(), WORKER, Map.of())
                    .totalRecommended()).isEqualTo(rp(50_000_000));
        }
    }

    @Nested
    class Disability {

        @Test
        void partialDisabilityIsPercentOfBaseAndOffersReturnToWork() {
            EntitlementResult result = calculate(PLACED, Incident.builder(IncidentKind.WORK_ACCIDENT, d("2025-06-01"))
                    .disabilityPercent(new BigDecimal("40")).build(), WORKER, Map.of("RETURN_TO_WORK", Money.ZERO));

            BenefitDecision disability = result.decision("DISABILITY").orElseThrow();
            assertThat(disability.recommended()).isEqualTo(rp(56_800_000));
            assertThat(disability.explanation()).contains(
                    "Santunan cacat (sebagian anatomis, sebagian fungsi, cacat total tetap): cacat 40% × dasar Rp 142.000.000 = Rp 56.800.000, batas Rp 100.000.000 → Rp 56.800.000");
            assertThat(disability.awaitingConfirmation()).isTrue();
            BenefitDecision returnToWork = result.decision("RETURN_TO_WORK").orElseThrow();
            assertThat(returnToWork.eligible()).isTrue();
            assertThat(returnToWork.recommended()).isEqualTo(Money.ZERO);
            assertThat(result.decision("DISABILITY_PERIODIC")).isEmpty();
        }

        @Test
        void totalPermanentDisabilityIsCappedAndAddsThePeriodicPayment() {
            EntitlementResult result = calculate(PLACED, Incident.builder(IncidentKind.WORK_ACCIDENT, d("2025-06-01"))
                    .totalPermanentDisability(true).build(), WORKER, Map.of("RETURN_TO_WORK", Money.ZERO));
            assertThat(result.decision("DISABILITY").orElseThrow().recommended()).isEqualTo(rp(100_000_000));
            assertThat(result.decision("DISABILITY_PERIODIC").orElseThrow().recommended()).isEqualTo(rp(4_800_000));
            assertThat(result.decision("RETURN_TO_WORK").orElseThrow().reason())
                    .isEqualTo("Program kembali bekerja hanya untuk peserta dengan cacat sebagian");
            assertThat(result.anyAwaitingConfirmation()).isTrue();
        }

        @Test
        void periodicPaymentNeedsCtt() {
            BenefitDecision decision = single(PLACED, Incident.builder(IncidentKind.WORK_ACCIDENT, d("2025-06-01"))
                    .disabilityPercent(new BigDecimal("40")).build(), "DISABILITY_PERIODIC", Money.ZERO);
            assertThat(decision.reason()).isEqualTo("Santunan berkala hanya untuk cacat total tetap (CTT)");
        }

        @Test
        void capsOnDevicesAreApplied() {
            Incident accident = Incident.builder(IncidentKind.WORK_ACCIDENT, d("2025-06-01")).build();
            EntitlementResult result = calculate(PLACED, accident, WORKER, Map.of(
                    "HEARING_AID", rp(3_000_000), "GLASSES", rp(800_000), "HOME_CARE", rp(25_000_000)));
            assertThat(result.decision("HEARING_AID").orElseThrow().recommended()).isEqualTo(rp(2_500_000));
            assertThat(result.decision("GLASSES").orElseThrow().recommended()).isEqualTo(rp(800_000));
            assertThat(result.decision("HOME_CARE").orElseThrow().recommended()).isEqualTo(rp(20_000_000));
            assertThat(result.anyAwaitingConfirmation()).isFalse();
        }
    }

    @Nested
    class Scholarship {

        private final LocalDate claimDate = d("2025-07-01");

        private Child child(String name, String birth, SchoolLevel level) {
            return new Child(name, d(birth), level, false, false);
        }

        private BenefitDecision scholarship(CoverageFacts facts, IncidentKind kind, String date, List<Child> children) {
            Incident incident = Incident.builder(kind, d(date)).children(children).build();
            return calculate(facts, incident, SPOUSE, Map.of(), claimDate).decision("SCHOLARSHIP").orElseThrow();
        }

        @Test
        void paysAtMostTwoChildrenAtTheirCurrentLevel() {
            BenefitDecision decision = scholarship(PLACED, IncidentKind.DEATH_OTHER, "2025-06-01", List.of(
                    child("Andi", "2015-01-01", SchoolLevel.SD),
                    child("Budi", "2009-01-01", SchoolLevel.SMA),
                    child("Citra", "2005-01-01", SchoolLevel.PT)));
            assertThat(decision.recommended()).isEqualTo(rp(4_500_000));
            assertThat(decision.explanation()).contains(
                    "Anak 1 Andi (SD, 10 tahun): Rp 1.500.000 per tahun",
                    "Anak 2 Budi (SMA/SMK, 16 tahun): Rp 3.000.000 per tahun",
                    "Anak 3 Citra (perguruan tinggi/pelatihan, 20 tahun): tidak mendapat beasiswa, melebihi batas 2 anak");
        }

        @Test
        void stopsAtTwentyThreeMarriageOrWorkAndTheNextChildTakesTheSlot() {
            BenefitDecision decision = scholarship(PLACED, IncidentKind.DEATH_OTHER, "2025-06-01", List.of(
                    child("Dodi", "2002-07-01", SchoolLevel.PT),
                    new Child("Eka", d("2006-01-01"), SchoolLevel.SMA, true, false),
                    new Child("Fajar", d("2007-01-01"), SchoolLevel.SMA, false, true),
                    child("Gita", "2025-01-01", SchoolLevel.NONE),
                    child("Hana", "2002-07-02", SchoolLevel.PT),
                    child("Indra", "2012-03-01", SchoolLevel.SMP)));
            assertThat(decision.explanation()).contains(
                    "Anak 1 Dodi (perguruan tinggi/pelatihan, 23 tahun): tidak mendapat beasiswa, sudah berusia 23 tahun atau lebih",
                    "Anak 2 Eka (SMA/SMK, 19 tahun): tidak mendapat beasiswa, sudah menikah",
                    "Anak 3 Fajar (SMA/SMK, 18 tahun): tidak mendapat beasiswa, sudah bekerja",
                    "Anak 4 Gita (tidak sekolah, 0 tahun): tidak mendapat beasiswa, tidak sedang sekolah/pelatihan",
                    "Anak 5 Hana (perguruan tinggi/pelatihan, 22 tahun): Rp 12.000.000 per tahun",
                    "Anak 6 Indra (SMP, 13 tahun): Rp 2.000.000 per tahun");
            assertThat(decision.recommended()).isEqualTo(rp(14_000_000));
        }

        @Test
        void kindergartenHasTheSameRateAsPrimarySchool() {
            assertThat(scholarship(PLACED, IncidentKind.DEATH_OTHER, "2025-06-01",
                    List.of(child("Joko", "2020-01-01", SchoolLevel.TK))).recommended()).isEqualTo(rp(1_500_000));
        }

        @Test
        void isNotPaidForADeathBeforeWork() {
            BenefitDecision decision = scholarship(WAITING, IncidentKind.DEATH_OTHER, "2025-03-01",
                    List.of(child("Andi", "2015-01-01", SchoolLevel.SD)));
            assertThat(decision.reason()).isEqualTo(
                    "Manfaat SCHOLARSHIP hanya untuk fase D; insiden terjadi pada fase B (sebelum bekerja)");
        }

        @Test
        void isPaidByJkkAfterAnAccidentDeathOrCtt() {
            assertThat(scholarship(PLACED, IncidentKind.DEATH_WORK_ACCIDENT, "2025-06-01",
                    List.of(child("Andi", "2015-01-01", SchoolLevel.SD))).recommended()).isEqualTo(rp(1_500_000));
            Incident ctt = Incident.builder(IncidentKind.WORK_ACCIDENT, d("2025-06-01")).totalPermanentDisability(true)
                    .children(List.of(child("Andi", "2015-01-01", SchoolLevel.SD))).build();
            assertThat(calculate(PLACED, ctt, WORKER, Map.of(), claimDate).decision("SCHOLARSHIP").orElseThrow()
                    .recommended()).isEqualTo(rp(1_500_000));
        }

        @Test
        void isNotPaidForAnAccidentWithoutCtt() {
            Incident accident = Incident.builder(IncidentKind.WORK_ACCIDENT, d("2025-06-01"))
                    .children(List.of(child("Andi", "2015-01-01", SchoolLevel.SD))).build();
            EntitlementResult result = calculate(PLACED, accident, WORKER, Map.of("SCHOLARSHIP", Money.ZERO), claimDate);
            assertThat(result.decision("SCHOLARSHIP").orElseThrow().reason())
                    .isEqualTo("Beasiswa hanya jika peserta meninggal dunia atau cacat total tetap (CTT)");
        }
    }

    @Nested
    class ClaimDeadline {

        private final Incident accident = Incident.builder(IncidentKind.WORK_ACCIDENT, d("2025-03-01")).build();

        @Test
        void jkkClaimIsAcceptedOnTheLastDayOfFiveYears() {
            EntitlementResult result = calculate(PLACED, accident, WORKER, Map.of("MEDICAL_ID", rp(1_000_000)), d("2030-03-01"));
            assertThat(result.decision("MEDICAL_ID").orElseThrow().eligible()).isTrue();
        }

        @Test
        void jkkClaimExpiresTheDayAfterFiveYears() {
            EntitlementResult result = calculate(PLACED, accident, WORKER, Map.of("MEDICAL_ID", rp(1_000_000)), d("2030-03-02"));
            assertThat(result.decision("MEDICAL_ID").orElseThrow().reason()).isEqualTo(
                    "Klaim JKK kedaluwarsa: diajukan 2030-03-02, lebih dari 5 tahun setelah kecelakaan 2025-03-01 (batas 2030-03-01)");
        }

        @Test
        void occupationalDiseaseCountsFromDiagnosis() {
            Incident disease = Incident.builder(IncidentKind.OCCUPATIONAL_DISEASE, d("2026-02-01")).build();
            assertThat(calculate(PLACED, disease, WORKER, Map.of("MEDICAL_ID", rp(1_000_000)), d("2031-02-01"))
                    .totalRecommended()).isEqualTo(rp(1_000_000));
            assertThat(calculate(PLACED, disease, WORKER, Map.of("MEDICAL_ID", rp(1_000_000)), d("2031-02-02"))
                    .totalRecommended()).isEqualTo(Money.ZERO);
        }

        @Test
        void theFiveYearLimitIsForJkkOnly() {
            EntitlementResult result = calculate(PLACED, Incident.builder(IncidentKind.DEATH_OTHER, d("2025-03-01")).build(),
                    SPOUSE, Map.of(), d("2031-01-01"));
            assertThat(result.totalRecommended()).isEqualTo(rp(85_000_000));
        }
    }

    @Nested
    class FailedDeparture {

        private final CoverageFacts failed = CoverageFacts.builder(PlacementChannel.AGENCY)
                .registered(d("2025-01-10")).beforeWorkPaid(d("2025-01-10")).failedDeparture(d("2025-04-01")).build();

        private BenefitDecision decide(FailedDepartureCause cause) {
            Incident incident = Incident.builder(IncidentKind.FAILED_DEPARTURE, d("2025-04-01")).failedDepartureCause(cause).build();
            return calculate(failed, incident, WORKER, Map.of()).decision("FAILED_DEPARTURE").orElseThrow();
        }

        @Test
        void paysTenMillionWhenNotTheCpmisFault() {
            BenefitDecision decision = decide(FailedDepartureCause.OTHER_NOT_CPMI_FAULT);
            assertThat(decision.recommended()).isEqualTo(rp(10_000_000));
            assertThat(decision.awaitingConfirmation()).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = FailedDepartureCause.class, names = {"AGENCY", "GOVERNMENT_MORATORIUM", "CPMI_FAULT"})
        void isExcludedWhenCausedByTheAgencyAMoratoriumOrTheCpmi(FailedDepartureCause cause) {
            BenefitDecision decision = decide(cause);
            assertThat(decision.eligible()).isFalse();
            assertThat(decision.reason()).isEqualTo("Gagal berangkat " + cause.labelId() + ": dikecualikan dari manfaat");
        }

        @Test
        void needsTheCause() {
            assertThat(decide(null).reason()).isEqualTo("Penyebab gagal berangkat belum diisi");
        }

        @Test
        void isNotPaidToAPerseoranganWhoHasNoJkkBeforeWork() {
            CoverageFacts solo = CoverageFacts.builder(PlacementChannel.PERSEORANGAN)
                    .packagePaid(d("2025-03-20")).failedDeparture(d("2025-04-01")).build();
            Incident incident = Incident.builder(IncidentKind.FAILED_DEPARTURE, d("2025-04-01"))
                    .failedDepartureCause(FailedDepartureCause.OTHER_NOT_CPMI_FAULT).build();
            assertThat(calculate(solo, incident, WORKER, Map.of()).totalRecommended()).isEqualTo(Money.ZERO);
        }
    }

    @Nested
    class PlacementAndTermination {

        @ParameterizedTest(name = "masa kerja {0} bulan → {1}")
        @CsvSource({"3, 2000000", "5, 2000000", "6, 3000000", "11, 3000000", "12, 4000000", "17, 4000000",
                "18, 5000000", "30, 5000000"})
        void terminationByAccidentIsTieredByMonthsWorked(int months, long expected) {
            Incident incident = Incident.builder(IncidentKind.TERMINATION_ACCIDENT, d("2025-06-01")).monthsWorked(months).build();
            BenefitDecision decision = calculate(PLACED, incident, WORKER, Map.of()).decision("TERMINATION_ACCIDENT").orElseThrow();
            assertThat(decision.recommended()).isEqualTo(rp(expected));
            assertThat(decision.awaitingConfirmation()).isTrue();
        }

        @Test
        void terminationByAccidentNeedsThreeMonths() {
            Incident incident = Incident.builder(IncidentKind.TERMINATION_ACCIDENT, d("2025-06-01")).monthsWorked(2).build();
            assertThat(calculate(PLACED, incident, WORKER, Map.of()).decision("TERMINATION_ACCIDENT").orElseThrow().reason())
                    .isEqualTo("Masa kerja 2 bulan kurang dari tingkat terendah 3 bulan");
        }

        @Test
        void unilateralTerminationIsFlaggedForConfirmation() {
            BenefitDecision decision = calculate(PLACED,
                    Incident.builder(IncidentKind.TERMINATION_UNILATERAL, d("2025-06-01")).build(), WORKER, Map.of())
                    .decision("TERMINATION_UNILATERAL").orElseThrow();
            assertThat(decision.recommended()).isEqualTo(rp(1_500_000));
            assertThat(decision.awaitingConfirmation()).isTrue();
        }

        @Test
        void mismatchedPlacementPaysTheFixedAmountPlusCappedTransport() {
            Incident incident = Incident.builder(IncidentKind.MISMATCHED_PLACEMENT, d("2025-06-01")).build();
            assertThat(calculate(PLACED, incident, WORKER, Map.of("MISMATCHED_PLACEMENT", rp(20_000_000)))
                    .totalRecommended()).isEqualTo(rp(40_000_000));
            assertThat(calculate(PLACED, incident, WORKER, Map.of("MISMATCHED_PLACEMENT", rp(10_000_000)))
                    .totalRecommended()).isEqualTo(rp(35_000_000));
            assertThat(calculate(PLACED, incident, WORKER, Map.of()).totalRecommended()).isEqualTo(rp(25_000_000));
        }

        @Test
        void failedPlacementAddsTheTicketAndIsFlagged() {
            BenefitDecision decision = calculate(PLACED, Incident.builder(IncidentKind.FAILED_PLACEMENT, d("2025-02-01")).build(),
                    WORKER, Map.of("FAILED_PLACEMENT", rp(8_000_000))).decision("FAILED_PLACEMENT").orElseThrow();
            assertThat(decision.recommended()).isEqualTo(rp(15_500_000));
            assertThat(decision.explanation()).contains(
                    "Gagal penempatan: santunan dan tiket pulang: santunan tetap Rp 7.500.000 + biaya tiket/transportasi Rp 8.000.000, batas Rp 10.000.000 → Rp 8.000.000; jumlah Rp 15.500.000",
                    "Nilai menunggu konfirmasi (keyakinan sumber: UNCERTAIN)");
        }

        @Test
        void problemReturnTicketIsCapped() {
            BenefitDecision decision = calculate(PLACED, Incident.builder(IncidentKind.PROBLEM_RETURN, d("2025-06-01")).build(),
                    WORKER, Map.of("PROBLEM_RETURN", rp(12_000_000))).decision("PROBLEM_RETURN").orElseThrow();
            assertThat(decision.recommended()).isEqualTo(rp(10_000_000));
        }

        @Test
        void journeyLossIsOnlyAfterWorkAndCapped() {
            Incident afterReturn = Incident.builder(IncidentKind.JOURNEY_LOSS, d("2025-10-02")).build();
            assertThat(calculate(RETURNED, afterReturn, WORKER, Map.of("JOURNEY_LOSS", rp(12_000_000))).totalRecommended())
                    .isEqualTo(rp(10_000_000));
            Incident stillAbroad = Incident.builder(IncidentKind.JOURNEY_LOSS, d("2025-09-30")).build();
            assertThat(calculate(RETURNED, stillAbroad, WORKER, Map.of("JOURNEY_LOSS", rp(1_000_000)))
                    .decision("JOURNEY_LOSS").orElseThrow().reason())
                    .isEqualTo("Manfaat JOURNEY_LOSS hanya untuk fase A; insiden terjadi pada fase D (selama bekerja)");
        }
    }

    @Nested
    class CatalogueAndRules {

        private BenefitRule jkmDuring(long amount, String from, String to) {
            return new BenefitRule("JKM_DEATH_D", "Santunan kematian selama bekerja", Set.of(Programme.JKM),
                    Set.of(Phase.DURING), CalculationKind.FIXED, rp(amount), null, Map.of(), "uji",
                    d(from), to == null ? null : d(to), Confidence.CONFIRMED);
        }

        @Test
        void usesTheVersionInForceOnTheIncidentDate() {
            EntitlementCalculator versioned = new EntitlementCalculator(List.of(
                    jkmDuring(85_000_000, "2023-03-01", "2025-12-31"), jkmDuring(100_000_000, "2026-01-01", null)));
            Incident lastDayOld = Incident.builder(IncidentKind.DEATH_OTHER, d("2025-12-31")).build();
            Incident firstDayNew = Incident.builder(IncidentKind.DEATH_OTHER, d("2026-01-01")).build();

            BenefitDecision old = versioned.calculate(new EntitlementRequest(PLACED, lastDayOld, SPOUSE, Map.of(), d("2026-02-01")))
                    .decision("JKM_DEATH_D").orElseThrow();
            BenefitDecision current = versioned.calculate(new EntitlementRequest(PLACED, firstDayNew, SPOUSE, Map.of(), d("2026-02-01")))
                    .decision("JKM_DEATH_D").orElseThrow();

            assertThat(old.recommended()).isEqualTo(rp(85_000_000));
            assertThat(old.ruleVersion()).isEqualTo("JKM_DEATH_D@2023-03-01");
            assertThat(current.recommended()).isEqualTo(rp(100_000_000));
            assertThat(current.ruleVersion()).isEqualTo("JKM_DEATH_D@2026-01-01");
        }

        @Test
        void explainsWhenNoVersionIsInForce() {
            EntitlementCalculator versioned = new EntitlementCalculator(List.of(jkmDuring(85_000_000, "2023-03-01", null)));
            CoverageFacts early = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .embarked(d("2022-01-10")).contract(d("2022-01-10"), 24).build();
            BenefitDecision decision = versioned.calculate(new EntitlementRequest(early,
                    Incident.builder(IncidentKind.DEATH_OTHER, d("2023-02-28")).build(), SPOUSE, Map.of(), d("2023-03-10")))
                    .decision("JKM_DEATH_D").orElseThrow();
            assertThat(decision.eligible()).isFalse();
            assertThat(decision.ruleValidFrom()).isNull();
            assertThat(decision.reason()).isEqualTo("Tidak ada versi aturan JKM_DEATH_D yang berlaku pada tanggal insiden 2023-02-28");
        }

        @Test
        void rejectsACatalogueWithTheSameVersionTwice() {
            assertThatThrownBy(() -> new EntitlementCalculator(List.of(
                    jkmDuring(85_000_000, "2023-03-01", null), jkmDuring(90_000_000, "2023-03-01", null))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Katalog berisi versi ganda: JKM_DEATH_D@2023-03-01");
        }

        @Test
        void refusesABenefitThatDoesNotBelongToTheIncident() {
            BenefitDecision decision = calculate(PLACED, Incident.builder(IncidentKind.RAPE, d("2025-06-01")).build(),
                    WORKER, Map.of("TERMINATION_UNILATERAL", Money.ZERO)).decision("TERMINATION_UNILATERAL").orElseThrow();
            assertThat(decision.reason()).isEqualTo("Manfaat TERMINATION_UNILATERAL tidak dapat dibayarkan untuk insiden jenis RAPE");
        }

        @Test
        void jhtBalanceIsPaidWhateverTheCoverWindow() {
            Incident withdrawal = Incident.builder(IncidentKind.JHT_WITHDRAWAL, d("2029-01-01")).build();
            BenefitDecision decision = calculate(RETURNED, withdrawal, WORKER, Map.of("JHT_BALANCE", Money.parse("7200000.55")))
                    .decision("JHT_BALANCE").orElseThrow();
            assertThat(decision.recommended()).isEqualTo(Money.parse("7200000.55"));
            assertThat(calculate(RETURNED, withdrawal, WORKER, Map.of()).decision("JHT_BALANCE").orElseThrow().eligible()).isFalse();
        }

        @Test
        void parsesTheDatabaseForms() {
            assertThat(BenefitRule.parseParams("LAND=5000000; AIR = 10000000;")).containsExactly(
                    Map.entry("LAND", "5000000"), Map.entry("AIR", "10000000"));
            assertThat(BenefitRule.parseParams(null)).isEmpty();
            assertThatThrownBy(() -> BenefitRule.parseParams("LAND")).isInstanceOf(IllegalArgumentException.class);
            assertThat(BenefitRule.parsePhases("B,D,A")).containsExactly(Phase.BEFORE, Phase.DURING, Phase.AFTER);
            assertThatThrownBy(() -> BenefitRule.parsePhases("B,X")).isInstanceOf(IllegalArgumentException.class);
            assertThat(BenefitRule.parseProgrammes("JKK,JKM")).containsExactly(Programme.JKK, Programme.JKM);
        }

        @Test
        void everyDecisionExplainsItselfAndOnlyEligibleOnesCarryMoney() {
            List<EntitlementResult> results = new ArrayList<>();
            results.add(calculate(PLACED, Incident.builder(IncidentKind.DEATH_OTHER, d("2025-06-01")).build(), SPOUSE, Map.of()));
            results.add(calculate(WAITING, Incident.builder(IncidentKind.WORK_ACCIDENT, d("2025-03-01"))
                    .disabilityPercent(BigDecimal.TEN).build(), WORKER, Map.of("MEDICAL_ABROAD", rp(1), "MEDICAL_ID", rp(2))));
            assertThat(results).flatMap(EntitlementResult::decisions).allSatisfy(decision -> {
                assertThat(decision.explanation()).isNotEmpty();
                assertThat(decision.explanation().get(0)).startsWith("Aturan " + decision.code());
                if (decision.eligible()) {
                    assertThat(decision.explanation()).last().asString().startsWith("Direkomendasikan: ");
                } else {
                    assertThat(decision.recommended()).isEqualTo(Money.ZERO);
                    assertThat(decision.explanation()).last().isEqualTo("Tidak layak: " + decision.reason());
                }
            });
        }
    }
}

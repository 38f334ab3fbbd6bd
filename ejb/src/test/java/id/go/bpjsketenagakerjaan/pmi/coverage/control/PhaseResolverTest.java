package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import static id.go.bpjsketenagakerjaan.pmi.shared.Programme.JHT;
import static id.go.bpjsketenagakerjaan.pmi.shared.Programme.JKK;
import static id.go.bpjsketenagakerjaan.pmi.shared.Programme.JKM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.shared.Period;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PhaseResolverTest {

    private final PhaseResolver resolver = new PhaseResolver();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private Phase phase(CoverageFacts facts, String date, Programme programme) {
        return resolver.phaseOn(facts, d(date), programme).phase();
    }

    @Nested
    class BeforeWorkViaAgency {

        private final CoverageFacts registeredOnly = CoverageFacts.builder(PlacementChannel.AGENCY)
                .registered(d("2025-01-10")).beforeWorkPaid(d("2025-01-10")).build();

        @Test
        void startsOnTheDayOfRegistrationAndPayment() {
            assertThat(phase(registeredOnly, "2025-01-09", JKK)).isEqualTo(Phase.NONE);
            PhaseResolution dayZero = resolver.phaseOn(registeredOnly, d("2025-01-10"), JKK);
            assertThat(dayZero.phase()).isEqualTo(Phase.BEFORE);
            assertThat(dayZero.window()).isEqualTo(Period.of(d("2025-01-10"), d("2025-06-09")));
            assertThat(dayZero.reason()).isEqualTo(
                    "Sebelum bekerja: sejak pendaftaran dan pembayaran iuran 2025-01-10 s.d. 2025-06-09 (paling lama 5 bulan)");
        }

        @Test
        void lastsAtMostFiveMonths() {
            assertThat(phase(registeredOnly, "2025-06-09", JKK)).isEqualTo(Phase.BEFORE);
            assertThat(phase(registeredOnly, "2025-06-09", JKM)).isEqualTo(Phase.BEFORE);
            PhaseResolution dayAfter = resolver.phaseOn(registeredOnly, d("2025-06-10"), JKM);
            assertThat(dayAfter.phase()).isEqualTo(Phase.NONE);
            assertThat(dayAfter.window()).isNull();
            assertThat(dayAfter.reason()).isEqualTo(
                    "Tanggal 2025-06-10 di luar masa perlindungan (sebelum bekerja 2025-01-10 s.d. 2025-06-09)");
        }

        @Test
        void startsAtTheLaterOfRegistrationAndPayment() {
            CoverageFacts paidLater = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .registered(d("2025-01-10")).beforeWorkPaid(d("2025-01-15")).build();
            assertThat(phase(paidLater, "2025-01-14", JKK)).isEqualTo(Phase.NONE);
            assertThat(phase(paidLater, "2025-01-15", JKK)).isEqualTo(Phase.BEFORE);
            assertThat(phase(paidLater, "2025-06-14", JKK)).isEqualTo(Phase.BEFORE);
            assertThat(phase(paidLater, "2025-06-15", JKK)).isEqualTo(Phase.NONE);
        }

        @Test
        void needsBothRegistrationAndPayment() {
            CoverageFacts unpaid = CoverageFacts.builder(PlacementChannel.AGENCY).registered(d("2025-01-10")).build();
            assertThat(phase(unpaid, "2025-01-10", JKK)).isEqualTo(Phase.NONE);
            assertThat(resolver.phaseOn(unpaid, d("2025-01-10"), JKK).reason())
                    .contains("belum ada masa perlindungan yang terbuka");
        }

        @Test
        void closesOnFailedDepartureDay() {
            CoverageFacts failed = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .registered(d("2025-01-10")).beforeWorkPaid(d("2025-01-10")).failedDeparture(d("2025-02-20")).build();
            PhaseResolution onTheDay = resolver.phaseOn(failed, d("2025-02-20"), JKK);
            assertThat(onTheDay.phase()).isEqualTo(Phase.BEFORE);
            assertThat(onTheDay.reason()).endsWith("; berakhir 2025-02-20 karena gagal berangkat 2025-02-20");
            assertThat(phase(failed, "2025-02-21", JKK)).isEqualTo(Phase.NONE);
        }

        @Test
        void closesOnCttDay() {
            CoverageFacts ctt = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .registered(d("2025-01-10")).beforeWorkPaid(d("2025-01-10")).ctt(d("2025-03-03")).build();
            assertThat(phase(ctt, "2025-03-03", JKM)).isEqualTo(Phase.BEFORE);
            assertThat(phase(ctt, "2025-03-04", JKM)).isEqualTo(Phase.NONE);
        }

        @Test
        void closesOnDeathAndNothingIsCoveredAfterIt() {
            CoverageFacts died = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .registered(d("2025-01-10")).beforeWorkPaid(d("2025-01-10")).died(d("2025-02-10")).build();
            assertThat(phase(died, "2025-02-10", JKM)).isEqualTo(Phase.BEFORE);
            PhaseResolution after = resolver.phaseOn(died, d("2025-02-11"), JKM);
            assertThat(after.phase()).isEqualTo(Phase.NONE);
            assertThat(after.reason()).isEqualTo("Tanggal 2025-02-11 setelah peserta meninggal dunia pada 2025-02-10");
        }

        @Test
        void endsTheDayBeforeEmbarkation() {
            CoverageFacts departed = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .registered(d("2025-01-10")).beforeWorkPaid(d("2025-01-10"))
                    .embarked(d("2025-03-01")).contract(d("2025-03-01"), 24).build();
            assertThat(phase(departed, "2025-02-28", JKK)).isEqualTo(Phase.BEFORE);
            assertThat(phase(departed, "2025-03-01", JKK)).isEqualTo(Phase.DURING);
        }
    }

    @Nested
    class DuringWork {

        private final CoverageFacts placed = CoverageFacts.builder(PlacementChannel.AGENCY)
                .registered(d("2024-11-01")).beforeWorkPaid(d("2024-11-01"))
                .embarked(d("2025-01-10")).contract(d("2025-01-10"), 24).build();

        @Test
        void runsFromEmbarkationToContractEndPlusOneMonth() {
            PhaseResolution first = resolver.phaseOn(placed, d("2025-01-10"), JKK);
            assertThat(first.phase()).isEqualTo(Phase.DURING);
            assertThat(first.window()).isEqualTo(Period.of(d("2025-01-10"), d("2027-02-09")));
            assertThat(first.reason()).isEqualTo(
                    "Selama bekerja: sejak keberangkatan 2025-01-10 s.d. akhir kontrak 2027-01-09 + 1 bulan (2027-02-09)");
            assertThat(phase(placed, "2027-01-09", JKK)).isEqualTo(Phase.DURING);
            assertThat(phase(placed, "2027-02-09", JKK)).isEqualTo(Phase.DURING);
            assertThat(phase(placed, "2027-02-10", JKK)).isEqualTo(Phase.NONE);
            assertThat(phase(placed, "2027-02-10", JKM)).isEqualTo(Phase.NONE);
        }

        @Test
        void extensionsLengthenTheContract() {
            CoverageFacts extended = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .embarked(d("2025-01-10")).contract(d("2025-01-10"), 24).extensionMonths(6).build();
            assertThat(extended.contractEnd()).isEqualTo(d("2027-07-09"));
            PhaseResolution lastDay = resolver.phaseOn(extended, d("2027-08-09"), JKK);
            assertThat(lastDay.phase()).isEqualTo(Phase.DURING);
            assertThat(lastDay.reason()).contains("akhir kontrak 2027-07-09 (24 bulan + perpanjangan 6 bulan)");
            assertThat(phase(extended, "2027-08-10", JKK)).isEqualTo(Phase.NONE);
        }

        @Test
        void contractStartDefaultsToEmbarkation() {
            CoverageFacts noStart = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .embarked(d("2025-01-10")).contract(null, 12).build();
            assertThat(noStart.contractEnd()).isEqualTo(d("2026-01-09"));
            assertThat(phase(noStart, "2026-02-09", JKK)).isEqualTo(Phase.DURING);
            assertThat(phase(noStart, "2026-02-10", JKK)).isEqualTo(Phase.NONE);
        }

        @Test
        void contractStartingAfterEmbarkationIsCountedFromItsOwnStart() {
            CoverageFacts laterStart = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .embarked(d("2025-01-10")).contract(d("2025-01-20"), 6).build();
            assertThat(laterStart.contractEnd()).isEqualTo(d("2025-07-19"));
            assertThat(phase(laterStart, "2025-08-19", JKK)).isEqualTo(Phase.DURING);
            assertThat(phase(laterStart, "2025-08-20", JKK)).isEqualTo(Phase.NONE);
        }

        @Test
        void leaveInIndonesiaIsCoveredByJkmButNotJkk() {
            Period leave = Period.of(d("2026-01-01"), d("2026-01-31"));
            CoverageFacts onLeave = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .embarked(d("2025-01-10")).contract(d("2025-01-10"), 24).leavesInIndonesia(List.of(leave)).build();

            PhaseResolution jkm = resolver.phaseOn(onLeave, d("2026-01-15"), JKM);
            assertThat(jkm.phase()).isEqualTo(Phase.DURING);
            assertThat(jkm.reason()).contains("termasuk cuti di Indonesia 2026-01-01 s.d. 2026-01-31");
            assertThat(phase(onLeave, "2026-01-15", JHT)).isEqualTo(Phase.DURING);

            PhaseResolution jkk = resolver.phaseOn(onLeave, d("2026-01-15"), JKK);
            assertThat(jkk.phase()).isEqualTo(Phase.NONE);
            assertThat(jkk.reason()).contains("cuti di Indonesia hanya dilindungi JKM, tidak JKK");

            assertThat(phase(onLeave, "2026-01-01", JKK)).isEqualTo(Phase.NONE);
            assertThat(phase(onLeave, "2026-01-31", JKK)).isEqualTo(Phase.NONE);
            assertThat(phase(onLeave, "2025-12-31", JKK)).isEqualTo(Phase.DURING);
            assertThat(phase(onLeave, "2026-02-01", JKK)).isEqualTo(Phase.DURING);
        }

        @Test
        void twentyFourMonthContractGivesAboutThirtyOneMonthsOfProtection() {
            CoverageFacts facts = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .registered(d("2024-08-10")).beforeWorkPaid(d("2024-08-10"))
                    .embarked(d("2025-01-10")).contract(d("2025-01-10"), 24).debarked(d("2027-02-09")).build();
            LocalDate first = resolver.beforeWorkWindow(facts, JKM).orElseThrow().period().start();
            LocalDate last = resolver.afterWorkWindow(facts, JKM).orElseThrow().period().end();
            assertThat(first).isEqualTo(d("2024-08-10"));
            assertThat(last).isEqualTo(d("2027-03-10"));
            assertThat(java.time.temporal.ChronoUnit.MONTHS.between(first, last.plusDays(1))).isEqualTo(31);
        }
    }

    @Nested
    class AfterWork {

        private final CoverageFacts returned = CoverageFacts.builder(PlacementChannel.AGENCY)
                .embarked(d("2025-01-10")).contract(d("2025-01-10"), 24).debarked(d("2027-01-20")).build();

        @Test
        void startsOnArrivalAtDebarkationAndLastsThirtyDays() {
            assertThat(phase(returned, "2027-01-19", JKM)).isEqualTo(Phase.DURING);
            PhaseResolution arrival = resolver.phaseOn(returned, d("2027-01-20"), JKM);
            assertThat(arrival.phase()).isEqualTo(Phase.AFTER);
            assertThat(arrival.window()).isEqualTo(Period.of(d("2027-01-20"), d("2027-02-18")));
            assertThat(arrival.window().lengthInDays()).isEqualTo(30);
            assertThat(arrival.reason()).isEqualTo("Setelah bekerja: sejak tiba di debarkasi 2027-01-20 s.d. 2027-02-18 (30 hari)");
            assertThat(phase(returned, "2027-02-18", JKK)).isEqualTo(Phase.AFTER);
            assertThat(phase(returned, "2027-02-19", JKK)).isEqualTo(Phase.NONE);
            assertThat(phase(returned, "2027-02-19", JKM)).isEqualTo(Phase.NONE);
        }

        @Test
        void earlyReturnEndsDuringWorkTheDayBeforeArrival() {
            CoverageFacts early = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .embarked(d("2025-01-10")).contract(d("2025-01-10"), 24).debarked(d("2025-06-01")).build();
            assertThat(phase(early, "2025-05-31", JKK)).isEqualTo(Phase.DURING);
            assertThat(phase(early, "2025-06-01", JKK)).isEqualTo(Phase.AFTER);
            assertThat(phase(early, "2025-07-01", JKK)).isEqualTo(Phase.NONE);
            assertThat(resolver.duringWorkWindow(early).orElseThrow().description())
                    .endsWith("; berakhir 2025-05-31 karena tiba di debarkasi 2025-06-01");
        }

        @Test
        void jkkEndsOnArrivalHomeButJkmRunsThirtyDays() {
            CoverageFacts home = CoverageFacts.builder(PlacementChannel.AGENCY)
                    .embarked(d("2025-01-10")).contract(d("2025-01-10"), 24)
                    .debarked(d("2027-01-20")).arrivedHome(d("2027-01-25")).build();
            assertThat(phase(home, "2027-01-25", JKK)).isEqualTo(Phase.AFTER);
            assertThat(phase(home, "2027-01-26", JKK)).isEqualTo(Phase.NONE);
            assertThat(phase(home, "2027-01-26", JKM)).isEqualTo(Phase.AFTER);
            assertThat(phase(home, "2027-02-18", JKM)).isEqualTo(Phase.AFTER);
        }
    }

    @Nested
    class Perseorangan {

        private final CoverageFacts soloDepartingLate = CoverageFacts.builder(PlacementChannel.PERSEORANGAN)
                .packagePaid(d("2025-01-05")).embarked(d("2025-03-01")).contract(d("2025-03-01"), 12).build();

        @Test
        void getsJkmAtBeforeWorkLevelForAtMostOneMonthAfterPayment() {
            assertThat(phase(soloDepartingLate, "2025-01-04", JKM)).isEqualTo(Phase.NONE);
            PhaseResolution first = resolver.phaseOn(soloDepartingLate, d("2025-01-05"), JKM);
            assertThat(first.phase()).isEqualTo(Phase.BEFORE);
            assertThat(first.reason()).startsWith("Sebelum bekerja (PMI perseorangan, hanya JKM)");
            assertThat(phase(soloDepartingLate, "2025-02-04", JKM)).isEqualTo(Phase.BEFORE);
            assertThat(phase(soloDepartingLate, "2025-02-05", JKM)).isEqualTo(Phase.NONE);
            assertThat(phase(soloDepartingLate, "2025-03-01", JKM)).isEqualTo(Phase.DURING);
        }

        @Test
        void hasNoJkkBeforeEmbarkation() {
            PhaseResolution jkk = resolver.phaseOn(soloDepartingLate, d("2025-01-10"), JKK);
            assertThat(jkk.phase()).isEqualTo(Phase.NONE);
            assertThat(jkk.reason()).isEqualTo(
                    "PMI perseorangan sebelum keberangkatan hanya dilindungi JKM (2025-01-05 s.d. 2025-02-04), tidak JKK");
            assertThat(phase(soloDepartingLate, "2025-03-01", JKK)).isEqualTo(Phase.DURING);
        }

        @Test
        void preDepartureCoverEndsTheDayBeforeAnEarlierEmbarkation() {
            CoverageFacts soloDepartingSoon = CoverageFacts.builder(PlacementChannel.PERSEORANGAN)
                    .packagePaid(d("2025-01-05")).embarked(d("2025-01-20")).contract(d("2025-01-20"), 12).build();
            assertThat(phase(soloDepartingSoon, "2025-01-19", JKM)).isEqualTo(Phase.BEFORE);
            assertThat(resolver.beforeWorkWindow(soloDepartingSoon, JKM).orElseThrow().period())
                    .isEqualTo(Period.of(d("2025-01-05"), d("2025-01-19")));
            assertThat(phase(soloDepartingSoon, "2025-01-20", JKM)).isEqualTo(Phase.DURING);
        }

        @Test
        void beforeWorkPaymentAloneDoesNotOpenCover() {
            CoverageFacts notPaid = CoverageFacts.builder(PlacementChannel.PERSEORANGAN)
                    .registered(d("2025-01-05")).beforeWorkPaid(d("2025-01-05")).build();
            assertThat(phase(notPaid, "2025-01-05", JKM)).isEqualTo(Phase.NONE);
        }
    }

    @Test
    void rejectsInconsistentFacts() {
        assertThatThrownBy(() -> CoverageFacts.builder(PlacementChannel.AGENCY).embarked(d("2025-01-10")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CoverageFacts.builder(PlacementChannel.AGENCY)
                .embarked(d("2025-01-10")).contract(null, 6).debarked(d("2025-01-09")).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package id.go.bpjsketenagakerjaan.pmi.payout.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitRule;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.CalculationKind;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Confidence;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Phase;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipEnd;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The yearly scholarship rules: the age-23 edge to the day, marriage and work, and the rate of each proven level. */
class ScholarshipPolicyTest {

    /** The seeded SCHOLARSHIP version of V2, in the catalogue's notation. */
    static BenefitRule seeded() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("TK", "1500000");
        params.put("SD", "1500000");
        params.put("SMP", "2000000");
        params.put("SMA", "3000000");
        params.put("PT", "12000000");
        params.put("maxChildren", "2");
        params.put("maxAge", "23");
        return new BenefitRule("SCHOLARSHIP", "Beasiswa", EnumSet.of(Programme.JKM, Programme.JKK),
                EnumSet.of(Phase.DURING), CalculationKind.PER_CHILD_YEARLY, null, null, params, "Permenaker 4/2023",
                LocalDate.of(2023, 3, 1), null, Confidence.CONFIRMED);
    }

    final ScholarshipPolicy policy = ScholarshipPolicy.fromRule(seeded());

    static final LocalDate BORN = LocalDate.of(2004, 3, 15);
    static final LocalDate TURNS_23 = LocalDate.of(2027, 3, 15);

    @Nested
    class AgeLimit {

        @Test
        void theDayBeforeThe23rdBirthdayIsStillPaid() {
            assertThat(policy.assess(BORN, TURNS_23.minusDays(1), SchoolLevel.PT, false, false))
                    .isEqualTo(new ScholarshipPolicy.Pay(SchoolLevel.PT, Money.rupiah(12_000_000)));
        }

        @Test
        void onThe23rdBirthdayItStops() {
            assertThat(policy.assess(BORN, TURNS_23, SchoolLevel.PT, false, false))
                    .isEqualTo(new ScholarshipPolicy.Stop(ScholarshipEnd.AGE, "anak berusia 23 tahun pada 2027-03-15 (batas 23 tahun)"));
        }

        @Test
        void theDayAfterItStaysStopped() {
            assertThat(policy.assess(BORN, TURNS_23.plusDays(1), SchoolLevel.PT, false, false))
                    .isInstanceOf(ScholarshipPolicy.Stop.class)
                    .extracting(o -> ((ScholarshipPolicy.Stop) o).end()).isEqualTo(ScholarshipEnd.AGE);
        }

        @Test
        void aYearIsPlannedOnlyWhenItsDueDateIsBeforeThe23rdBirthday() {
            // first due the day before the birthday: one year (aged 22); on it or after: none
            assertThat(policy.dueDates(BORN, TURNS_23.minusDays(1))).containsExactly(TURNS_23.minusDays(1));
            assertThat(policy.dueDates(BORN, TURNS_23)).isEmpty();
            assertThat(policy.dueDates(BORN, TURNS_23.plusDays(1))).isEmpty();
            // a year due the day before the birthday is the last one
            assertThat(policy.dueDates(BORN, LocalDate.of(2025, 3, 14)))
                    .containsExactly(LocalDate.of(2025, 3, 14), LocalDate.of(2026, 3, 14), LocalDate.of(2027, 3, 14));
            assertThat(policy.dueDates(BORN, LocalDate.of(2025, 3, 15)))
                    .containsExactly(LocalDate.of(2025, 3, 15), LocalDate.of(2026, 3, 15));
        }
    }

    @Test
    void marriageStopsTheScheduleWhateverTheLevel() {
        assertThat(policy.assess(BORN, LocalDate.of(2026, 8, 1), SchoolLevel.PT, true, false))
                .isEqualTo(new ScholarshipPolicy.Stop(ScholarshipEnd.MARRIAGE, "anak sudah menikah"));
    }

    @Test
    void workStopsTheScheduleWhateverTheLevel() {
        assertThat(policy.assess(BORN, LocalDate.of(2026, 8, 1), SchoolLevel.SMA, false, true))
                .isEqualTo(new ScholarshipPolicy.Stop(ScholarshipEnd.WORK, "anak sudah bekerja"));
    }

    @Test
    void theAgeLimitComesBeforeMarriageAndWork() {
        assertThat(policy.assess(BORN, TURNS_23, SchoolLevel.PT, true, true))
                .extracting(o -> ((ScholarshipPolicy.Stop) o).end()).isEqualTo(ScholarshipEnd.AGE);
    }

    @Test
    void eachYearPaysTheRateOfTheLevelProvenThatYear() {
        LocalDate child = LocalDate.of(2012, 9, 1);
        assertThat(policy.assess(child, LocalDate.of(2026, 8, 1), SchoolLevel.SD, false, false))
                .isEqualTo(new ScholarshipPolicy.Pay(SchoolLevel.SD, Money.rupiah(1_500_000)));
        assertThat(policy.assess(child, LocalDate.of(2027, 8, 1), SchoolLevel.SMP, false, false))
                .isEqualTo(new ScholarshipPolicy.Pay(SchoolLevel.SMP, Money.rupiah(2_000_000)));
        assertThat(policy.assess(child, LocalDate.of(2030, 8, 1), SchoolLevel.SMA, false, false))
                .isEqualTo(new ScholarshipPolicy.Pay(SchoolLevel.SMA, Money.rupiah(3_000_000)));
        assertThat(policy.assess(child, LocalDate.of(2033, 8, 1), SchoolLevel.PT, false, false))
                .isEqualTo(new ScholarshipPolicy.Pay(SchoolLevel.PT, Money.rupiah(12_000_000)));
        assertThat(policy.assess(child, LocalDate.of(2022, 8, 1), SchoolLevel.TK, false, false))
                .isEqualTo(new ScholarshipPolicy.Pay(SchoolLevel.TK, Money.rupiah(1_500_000)));
        assertThat(policy.assess(child, LocalDate.of(2034, 8, 1), SchoolLevel.NONE, false, false))
                .isEqualTo(new ScholarshipPolicy.SkipYear("anak tidak sedang sekolah/pelatihan pada tahun ini"));
    }

    @Test
    void aNewCatalogueVersionChangesTheRatesAndLimits() {
        Map<String, String> params = new LinkedHashMap<>(seeded().params());
        params.put("SMA", "3500000");
        params.remove("PT");
        params.put("maxChildren", "3");
        BenefitRule raised = new BenefitRule("SCHOLARSHIP", "Beasiswa", EnumSet.of(Programme.JKM), EnumSet.of(Phase.DURING),
                CalculationKind.PER_CHILD_YEARLY, null, null, params, "Permenaker baru", LocalDate.of(2028, 1, 1), null,
                Confidence.SINGLE_SOURCE);
        ScholarshipPolicy newer = ScholarshipPolicy.fromRule(raised);
        assertThat(newer.rate(SchoolLevel.SMA)).contains(Money.of(new java.math.BigDecimal("3500000")));
        assertThat(newer.assess(LocalDate.of(2012, 9, 1), LocalDate.of(2030, 8, 1), SchoolLevel.PT, false, false))
                .isEqualTo(new ScholarshipPolicy.SkipYear("tarif jenjang perguruan tinggi/pelatihan belum ada dalam aturan"));
        assertThat(newer.maxChildren()).isEqualTo(3);
        newer.requireRoomForAnotherChild(2);
        assertThatThrownBy(() -> policy.requireRoomForAnotherChild(2)).hasMessageContaining("paling banyak untuk 2 anak");
    }
}

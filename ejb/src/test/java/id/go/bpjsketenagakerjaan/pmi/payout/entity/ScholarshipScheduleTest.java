package id.go.bpjsketenagakerjaan.pmi.payout.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.ParticipantType;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ScholarshipPolicy;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScholarshipScheduleTest {

    static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");
    final ScholarshipPolicy policy = ScholarshipPolicy.standard();

    static Claim claim(String benefit) {
        Participant participant = Participant.withNik("3209014107900001", "C1234567", "Siti Aminah", "P",
                LocalDate.of(1990, 7, 1), ParticipantType.PMI, "TW", NOW);
        ServiceUnit unit = new ServiceUnit("KC-CRB", "Kantor Cabang Cirebon", ServiceUnitType.BRANCH, "Jawa Barat", "ID",
                ZoneId.of("Asia/Jakarta"));
        return Claim.receive("KLM-9", participant, benefit, Channel.E_KLAIM, LocalDate.of(2026, 2, 20),
                new BigDecimal("3000000"), unit, "eklaim", NOW);
    }

    @Test
    void ratesFollowTheFactSheet() {
        assertThat(policy.rate(SchoolLevel.TK)).contains(Money.rupiah(1_500_000));
        assertThat(policy.rate(SchoolLevel.SD)).contains(Money.rupiah(1_500_000));
        assertThat(policy.rate(SchoolLevel.SMP)).contains(Money.rupiah(2_000_000));
        assertThat(policy.rate(SchoolLevel.SMA)).contains(Money.rupiah(3_000_000));
        assertThat(policy.rate(SchoolLevel.PT)).contains(Money.rupiah(12_000_000));
        assertThat(policy.rate(SchoolLevel.NONE)).isEmpty();
    }

    @Test
    void oneInstalmentAYearWhileTheChildIsYoungerThan23() {
        // born 2010-09-01: 22 on 2033-08-01, 23 on 2033-09-01
        assertThat(policy.dueDates(LocalDate.of(2010, 9, 1), LocalDate.of(2026, 8, 1)))
                .hasSize(8).first().isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(policy.dueDates(LocalDate.of(2010, 9, 1), LocalDate.of(2026, 8, 1))).last()
                .isEqualTo(LocalDate.of(2033, 8, 1));
        assertThat(policy.dueDates(LocalDate.of(2003, 1, 1), LocalDate.of(2026, 8, 1))).isEmpty();
    }

    @Test
    void eachYearAsksForProofAndPaysTheProvenLevelsRate() {
        ScholarshipSchedule schedule = ScholarshipSchedule.plan(claim("SCHOLARSHIP"), 0, "Putri", LocalDate.of(2012, 9, 1),
                LocalDate.of(2026, 8, 1), policy, "ayu", NOW);
        assertThat(schedule.getYears()).hasSize(10); // aged 13 to 22
        assertThat(schedule.year(1).getStatus()).isEqualTo(ScholarshipYearStatus.AWAITING_PROOF);
        assertThat(schedule.year(2).getStatus()).isEqualTo(ScholarshipYearStatus.PLANNED);

        assertThatThrownBy(() -> schedule.submitProof(2, SchoolLevel.SMA, false, false, policy, "ayu", NOW))
                .hasMessageContaining("menunggu bukti");
        assertThat(schedule.submitProof(1, SchoolLevel.SMP, false, false, policy, "ayu", NOW))
                .isEqualTo(new ScholarshipPolicy.Pay(SchoolLevel.SMP, Money.rupiah(2_000_000)));
        assertThat(schedule.year(1).getAmount()).isEqualByComparingTo("2000000");
        schedule.markPaid(1, "KLM9P1");
        assertThat(schedule.year(1).getStatus()).isEqualTo(ScholarshipYearStatus.PAID);

        assertThat(schedule.askProofDue(LocalDate.of(2027, 7, 31))).isEmpty();
        assertThat(schedule.askProofDue(LocalDate.of(2027, 8, 1))).extracting(ScholarshipYear::getYearNo).containsExactly(2);
        assertThat(schedule.submitProof(2, SchoolLevel.NONE, false, false, policy, "ayu", NOW))
                .isInstanceOf(ScholarshipPolicy.SkipYear.class);
        assertThat(schedule.year(2).getStatus()).isEqualTo(ScholarshipYearStatus.NOT_PAID);
        assertThat(schedule.isActive()).isTrue();
    }

    @Test
    void marriageOrWorkEndsTheScheduleAndCancelsTheRest() {
        ScholarshipSchedule schedule = ScholarshipSchedule.plan(claim("SCHOLARSHIP"), 1, "Budi", LocalDate.of(2005, 9, 1),
                LocalDate.of(2026, 8, 1), policy, "ayu", NOW);
        assertThat(schedule.getYears()).hasSize(3); // aged 20, 21, 22
        assertThat(schedule.submitProof(1, SchoolLevel.PT, false, true, policy, "ayu", NOW))
                .isEqualTo(new ScholarshipPolicy.Stop(ScholarshipEnd.WORK, "anak sudah bekerja"));
        assertThat(schedule.isActive()).isFalse();
        assertThat(schedule.getYears()).allSatisfy(y -> assertThat(y.getStatus()).isEqualTo(ScholarshipYearStatus.CANCELLED));

        ScholarshipSchedule married = ScholarshipSchedule.plan(claim("SCHOLARSHIP"), 0, "Ani", LocalDate.of(2005, 9, 1),
                LocalDate.of(2026, 8, 1), policy, "ayu", NOW);
        married.submitProof(1, SchoolLevel.PT, false, false, policy, "ayu", NOW);
        married.stop("anak sudah menikah", LocalDate.of(2027, 1, 5));
        assertThat(married.year(1).getStatus()).isEqualTo(ScholarshipYearStatus.CANCELLED);
        assertThat(married.getEndReason()).isEqualTo("anak sudah menikah");
    }

    @Test
    void onlyScholarshipClaimsAndAtMostTwoChildren() {
        assertThatThrownBy(() -> ScholarshipSchedule.plan(claim("MEDICAL_ABROAD"), 0, "X", LocalDate.of(2015, 1, 1),
                LocalDate.of(2026, 8, 1), policy, "ayu", NOW)).hasMessageContaining("hanya untuk manfaat SCHOLARSHIP");
        assertThatThrownBy(() -> ScholarshipSchedule.plan(claim("SCHOLARSHIP"), 2, "X", LocalDate.of(2015, 1, 1),
                LocalDate.of(2026, 8, 1), policy, "ayu", NOW)).hasMessageContaining("paling banyak untuk 2 anak");
        assertThatThrownBy(() -> ScholarshipSchedule.plan(claim("SCHOLARSHIP"), 0, "X", LocalDate.of(2000, 1, 1),
                LocalDate.of(2026, 8, 1), policy, "ayu", NOW)).hasMessageContaining("sampai usia 23");
    }

    @Test
    void theAgeLimitStopsEvenWithProof() {
        assertThat(policy.assess(LocalDate.of(2003, 8, 1), LocalDate.of(2026, 8, 1), SchoolLevel.PT, false, false))
                .isInstanceOf(ScholarshipPolicy.Stop.class);
    }

    @Test
    void theFirstYearIsPaidWithTheClaimAndAStopNeverTakesItBack() {
        ScholarshipSchedule schedule = ScholarshipSchedule.plan(claim("SCHOLARSHIP"), 0, "Putri", LocalDate.of(2012, 9, 1),
                LocalDate.of(2026, 8, 1), policy, "supervisor", NOW);
        schedule.payFirstYearWithClaim(SchoolLevel.SMP, new BigDecimal("2000000.00"), "supervisor", NOW);
        assertThat(schedule.year(1).isWithClaim()).isTrue();
        assertThat(schedule.year(1).getProofKind()).isEqualTo(ProofKind.CLAIM);
        assertThat(schedule.year(1).getStatus()).isEqualTo(ScholarshipYearStatus.READY);
        schedule.firstYearPaidWithClaim("KLM9P1");
        assertThat(schedule.year(1).getStatus()).isEqualTo(ScholarshipYearStatus.PAID);
        assertThat(schedule.year(1).getPaymentReference()).isEqualTo("KLM9P1");

        schedule.askProofDue(LocalDate.of(2027, 8, 1));
        assertThat(schedule.submitProof(2, SchoolLevel.SMA, ProofKind.DOCUMENT, "SK sekolah 421/77", false, false, policy,
                "adjudikator", NOW)).isEqualTo(new ScholarshipPolicy.Pay(SchoolLevel.SMA, Money.rupiah(3_000_000)));
        assertThat(schedule.year(2).getProofNote()).isEqualTo("SK sekolah 421/77");

        schedule.stop(ScholarshipEnd.WORK, "anak bekerja: PT Maju", LocalDate.of(2027, 9, 1));
        assertThat(schedule.getEndKind()).isEqualTo(ScholarshipEnd.WORK);
        assertThat(schedule.getEndedOn()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(schedule.year(1).getStatus()).isEqualTo(ScholarshipYearStatus.PAID);
        assertThat(schedule.getYears()).filteredOn(y -> y.getYearNo() > 1)
                .allSatisfy(y -> assertThat(y.getStatus()).isEqualTo(ScholarshipYearStatus.CANCELLED));
        assertThatThrownBy(() -> schedule.markPaid(2, "KLM9Y2P2")).hasMessageContaining("belum dapat dibayar");
        assertThatThrownBy(() -> schedule.stop(ScholarshipEnd.MARRIAGE, "lagi", LocalDate.of(2027, 10, 1)))
                .hasMessageContaining("sudah berakhir");
    }

    @Test
    void theTwentyThirdBirthdayEndsTheScheduleOnThatDayAndAProvenYearStaysPayable() {
        // born 2005-09-01: aged 21 and 22 on the due dates 2027-08-01 and 2028-08-01, 23 on 2028-09-01
        ScholarshipSchedule schedule = ScholarshipSchedule.plan(claim("SCHOLARSHIP"), 0, "Rani", LocalDate.of(2005, 9, 1),
                LocalDate.of(2027, 8, 1), policy, "supervisor", NOW);
        assertThat(schedule.getYears()).hasSize(2);
        schedule.payFirstYearWithClaim(SchoolLevel.PT, new BigDecimal("12000000.00"), "supervisor", NOW);
        schedule.firstYearPaidWithClaim("KLM9P1");
        schedule.askProofDue(LocalDate.of(2028, 8, 1));
        schedule.submitProof(2, SchoolLevel.PT, ProofKind.OFFICER, null, false, false, policy, "adjudikator", NOW);

        assertThat(schedule.reachAgeLimit(LocalDate.of(2028, 8, 31), 23)).isFalse();
        assertThat(schedule.isActive()).isTrue();
        assertThat(schedule.reachAgeLimit(LocalDate.of(2028, 9, 1), 23)).isTrue();
        assertThat(schedule.getEndKind()).isEqualTo(ScholarshipEnd.AGE);
        assertThat(schedule.getEndedOn()).isEqualTo(LocalDate.of(2028, 9, 1));
        assertThat(schedule.getEndReason()).isEqualTo("anak berusia 23 tahun pada 2028-09-01");
        assertThat(schedule.year(2).getStatus()).isEqualTo(ScholarshipYearStatus.READY);
        assertThat(schedule.reachAgeLimit(LocalDate.of(2028, 9, 2), 23)).isFalse();

        ScholarshipSchedule unproven = ScholarshipSchedule.plan(claim("SCHOLARSHIP"), 0, "Rudi", LocalDate.of(2005, 9, 1),
                LocalDate.of(2027, 8, 1), policy, "supervisor", NOW);
        unproven.askProofDue(LocalDate.of(2028, 8, 1));
        assertThat(unproven.reachAgeLimit(LocalDate.of(2028, 9, 2), 23)).isTrue();
        assertThat(unproven.getEndedOn()).isEqualTo(LocalDate.of(2028, 9, 1));
        assertThat(unproven.getYears()).allSatisfy(y -> assertThat(y.getStatus()).isEqualTo(ScholarshipYearStatus.CANCELLED));
    }
}

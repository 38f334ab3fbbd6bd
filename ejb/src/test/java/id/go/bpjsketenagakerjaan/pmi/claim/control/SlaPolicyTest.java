package id.go.bpjsketenagakerjaan.pmi.claim.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.ParticipantType;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SlaPolicyTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    /** Nyepi and the first day of Idul Fitri 2026 (Thursday and Friday), as the caller would supply them. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20));

    private final SlaPolicy policy = SlaPolicy.withDefaultTargets(HOLIDAYS);

    private static Instant wib(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, WIB).toInstant();
    }

    @Test
    void theTestCalendarIsWhatTheTestsAssume() {
        assertThat(LocalDate.of(2026, 3, 2).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(LocalDate.of(2026, 3, 19).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    }

    @Test
    void workingDaysAreMondayToFridayWithoutHolidays() {
        assertThat(policy.isWorkingDay(LocalDate.of(2026, 3, 6))).isTrue();
        assertThat(policy.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(policy.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
        assertThat(policy.isWorkingDay(LocalDate.of(2026, 3, 19))).isFalse();
        assertThat(policy.workingDaysBetween(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 23))).isEqualTo(4);
        assertThat(policy.workingDaysBetween(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 13))).isZero();
    }

    @Test
    void theArrivalDayIsDayZeroAndWeekendsDoNotCount() {
        // Monday + 5 working days: Tue..Fri and the next Monday.
        assertThat(policy.clock(SlaStage.INTAKE_VERIFICATION, wib(3, 2, 10, 0), WIB).dueDate())
                .isEqualTo(LocalDate.of(2026, 3, 9));
        // Friday afternoon: the whole next week.
        assertThat(policy.clock(SlaStage.INTAKE_VERIFICATION, wib(3, 6, 15, 0), WIB).dueDate())
                .isEqualTo(LocalDate.of(2026, 3, 13));
        // Arriving on Saturday gives no head start over Friday.
        assertThat(policy.clock(SlaStage.INTAKE_VERIFICATION, wib(3, 7, 9, 0), WIB).dueDate())
                .isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(policy.clock(SlaStage.APPROVAL, wib(3, 5, 9, 0), WIB).dueDate())
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void holidaysPushTheDueDate() {
        Instant mondayBeforeLebaran = wib(3, 16, 9, 0);
        assertThat(policy.clock(SlaStage.ADJUDICATION, mondayBeforeLebaran, WIB).dueDate())
                .isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(SlaPolicy.withDefaultTargets(Set.of()).clock(SlaStage.ADJUDICATION, mondayBeforeLebaran, WIB)
                .dueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void theStartDayIsTakenInTheOfficesZone() {
        // Monday 01:00 in Jakarta is still Sunday in UTC.
        Instant mondayEarlyWib = wib(3, 9, 1, 0);
        assertThat(mondayEarlyWib.atZone(ZoneId.of("UTC")).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);

        SlaClock clock = policy.clock(SlaStage.INTAKE_VERIFICATION, mondayEarlyWib, WIB);
        assertThat(clock.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(clock.deadline()).isEqualTo(Instant.parse("2026-03-16T17:00:00Z"));
        assertThat(policy.clock(SlaStage.INTAKE_VERIFICATION, mondayEarlyWib, ZoneId.of("UTC")).dueDate())
                .isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(policy.clock(SlaStage.INTAKE_VERIFICATION, mondayEarlyWib, TAIPEI).deadline())
                .isEqualTo(Instant.parse("2026-03-16T16:00:00Z"));
    }

    @Test
    void statusMovesFromOnTrackToDueSoonToBreached() {
        SlaClock clock = policy.clock(SlaStage.INTAKE_VERIFICATION, wib(3, 2, 10, 0), WIB); // due Monday 9 March

        assertThat(clock.status(wib(3, 4, 12, 0))).isEqualTo(SlaStatus.ON_TRACK);
        assertThat(clock.workingDaysLeft(wib(3, 4, 12, 0))).isEqualTo(3);
        assertThat(clock.status(wib(3, 5, 12, 0))).isEqualTo(SlaStatus.ON_TRACK);
        assertThat(clock.workingDaysLeft(wib(3, 5, 12, 0))).isEqualTo(2);
        // Friday and the weekend: only Monday is left.
        assertThat(clock.status(wib(3, 6, 8, 0))).isEqualTo(SlaStatus.DUE_SOON);
        assertThat(clock.status(wib(3, 8, 20, 0))).isEqualTo(SlaStatus.DUE_SOON);
        assertThat(clock.workingDaysLeft(wib(3, 8, 20, 0))).isEqualTo(1);
        // The due day itself, to its last minute.
        assertThat(clock.status(wib(3, 9, 23, 59))).isEqualTo(SlaStatus.DUE_SOON);
        assertThat(clock.workingDaysLeft(wib(3, 9, 23, 59))).isZero();
        assertThat(clock.status(wib(3, 10, 0, 0))).isEqualTo(SlaStatus.BREACHED);
        assertThat(clock.workingDaysLeft(wib(3, 12, 0, 0))).isZero();
    }

    @Test
    void dueSoonSkipsHolidays() {
        SlaClock clock = policy.clock(SlaStage.ADJUDICATION, wib(3, 16, 9, 0), WIB); // due Wednesday 25 March

        // Wednesday 18th: the holidays and the weekend leave Mon, Tue, Wed: three working days.
        assertThat(clock.workingDaysLeft(wib(3, 18, 9, 0))).isEqualTo(3);
        assertThat(clock.status(wib(3, 18, 9, 0))).isEqualTo(SlaStatus.ON_TRACK);
        assertThat(clock.status(wib(3, 24, 9, 0))).isEqualTo(SlaStatus.DUE_SOON);
    }

    @Test
    void daysWaitingCountWorkingDaysSinceTheStartDay() {
        SlaClock clock = policy.clock(SlaStage.ADJUDICATION, wib(3, 13, 16, 0), WIB); // Friday before the holidays

        assertThat(clock.workingDaysWaiting(wib(3, 13, 17, 0))).isZero();
        assertThat(clock.workingDaysWaiting(wib(3, 15, 9, 0))).isZero();
        assertThat(clock.workingDaysWaiting(wib(3, 16, 9, 0))).isEqualTo(1);
        assertThat(clock.workingDaysWaiting(wib(3, 22, 9, 0))).isEqualTo(3);
        assertThat(clock.workingDaysWaiting(wib(3, 23, 9, 0))).isEqualTo(4);
        assertThat(clock.workingDaysWaiting(wib(3, 12, 9, 0))).isZero();
    }

    @Test
    void targetsAreConfigurablePerStage() {
        SlaPolicy strict = new SlaPolicy(Map.of(SlaStage.INTAKE_VERIFICATION, 3, SlaStage.ADJUDICATION, 10,
                SlaStage.APPROVAL, 1), Set.of());

        assertThat(strict.targetWorkingDays(SlaStage.ADJUDICATION)).isEqualTo(10);
        assertThat(strict.clock(SlaStage.INTAKE_VERIFICATION, wib(3, 2, 10, 0), WIB).dueDate())
                .isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(strict.clock(SlaStage.APPROVAL, wib(3, 6, 10, 0), WIB).dueDate())
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void everyStageNeedsAPositiveTarget() {
        assertThatThrownBy(() -> new SlaPolicy(Map.of(SlaStage.INTAKE_VERIFICATION, 5, SlaStage.ADJUDICATION, 5),
                Set.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("APPROVAL");
        assertThatThrownBy(() -> new SlaPolicy(Map.of(SlaStage.INTAKE_VERIFICATION, 5, SlaStage.ADJUDICATION, 0,
                SlaStage.APPROVAL, 2), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class,
            names = {"DOCUMENTS_INCOMPLETE", "INFORMATION_REQUESTED", "APPROVED", "PAID", "CLOSED", "REJECTED", "WITHDRAWN"})
    void noAgencyClockRunsWhileWaitingForTheClaimantOrAfterTheDecision(ClaimStatus status) {
        assertThat(SlaStage.of(status)).isEmpty();
    }

    @Test
    void statusesMapToTheirStage() {
        assertThat(SlaStage.of(ClaimStatus.RECEIVED)).contains(SlaStage.INTAKE_VERIFICATION);
        assertThat(SlaStage.of(ClaimStatus.VERIFICATION)).contains(SlaStage.INTAKE_VERIFICATION);
        assertThat(SlaStage.of(ClaimStatus.ADJUDICATION)).contains(SlaStage.ADJUDICATION);
        assertThat(SlaStage.of(ClaimStatus.RETURNED_FOR_CORRECTION)).contains(SlaStage.ADJUDICATION);
        assertThat(SlaStage.of(ClaimStatus.APPEALED)).contains(SlaStage.ADJUDICATION);
        assertThat(SlaStage.of(ClaimStatus.AWAITING_APPROVAL)).contains(SlaStage.APPROVAL);
    }

    @Test
    void theCurrentClockStartsWhenTheClaimEnteredItsStage() {
        Claim claim = newClaim(wib(3, 2, 10, 0));
        claim.startVerification("ayu", wib(3, 3, 10, 0));

        // RECEIVED and VERIFICATION are one intake stage: the clock runs from arrival.
        assertThat(policy.currentClock(claim.getHistory(), WIB)).hasValueSatisfying(clock -> {
            assertThat(clock.stage()).isEqualTo(SlaStage.INTAKE_VERIFICATION);
            assertThat(clock.startedAt()).isEqualTo(wib(3, 2, 10, 0));
        });

        claim.markDocumentsIncomplete("KTP ahli waris", "ayu", wib(3, 4, 10, 0));
        assertThat(policy.currentClock(claim.getHistory(), WIB)).isEmpty();

        // Documents complete: a fresh intake clock.
        claim.startVerification("ayu", wib(3, 10, 10, 0));
        assertThat(policy.currentClock(claim.getHistory(), WIB)).get()
                .extracting(SlaClock::startedAt).isEqualTo(wib(3, 10, 10, 0));

        claim.startAdjudication("ayu", wib(3, 11, 10, 0));
        claim.recommend(new BigDecimal("45000000"), "MEDICAL_ABROAD@2023-03-01", "biaya 45 jt, batas 50 jt", "ayu", wib(3, 12, 10, 0));
        assertThat(policy.currentClock(claim.getHistory(), WIB)).get()
                .extracting(SlaClock::stage, SlaClock::startedAt)
                .containsExactly(SlaStage.APPROVAL, wib(3, 12, 10, 0));

        claim.returnForCorrection("lampirkan kuitansi", "rina", wib(3, 13, 10, 0));
        assertThat(policy.currentClock(claim.getHistory(), WIB)).get()
                .extracting(SlaClock::stage, SlaClock::startedAt)
                .containsExactly(SlaStage.ADJUDICATION, wib(3, 13, 10, 0));
    }

    @Test
    void noHistoryNoClock() {
        assertThat(policy.currentClock(java.util.List.of(), WIB)).isEmpty();
    }

    private static Claim newClaim(Instant receivedAt) {
        Participant participant = Participant.withNik("3209014107900001", "C1234567", "Siti Aminah", "P",
                LocalDate.of(1990, 7, 1), ParticipantType.PMI, "TW", receivedAt);
        ServiceUnit unit = new ServiceUnit("KC-CRB", "Kantor Cabang Cirebon", ServiceUnitType.BRANCH, "Jawa Barat", "ID",
                WIB);
        return Claim.receive("KLM-1", participant, "MEDICAL_ABROAD", Channel.E_KLAIM, LocalDate.of(2026, 2, 20),
                new BigDecimal("45000000"), unit, "eklaim", receivedAt);
    }
}

package id.go.bpjsketenagakerjaan.pmi.claim.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SLA clock over the 2026 decree's holidays and the unit's own zone for "today". */
class SlaHolidaysAndZonesTest {

    /** SKB 1497/2025 around Nyepi and Idulfitri 2026: 18 (cuti bersama), 19, 20 (cb), 23, 24 (cb) March are closed. */
    private static final Set<LocalDate> MARCH_2026 = Set.of(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19),
            LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23),
            LocalDate.of(2026, 3, 24));

    @Test
    void holidaysAndCutiBersamaPushTheDueDate() {
        SlaPolicy withHolidays = SlaPolicy.withDefaultTargets(MARCH_2026);
        SlaPolicy without = SlaPolicy.withDefaultTargets(Set.of());
        Instant tuesday = Instant.parse("2026-03-17T03:00:00Z");
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        // 5 working days after Tue 17 March: without holidays Tue 24; with them 25, 26, 27, 30, 31 March
        assertThat(without.clock(SlaStage.INTAKE_VERIFICATION, tuesday, wib).dueDate()).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(withHolidays.clock(SlaStage.INTAKE_VERIFICATION, tuesday, wib).dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(withHolidays.clock(SlaStage.INTAKE_VERIFICATION, tuesday, wib).workingDaysWaiting(
                Instant.parse("2026-03-25T03:00:00Z"))).isEqualTo(1);
    }

    @Test
    void dueSoonStartsWhereTheStatusTurns() {
        SlaPolicy withHolidays = SlaPolicy.withDefaultTargets(MARCH_2026);
        // every start hour over five weeks around the March holidays, in three zones and every stage
        for (String zoneName : new String[]{"Asia/Jakarta", "Asia/Jayapura", "Asia/Taipei"}) {
            ZoneId zone = ZoneId.of(zoneName);
            for (Instant start = Instant.parse("2026-03-01T00:00:00Z"); start.isBefore(Instant.parse("2026-04-05T00:00:00Z"));
                 start = start.plusSeconds(3_600)) {
                for (SlaStage stage : SlaStage.values()) {
                    SlaClock clock = withHolidays.clock(stage, start, zone);
                    Instant turn = clock.dueSoonFrom();
                    assertThat(clock.status(turn)).as("%s", clock).isEqualTo(SlaStatus.DUE_SOON);
                    assertThat(turn).isBefore(clock.deadline());
                    if (turn.isAfter(start)) {
                        assertThat(clock.status(turn.minusSeconds(1))).as("%s", clock).isEqualTo(SlaStatus.ON_TRACK);
                    }
                }
            }
        }
    }

    @Test
    void dueSoonFromOverAWeekend() {
        SlaPolicy policy = SlaPolicy.withDefaultTargets(Set.of());
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        // approval (2 working days) from Thursday 26 Nov 2026 10:00 WIB: due Monday 30, due soon from Friday 27 00:00 WIB
        SlaClock approval = policy.clock(SlaStage.APPROVAL, Instant.parse("2026-11-26T03:00:00Z"), wib);
        assertThat(approval.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(approval.dueSoonFrom()).isEqualTo(Instant.parse("2026-11-26T17:00:00Z"));
    }

    @Test
    void todayIsTheUnitsToday() {
        SlaPolicy policy = SlaPolicy.withDefaultTargets(Set.of());
        // Friday 20 Nov 2026 16:30 UTC: still Friday in Jakarta (23:30 WIB) but already Saturday in Jayapura (01:30 WIT)
        Instant started = Instant.parse("2026-11-20T16:30:00Z");
        SlaClock jakarta = policy.clock(SlaStage.APPROVAL, started, ZoneId.of("Asia/Jakarta"));
        SlaClock jayapura = policy.clock(SlaStage.APPROVAL, started, ZoneId.of("Asia/Jayapura"));
        assertThat(jakarta.dueDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(jayapura.dueDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        // the deadline is midnight in the unit's zone: two hours apart for WIB and WIT
        assertThat(jakarta.deadline()).isEqualTo(Instant.parse("2026-11-24T17:00:00Z"));
        assertThat(jayapura.deadline()).isEqualTo(Instant.parse("2026-11-24T15:00:00Z"));
        Instant between = Instant.parse("2026-11-24T16:00:00Z");
        assertThat(jayapura.status(between)).isEqualTo(SlaStatus.BREACHED);
        assertThat(jakarta.status(between)).isEqualTo(SlaStatus.DUE_SOON);
        // started late Friday in Jakarta, late Saturday morning in Jayapura: Jayapura's clock starts from Saturday
        Instant mondayMorningUtc = Instant.parse("2026-11-23T01:00:00Z");
        assertThat(jakarta.workingDaysWaiting(mondayMorningUtc)).isEqualTo(1);
        assertThat(jayapura.workingDaysWaiting(mondayMorningUtc)).isEqualTo(1);
    }
}

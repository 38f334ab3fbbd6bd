package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobPeriodTest {

    @Test
    void theDefaultFiveMinutesFiresOnTheWallClockWithAFourMinuteLease() {
        ScheduleExpression schedule = JobPeriod.of(300).schedule(new ScheduleExpression());
        assertThat(schedule.getSecond()).isEqualTo("0");
        assertThat(schedule.getMinute()).isEqualTo("*/5");
        assertThat(schedule.getHour()).isEqualTo("*");
        assertThat(JobPeriod.of(300).lease()).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void aPeriodUnderAMinuteTicksOnSeconds() {
        ScheduleExpression schedule = JobPeriod.of(5).schedule(new ScheduleExpression());
        assertThat(schedule.getSecond()).isEqualTo("*/5");
        assertThat(schedule.getMinute()).isEqualTo("*");
        assertThat(JobPeriod.of(5).lease()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void anHourlyPeriodFiresAtTheTopOfTheHour() {
        assertThat(JobPeriod.of(3600).schedule(new ScheduleExpression()).getMinute()).isEqualTo("0");
    }

    @Test
    void periodsThatDoNotDivideTheClockAreRefusedNamingTheSetting() {
        for (int seconds : new int[] {0, -5, 7, 45, 90, 420, 7200}) {
            assertThatThrownBy(() -> JobPeriod.of(seconds)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pmi.sla-escalation.every-seconds");
        }
    }
}

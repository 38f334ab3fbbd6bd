package id.go.bpjsketenagakerjaan.pmi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private final Period january = Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));

    @Test
    void containsBothEnds() {
        assertThat(january.contains(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(january.contains(LocalDate.of(2025, 1, 31))).isTrue();
        assertThat(january.contains(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(january.contains(LocalDate.of(2025, 2, 1))).isFalse();
        assertThat(january.lengthInDays()).isEqualTo(31);
    }

    @Test
    void overlapsWhenSharingAtLeastOneDay() {
        assertThat(january.overlaps(Period.of(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 5)))).isTrue();
        assertThat(january.overlaps(Period.of(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 1)))).isTrue();
        assertThat(january.overlaps(Period.of(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 12)))).isTrue();
        assertThat(january.overlaps(Period.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 5)))).isFalse();
        assertThat(january.overlaps(Period.of(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)))).isFalse();
    }

    @Test
    void oneDayPeriodIsAllowedButABackwardOneIsNot() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertThat(Period.of(day, day).lengthInDays()).isEqualTo(1);
        assertThatThrownBy(() -> Period.of(day, day.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsWithSampaiDengan() {
        assertThat(january).hasToString("2025-01-01 s.d. 2025-01-31");
    }
}

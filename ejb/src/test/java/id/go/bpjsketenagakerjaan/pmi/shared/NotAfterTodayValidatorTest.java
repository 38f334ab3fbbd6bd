package id.go.bpjsketenagakerjaan.pmi.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NotAfterTodayValidatorTest {

    // 17:08 UTC on 28 November is 00:08 WIB on 29 November: the hour CI found @PastOrPresent refusing today's payment
    private final NotAfterTodayValidator afterMidnightInJakarta =
            new NotAfterTodayValidator(Clock.fixed(Instant.parse("2026-11-28T17:08:00Z"), ZoneOffset.UTC));

    @Test
    void todayInJakartaIsAcceptedOnAServerStillOnYesterdayInUtc() {
        assertTrue(afterMidnightInJakarta.isValid(LocalDate.of(2026, 11, 29), null));
        assertTrue(afterMidnightInJakarta.isValid(LocalDate.of(2026, 11, 28), null));
    }

    @Test
    void tomorrowInJakartaIsRefused() {
        assertFalse(afterMidnightInJakarta.isValid(LocalDate.of(2026, 11, 30), null));
    }

    @Test
    void beforeMidnightInJakartaTheNextDayIsStillTheFuture() {
        NotAfterTodayValidator evening = new NotAfterTodayValidator(Clock.fixed(Instant.parse("2026-11-28T16:59:00Z"), ZoneOffset.UTC));
        assertTrue(evening.isValid(LocalDate.of(2026, 11, 28), null));
        assertFalse(evening.isValid(LocalDate.of(2026, 11, 29), null));
    }

    @Test
    void anAbsentDateIsLeftToNotNull() {
        assertTrue(afterMidnightInJakarta.isValid(null, null));
    }
}

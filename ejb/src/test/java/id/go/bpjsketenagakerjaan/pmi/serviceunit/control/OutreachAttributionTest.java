package id.go.bpjsketenagakerjaan.pmi.serviceunit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutreachAttributionTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    @Test
    void registrationsOnTheDayAndUpToThirtyDaysAfterCount() {
        Map<Long, Long> counts = OutreachAttribution.attribute(List.of(new OutreachAttribution.Event(1, MARCH_1)), Map.of(
                MARCH_1, 2L,                      // at the session itself
                MARCH_1.plusDays(30), 3L,         // last day of the window
                MARCH_1.plusDays(31), 5L,         // too late
                MARCH_1.minusDays(1), 7L));       // before the event
        assertEquals(5L, counts.get(1L));
    }

    @Test
    void overlappingWindowsGiveEachRegistrationToTheLatestEventBeforeIt() {
        OutreachAttribution.Event early = new OutreachAttribution.Event(1, MARCH_1);
        OutreachAttribution.Event later = new OutreachAttribution.Event(2, MARCH_1.plusDays(10));
        Map<Long, Long> counts = OutreachAttribution.attribute(List.of(later, early), Map.of(
                MARCH_1.plusDays(5), 4L,          // only the early event had happened
                MARCH_1.plusDays(10), 1L,         // the later event's day: the later one
                MARCH_1.plusDays(25), 6L,         // both windows: the later one
                MARCH_1.plusDays(35), 2L));       // only the later window is still open
        assertEquals(4L, counts.get(1L));
        assertEquals(9L, counts.get(2L));
        assertEquals(13L, counts.values().stream().mapToLong(Long::longValue).sum(), "each registration counted once");
    }

    @Test
    void sameDayEventsGoToTheOneRecordedLast() {
        Map<Long, Long> counts = OutreachAttribution.attribute(List.of(new OutreachAttribution.Event(5, MARCH_1),
                new OutreachAttribution.Event(9, MARCH_1)), Map.of(MARCH_1.plusDays(1), 3L));
        assertEquals(0L, counts.get(5L));
        assertEquals(3L, counts.get(9L));
    }

    @Test
    void eventsWithoutRegistrationsAreListedWithZero() {
        assertEquals(Map.of(1L, 0L), OutreachAttribution.attribute(List.of(new OutreachAttribution.Event(1, MARCH_1)), Map.of()));
    }
}

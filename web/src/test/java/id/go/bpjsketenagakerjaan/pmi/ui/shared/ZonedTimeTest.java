package id.go.bpjsketenagakerjaan.pmi.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ZonedTimeTest {

    private static final Instant EVENT = Instant.parse("2026-03-05T16:30:15Z");

    @Test
    void oneInstantReadsInEachViewersZone() {
        assertEquals("05-03-2026 23:30", new ZonedTime(ZoneId.of("Asia/Jakarta")).dateTime(EVENT));
        assertEquals("06-03-2026 00:30", new ZonedTime(ZoneId.of("Asia/Taipei")).dateTime(EVENT));
        assertEquals("06-03-2026 01:30", new ZonedTime(ZoneId.of("Asia/Jayapura")).dateTime(EVENT));
        assertEquals("05-03-2026 23:30:15", new ZonedTime(ZoneId.of("Asia/Jakarta")).dateTimeSeconds(EVENT));
        assertEquals("00:30", new ZonedTime(ZoneId.of("Asia/Taipei")).time(EVENT));
    }

    @Test
    void noInstantIsABlankAndNoZoneIsJakarta() {
        assertEquals("", new ZonedTime(ZoneId.of("Asia/Taipei")).dateTime(null));
        assertEquals(ZoneId.of("Asia/Jakarta"), new ZonedTime(null).zone());
    }

    @Test
    void todayTurnsAtTheViewersMidnight() {
        Clock clock = Clock.fixed(EVENT, ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 3, 5), new ZonedTime(ZoneId.of("Asia/Jakarta")).today(clock));
        assertEquals(LocalDate.of(2026, 3, 6), new ZonedTime(ZoneId.of("Asia/Taipei")).today(clock));
    }

    @Test
    void indonesianZonesHaveTheirOwnNamesOthersTheirId() {
        assertEquals("WIB", new ZonedTime(ZoneId.of("Asia/Jakarta")).shortName());
        assertEquals("WIB", new ZonedTime(ZoneId.of("Asia/Pontianak")).shortName());
        assertEquals("WITA", new ZonedTime(ZoneId.of("Asia/Makassar")).shortName());
        assertEquals("WIT", new ZonedTime(ZoneId.of("Asia/Jayapura")).shortName());
        assertEquals("Asia/Taipei", new ZonedTime(ZoneId.of("Asia/Taipei")).shortName());
        assertEquals("Asia/Hong Kong", new ZonedTime(ZoneId.of("Asia/Hong_Kong")).shortName());
    }
}

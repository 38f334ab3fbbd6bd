package id.go.bpjsketenagakerjaan.pmi.ui.shared;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Instants as a viewer in one time zone reads them, and that viewer's "today". Plain so it can be tested without a
 * container; {@link ViewerZone} holds the one for the logged-in user.
 */
public final class ZonedTime implements Serializable {

    /** Head office time: for a user without a unit, and before anyone has logged in. */
    public static final ZoneId FALLBACK = ZoneId.of("Asia/Jakarta");

    /** The names Indonesians use for their three zones; the JDK calls them "WIB" etc. only in some locales. */
    private static final Map<String, String> INDONESIAN = Map.of(
            "Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    private static final String DATE_TIME = "dd-MM-yyyy HH:mm";
    private static final String DATE_TIME_SECONDS = "dd-MM-yyyy HH:mm:ss";
    private static final String TIME = "HH:mm";

    private final ZoneId zone;

    public ZonedTime(ZoneId zone) {
        this.zone = zone == null ? FALLBACK : zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** e.g. {@code 05-03-2026 14:30}; empty for no instant, so a page can show a blank cell. */
    public String dateTime(Instant instant) {
        return format(instant, DATE_TIME);
    }

    public String dateTimeSeconds(Instant instant) {
        return format(instant, DATE_TIME_SECONDS);
    }

    public String time(Instant instant) {
        return format(instant, TIME);
    }

    private String format(Instant instant, String pattern) {
        return instant == null ? "" : DateTimeFormatter.ofPattern(pattern).withZone(zone).format(instant);
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * WIB / WITA / WIT at home; abroad the zone's id (e.g. {@code Asia/Taipei}), because the JDK's short names there
     * are ambiguous ("CST" is Taipei, Shanghai and Chicago alike). Underscores read as spaces ("Asia/Hong Kong").
     */
    public String shortName() {
        return INDONESIAN.getOrDefault(zone.getId(), zone.getId().replace('_', ' '));
    }

    /** The zone's long name in the viewer's language, for a tooltip, e.g. "Waktu Indonesia Barat" or "Taipei Standard Time". */
    public String longName(Locale locale) {
        return zone.getDisplayName(TextStyle.FULL, locale);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ZonedTime that && zone.equals(that.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone);
    }
}

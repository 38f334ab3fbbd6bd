package id.go.bpjsketenagakerjaan.pmi.serviceunit.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Calendar buckets for trends: ISO weeks (Monday to Sunday) and months, in a unit's zone. */
public final class IsoWeeks {

    private IsoWeeks() {
    }

    /** One ISO week: its Monday, the instant it starts and the instant the next one starts. */
    public record Week(LocalDate monday, Instant start, Instant end) {
        /** {@code 2026-W05} */
        public String label() {
            return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    }

    /** One calendar month with its bounds. */
    public record Month(YearMonth month, Instant start, Instant end) {
        public String label() {
            return month.toString();
        }
    }

    /** The last {@code count} ISO weeks up to and including the current one, oldest first. */
    public static List<Week> lastWeeks(int count, Instant now, ZoneId zone) {
        LocalDate thisMonday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Week> weeks = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            LocalDate monday = thisMonday.minusWeeks(i);
            weeks.add(new Week(monday, monday.atStartOfDay(zone).toInstant(), monday.plusWeeks(1).atStartOfDay(zone).toInstant()));
        }
        return weeks;
    }

    /** The last {@code count} months up to and including the current one, oldest first. */
    public static List<Month> lastMonths(int count, Instant now, ZoneId zone) {
        YearMonth current = YearMonth.from(now.atZone(zone));
        List<Month> months = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            YearMonth month = current.minusMonths(i);
            months.add(new Month(month, month.atDay(1).atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
        }
        return months;
    }
}

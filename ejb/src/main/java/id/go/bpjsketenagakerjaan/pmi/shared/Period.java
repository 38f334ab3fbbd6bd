package id.go.bpjsketenagakerjaan.pmi.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A range of calendar days, both ends inclusive (the way the regulation counts cover: the last day of a
 * window is still covered). A period of one day has {@code start == end}.
 */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Periode tidak sah: akhir " + end + " sebelum awal " + start);
        }
    }

    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** True when the two periods share at least one day. */
    public boolean overlaps(Period other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /** Number of days in the period, counting both ends. */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    @Override
    public String toString() {
        return start + " s.d. " + end;
    }
}

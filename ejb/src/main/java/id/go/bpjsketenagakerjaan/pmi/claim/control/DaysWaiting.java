package id.go.bpjsketenagakerjaan.pmi.claim.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * "Days waiting" on the work queues: calendar days from the day the claim was received to today, both read in the
 * claim's service unit's zone (WIB, WITA, WIT or the overseas unit's zone), so 0 on the day it arrives and 1 from
 * the next midnight there, whatever the hour. It counts the claimant's whole wait: holds (documents incomplete,
 * information requested), returns for correction, reassignments and appeals never reset it, because it runs from
 * the receipt, which no later step changes. It is not the SLA clock, which counts working days per stage and starts
 * again when a stage starts again (see {@link SlaPolicy#currentClock}).
 */
public final class DaysWaiting {

    private DaysWaiting() {
    }

    public static long of(Instant receivedAt, Instant now, ZoneId unitZone) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(unitZone, "unitZone");
        LocalDate received = receivedAt.atZone(unitZone).toLocalDate();
        LocalDate today = now.atZone(unitZone).toLocalDate();
        return Math.max(0, ChronoUnit.DAYS.between(received, today));
    }
}

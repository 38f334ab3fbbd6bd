package id.go.bpjsketenagakerjaan.pmi.casework.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Open claims per adjudicator for choosing who gets a new claim: read from the database at most once per maximum age,
 * plus the claims this instance has assigned since. Counting every candidate's open claims for each filed claim was
 * most of the intake API's time at 2 M claims (JFR, stop 17). The choice only balances queues, so a count that misses
 * what other instances or coordinators changed for up to the maximum age is good enough; a candidate not yet counted
 * makes it read again at once. A maximum age of zero reads every time. An intake that rolls back stays counted until
 * the next read.
 */
public final class WorkloadTally {

    private final Duration maxAge;
    private final Clock clock;
    private Map<String, Long> counts = Map.of();
    private Instant readAt = Instant.MIN;

    public WorkloadTally(Duration maxAge, Clock clock) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge: not negative, got " + maxAge);
        }
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /**
     * The open claims of each candidate; {@code read} counts them in the database (a candidate it leaves out has none).
     */
    public synchronized Map<String, Long> of(Collection<String> candidates, Function<Collection<String>, Map<String, Long>> read) {
        Instant now = Instant.now(clock);
        if (maxAge.isZero() || !now.isBefore(readAt.plus(maxAge)) || !counts.keySet().containsAll(candidates)) {
            Map<String, Long> fresh = new HashMap<>(read.apply(candidates));
            candidates.forEach(candidate -> fresh.putIfAbsent(candidate, 0L));
            counts = fresh;
            readAt = now;
        }
        Map<String, Long> mine = new HashMap<>();
        candidates.forEach(candidate -> mine.put(candidate, counts.get(candidate)));
        return mine;
    }

    /** A claim was given to {@code username} here; counted until the next read. */
    public synchronized void assigned(String username) {
        if (counts.containsKey(username)) {
            counts.merge(username, 1L, Long::sum);
        }
    }
}

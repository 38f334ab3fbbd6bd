package id.go.bpjsketenagakerjaan.pmi.dashboard.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Figures that are costly to compute and fine to show a little old, kept per key with the time they were computed.
 * A snapshot younger than the maximum age is served as it is. An older one is recomputed by the first caller who
 * asks, while everyone else asking meanwhile gets the old snapshot (it carries its time, so the page says how old it
 * is); only when there is no snapshot yet do callers wait, for the one computation under way. A failed computation
 * leaves the old snapshot in place. Keys beyond the capacity push out the oldest snapshot.
 *
 * <p>A snapshot that took long to compute is kept longer: at least {@value #COST_FACTOR} times its computation, so
 * recomputing never takes more than a {@value #COST_FACTOR}th of the time. At 2 M claims on embedded H2 the dashboard
 * took 114 s; recomputed every minute it kept one of two cores busy and slowed every other page (JFR, stop 17).
 *
 * @param <K> what the figures depend on (the dashboard's date range)
 * @param <V> the figures, immutable
 */
public final class SnapshotCache<K, V> {

    /** Figures and when their computation started (so nothing committed after that time is claimed). */
    public record Snapshot<V>(V value, Instant asOf) {
    }

    /** A snapshot stays fresh for at least this many times as long as it took to compute. */
    static final int COST_FACTOR = 5;

    private static final class Slot<V> {
        final ReentrantLock computing = new ReentrantLock();
        volatile Snapshot<V> snapshot;
        volatile Duration took = Duration.ZERO;
    }

    private final Duration maxAge;
    private final int capacity;
    private final Clock clock;
    private final Map<Object, Slot<V>> slots = new ConcurrentHashMap<>();

    public SnapshotCache(Duration maxAge, int capacity, Clock clock) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge: not negative, got " + maxAge);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: at least 1, got " + capacity);
        }
        this.maxAge = maxAge;
        this.capacity = capacity;
        this.clock = clock;
    }

    public Snapshot<V> get(K key, Supplier<V> compute) {
        if (maxAge.isZero()) {
            return computeNow(compute);
        }
        Slot<V> slot = slots.computeIfAbsent(key, k -> new Slot<>());
        Snapshot<V> held = slot.snapshot;
        if (held != null && fresh(slot, held)) {
            return held;
        }
        if (held != null && !slot.computing.tryLock()) {
            return held; // someone is computing the new one: the old one until then
        }
        if (held == null) {
            slot.computing.lock(); // the first snapshot: wait for the computation under way, if any
        }
        try {
            Snapshot<V> now = slot.snapshot;
            if (now != null && fresh(slot, now)) {
                return now;
            }
            Snapshot<V> computed = computeNow(compute);
            slot.took = Duration.between(computed.asOf(), Instant.now(clock));
            slot.snapshot = computed;
            trim();
            return computed;
        } finally {
            slot.computing.unlock();
        }
    }

    /** Drops every snapshot; the next request for each key computes anew. */
    public void clear() {
        slots.clear();
    }

    private Snapshot<V> computeNow(Supplier<V> compute) {
        Instant started = Instant.now(clock);
        return new Snapshot<>(compute.get(), started);
    }

    private boolean fresh(Slot<V> slot, Snapshot<V> snapshot) {
        Duration keep = slot.took.multipliedBy(COST_FACTOR);
        return Duration.between(snapshot.asOf(), Instant.now(clock)).compareTo(keep.compareTo(maxAge) > 0 ? keep : maxAge) < 0;
    }

    private void trim() {
        while (slots.size() > capacity) {
            var oldest = slots.entrySet().stream().filter(e -> e.getValue().snapshot != null)
                    .min(Comparator.comparing(e -> e.getValue().snapshot.asOf()));
            if (oldest.isEmpty()) {
                return; // the others are being computed for the first time: they stay
            }
            slots.remove(oldest.get().getKey(), oldest.get().getValue());
        }
    }
}

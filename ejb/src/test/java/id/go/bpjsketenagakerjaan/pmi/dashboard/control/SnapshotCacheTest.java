package id.go.bpjsketenagakerjaan.pmi.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SnapshotCacheTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-28T07:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    private final HandClock clock = new HandClock();
    private final SnapshotCache<String, Integer> cache = new SnapshotCache<>(Duration.ofSeconds(60), 3, clock);
    private final AtomicInteger computations = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private Integer compute() {
        return computations.incrementAndGet();
    }

    @Test
    void servesASnapshotUntilItIsAMinuteOldAndSaysWhenItWasTaken() {
        Instant first = clock.now;
        assertThat(cache.get("all", this::compute)).isEqualTo(new SnapshotCache.Snapshot<>(1, first));
        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.get("all", this::compute).value()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        SnapshotCache.Snapshot<Integer> renewed = cache.get("all", this::compute);
        assertThat(renewed.value()).isEqualTo(2);
        assertThat(renewed.asOf()).isEqualTo(first.plusSeconds(60));
    }

    @Test
    void aSnapshotThatTookLongIsKeptFiveTimesAsLongAsItsComputation() {
        cache.get("all", () -> {
            clock.advance(Duration.ofSeconds(100)); // computing took 100 s: kept until 500 s after it started
            return compute();
        });
        clock.advance(Duration.ofSeconds(399));
        assertThat(cache.get("all", this::compute).value()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("all", this::compute).value()).isEqualTo(2);
        // the quick recomputation brings the minute back
        clock.advance(Duration.ofSeconds(60));
        assertThat(cache.get("all", this::compute).value()).isEqualTo(3);
    }

    @Test
    void eachKeyHasItsOwnSnapshot() {
        assertThat(cache.get("2026-01", this::compute).value()).isEqualTo(1);
        assertThat(cache.get("2026-02", this::compute).value()).isEqualTo(2);
        assertThat(cache.get("2026-01", this::compute).value()).isEqualTo(1);
    }

    @Test
    void withoutAMaximumAgeEveryRequestComputes() {
        SnapshotCache<String, Integer> none = new SnapshotCache<>(Duration.ZERO, 3, clock);
        none.get("all", this::compute);
        assertThat(none.get("all", this::compute).value()).isEqualTo(2);
    }

    @Test
    void callersArrivingDuringTheFirstComputationWaitForItInsteadOfComputingAgain() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<SnapshotCache.Snapshot<Integer>> first = pool.submit(() -> cache.get("all", () -> {
            started.countDown();
            await(release);
            return compute();
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        Future<SnapshotCache.Snapshot<Integer>> second = pool.submit(() -> cache.get("all", this::compute));
        Thread.sleep(100);
        assertThat(second.isDone()).as("waits for the computation under way").isFalse();
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).value()).isEqualTo(1);
        assertThat(second.get(5, TimeUnit.SECONDS).value()).isEqualTo(1);
        assertThat(computations).hasValue(1);
    }

    @Test
    void whileOneCallerRecomputesAStaleSnapshotTheOthersGetTheOldOneAtOnce() throws Exception {
        cache.get("all", this::compute);
        clock.advance(Duration.ofMinutes(2));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<SnapshotCache.Snapshot<Integer>> refreshing = pool.submit(() -> cache.get("all", () -> {
            started.countDown();
            await(release);
            return compute();
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(cache.get("all", this::compute).value()).as("the old snapshot, not a second computation").isEqualTo(1);
        release.countDown();
        assertThat(refreshing.get(5, TimeUnit.SECONDS).value()).isEqualTo(2);
        assertThat(cache.get("all", this::compute).value()).isEqualTo(2);
    }

    @Test
    void aFailedComputationKeepsTheOldSnapshotAndTheNextCallerTriesAgain() {
        cache.get("all", this::compute);
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> cache.get("all", () -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");
        assertThat(cache.get("all", this::compute).value()).isEqualTo(2);
    }

    @Test
    void beyondItsCapacityTheOldestSnapshotGoes() {
        cache.get("a", this::compute);
        clock.advance(Duration.ofSeconds(1));
        cache.get("b", this::compute);
        clock.advance(Duration.ofSeconds(1));
        cache.get("c", this::compute);
        clock.advance(Duration.ofSeconds(1));
        cache.get("d", this::compute);
        assertThat(cache.get("b", this::compute).value()).as("still kept").isEqualTo(2);
        assertThat(cache.get("a", this::compute).value()).as("pushed out, computed again").isEqualTo(5);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

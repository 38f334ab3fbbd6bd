package id.go.bpjsketenagakerjaan.pmi.casework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadTallyTest {

    private Instant now = Instant.parse("2026-11-28T07:00:00Z");
    private final Map<String, Long> inDatabase = new HashMap<>(Map.of("ani", 5L, "budi", 2L));
    private final List<Collection<String>> reads = new ArrayList<>();

    private Map<String, Long> read(Collection<String> candidates) {
        reads.add(List.copyOf(candidates));
        Map<String, Long> found = new HashMap<>();
        candidates.stream().filter(inDatabase::containsKey).forEach(c -> found.put(c, inDatabase.get(c)));
        return found;
    }

    private WorkloadTally tally(Duration maxAge) {
        return new WorkloadTally(maxAge, new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
    }

    @Test
    void readsOnceWithinItsAgeAndCountsWhatThisInstanceAssigns() {
        WorkloadTally tally = tally(Duration.ofSeconds(30));
        assertThat(tally.of(List.of("ani", "budi", "citra"), this::read)).containsExactlyInAnyOrderEntriesOf(
                Map.of("ani", 5L, "budi", 2L, "citra", 0L));
        tally.assigned("citra");
        tally.assigned("citra");
        tally.assigned("budi");
        inDatabase.put("ani", 50L); // another instance's work: not seen until the next read
        now = now.plusSeconds(29);

        assertThat(tally.of(List.of("ani", "budi", "citra"), this::read)).containsExactlyInAnyOrderEntriesOf(
                Map.of("ani", 5L, "budi", 3L, "citra", 2L));
        assertThat(reads).hasSize(1);
    }

    @Test
    void readsAgainOnceOldAndForsakesItsOwnCounting() {
        WorkloadTally tally = tally(Duration.ofSeconds(30));
        tally.of(List.of("ani", "budi"), this::read);
        tally.assigned("budi");
        now = now.plusSeconds(30);

        assertThat(tally.of(List.of("ani", "budi"), this::read)).containsExactlyInAnyOrderEntriesOf(
                Map.of("ani", 5L, "budi", 2L));
        assertThat(reads).hasSize(2);
    }

    @Test
    void aCandidateNotYetCountedMakesItReadAtOnce() {
        WorkloadTally tally = tally(Duration.ofSeconds(30));
        tally.of(List.of("ani"), this::read);
        inDatabase.put("dewi", 7L);

        assertThat(tally.of(List.of("ani", "dewi"), this::read)).containsEntry("dewi", 7L);
        assertThat(reads).containsExactly(List.of("ani"), List.of("ani", "dewi"));
        tally.assigned("eko"); // not a candidate it knows: nothing to count
        assertThat(tally.of(List.of("ani", "dewi"), this::read)).doesNotContainKey("eko");
    }

    @Test
    void zeroAgeReadsEveryTimeAndANegativeOneIsRefused() {
        WorkloadTally tally = tally(Duration.ZERO);
        tally.of(List.of("ani"), this::read);
        tally.of(List.of("ani"), this::read);
        assertThat(reads).hasSize(2);
        assertThatThrownBy(() -> tally(Duration.ofSeconds(-1))).hasMessageContaining("maxAge");
    }
}

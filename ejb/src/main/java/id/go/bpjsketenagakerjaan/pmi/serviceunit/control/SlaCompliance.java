package id.go.bpjsketenagakerjaan.pmi.serviceunit.control;

import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaPolicy;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStage;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * SLA compliance without reading claims one by one. An open claim is <em>breached</em> when the clock of the stage
 * its status belongs to ({@link SlaStage#of}) has passed its deadline; the clock starts at the claim's last status
 * change (claim.status_changed_at), as in the claim lists. Because the due date only moves forward with the start
 * day, "breached now" is the same as "stage started before a cut-off instant" — one instant per stage, which a
 * grouped SQL query can compare with. Compliance = open claims not breached / open claims (claims in a status
 * without an agency clock, e.g. waiting for the claimant's documents, count as not breached).
 */
public final class SlaCompliance {

    private final SlaPolicy policy;

    public SlaCompliance(SlaPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The first start instant that is not yet breached at {@code now}: a clock of {@code stage} started before it
     * (in {@code zone}) has passed its deadline.
     */
    public Instant breachedIfStartedBefore(SlaStage stage, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        int target = policy.targetWorkingDays(stage);
        // the latest start day whose due date is already over; the due date never decreases as the start moves on
        LocalDate start = today;
        while (!policy.addWorkingDays(start, target).isBefore(today)) {
            start = start.minusDays(1);
        }
        return start.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The cut-off of every stage at {@code now}. */
    public Map<SlaStage, Instant> cutoffs(Instant now, ZoneId zone) {
        Map<SlaStage, Instant> cutoffs = new EnumMap<>(SlaStage.class);
        for (SlaStage stage : SlaStage.values()) {
            cutoffs.put(stage, breachedIfStartedBefore(stage, now, zone));
        }
        return cutoffs;
    }

    /** The statuses whose clock is the stage's. */
    public static Set<ClaimStatus> statusesOf(SlaStage stage) {
        Set<ClaimStatus> statuses = EnumSet.noneOf(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            if (SlaStage.of(status).filter(stage::equals).isPresent()) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    /** Whether a stage that ran from {@code startedAt} to {@code endedAt} finished before its deadline. */
    public boolean metTarget(SlaStage stage, Instant startedAt, Instant endedAt, ZoneId zone) {
        return endedAt.isBefore(policy.clock(stage, startedAt, zone).deadline());
    }

    /** Percentage (one decimal) of {@code part} in {@code whole}; null when there is nothing to measure. */
    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}

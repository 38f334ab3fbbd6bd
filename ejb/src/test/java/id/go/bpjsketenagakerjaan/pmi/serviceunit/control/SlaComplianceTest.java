package id.go.bpjsketenagakerjaan.pmi.serviceunit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaPolicy;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStage;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaComplianceTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private final SlaPolicy policy = SlaPolicy.withDefaultTargets(Set.of(LocalDate.of(2026, 3, 20)));
    private final SlaCompliance compliance = new SlaCompliance(policy);

    /** The cut-off agrees with the per-claim clock for every start instant over several weeks, holidays included. */
    @Test
    void cutoffMatchesTheClockOfEveryStart() {
        Instant now = LocalDate.of(2026, 3, 25).atTime(10, 30).atZone(WIB).toInstant();
        for (SlaStage stage : SlaStage.values()) {
            Instant cutoff = compliance.breachedIfStartedBefore(stage, now, WIB);
            for (Instant start = now.minus(Duration.ofDays(30)); start.isBefore(now); start = start.plus(Duration.ofHours(5))) {
                boolean breached = policy.clock(stage, start, WIB).status(now) == SlaStatus.BREACHED;
                assertEquals(breached, start.isBefore(cutoff), stage + " started " + start + ", cut-off " + cutoff);
            }
        }
    }

    @Test
    void intakeStartedTheWeekBeforeLastIsBreached() {
        // Wednesday 25 March: a start on Tuesday 17 is due today (Friday 20 is a holiday); Monday 16 was due yesterday
        Instant now = LocalDate.of(2026, 3, 25).atTime(9, 0).atZone(WIB).toInstant();
        Instant cutoff = compliance.breachedIfStartedBefore(SlaStage.INTAKE_VERIFICATION, now, WIB);
        assertEquals(LocalDate.of(2026, 3, 17).atStartOfDay(WIB).toInstant(), cutoff);
    }

    @Test
    void statusesOfStagesFollowSlaStage() {
        assertEquals(EnumSet.of(ClaimStatus.RECEIVED, ClaimStatus.VERIFICATION), SlaCompliance.statusesOf(SlaStage.INTAKE_VERIFICATION));
        assertEquals(EnumSet.of(ClaimStatus.AWAITING_APPROVAL), SlaCompliance.statusesOf(SlaStage.APPROVAL));
        assertTrue(SlaCompliance.statusesOf(SlaStage.ADJUDICATION).contains(ClaimStatus.APPEALED));
    }

    @Test
    void metTargetIsBeforeTheDeadline() {
        Instant start = LocalDate.of(2026, 3, 2).atTime(8, 0).atZone(WIB).toInstant(); // Monday
        Instant lastMinute = LocalDate.of(2026, 3, 4).atTime(23, 59).atZone(WIB).toInstant(); // approval: 2 working days
        assertTrue(compliance.metTarget(SlaStage.APPROVAL, start, lastMinute, WIB));
        assertFalse(compliance.metTarget(SlaStage.APPROVAL, start, lastMinute.plus(Duration.ofMinutes(1)), WIB));
    }

    @Test
    void percentHasOneDecimalAndNothingToMeasureIsNull() {
        assertEquals(new BigDecimal("66.7"), SlaCompliance.percent(2, 3));
        assertEquals(new BigDecimal("100.0"), SlaCompliance.percent(4, 4));
        assertNull(SlaCompliance.percent(0, 0));
    }
}

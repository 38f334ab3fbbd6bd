package id.go.bpjsketenagakerjaan.pmi.payout.control;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of "waiting for my approval"; {@code version} is what the page sends back with approve/reject/return. */
public record PendingApproval(long claimId, long version, String claimNo, String participantName, String benefitCode,
                              BigDecimal amount, String recommendedBy, String serviceUnit, Instant waitingSince,
                              int openSignals, int approvalsGiven, int approvalsRequired, String requiredLevel) {
}

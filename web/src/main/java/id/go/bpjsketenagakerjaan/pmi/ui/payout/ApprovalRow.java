package id.go.bpjsketenagakerjaan.pmi.ui.payout;

import id.go.bpjsketenagakerjaan.pmi.payout.control.PendingApproval;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** One row of the approval queue as the page keeps it (serializable, unlike the boundary's record). */
public record ApprovalRow(long claimId, long version, String claimNo, String participantName, String benefitCode,
                          BigDecimal amount, String recommendedBy, String serviceUnit, Instant waitingSince,
                          int openSignals, int approvalsGiven, int approvalsRequired, String requiredLevel)
        implements Serializable {

    static ApprovalRow of(PendingApproval p) {
        return new ApprovalRow(p.claimId(), p.version(), p.claimNo(), p.participantName(), p.benefitCode(), p.amount(),
                p.recommendedBy(), p.serviceUnit(), p.waitingSince(), p.openSignals(), p.approvalsGiven(),
                p.approvalsRequired(), p.requiredLevel());
    }

    public long daysWaiting() {
        return waitingSince == null ? 0 : Math.max(0, Duration.between(waitingSince, Instant.now()).toDays());
    }

    public boolean twoApprovals() {
        return approvalsRequired > 1;
    }
}

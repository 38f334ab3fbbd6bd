package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import jakarta.ejb.ApplicationException;

/** The approval policy said no; {@link #decision()} carries the verdict (routed up, maker, editor, ...). */
@ApplicationException(rollback = true)
public class ApprovalRefusedException extends PayoutException {

    private final transient ApprovalDecision decision;

    public ApprovalRefusedException(ApprovalDecision decision) {
        super(decision.message());
        this.decision = decision;
    }

    public ApprovalDecision decision() {
        return decision;
    }
}

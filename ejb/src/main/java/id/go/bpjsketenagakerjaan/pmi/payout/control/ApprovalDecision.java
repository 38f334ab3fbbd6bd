package id.go.bpjsketenagakerjaan.pmi.payout.control;

/**
 * The policy's answer for one approver and one claim. {@link #approvalNo} is the number this approval would get
 * (1 or 2) when allowed; {@link #requiredLevel} and {@link #approvalsRequired} say what the amount needs.
 */
public record ApprovalDecision(Verdict verdict, String message, int approvalNo, int approvalsRequired,
                               String requiredLevel) {

    public enum Verdict {
        /** This approval completes the claim's approvals: the claim becomes APPROVED. */
        APPROVE,
        /** This approval is recorded; another approver must still approve. */
        APPROVE_PARTIAL,
        /** The amount is above the approver's limit: a higher level must approve. */
        ROUTED_UP,
        REFUSED_NO_AMOUNT,
        REFUSED_MAKER,
        REFUSED_ADMIN,
        REFUSED_ALREADY_APPROVED,
        REFUSED_EDITOR,
        REFUSED_OPEN_SIGNALS,
        REFUSED_NO_AUTHORITY
    }

    public boolean allowed() {
        return verdict == Verdict.APPROVE || verdict == Verdict.APPROVE_PARTIAL;
    }

    public boolean completes() {
        return verdict == Verdict.APPROVE;
    }
}

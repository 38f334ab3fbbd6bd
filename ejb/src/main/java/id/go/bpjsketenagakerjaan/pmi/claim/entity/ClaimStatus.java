package id.go.bpjsketenagakerjaan.pmi.claim.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim stands. The allowed next states are listed here once; {@link Claim}'s intent methods are the only
 * way to move between them.
 */
public enum ClaimStatus {
    RECEIVED,
    DOCUMENTS_INCOMPLETE,
    VERIFICATION,
    INFORMATION_REQUESTED,
    ADJUDICATION,
    /** Recommended by an adjudicator; waits for a supervisor's approval. */
    AWAITING_APPROVAL,
    RETURNED_FOR_CORRECTION,
    APPROVED,
    PAID,
    CLOSED,
    REJECTED,
    WITHDRAWN,
    APPEALED;

    private Set<ClaimStatus> next;

    static {
        RECEIVED.next = EnumSet.of(DOCUMENTS_INCOMPLETE, VERIFICATION, REJECTED, WITHDRAWN);
        DOCUMENTS_INCOMPLETE.next = EnumSet.of(VERIFICATION, REJECTED, WITHDRAWN);
        VERIFICATION.next = EnumSet.of(ADJUDICATION, INFORMATION_REQUESTED, DOCUMENTS_INCOMPLETE, REJECTED, WITHDRAWN);
        INFORMATION_REQUESTED.next = EnumSet.of(VERIFICATION, ADJUDICATION, REJECTED, WITHDRAWN);
        ADJUDICATION.next = EnumSet.of(AWAITING_APPROVAL, INFORMATION_REQUESTED, REJECTED, WITHDRAWN);
        AWAITING_APPROVAL.next = EnumSet.of(APPROVED, RETURNED_FOR_CORRECTION, REJECTED);
        RETURNED_FOR_CORRECTION.next = EnumSet.of(AWAITING_APPROVAL, INFORMATION_REQUESTED, REJECTED, WITHDRAWN);
        APPROVED.next = EnumSet.of(PAID);
        PAID.next = EnumSet.of(CLOSED);
        CLOSED.next = EnumSet.of(VERIFICATION);
        REJECTED.next = EnumSet.of(APPEALED, VERIFICATION);
        WITHDRAWN.next = EnumSet.of(VERIFICATION);
        APPEALED.next = EnumSet.of(ADJUDICATION, REJECTED);
    }

    public boolean canMoveTo(ClaimStatus target) {
        return next.contains(target);
    }

    public Set<ClaimStatus> nextStates() {
        return EnumSet.copyOf(next);
    }

    /** States in which an adjudicator or supervisor still has work to do. */
    public boolean isOpen() {
        return this != PAID && this != CLOSED && this != REJECTED && this != WITHDRAWN;
    }
}

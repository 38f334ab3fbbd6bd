package id.go.bpjsketenagakerjaan.pmi.payout.boundary;

import java.io.Serializable;

/** What bulk approval did with one selected claim, and why when it did not approve it. */
public record BulkOutcome(long claimId, Status status, String verdict, String message) implements Serializable {

    public enum Status {
        APPROVED,
        /** The first of two approvals was recorded. */
        PARTIALLY_APPROVED,
        /** Above my limit: needs a higher level. */
        ROUTED_UP,
        /** The claim changed (or was decided) since it was shown: reload. */
        CHANGED_SINCE_SHOWN,
        /** Maker, editor, admin, already approved by me, unacknowledged signals, no authority, not awaiting approval. */
        REFUSED
    }

    public boolean approved() {
        return status == Status.APPROVED || status == Status.PARTIALLY_APPROVED;
    }
}

package id.go.bpjsketenagakerjaan.pmi.payout.control;

import java.io.Serializable;

/**
 * Narrows the approval queue: text in the claim number or participant name, a benefit code, a service unit; and
 * orders it by {@code sortField} (claimNo, participantName, benefitCode, amount, waitingSince; oldest first when null).
 */
public record PendingFilter(String text, String benefitCode, Long serviceUnitId, String sortField, boolean ascending) implements Serializable {

    public PendingFilter(String text, String benefitCode, Long serviceUnitId) {
        this(text, benefitCode, serviceUnitId, null, true);
    }

    public static PendingFilter none() {
        return new PendingFilter(null, null, null);
    }

    /** The JPQL path of the sort column over {@code Claim c}; an unknown field falls back to the waiting time. */
    String orderBy() {
        String path = switch (sortField == null ? "" : sortField) {
            case "claimNo" -> "c.claimNo";
            case "participantName" -> "c.participant.fullName";
            case "benefitCode" -> "c.benefitCode";
            case "amount" -> "c.recommendedAmount";
            default -> "c.statusChangedAt";
        };
        if (path.equals("c.statusChangedAt") && ascending) {
            // the queue's own order: with the status first (one value here) it walks ix_claim_status_changed in order
            return "c.status ASC, c.statusChangedAt ASC, c.id ASC";
        }
        return path + (ascending ? " ASC" : " DESC") + ", c.id ASC";
    }
}

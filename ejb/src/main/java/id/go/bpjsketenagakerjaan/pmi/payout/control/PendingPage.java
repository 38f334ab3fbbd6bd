package id.go.bpjsketenagakerjaan.pmi.payout.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * A page of the approval queue with the totals of the whole queue (not just the page). The count stops one past
 * {@code countCap}: above it the queue is "more than countCap" claims and {@code sum} is null (not added up).
 */
public record PendingPage(List<PendingApproval> rows, long count, BigDecimal sum, String myLevel, BigDecimal myLimit,
                          int countCap) {

    /** More claims wait than were counted. */
    public boolean capped() {
        return count > countCap;
    }
}

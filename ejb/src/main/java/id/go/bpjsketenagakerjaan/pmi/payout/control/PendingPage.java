package id.go.bpjsketenagakerjaan.pmi.payout.control;

import java.math.BigDecimal;
import java.util.List;

/** A page of the approval queue with the totals of the whole queue (not just the page). */
public record PendingPage(List<PendingApproval> rows, long count, BigDecimal sum, String myLevel, BigDecimal myLimit) {
}

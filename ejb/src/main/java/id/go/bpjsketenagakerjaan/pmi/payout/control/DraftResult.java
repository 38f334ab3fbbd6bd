package id.go.bpjsketenagakerjaan.pmi.payout.control;

import java.util.List;

/** What gathering approved claims into draft batches did: the batches touched and the claims left out, with why. */
public record DraftResult(List<BatchSummary> batches, int claimsAdded, List<String> skipped) {
}

package id.go.bpjsketenagakerjaan.pmi.payout.control;

import java.math.BigDecimal;
import java.util.List;

/** An accepted bank result file: what was paid and what failed (the failed references go to the correction queue). */
public record ReconciliationResult(String batchNo, int paidCount, BigDecimal paidSum, int failedCount, BigDecimal failedSum,
                                   List<String> failedReferences) {
}

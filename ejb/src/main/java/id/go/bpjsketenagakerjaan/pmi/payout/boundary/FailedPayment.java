package id.go.bpjsketenagakerjaan.pmi.payout.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of the correction queue: a failed transfer waiting for a corrected account and a re-issue. */
public record FailedPayment(long paymentId, long version, String reference, String batchNo, long claimId, String claimNo,
                            String payeeName, String bankCode, String accountNo, BigDecimal amount, String reason,
                            Instant failedAt) implements Serializable {
}

package id.go.bpjsketenagakerjaan.pmi.payout.boundary;

import id.go.bpjsketenagakerjaan.pmi.payout.entity.PaymentStatus;
import java.io.Serializable;
import java.math.BigDecimal;

/** One payment of a batch as the batch review shows it. */
public record BatchLine(long paymentId, String reference, long claimId, String claimNo, String payeeName, String bankCode,
                        String accountNo, BigDecimal amount, PaymentStatus status, String failureReason, String reissuedAs)
        implements Serializable {
}

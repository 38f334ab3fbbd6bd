package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.payout.entity.BatchStatus;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PaymentBatch;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A batch as lists and results show it. */
public record BatchSummary(long id, long version, String batchNo, String bankCode, LocalDate valueDate, BatchStatus status,
                           int lineCount, BigDecimal total, String fileSha256) {

    public static BatchSummary of(PaymentBatch batch) {
        return new BatchSummary(batch.getId(), batch.getVersion(), batch.getBatchNo(), batch.getBankCode(),
                batch.getValueDate(), batch.getStatus(), batch.getLineCount(), batch.getTotalAmount(), batch.getFileSha256());
    }
}

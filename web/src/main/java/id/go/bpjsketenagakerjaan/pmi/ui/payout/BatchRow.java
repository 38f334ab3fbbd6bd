package id.go.bpjsketenagakerjaan.pmi.ui.payout;

import id.go.bpjsketenagakerjaan.pmi.payout.control.BatchSummary;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.BatchStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment batch as the page keeps it (serializable copy of the boundary's summary). */
public record BatchRow(long id, long version, String batchNo, String bankCode, LocalDate valueDate, BatchStatus status,
                       int lineCount, BigDecimal total, String fileSha256) implements Serializable {

    static BatchRow of(BatchSummary s) {
        return new BatchRow(s.id(), s.version(), s.batchNo(), s.bankCode(), s.valueDate(), s.status(), s.lineCount(),
                s.total(), s.fileSha256());
    }

    public boolean draft() {
        return status == BatchStatus.DRAFT;
    }

    public boolean released() {
        return status == BatchStatus.RELEASED;
    }

    /** The bank file exists once the batch is released (and stays after reconciliation). */
    public boolean hasFile() {
        return status != BatchStatus.DRAFT;
    }
}

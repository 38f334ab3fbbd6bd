package id.go.bpjsketenagakerjaan.pmi.payout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An accepted bank result file: one per batch (UNIQUE batch_id), with its checksum and what it settled. */
@Entity
@Table(name = "reconciliation_record")
public class ReconciliationRecord {

    @Id
    @SequenceGenerator(name = "reconciliation_record_seq", sequenceName = "reconciliation_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_record_seq")
    private Long id;

    @Column(name = "batch_id", nullable = false, unique = true, updatable = false)
    private Long batchId;

    @Column(name = "file_sha256", nullable = false, updatable = false, length = 64)
    private String fileSha256;

    @Column(name = "paid_count", nullable = false, updatable = false)
    private int paidCount;

    @Column(name = "paid_sum", nullable = false, updatable = false, precision = 17, scale = 2)
    private BigDecimal paidSum;

    @Column(name = "failed_count", nullable = false, updatable = false)
    private int failedCount;

    @Column(name = "failed_sum", nullable = false, updatable = false, precision = 17, scale = 2)
    private BigDecimal failedSum;

    @Column(name = "imported_by", nullable = false, updatable = false, length = 60)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    protected ReconciliationRecord() {
    }

    public ReconciliationRecord(long batchId, String fileSha256, int paidCount, BigDecimal paidSum, int failedCount,
                                BigDecimal failedSum, String importedBy, Instant importedAt) {
        this.batchId = batchId;
        this.fileSha256 = fileSha256;
        this.paidCount = paidCount;
        this.paidSum = paidSum;
        this.failedCount = failedCount;
        this.failedSum = failedSum;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public Long getId() { return id; }
    public Long getBatchId() { return batchId; }
    public String getFileSha256() { return fileSha256; }
    public int getPaidCount() { return paidCount; }
    public BigDecimal getPaidSum() { return paidSum; }
    public int getFailedCount() { return failedCount; }
    public BigDecimal getFailedSum() { return failedSum; }
    public String getImportedBy() { return importedBy; }
    public Instant getImportedAt() { return importedAt; }
}

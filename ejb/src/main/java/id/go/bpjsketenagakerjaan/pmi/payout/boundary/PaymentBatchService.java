package id.go.bpjsketenagakerjaan.pmi.payout.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditDetail;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Payee;
import id.go.bpjsketenagakerjaan.pmi.payout.control.BatchSummary;
import id.go.bpjsketenagakerjaan.pmi.payout.control.DraftResult;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PaymentBatches;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ReconciliationResult;
import id.go.bpjsketenagakerjaan.pmi.payout.control.Reconciliations;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.BatchStatus;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PaymentBatch;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.Payment;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PaymentStatus;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Payment batches, the bank transfer file, the bank's result file and the correction queue. Each method is one
 * transaction: an import that is refused writes nothing.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class PaymentBatchService {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** Gathers approved, unpaid claims into DRAFT batches per bank for the value date ({@code bankCode} may be null). */
    public DraftResult draft(LocalDate valueDate, String bankCode) {
        Instant now = now();
        DraftResult result = new PaymentBatches(em).draft(valueDate, bankCode, caller(), now);
        for (BatchSummary batch : result.batches()) {
            audit.record(caller(), "PAYMENT_BATCH_DRAFTED", "batch:" + batch.batchNo(), AuditDetail.change()
                    .after("status", batch.status()).after("bank", batch.bankCode()).after("valueDate", batch.valueDate())
                    .after("lines", batch.lineCount()).after("total", batch.total())
                    .note(result.claimsAdded() + " klaim ditambahkan").toString(), now);
        }
        return result;
    }

    public List<BatchSummary> batches(BatchStatus status) {
        return em.createQuery("SELECT b FROM PaymentBatch b WHERE (:status IS NULL OR b.status = :status)"
                        + " ORDER BY b.valueDate DESC, b.id DESC", PaymentBatch.class)
                .setParameter("status", status).setMaxResults(500).getResultList().stream().map(BatchSummary::of).toList();
    }

    /** The payments of one batch in file order, for review. */
    public List<BatchLine> lines(long batchId) {
        PaymentBatch batch = em.find(PaymentBatch.class, batchId);
        if (batch == null) {
            throw new PayoutException("Batch " + batchId + " tidak ditemukan.");
        }
        List<BatchLine> lines = batch.getPayments().stream().map(p -> new BatchLine(p.getId(), p.getReference(), p.getClaim().getId(),
                p.getClaim().getClaimNo(), p.getPayeeName(), p.getBankCode(), p.getAccountNo(), p.getAmount(), p.getStatus(),
                p.getFailureReason(), p.getReissuedAs())).toList();
        // full account numbers on screen are a personal-data access: recorded for the auditors
        if (!lines.isEmpty()) {
            audit.record(caller(), "PERSONAL_DATA_VIEWED", "batch:" + batch.getBatchNo(),
                    "Nomor rekening lengkap " + lines.size() + " pembayaran", now());
        }
        return lines;
    }

    public BatchSummary release(long batchId, long seenVersion) {
        Instant now = now();
        PaymentBatch before = em.find(PaymentBatch.class, batchId);
        Object statusBefore = before == null ? null : before.getStatus();
        BatchSummary released = new PaymentBatches(em).release(batchId, seenVersion, caller(), now);
        audit.record(caller(), "PAYMENT_BATCH_RELEASED", "batch:" + released.batchNo(), AuditDetail.change()
                .field("status", statusBefore, released.status()).after("lines", released.lineCount())
                .after("total", released.total()).after("fileSha256", released.fileSha256()).toString(), now);
        return released;
    }

    /** The bank transfer file exactly as released (UTF-8 CSV); its SHA-256 is on the batch. */
    public String transferFile(long batchId) {
        return new PaymentBatches(em).file(batchId);
    }

    public boolean verify(long batchId) {
        return new PaymentBatches(em).verify(batchId);
    }

    /** Imports the bank's result file; refused as a whole (ReconciliationRefusedException) when anything is wrong. */
    public ReconciliationResult importResults(long batchId, String content) {
        Instant now = now();
        ReconciliationResult result = new Reconciliations(em).importResults(batchId, content, caller(), now);
        // the claims it marks paid are listed, so a claim's PAID is traceable to the bank's file
        List<String> paidClaims = em.createQuery("SELECT p.claim.claimNo FROM Payment p WHERE p.batch.id = :batch "
                + "AND p.status = :paid ORDER BY p.id", String.class).setParameter("batch", batchId)
                .setParameter("paid", PaymentStatus.PAID).getResultList();
        audit.record(caller(), "PAYMENT_BATCH_RECONCILED", "batch:" + result.batchNo(), AuditDetail.change()
                .field("status", BatchStatus.RELEASED, em.find(PaymentBatch.class, batchId).getStatus())
                .after("paid", result.paidCount()).after("paidSum", result.paidSum())
                .after("failed", result.failedCount()).after("failedSum", result.failedSum())
                .after("failedReferences", String.join(" ", result.failedReferences()))
                .note("klaim dibayar: " + String.join(" ", paidClaims)).toString(), now);
        return result;
    }

    public List<FailedPayment> failedPayments() {
        List<FailedPayment> failed = new PaymentBatches(em).failedQueue().stream().map(p -> new FailedPayment(p.getId(), p.getVersion(),
                p.getReference(), p.getBatch().getBatchNo(), p.getClaim().getId(), p.getClaim().getClaimNo(),
                p.getPayeeName(), p.getBankCode(), p.getAccountNo(), p.getAmount(), p.getFailureReason(),
                p.getSettledAt())).toList();
        if (!failed.isEmpty()) {
            audit.record(caller(), "PERSONAL_DATA_VIEWED", "payments:failed",
                    "Nomor rekening lengkap " + failed.size() + " pembayaran gagal", now());
        }
        return failed;
    }

    /** Re-issues a failed payment once, with the corrected account (or the claim's, when null); returns the new reference. */
    public String reissue(long paymentId, long seenVersion, Payee corrected, String note, LocalDate valueDate) {
        Instant now = now();
        Payment failed = em.find(Payment.class, paymentId);
        AuditDetail detail = AuditDetail.change();
        if (failed != null) {
            detail.before("reference", failed.getReference()).before("status", failed.getStatus())
                    .before("bank", failed.getBankCode()).before("account", failed.getAccountNo());
        }
        Payment reissued = new PaymentBatches(em).reissue(paymentId, seenVersion, corrected, note, valueDate, caller(), now);
        audit.record(caller(), "PAYMENT_REISSUED", "claim:" + reissued.getClaim().getClaimNo(), detail
                .after("reference", reissued.getReference()).after("status", reissued.getStatus())
                .after("bank", reissued.getBankCode()).after("account", reissued.getAccountNo()).note(note).toString(), now);
        return reissued.getReference();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}

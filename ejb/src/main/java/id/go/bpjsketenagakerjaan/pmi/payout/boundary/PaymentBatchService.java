package id.go.bpjsketenagakerjaan.pmi.payout.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.Payee;
import id.go.bpjsketenagakerjaan.pmi.payout.control.BatchSummary;
import id.go.bpjsketenagakerjaan.pmi.payout.control.DraftResult;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PaymentBatches;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ReconciliationResult;
import id.go.bpjsketenagakerjaan.pmi.payout.control.Reconciliations;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.BatchStatus;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PaymentBatch;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
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

    Clock clock = Clock.systemUTC();

    /** Gathers approved, unpaid claims into DRAFT batches per bank for the value date ({@code bankCode} may be null). */
    public DraftResult draft(LocalDate valueDate, String bankCode) {
        return new PaymentBatches(em).draft(valueDate, bankCode, caller(), now());
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
        return batch.getPayments().stream().map(p -> new BatchLine(p.getId(), p.getReference(), p.getClaim().getId(),
                p.getClaim().getClaimNo(), p.getPayeeName(), p.getBankCode(), p.getAccountNo(), p.getAmount(), p.getStatus(),
                p.getFailureReason(), p.getReissuedAs())).toList();
    }

    public BatchSummary release(long batchId, long seenVersion) {
        return new PaymentBatches(em).release(batchId, seenVersion, caller(), now());
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
        return new Reconciliations(em).importResults(batchId, content, caller(), now());
    }

    public List<FailedPayment> failedPayments() {
        return new PaymentBatches(em).failedQueue().stream().map(p -> new FailedPayment(p.getId(), p.getVersion(),
                p.getReference(), p.getBatch().getBatchNo(), p.getClaim().getId(), p.getClaim().getClaimNo(),
                p.getPayeeName(), p.getBankCode(), p.getAccountNo(), p.getAmount(), p.getFailureReason(),
                p.getSettledAt())).toList();
    }

    /** Re-issues a failed payment once, with the corrected account (or the claim's, when null); returns the new reference. */
    public String reissue(long paymentId, long seenVersion, Payee corrected, String note, LocalDate valueDate) {
        return new PaymentBatches(em).reissue(paymentId, seenVersion, corrected, note, valueDate, caller(), now())
                .getReference();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}

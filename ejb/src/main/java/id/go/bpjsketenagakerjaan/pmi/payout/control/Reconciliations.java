package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.payout.entity.BatchStatus;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.Payment;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PaymentBatch;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PaymentStatus;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ReconciliationRecord;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipYear;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the bank's result file to a RELEASED batch, all or nothing: the file is parsed and checked completely
 * ({@link ReconciliationCheck}) before anything is written; a refusal throws {@link ReconciliationRefusedException}
 * (rollback). Accepted: each payment PAID (and its claim markPaid) or FAILED (the claim's history notes it, the
 * payment waits in the correction queue), the batch RECONCILED, and a {@link ReconciliationRecord}.
 */
public class Reconciliations {

    private final EntityManager em;

    private final Scholarships scholarships;

    public Reconciliations(EntityManager em) {
        this.em = em;
        this.scholarships = new Scholarships(em);
    }

    public ReconciliationResult importResults(long batchId, String content, String actor, Instant now) {
        PaymentBatch batch = em.find(PaymentBatch.class, batchId);
        if (batch == null) {
            throw new PayoutException("Batch " + batchId + " tidak ditemukan.");
        }
        if (batch.getStatus() != BatchStatus.RELEASED) {
            throw new ReconciliationRefusedException(batch.getBatchNo(), List.of("Batch berstatus " + batch.getStatus()
                    + "; hanya batch yang sudah dirilis dan belum direkonsiliasi dapat menerima file hasil."));
        }
        Map<String, Payment> byReference = new LinkedHashMap<>();
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        for (Payment payment : batch.getPayments()) {
            byReference.put(payment.getReference(), payment);
            lines.put(payment.getReference(), payment.getAmount());
        }
        ReconciliationFile.Parsed parsed = ReconciliationFile.parse(content);
        List<String> problems = ReconciliationCheck.problems(new ReconciliationCheck.BatchFacts(batch.getBatchNo(),
                batch.getLineCount(), batch.getTotalAmount(), lines), parsed);
        List<String> notPending = byReference.values().stream().filter(p -> p.getStatus() != PaymentStatus.PENDING)
                .map(p -> "Pembayaran " + p.getReference() + " sudah berstatus " + p.getStatus() + ".").toList();
        if (!problems.isEmpty() || !notPending.isEmpty()) {
            List<String> all = new ArrayList<>(problems);
            all.addAll(notPending);
            throw new ReconciliationRefusedException(batch.getBatchNo(), all);
        }
        int paid = 0;
        int failed = 0;
        BigDecimal paidSum = BigDecimal.ZERO.setScale(2);
        BigDecimal failedSum = BigDecimal.ZERO.setScale(2);
        List<String> failedReferences = new ArrayList<>();
        for (ReconciliationFile.ResultRow row : parsed.rows()) {
            Payment payment = byReference.get(row.reference());
            if (row.result() == ReconciliationFile.Result.PAID) {
                payment.markPaid(actor, now);
                if (payment.getScholarshipYear() != null) {
                    ScholarshipYear year = payment.getScholarshipYear();
                    year.getSchedule().markPaid(year.getYearNo(), payment.getReference());
                } else {
                    payment.getClaim().markPaid(payment.getReference(), actor, now);
                    // a scholarship's first year is paid by the claim's own payment
                    scholarships.schedulesOf(payment.getClaim())
                            .forEach(schedule -> schedule.firstYearPaidWithClaim(payment.getReference()));
                }
                paid++;
                paidSum = paidSum.add(payment.getAmount());
            } else {
                payment.markFailed(row.reason(), actor, now);
                if (payment.getScholarshipYear() == null) {
                    payment.getClaim().paymentFailed(payment.getReference(), row.reason(), actor, now);
                } // a failed year stays READY; its payment waits in the correction queue like a claim's
                failed++;
                failedSum = failedSum.add(payment.getAmount());
                failedReferences.add(payment.getReference());
            }
        }
        batch.markReconciled(actor, now);
        em.persist(new ReconciliationRecord(batch.getId(), BankTransferFile.sha256(content), paid, paidSum, failed, failedSum,
                actor, now));
        em.flush();
        return new ReconciliationResult(batch.getBatchNo(), paid, paidSum, failed, failedSum, failedReferences);
    }
}

package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Payee;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.BatchStatus;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.Payment;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PaymentBatch;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PaymentStatus;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipYear;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Payment batches: gathers approved, unpaid claims (and proven, due scholarship years of paid claims) into one DRAFT
 * batch per bank code and value date, releases a batch (bank file + SHA-256, then immutable), verifies a released
 * file, and re-issues a failed payment under a new reference while voiding the old one. The database's UNIQUE (active_claim_id) on payment is the last word on "paid
 * at most once": a race between two drafts ends in a constraint violation and a rollback, never a double payment.
 */
public class PaymentBatches {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final EntityManager em;

    public PaymentBatches(EntityManager em) {
        this.em = em;
    }

    /** Adds every APPROVED claim without an active payment (of one bank when {@code bankCode} is given). */
    public DraftResult draft(LocalDate valueDate, String bankCode, String actor, Instant now) {
        String jpql = "SELECT c FROM Claim c WHERE c.status = :approved"
                + " AND NOT EXISTS (SELECT p FROM Payment p WHERE p.activeClaimId = c.id)"
                + (bankCode == null ? "" : " AND c.payee.bankCode = :bank") + " ORDER BY c.id";
        var query = em.createQuery(jpql, Claim.class).setParameter("approved", ClaimStatus.APPROVED);
        if (bankCode != null) {
            query.setParameter("bank", bankCode);
        }
        List<String> skipped = new ArrayList<>();
        Map<String, PaymentBatch> touched = new LinkedHashMap<>();
        int added = 0;
        for (Claim claim : query.getResultList()) {
            Payee payee = claim.getPayee();
            if (payee == null || payee.getBankCode() == null || payee.getAccountNo() == null) {
                skipped.add("Klaim " + claim.getClaimNo() + ": rekening penerima belum diisi.");
                continue;
            }
            PaymentBatch batch = touched.computeIfAbsent(payee.getBankCode(), bank -> draftBatch(bank, valueDate, actor, now));
            int attempt = attemptsOf(claim) + 1;
            batch.pay(claim, reference(claim, attempt), attempt, payee);
            added++;
        }
        // later scholarship years, once proven and due: paid to the claim's payee like a claim, at most once
        for (ScholarshipYear year : new Scholarships(em).payableYears(valueDate, bankCode)) {
            Claim claim = year.getSchedule().getClaim();
            Payee payee = claim.getPayee();
            if (payee == null || payee.getBankCode() == null || payee.getAccountNo() == null) {
                skipped.add("Beasiswa " + year.getSchedule().getChildName() + " tahun ke-" + year.getYearNo() + " (klaim "
                        + claim.getClaimNo() + "): rekening penerima belum diisi.");
                continue;
            }
            PaymentBatch batch = touched.computeIfAbsent(payee.getBankCode(), bank -> draftBatch(bank, valueDate, actor, now));
            int attempt = attemptsOf(claim) + 1;
            batch.payScholarshipYear(year, yearReference(claim, year, attempt), attempt, payee);
            em.flush(); // the next attempt number counts this payment
            added++;
        }
        em.flush();
        return new DraftResult(touched.values().stream().map(BatchSummary::of).toList(), added, skipped);
    }

    /** Fixes the file and checksum; afterwards the batch cannot change. */
    public BatchSummary release(long batchId, long seenVersion, String actor, Instant now) {
        PaymentBatch batch = batch(batchId);
        if (batch.getVersion() != seenVersion) {
            throw new PayoutException("Batch " + batch.getBatchNo() + " telah diubah sejak ditampilkan. Muat ulang.");
        }
        String file = transferFile(batch);
        batch.release(file, BankTransferFile.sha256(file), actor, now);
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            throw new PayoutException("Batch " + batch.getBatchNo() + " telah diubah orang lain. Muat ulang.");
        }
        return BatchSummary.of(batch);
    }

    /** The stored file still has the stored checksum, and is exactly what the batch's lines produce. */
    public boolean verify(long batchId) {
        PaymentBatch batch = batch(batchId);
        if (batch.getStatus() == BatchStatus.DRAFT) {
            return false;
        }
        return BankTransferFile.verify(batch.getFileContent(), batch.getFileSha256())
                && transferFile(batch).equals(batch.getFileContent());
    }

    public String file(long batchId) {
        PaymentBatch batch = batch(batchId);
        if (batch.getStatus() == BatchStatus.DRAFT) {
            throw new PayoutException("Batch " + batch.getBatchNo() + " belum dirilis; file bank dibuat saat rilis.");
        }
        return batch.getFileContent();
    }

    /** Failed payments waiting for a corrected account and a re-issue, oldest first. */
    public List<Payment> failedQueue() {
        return em.createQuery("SELECT p FROM Payment p WHERE p.status = :failed ORDER BY p.settledAt, p.id", Payment.class)
                .setParameter("failed", PaymentStatus.FAILED).getResultList();
    }

    /**
     * Re-issues a FAILED payment once: the account may be corrected (recorded on the claim), the old payment is
     * voided and a new one with a new reference joins the DRAFT batch of its bank for {@code valueDate}.
     */
    public Payment reissue(long paymentId, long seenVersion, Payee corrected, String note, LocalDate valueDate,
                           String actor, Instant now) {
        Payment failed = em.find(Payment.class, paymentId);
        if (failed == null) {
            throw new PayoutException("Pembayaran " + paymentId + " tidak ditemukan.");
        }
        if (failed.getVersion() != seenVersion) {
            throw new PayoutException("Pembayaran " + failed.getReference() + " telah diubah sejak ditampilkan"
                    + (failed.getReissuedAs() == null ? "" : " (diterbitkan ulang sebagai " + failed.getReissuedAs() + ")")
                    + ". Muat ulang.");
        }
        Claim claim = failed.getClaim();
        ScholarshipYear year = failed.getScholarshipYear();
        if (corrected != null && !corrected.equals(claim.getPayee())) {
            claim.correctPayee(corrected, note == null || note.isBlank() ? "koreksi setelah pembayaran " + failed.getReference()
                    + " gagal" : note, actor, now);
        }
        Payee payee = claim.getPayee();
        int attempt = attemptsOf(claim) + 1;
        String reference = year == null ? reference(claim, attempt) : yearReference(claim, year, attempt);
        failed.voidForReissue(reference, actor, now);
        try {
            em.flush(); // the old payment releases the claim's lock before the new one takes it
        } catch (OptimisticLockException lost) {
            throw new PayoutException("Pembayaran " + failed.getReference() + " telah diterbitkan ulang oleh orang lain. Muat ulang.");
        }
        PaymentBatch target = draftBatch(payee.getBankCode(), valueDate, actor, now);
        Payment reissued = year == null ? target.pay(claim, reference, attempt, payee)
                : target.payScholarshipYear(year, reference, attempt, payee);
        em.flush();
        return reissued;
    }

    private PaymentBatch draftBatch(String bankCode, LocalDate valueDate, String actor, Instant now) {
        List<PaymentBatch> drafts = em.createQuery("SELECT b FROM PaymentBatch b WHERE b.bankCode = :bank"
                        + " AND b.valueDate = :day AND b.status = :draft ORDER BY b.id", PaymentBatch.class)
                .setParameter("bank", bankCode).setParameter("day", valueDate).setParameter("draft", BatchStatus.DRAFT)
                .getResultList();
        if (!drafts.isEmpty()) {
            return drafts.get(0);
        }
        long existing = em.createQuery("SELECT COUNT(b) FROM PaymentBatch b WHERE b.bankCode = :bank AND b.valueDate = :day",
                Long.class).setParameter("bank", bankCode).setParameter("day", valueDate).getSingleResult();
        PaymentBatch batch = new PaymentBatch("BTR-" + bankCode + "-" + DAY.format(valueDate) + "-" + (existing + 1),
                bankCode, valueDate, actor, now);
        em.persist(batch);
        return batch;
    }

    private int attemptsOf(Claim claim) {
        return em.createQuery("SELECT COUNT(p) FROM Payment p WHERE p.claim = :claim", Long.class)
                .setParameter("claim", claim).getSingleResult().intValue();
    }

    /** Unique per claim and attempt, letters and digits only (banks' reference fields refuse most punctuation). */
    static String reference(Claim claim, int attempt) {
        return claim.getClaimNo().replaceAll("[^A-Za-z0-9]", "").toUpperCase() + "P" + attempt;
    }

    /** A later scholarship year: the claim's reference with the year, e.g. KLM2026000123Y2P3. */
    static String yearReference(Claim claim, ScholarshipYear year, int attempt) {
        return claim.getClaimNo().replaceAll("[^A-Za-z0-9]", "").toUpperCase() + "Y" + year.getYearNo() + "P" + attempt;
    }

    static String transferFile(PaymentBatch batch) {
        return BankTransferFile.write(batch.getPayments().stream().map(p -> new BankTransferFile.Line(p.getPayeeName(),
                p.getAccountNo(), p.getBankCode(), p.getAmount(), p.getReference())).toList());
    }

    private PaymentBatch batch(long batchId) {
        PaymentBatch batch = em.find(PaymentBatch.class, batchId);
        if (batch == null) {
            throw new PayoutException("Batch " + batchId + " tidak ditemukan.");
        }
        return batch;
    }
}

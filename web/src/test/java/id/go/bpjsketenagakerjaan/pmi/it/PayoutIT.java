package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ConcurrentChangeException;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalDecision;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalRefusedException;
import id.go.bpjsketenagakerjaan.pmi.payout.control.BankTransferFile;
import id.go.bpjsketenagakerjaan.pmi.payout.control.BatchSummary;
import id.go.bpjsketenagakerjaan.pmi.payout.control.DraftResult;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ReconciliationRefusedException;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ReconciliationResult;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.BatchStatus;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Payout on Payara Micro against the migrated H2 (Oracle mode): approvals, batches, the bank file, reconciliation. */
@ExtendWith(ArquillianExtension.class)
class PayoutIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.application().addClasses(PayoutIT.class, PayoutProbe.class);
    }

    @Resource(lookup = "java:app/jdbc/pmi")
    DataSource dataSource;

    @EJB
    PayoutProbe probe;

    private static String bank() {
        return "T" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }

    @Test
    void theDatabaseRefusesASecondActivePaymentOfTheSameClaim() throws Exception {
        String bank = bank();
        long claim = probe.approvedClaim(new BigDecimal("1500000"), bank);
        DraftResult draft = probe.draft(bank);
        assertEquals(1, draft.claimsAdded());
        long batchId = draft.batches().get(0).id();
        assertEquals(0, probe.draft(bank).claimsAdded(), "a claim with an active payment is not gathered again");

        try (Connection c = dataSource.getConnection()) {
            long otherBatch = nextId(c, "payment_batch_seq");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO payment_batch (id, batch_no, bank_code, value_date,"
                    + " status, created_by, created_at) VALUES (?, ?, ?, CURRENT_DATE, 'DRAFT', 'it', CURRENT_TIMESTAMP)")) {
                insert.setLong(1, otherBatch);
                insert.setString(2, "IT-" + otherBatch);
                insert.setString(3, bank);
                insert.executeUpdate();
            }
            for (long batch : new long[] {batchId, otherBatch}) {
                SQLException refused = assertThrows(SQLException.class, () -> insertPayment(c, batch, claim, claim, "PENDING"));
                assertTrue(refused.getMessage().toUpperCase().contains("UQ_PAYMENT_ACTIVE_CLAIM"), refused.getMessage());
            }
            // voided payments do not hold the lock, and a payment cannot pretend to be voided while active
            insertPayment(c, otherBatch, claim, null, "VOIDED");
            SQLException inconsistent = assertThrows(SQLException.class, () -> insertPayment(c, otherBatch, claim, null, "PENDING"));
            assertTrue(inconsistent.getMessage().toUpperCase().contains("CK_PAYMENT_ACTIVE"), inconsistent.getMessage());
            try (PreparedStatement count = c.prepareStatement(
                    "SELECT COUNT(*) FROM payment WHERE claim_id = ? AND status <> 'VOIDED'")) {
                count.setLong(1, claim);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    assertEquals(1, rows.getInt(1));
                }
            }
        }
    }

    @Test
    void aReleasedBatchHasAVerifiableFileAndCannotChange() {
        String bank = bank();
        long first = probe.approvedClaim(new BigDecimal("1500000"), bank);
        long second = probe.approvedClaim(new BigDecimal("2000000.50"), bank);
        BatchSummary draft = probe.draft(bank).batches().get(0);
        assertEquals(2, draft.lineCount());
        assertEquals(0, new BigDecimal("3500000.50").compareTo(draft.total()));

        BatchSummary released = probe.release(draft.id(), draft.version());
        assertEquals(BatchStatus.RELEASED, released.status());
        String file = probe.transferFile(draft.id());
        assertTrue(file.startsWith("beneficiary_name,account_no,bank_code,amount,reference\r\n"), file);
        assertTrue(file.contains(",2000000.50,"), file);
        assertEquals(BankTransferFile.sha256(file), released.fileSha256());
        assertTrue(probe.verify(draft.id()));

        long late = probe.approvedClaim(new BigDecimal("750000"), bank);
        PayoutException refused = assertThrows(PayoutException.class, () -> probe.addToBatch(draft.id(), late));
        assertTrue(refused.getMessage().contains("tidak dapat diubah"), refused.getMessage());
        assertThrows(PayoutException.class, () -> probe.release(draft.id(), released.version()));

        BatchSummary next = probe.draft(bank).batches().get(0);
        assertNotEquals(draft.id(), next.id(), "a claim approved later goes to a new batch");
        assertEquals(1, next.lineCount());
        assertEquals(file, probe.transferFile(draft.id()), "the released file is unchanged");
        assertTrue(probe.verify(draft.id()));
        assertTrue(file.contains("12345" + first) && file.contains("12345" + second), "both claims' accounts are in the file");
    }

    @Test
    void aReconciliationWithAWrongTotalIsRefusedWholeThenAFailedPaymentIsReissuedOnce() {
        String bank = bank();
        long paidClaim = probe.approvedClaim(new BigDecimal("1500000"), bank);
        long failedClaim = probe.approvedClaim(new BigDecimal("2000000"), bank);
        BatchSummary draft = probe.draft(bank).batches().get(0);
        probe.release(draft.id(), draft.version());
        String[] refs = BankTransferFile.read(probe.transferFile(draft.id())).stream()
                .map(BankTransferFile.Line::reference).toArray(String[]::new);
        String before = probe.snapshot(draft.id());

        String wrongTotal = "reference,status,amount,reason\r\n"
                + refs[0] + ",PAID,1500000.00,\r\n"
                + refs[1] + ",FAILED,2000000.00,Rekening tidak ditemukan\r\n"
                + "TOTAL,2,3600000.00,\r\n";
        ReconciliationRefusedException refused = assertThrows(ReconciliationRefusedException.class,
                () -> probe.reconcile(draft.id(), wrongTotal));
        assertTrue(refused.getMessage().contains("baris TOTAL file (Rp 3600000.00)"), refused.getMessage());
        assertEquals(before, probe.snapshot(draft.id()), "nothing was written");
        assertEquals("APPROVED", probe.claimStatus(paidClaim));

        ReconciliationResult accepted = probe.reconcile(draft.id(), wrongTotal.replace("3600000.00", "3500000.00"));
        assertEquals(1, accepted.paidCount());
        assertEquals(1, accepted.failedCount());
        assertEquals("PAID", probe.claimStatus(paidClaim));
        assertEquals("APPROVED", probe.claimStatus(failedClaim));
        assertThrows(ReconciliationRefusedException.class,
                () -> probe.reconcile(draft.id(), wrongTotal.replace("3600000.00", "3500000.00")), "a batch is reconciled once");

        long failedPayment = probe.paymentId(refs[1]);
        long seen = probe.paymentVersion(failedPayment);
        String reissued = probe.reissue(failedPayment, seen, "99887766");
        assertNotEquals(refs[1], reissued);
        assertTrue(reissued.endsWith("P2"), reissued);
        assertThrows(PayoutException.class, () -> probe.reissue(failedPayment, seen, "99887766"));
        assertThrows(PayoutException.class, () -> probe.reissue(failedPayment, probe.paymentVersion(failedPayment), "99887766"));
    }

    @Test
    void makerIsNeverCheckerLimitsRouteUpAndASecondApproverGetsAlreadyApproved() {
        String supervisor = probe.approver("SUPERVISOR");
        String branchHead = probe.approver("BRANCH_HEAD");
        String otherBranchHead = probe.approver("BRANCH_HEAD");
        String adjudicatorWithLevel = probe.approver("BRANCH_HEAD");
        long claim = probe.recommendedClaim(new BigDecimal("60000000"), adjudicatorWithLevel);
        long seen = probe.version(claim);

        ApprovalRefusedException maker = assertThrows(ApprovalRefusedException.class,
                () -> probe.approve(claim, seen, adjudicatorWithLevel));
        assertEquals(ApprovalDecision.Verdict.REFUSED_MAKER, maker.decision().verdict());
        ApprovalRefusedException routed = assertThrows(ApprovalRefusedException.class, () -> probe.approve(claim, seen, supervisor));
        assertEquals(ApprovalDecision.Verdict.ROUTED_UP, routed.decision().verdict());
        assertTrue(routed.getMessage().contains("BRANCH_HEAD"), routed.getMessage());
        assertEquals(seen, probe.version(claim), "refusals change nothing");

        assertEquals(ApprovalDecision.Verdict.APPROVE, probe.approve(claim, seen, branchHead).verdict());
        ConcurrentChangeException late = assertThrows(ConcurrentChangeException.class,
                () -> probe.approve(claim, seen, otherBranchHead));
        assertTrue(late.getMessage().contains("sudah disetujui oleh " + branchHead), late.getMessage());
        assertEquals("APPROVED", probe.claimStatus(claim));
        assertFalse(late.getMessage().isBlank());
    }

    @Test
    void theApprovalQueueShowsEachClaimsApprovalsOfItsCurrentCycle() {
        String deputy = probe.approver("DEPUTY_DIRECTOR");
        String otherDeputy = probe.approver("DEPUTY_DIRECTOR");
        long halfApproved = probe.recommendedClaim(new BigDecimal("200000000"), "it-adjudikator");
        long untouched = probe.recommendedClaim(new BigDecimal("210000000"), "it-adjudikator");
        assertEquals(ApprovalDecision.Verdict.APPROVE_PARTIAL, probe.approve(halfApproved, probe.version(halfApproved), deputy).verdict());

        // one page, read together: each row counts its own claim's approvals only
        Map<Long, String> shown = probe.approvalsShown(otherDeputy, "IT-PAY-");
        assertEquals("1/2", shown.get(halfApproved));
        assertEquals("0/2", shown.get(untouched));
        assertFalse(probe.approvalsShown(deputy, probe.claimNo(halfApproved)).containsKey(halfApproved),
                "the first approver does not see the claim again");
    }

    private static long nextId(Connection c, String sequence) throws SQLException {
        try (PreparedStatement next = c.prepareStatement("SELECT " + sequence + ".NEXTVAL FROM DUAL");
             ResultSet rows = next.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void insertPayment(Connection c, long batch, long claim, Long activeClaim, String status) throws SQLException {
        long id = nextId(c, "payment_seq");
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO payment (id, batch_id, claim_id, active_claim_id,"
                + " reference, attempt_no, payee_name, bank_code, account_no, amount, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'Duplikat', 'X', '12345', 10, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, batch);
            insert.setLong(3, claim);
            if (activeClaim == null) {
                insert.setNull(4, java.sql.Types.NUMERIC);
            } else {
                insert.setLong(4, activeClaim);
            }
            insert.setString(5, "DUP" + id);
            insert.setInt(6, (int) (id % 900) + 50);
            insert.setString(7, status);
            insert.executeUpdate();
        }
    }
}

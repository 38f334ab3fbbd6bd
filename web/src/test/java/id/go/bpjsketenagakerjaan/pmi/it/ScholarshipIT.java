package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimWorkflowService;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalDecision;
import id.go.bpjsketenagakerjaan.pmi.payout.control.BankTransferFile;
import id.go.bpjsketenagakerjaan.pmi.payout.control.BatchSummary;
import id.go.bpjsketenagakerjaan.pmi.payout.control.DraftResult;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ScholarshipView;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ScholarshipYearView;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ProofKind;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipEnd;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipYearStatus;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import id.go.bpjsketenagakerjaan.pmi.demo.DemoDataLoader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scholarship schedule on Payara Micro against the migrated H2: a death claim with two chosen children is
 * approved and paid (year 1 of both), year 2 is proven for one child and the other is stopped, and payment batches
 * pick up exactly the proven year, once.
 */
@ExtendWith(ArquillianExtension.class)
class ScholarshipIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withRoleProbes().addClasses(ScholarshipIT.class, ScholarshipProbe.class, PayoutProbe.class,
                Browser.class);
    }

    @Resource(lookup = "java:app/jdbc/pmi")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    @EJB
    ScholarshipProbe scholarships;

    @EJB
    PayoutProbe payout;

    @EJB
    AsAdjudicator adjudicator;

    @EJB
    AsSupervisor supervisor;

    @EJB
    ClaimWorkflowService workflow;

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    private static String bank() {
        return "S" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }

    @Test
    void twoChildrenOneProvenOneStoppedAndEachYearPaidExactlyOnce() throws Exception {
        String bank = bank();
        long claim = scholarships.recommendedDeathScholarship(bank, "it-adjudikator");
        String approver = payout.approver("SUPERVISOR");
        assertEquals(ApprovalDecision.Verdict.APPROVE, payout.approve(claim, payout.version(claim), approver).verdict());

        // one schedule per chosen child: the married eldest is left out, the youngest is beyond the limit of two
        List<ScholarshipView> planned = scholarships.schedules(claim, TODAY);
        assertEquals(2, planned.size(), planned.toString());
        ScholarshipView ani = planned.get(0);
        ScholarshipView bayu = planned.get(1);
        assertTrue(ani.childName().startsWith("Ani ") && bayu.childName().startsWith("Bayu "), planned.toString());
        assertEquals(13, ani.years().size(), "Ani is 10: years at 10..22");
        assertEquals(7, bayu.years().size(), "Bayu is 16: years at 16..22");
        assertYear(ani.years().get(0), ScholarshipYearStatus.READY, SchoolLevel.SD, "1500000");
        assertYear(bayu.years().get(0), ScholarshipYearStatus.READY, SchoolLevel.SMA, "3000000");
        assertTrue(ani.years().get(0).withClaim() && ani.years().get(0).proofKind() == ProofKind.CLAIM);
        assertEquals(ScholarshipYearStatus.PLANNED, ani.years().get(1).status());
        LocalDate year2 = ani.years().get(1).dueDate();
        assertEquals(TODAY.plusYears(1), year2);

        // the claim's own payment pays both first years: one line of Rp 4.500.000
        DraftResult first = scholarships.draft(TODAY, bank);
        assertEquals(1, first.claimsAdded(), first.toString());
        BatchSummary batch1 = first.batches().get(0);
        assertEquals(0, new BigDecimal("4500000").compareTo(batch1.total()));
        payout.release(batch1.id(), batch1.version());
        payout.reconcile(batch1.id(), allPaid(payout.transferFile(batch1.id())));
        assertEquals("PAID", payout.claimStatus(claim));
        List<ScholarshipView> afterClaim = scholarships.schedules(claim, TODAY);
        String claimRef = afterClaim.get(0).years().get(0).paymentReference();
        assertEquals(ScholarshipYearStatus.PAID, afterClaim.get(0).years().get(0).status());
        assertEquals(claimRef, afterClaim.get(1).years().get(0).paymentReference(), "both first years with the claim's payment");

        // through the boundary today: supervisors cannot record proof, and year 2 is not due yet
        long aniVersion = afterClaim.get(0).version();
        long aniId = afterClaim.get(0).id();
        EJBException forbidden = assertThrows(EJBException.class, () -> supervisor.call(() -> workflow.proveScholarshipYear(
                aniId, aniVersion, 2, SchoolLevel.SMP, ProofKind.OFFICER, null)));
        assertTrue(forbidden instanceof EJBAccessException || forbidden.getCause() instanceof EJBAccessException,
                forbidden.toString());
        PayoutException notDue = assertThrows(PayoutException.class, () -> adjudicator.call(() ->
                workflow.proveScholarshipYear(aniId, aniVersion, 2, SchoolLevel.SMP, ProofKind.OFFICER, null)));
        assertTrue(notDue.getMessage().contains("baru jatuh tempo pada " + year2), notDue.getMessage());
        InvalidInputException noDocument = assertThrows(InvalidInputException.class, () -> adjudicator.call(() ->
                workflow.proveScholarshipYear(aniId, aniVersion, 2, SchoolLevel.SMP, ProofKind.DOCUMENT, " ")));
        assertTrue(noDocument.concerns("proofNote"), noDocument.getMessage());

        // a year later: Ani's year 2 proven (now in SMP), Bayu works from the month before and is stopped
        assertTrue(scholarships.proveYear(aniId, aniVersion, 2, SchoolLevel.SMP, "Surat keterangan SMPN 1 Cirebon 421/88",
                year2).contains("SMP"));
        ScholarshipView bayuNow = scholarships.schedules(claim, year2).get(1);
        scholarships.stop(bayuNow.id(), bayuNow.version(), ScholarshipEnd.WORK, year2.minusMonths(1),
                "bekerja di PT Maju Jaya sejak " + year2.minusMonths(1), year2);
        List<ScholarshipView> decided = scholarships.schedules(claim, year2);
        assertYear(decided.get(0).years().get(1), ScholarshipYearStatus.READY, SchoolLevel.SMP, "2000000");
        assertEquals(ProofKind.DOCUMENT, decided.get(0).years().get(1).proofKind());
        ScholarshipView stopped = decided.get(1);
        assertEquals(ScholarshipEnd.WORK, stopped.endKind());
        assertEquals(year2.minusMonths(1), stopped.endedOn());
        assertTrue(stopped.endReason().contains("PT Maju Jaya"), stopped.endReason());
        assertEquals(ScholarshipYearStatus.PAID, stopped.years().get(0).status(), "the paid first year stays paid");
        assertTrue(stopped.years().stream().skip(1).allMatch(y -> y.status() == ScholarshipYearStatus.CANCELLED),
                stopped.years().toString());

        // the batch of that day holds exactly Ani's year 2; not before it is due, and never a second time
        assertEquals(0, scholarships.draft(year2.minusDays(1), bank).claimsAdded(), "not before the due date");
        DraftResult second = scholarships.draft(year2, bank);
        assertEquals(1, second.claimsAdded(), second.toString());
        BatchSummary batch2 = second.batches().get(0);
        assertEquals(1, batch2.lineCount());
        assertEquals(0, new BigDecimal("2000000").compareTo(batch2.total()));
        assertEquals(0, scholarships.draft(year2, bank).claimsAdded(), "a year with an active payment is not gathered again");
        assertEquals(0, scholarships.draft(year2.plusDays(1), bank).claimsAdded());
        List<String> payments = scholarships.payments(claim);
        assertEquals(2, payments.size(), payments.toString());
        String yearRef = payments.get(1).split(":")[0];
        assertTrue(payments.get(1).endsWith(":2000000.00:PENDING:Ani2"), payments.toString());
        assertTrue(yearRef.endsWith("Y2P2"), yearRef);

        // the database refuses a second active payment of the same year, whatever the code does
        long yearId = yearIdOf(yearRef);
        try (Connection c = dataSource.getConnection()) {
            SQLException refused = assertThrows(SQLException.class, () -> insertYearPayment(c, batch2.id(), claim, yearId));
            assertTrue(refused.getMessage().toUpperCase().contains("UQ_PAYMENT_ACTIVE_YEAR"), refused.getMessage());
        }

        payout.release(batch2.id(), batch2.version());
        assertTrue(payout.transferFile(batch2.id()).contains(",2000000.00," + yearRef));
        payout.reconcile(batch2.id(), allPaid(payout.transferFile(batch2.id())));
        ScholarshipYearView paid = scholarships.schedules(claim, year2).get(0).years().get(1);
        assertEquals(ScholarshipYearStatus.PAID, paid.status());
        assertEquals(yearRef, paid.paymentReference());
        assertEquals(0, scholarships.draft(year2, bank).claimsAdded(), "a paid year is never gathered again");
        assertEquals(0, scholarships.draft(year2.plusYears(1), bank).claimsAdded(), "year 3 is not proven: not paid");

        // the claim page shows each child's schedule in rupiah, with the proof, the stop and the payment
        Browser browser = new Browser(base);
        browser.login("adjudikator", DemoDataLoader.DEMO_PASSWORD);
        HttpResponse<String> page = browser.get("claim.xhtml?id=" + claim);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains(ani.childName()) && body.contains(bayu.childName()), "both children are shown");
        assertTrue(Pattern.compile("Rp[\\s\\u00A0]*2\\.000\\.000<").matcher(body).find(), "year 2 in rupiah");
        assertTrue(Pattern.compile("Rp[\\s\\u00A0]*3\\.000\\.000<").matcher(body).find(), "Bayu's first year in rupiah");
        assertTrue(body.contains("Surat keterangan SMPN 1 Cirebon 421/88"), "the proof document");
        assertTrue(body.contains("Berhenti: bekerja") && body.contains("PT Maju Jaya"), "the stop with its reason");
        assertTrue(body.contains(yearRef) && body.contains(claimRef), "the payment references");
        assertTrue(body.contains("Hentikan beasiswa"), "Ani's running schedule can be stopped by an adjudicator");
    }

    private static void assertYear(ScholarshipYearView year, ScholarshipYearStatus status, SchoolLevel level, String amount) {
        assertEquals(status, year.status(), year.toString());
        assertEquals(level, year.schoolLevel(), year.toString());
        assertEquals(0, new BigDecimal(amount).compareTo(year.amount()), year.toString());
    }

    /** The bank's result file saying every line of the transfer file was paid. */
    private static String allPaid(String transferFile) {
        List<BankTransferFile.Line> lines = BankTransferFile.read(transferFile);
        BigDecimal total = lines.stream().map(BankTransferFile.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return "reference,status,amount,reason\r\n"
                + lines.stream().map(l -> l.reference() + ",PAID," + l.amount().setScale(2).toPlainString() + ",\r\n")
                .collect(Collectors.joining())
                + "TOTAL," + lines.size() + "," + total.setScale(2).toPlainString() + ",\r\n";
    }

    private long yearIdOf(String reference) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT scholarship_year_id FROM payment WHERE reference = ?")) {
            q.setString(1, reference);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void insertYearPayment(Connection c, long batch, long claim, long year) throws SQLException {
        long id;
        try (PreparedStatement next = c.prepareStatement("SELECT payment_seq.NEXTVAL FROM DUAL");
             ResultSet rows = next.executeQuery()) {
            rows.next();
            id = rows.getLong(1);
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO payment (id, batch_id, claim_id, scholarship_year_id,"
                + " active_year_id, reference, attempt_no, payee_name, bank_code, account_no, amount, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, 77, 'Duplikat', 'X', '12345', 10, 'PENDING')")) {
            insert.setLong(1, id);
            insert.setLong(2, batch);
            insert.setLong(3, claim);
            insert.setLong(4, year);
            insert.setLong(5, year);
            insert.setString(6, "DUP" + id);
            insert.executeUpdate();
        }
    }
}

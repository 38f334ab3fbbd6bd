package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.go.bpjsketenagakerjaan.pmi.payout.boundary.BatchLine;
import id.go.bpjsketenagakerjaan.pmi.payout.boundary.PaymentBatchService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Full bank account numbers are personal data like a full NIK (whose view WorkflowIT checks): a supervisor who opens
 * a payment batch's lines sees them, and that view is in the audit trail with who and which batch.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataAuditIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withRoleProbes().addClasses(PersonalDataAuditIT.class, PayoutProbe.class);
    }

    @Resource(lookup = "java:app/jdbc/pmi")
    DataSource dataSource;

    @EJB
    PayoutProbe probe;

    @EJB
    AsSupervisor supervisor;

    @EJB
    PaymentBatchService batches;

    @Test
    void aSupervisorSeeingFullAccountNumbersOfABatchIsRecordedInTheAuditTrail() throws Exception {
        String bank = "T" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        probe.approvedClaim(new BigDecimal("1500000"), bank);
        var batch = probe.draft(bank).batches().get(0);
        long before = views("batch:" + batch.batchNo());
        List<BatchLine> lines = supervisor.call(() -> batches.lines(batch.id()));
        assertFalse(lines.isEmpty());
        assertFalse(lines.get(0).accountNo().contains("*"), "the supervisor sees the full account number");
        assertEquals(before + 1, views("batch:" + batch.batchNo()), "the view is recorded");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PERSONAL_DATA_VIEWED' AND subject = ?"
                + " AND actor = 'supervisor'", "batch:" + batch.batchNo()), "recorded as the supervisor who looked");
    }

    private long views(String subject) throws Exception {
        return count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PERSONAL_DATA_VIEWED' AND subject = ?", subject);
    }

    private long count(String sql, String subject) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, subject);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}

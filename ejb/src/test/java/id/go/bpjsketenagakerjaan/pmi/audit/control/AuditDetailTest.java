package id.go.bpjsketenagakerjaan.pmi.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AuditDetailTest {

    @Test
    void aChangeShowsOnlyTheFieldsThatMoved() {
        String text = AuditDetail.change()
                .field("limit", new BigDecimal("50000000"), new BigDecimal("75000000.00"))
                .field("approvals", 1, 1)
                .field("status", "APPROVED", "PAID")
                .note("batas baru\nsesuai SK")
                .toString();
        assertThat(text).isEqualTo("before: limit=50000000, status=APPROVED | after: limit=75000000.00, status=PAID"
                + " | note: batas baru sesuai SK");
    }

    @Test
    void equalAmountsWithDifferentScalesAreNotAChange() {
        assertThat(AuditDetail.change().field("amount", new BigDecimal("1.0"), new BigDecimal("1.00")).toString())
                .isEqualTo("before: (tidak berubah) | after: (tidak berubah)");
    }

    @Test
    void aCreationHasNoBeforeAndARemovalNoAfter() {
        assertThat(AuditDetail.change().after("date", "2027-01-01").after("source", null).toString())
                .isEqualTo("after: date=2027-01-01, source=-");
        assertThat(AuditDetail.change().before("date", "2027-01-01").toString()).isEqualTo("before: date=2027-01-01");
    }
}

package id.go.bpjsketenagakerjaan.pmi.claim.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.RejectionReason;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A slice of the management dashboard opened as a claims list: each part narrows the list exactly as the dashboard
 * counted it (null = any). Received dates and the approval month are days of WIB, as on the dashboard.
 *
 * @param unitName      the service unit by name (the dashboard groups claims by unit name)
 * @param approvalMonth claims now APPROVED, PAID or CLOSED whose latest approval fell in this month (payouts by month)
 * @param receivedFrom  first day received, inclusive
 * @param receivedTo    last day received, inclusive
 */
public record ClaimDrillDown(ClaimStatus status, String benefitCode, String unitName, RejectionReason rejectionReason,
                             YearMonth approvalMonth, LocalDate receivedFrom, LocalDate receivedTo) implements Serializable {

    public static ClaimDrillDown none() {
        return new ClaimDrillDown(null, null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(none());
    }
}

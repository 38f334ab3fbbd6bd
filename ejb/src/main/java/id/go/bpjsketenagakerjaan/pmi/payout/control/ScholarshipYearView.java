package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ProofKind;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipYear;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipYearStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One year of a child's scholarship as the claim page shows it; {@code provable} when proof may be recorded now. */
public record ScholarshipYearView(int yearNo, LocalDate dueDate, ScholarshipYearStatus status, SchoolLevel schoolLevel,
                                  BigDecimal amount, boolean withClaim, ProofKind proofKind, String proofNote,
                                  String proofBy, Instant proofAt, String note, String paymentReference,
                                  boolean provable) implements Serializable {

    static ScholarshipYearView of(ScholarshipYear y, boolean provable) {
        return new ScholarshipYearView(y.getYearNo(), y.getDueDate(), y.getStatus(), y.getSchoolLevel(), y.getAmount(),
                y.isWithClaim(), y.getProofKind(), y.getProofNote(), y.getProofBy(), y.getProofAt(), y.getNote(),
                y.getPaymentReference(), provable);
    }
}

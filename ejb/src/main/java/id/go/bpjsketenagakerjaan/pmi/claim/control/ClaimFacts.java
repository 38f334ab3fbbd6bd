package id.go.bpjsketenagakerjaan.pmi.claim.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the fraud checks compare between claims. {@code claimNo} is null for a claim not yet saved; {@code nik},
 * {@code passportNo} and the bank fields may be null (many re-entry workers have no NIK; in-kind benefits have no
 * account).
 */
public record ClaimFacts(String claimNo, long participantId, String nik, String passportNo, String benefitCode,
                         LocalDate incidentDate, BigDecimal claimedAmount, String bankAccountNumber,
                         String bankAccountHolder) {

    public ClaimFacts {
        Objects.requireNonNull(benefitCode, "benefitCode");
        Objects.requireNonNull(incidentDate, "incidentDate");
        Objects.requireNonNull(claimedAmount, "claimedAmount");
    }
}

package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import jakarta.ejb.ApplicationException;

/** The same participant already has a live claim for this benefit and incident: a natural duplicate. */
@ApplicationException(rollback = true)
public class DuplicateClaimException extends RuntimeException {

    private final String existingClaimNo;

    public DuplicateClaimException(String existingClaimNo, String benefitCode) {
        super("Peserta ini sudah memiliki klaim " + existingClaimNo + " untuk manfaat " + benefitCode
                + " atas kejadian yang sama.");
        this.existingClaimNo = existingClaimNo;
    }

    public String existingClaimNo() {
        return existingClaimNo;
    }
}

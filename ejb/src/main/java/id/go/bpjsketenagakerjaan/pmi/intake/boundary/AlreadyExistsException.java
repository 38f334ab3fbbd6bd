package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A natural duplicate that is not a claim: the participant (by NIK or passport) is already registered, or the same
 * file was already imported. 409 with the existing resource.
 */
@ApplicationException(rollback = true)
public class AlreadyExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String existing;

    public AlreadyExistsException(String message, String existing) {
        super(message);
        this.existing = existing;
    }

    /** The id or number of what already exists. */
    public String existing() {
        return existing;
    }
}

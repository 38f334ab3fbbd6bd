package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import jakarta.ejb.ApplicationException;

/** The claim, participant or import asked for does not exist (or is not visible to the client): 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}

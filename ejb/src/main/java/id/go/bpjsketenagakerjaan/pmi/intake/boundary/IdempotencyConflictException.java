package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import jakarta.ejb.ApplicationException;

/** The Idempotency-Key was used before with a different request, or its first request is still running: 409. */
@ApplicationException(rollback = true)
public class IdempotencyConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyConflictException(String message) {
        super(message);
    }
}

package id.go.bpjsketenagakerjaan.pmi.claim.boundary;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record since it was shown; the message says who and when, and asks for a reload. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}

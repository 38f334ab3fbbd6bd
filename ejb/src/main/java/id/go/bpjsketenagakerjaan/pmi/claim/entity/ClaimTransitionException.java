package id.go.bpjsketenagakerjaan.pmi.claim.entity;

import jakarta.ejb.ApplicationException;

/** A step the claim's state does not allow; the message says which and why, for the user who tried it. */
@ApplicationException(rollback = true)
public class ClaimTransitionException extends RuntimeException {

    public ClaimTransitionException(String message) {
        super(message);
    }
}

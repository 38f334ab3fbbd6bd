package id.go.bpjsketenagakerjaan.pmi.payout.entity;

import jakarta.ejb.ApplicationException;

/** A payout step that is refused; the message (Indonesian) tells the user what and why. Rolls the transaction back. */
@ApplicationException(rollback = true)
public class PayoutException extends RuntimeException {

    public PayoutException(String message) {
        super(message);
    }
}

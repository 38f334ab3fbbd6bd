package id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A row-level refusal: a branch officer asked for a service unit other than their own. An application exception, so
 * the caller receives it as is (not wrapped) and can show a clear message.
 */
@ApplicationException(rollback = true)
public class UnitAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnitAccessDeniedException(String message) {
        super(message);
    }
}

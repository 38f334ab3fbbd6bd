package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import jakarta.ejb.ApplicationException;

/** The client is authenticated but not granted the scope of this endpoint: 403. */
@ApplicationException(rollback = true)
public class ScopeDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScopeDeniedException(String client, String scope) {
        super("Klien " + client + " tidak memiliki izin " + scope + " untuk titik akhir ini.");
    }
}

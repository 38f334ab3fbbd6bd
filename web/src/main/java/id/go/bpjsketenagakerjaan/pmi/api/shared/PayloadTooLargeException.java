package id.go.bpjsketenagakerjaan.pmi.api.shared;

/** The request body is larger than the API accepts: 413. */
public class PayloadTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long limit) {
        super("Isi permintaan melebihi batas " + limit + " byte.");
    }
}

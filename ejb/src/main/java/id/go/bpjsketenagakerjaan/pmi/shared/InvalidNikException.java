package id.go.bpjsketenagakerjaan.pmi.shared;

/** Thrown when a string is not a valid NIK; the message names what is wrong, in Bahasa Indonesia. */
public class InvalidNikException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidNikException(String message) {
        super(message);
    }
}

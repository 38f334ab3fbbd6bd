package id.go.bpjsketenagakerjaan.pmi.shared;

import java.util.Objects;

/**
 * One problem with one input field, for a form to show next to the field.
 *
 * @param field   the input's name as the form knows it, e.g. {@code "nik"} or {@code "placement.contractMonths"}
 * @param message what is wrong, in Bahasa Indonesia
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}

package id.go.bpjsketenagakerjaan.pmi.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input refused by a rule, naming each field and what is wrong with it in Bahasa Indonesia. Thrown by the
 * rules (plain Java) and passed through the boundaries unchanged: it is an EJB application exception, so the
 * caller receives it as is (not wrapped in an {@code EJBException}) and the transaction is rolled back, so
 * nothing of the refused request is written. The annotation is only metadata; the class needs no container.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** Throws when {@code errors} is not empty. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The field of the first problem. */
    public String field() {
        return errors.get(0).field();
    }

    /** True when one of the problems is about {@code field}. */
    public boolean concerns(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    private static String summary(List<FieldError> errors) {
        if (errors == null || errors.isEmpty()) {
            throw new IllegalArgumentException("InvalidInputException tanpa kesalahan");
        }
        return String.join("; ", errors.stream().map(FieldError::toString).toList());
    }
}

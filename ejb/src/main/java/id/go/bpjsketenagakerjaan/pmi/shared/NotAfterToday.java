package id.go.bpjsketenagakerjaan.pmi.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date on or before today in Jakarta (WIB), the agency's business day. {@code @PastOrPresent} compares with the
 * server's own zone: on a UTC server every date from 00:00 to 07:00 WIB was refused as "in the future".
 * {@code null} is valid (pair with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = NotAfterTodayValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotAfterToday {

    String message() default "tidak boleh di masa depan";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

package id.go.bpjsketenagakerjaan.pmi.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Checks {@link NotAfterToday} against today's date in Jakarta, whatever the server's zone. */
public class NotAfterTodayValidator implements ConstraintValidator<NotAfterToday, LocalDate> {

    /** The agency's business day is Jakarta's (WIB), whatever the server's own zone. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Jakarta");

    private final Clock clock;

    public NotAfterTodayValidator() {
        this(Clock.system(BUSINESS_ZONE));
    }

    NotAfterTodayValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || !value.isAfter(LocalDate.now(clock.withZone(BUSINESS_ZONE)));
    }
}

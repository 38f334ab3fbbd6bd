package id.go.bpjsketenagakerjaan.pmi.casework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayFormTest {

    @Test
    void aCompleteFormIsTrimmed() {
        HolidayForm form = new HolidayForm(LocalDate.of(2027, 3, 10), "  Idulfitri 1448 H ", false, true, "  ").checked();
        assertThat(form.name()).isEqualTo("Idulfitri 1448 H");
        assertThat(form.source()).isNull();
        assertThat(form.awaitingConfirmation()).isTrue();
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> new HolidayForm(null, " ", true, false, "x".repeat(201)).checked())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("date", "name", "source"));
    }

    @Test
    void aDateFarOutsideTheCalendarIsRefused() {
        assertThatThrownBy(() -> new HolidayForm(LocalDate.of(1999, 12, 31), "Tahun Baru", false, false, null).checked())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("date"));
    }
}

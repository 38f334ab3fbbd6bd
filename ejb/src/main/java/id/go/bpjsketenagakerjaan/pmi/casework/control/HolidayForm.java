package id.go.bpjsketenagakerjaan.pmi.casework.control;

import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A holiday as an administrator enters it from the joint decree (SKB). Checked whole: every problem is reported at
 * once with its field.
 *
 * @param cutiBersama a joint leave day rather than a national holiday; offices close either way
 * @param awaitingConfirmation the date is not yet decreed (an estimate), shown as such until confirmed
 * @param source the decree it comes from, e.g. "SKB 1497/2025"
 */
public record HolidayForm(LocalDate date, String name, boolean cutiBersama, boolean awaitingConfirmation, String source)
        implements Serializable {

    public static final int MAX_TEXT = 200;

    /** The form with blanks trimmed, or {@link InvalidInputException} naming each wrong field. */
    public HolidayForm checked() {
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new FieldError("date", "Tanggal libur wajib diisi."));
        } else if (date.getYear() < 2000 || date.getYear() > 2100) {
            errors.add(new FieldError("date", "Tanggal libur harus antara tahun 2000 dan 2100: " + date));
        }
        String trimmedName = name == null ? "" : name.strip();
        if (trimmedName.isEmpty()) {
            errors.add(new FieldError("name", "Nama hari libur wajib diisi."));
        } else if (trimmedName.length() > MAX_TEXT) {
            errors.add(new FieldError("name", "Nama hari libur paling banyak " + MAX_TEXT + " karakter."));
        }
        String trimmedSource = source == null || source.isBlank() ? null : source.strip();
        if (trimmedSource != null && trimmedSource.length() > MAX_TEXT) {
            errors.add(new FieldError("source", "Dasar penetapan paling banyak " + MAX_TEXT + " karakter."));
        }
        InvalidInputException.throwIfAny(errors);
        return new HolidayForm(date, trimmedName, cutiBersama, awaitingConfirmation, trimmedSource);
    }
}

package id.go.bpjsketenagakerjaan.pmi.security.control;

import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password a user chooses for themselves must be: at least {@value #MIN_LENGTH} characters (length is what
 * resists guessing), three of the four kinds upper case, lower case, digit and sign (so it is not one dictionary word),
 * not containing the username, different from the current one, and typed the same twice. The one-time passwords of
 * {@link OneTimePasswords} meet it. Messages in Bahasa Indonesia, each naming its field: {@code currentPassword},
 * {@code newPassword}, {@code repeatPassword}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** The login form accepts no more. */
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /**
     * @param currentMatches whether {@code current} is the user's present password (checked against its hash by the
     *                       caller, which alone holds it)
     */
    public static List<FieldError> problems(String username, String current, boolean currentMatches, String chosen,
                                            String repeat) {
        List<FieldError> errors = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            errors.add(new FieldError("currentPassword", "Kata sandi saat ini: wajib diisi"));
        } else if (!currentMatches) {
            errors.add(new FieldError("currentPassword", "Kata sandi saat ini: salah"));
        }
        if (chosen == null || chosen.isEmpty()) {
            errors.add(new FieldError("newPassword", "Kata sandi baru: wajib diisi"));
        } else {
            if (chosen.length() < MIN_LENGTH) {
                errors.add(new FieldError("newPassword", "Kata sandi baru: paling sedikit " + MIN_LENGTH + " karakter"));
            } else if (chosen.length() > MAX_LENGTH) {
                errors.add(new FieldError("newPassword", "Kata sandi baru: paling banyak " + MAX_LENGTH + " karakter"));
            }
            if (kinds(chosen) < 3) {
                errors.add(new FieldError("newPassword",
                        "Kata sandi baru: pakai paling sedikit tiga dari huruf besar, huruf kecil, angka dan tanda baca"));
            }
            if (username != null && !username.isBlank()
                    && chosen.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("newPassword", "Kata sandi baru: tidak boleh memuat nama pengguna"));
            }
            if (chosen.equals(current)) {
                errors.add(new FieldError("newPassword", "Kata sandi baru: harus berbeda dari kata sandi saat ini"));
            }
        }
        if (repeat == null || repeat.isEmpty()) {
            errors.add(new FieldError("repeatPassword", "Ulangi kata sandi baru: wajib diisi"));
        } else if (!repeat.equals(chosen)) {
            errors.add(new FieldError("repeatPassword", "Ulangi kata sandi baru: tidak sama dengan kata sandi baru"));
        }
        return errors;
    }

    private static int kinds(String password) {
        boolean upper = false, lower = false, digit = false, sign = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                sign = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (sign ? 1 : 0);
    }
}

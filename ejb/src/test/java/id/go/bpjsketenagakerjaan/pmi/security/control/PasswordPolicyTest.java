package id.go.bpjsketenagakerjaan.pmi.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aLongMixedPasswordTypedTwiceIsAccepted() {
        assertEquals(List.of(), PasswordPolicy.problems("siti", "Demo#2026", true, "Kebun-Teh-Puncak-7", "Kebun-Teh-Puncak-7"));
    }

    @Test
    void anEmptyFormNamesEveryField() {
        assertEquals(List.of("currentPassword", "newPassword", "repeatPassword"),
                fields(PasswordPolicy.problems("siti", "", false, "", null)));
    }

    @Test
    void aWrongCurrentPasswordIsNamed() {
        List<FieldError> errors = PasswordPolicy.problems("siti", "salah", false, "Kebun-Teh-Puncak-7", "Kebun-Teh-Puncak-7");
        assertEquals(List.of("currentPassword"), fields(errors));
        assertTrue(errors.get(0).message().startsWith("Kata sandi saat ini"), errors.toString());
    }

    @Test
    void aShortPasswordIsRefusedWithTheMinimum() {
        List<FieldError> errors = PasswordPolicy.problems("siti", "Demo#2026", true, "Ab1#xyz", "Ab1#xyz");
        assertEquals(List.of("newPassword"), fields(errors));
        assertTrue(errors.get(0).message().contains("12 karakter"), errors.toString());
    }

    @Test
    void oneKindOfCharacterIsNotEnoughHoweverLong() {
        assertEquals(List.of("newPassword"), fields(PasswordPolicy.problems("siti", "Demo#2026", true,
                "kebuntehpuncakbogor", "kebuntehpuncakbogor")));
        // two kinds are not enough either; three are
        assertEquals(List.of("newPassword"), fields(PasswordPolicy.problems("siti", "Demo#2026", true,
                "kebuntehpuncak2026", "kebuntehpuncak2026")));
        assertEquals(List.of(), PasswordPolicy.problems("siti", "Demo#2026", true, "Kebuntehpuncak2026", "Kebuntehpuncak2026"));
    }

    @Test
    void theUsernameMayNotBeInThePassword() {
        assertEquals(List.of("newPassword"), fields(PasswordPolicy.problems("Siti.Rahma", "Demo#2026", true,
                "XXsiti.rahma#2026", "XXsiti.rahma#2026")));
    }

    @Test
    void theCurrentPasswordCannotBeKept() {
        assertEquals(List.of("newPassword"), fields(PasswordPolicy.problems("siti", "Kebun-Teh-Puncak-7", true,
                "Kebun-Teh-Puncak-7", "Kebun-Teh-Puncak-7")));
    }

    @Test
    void aMismatchedRepeatIsNamedOnTheRepeatField() {
        List<FieldError> errors = PasswordPolicy.problems("siti", "Demo#2026", true, "Kebun-Teh-Puncak-7", "Kebun-Teh-Puncak-8");
        assertEquals(List.of("repeatPassword"), fields(errors));
        assertTrue(errors.get(0).message().contains("tidak sama"), errors.toString());
    }

    @Test
    void everyOneTimePasswordMeetsThePolicy() {
        OneTimePasswords passwords = new OneTimePasswords(new SecureRandom(new byte[] {7}));
        for (int i = 0; i < 200; i++) {
            String password = passwords.next();
            assertEquals(List.of(), PasswordPolicy.problems("petugas", "lama", true, password, password), password);
        }
    }
}

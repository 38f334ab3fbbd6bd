package id.go.bpjsketenagakerjaan.pmi.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimePasswordsTest {

    private static boolean any(String password, String alphabet) {
        return password.chars().anyMatch(c -> alphabet.indexOf(c) >= 0);
    }

    @Test
    void everyValueHasEachKindOfCharacterAndNoLookAlikes() {
        OneTimePasswords passwords = new OneTimePasswords(new SecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String password = passwords.next();
            assertEquals(OneTimePasswords.LENGTH, password.length());
            assertTrue(any(password, OneTimePasswords.UPPER), password);
            assertTrue(any(password, OneTimePasswords.LOWER), password);
            assertTrue(any(password, OneTimePasswords.DIGITS), password);
            assertTrue(any(password, OneTimePasswords.SIGNS), password);
            assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
            seen.add(password);
        }
        assertEquals(500, seen.size(), "no value repeats");
    }
}

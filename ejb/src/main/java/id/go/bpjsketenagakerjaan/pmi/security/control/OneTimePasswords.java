package id.go.bpjsketenagakerjaan.pmi.security.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Random passwords an administrator hands over once (new user, reset). Characters that are easy to misread when
 * read out or copied from a screen (0/O, 1/l/I) are left out; every value has an upper- and a lower-case letter, a
 * digit and a sign, so it passes any usual password rule.
 */
public final class OneTimePasswords {

    static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    static final String DIGITS = "23456789";
    static final String SIGNS = "#%+=?@";
    public static final int LENGTH = 14;

    private final SecureRandom random;

    public OneTimePasswords(SecureRandom random) {
        this.random = random;
    }

    public String next() {
        List<Character> chars = new ArrayList<>(LENGTH);
        chars.add(pick(UPPER));
        chars.add(pick(LOWER));
        chars.add(pick(DIGITS));
        chars.add(pick(SIGNS));
        String all = UPPER + LOWER + DIGITS + SIGNS;
        while (chars.size() < LENGTH) {
            chars.add(pick(all));
        }
        Collections.shuffle(chars, random);
        StringBuilder password = new StringBuilder(LENGTH);
        chars.forEach(password::append);
        return password.toString();
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}

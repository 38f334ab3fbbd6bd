package id.go.bpjsketenagakerjaan.pmi.shared;

/** Hides most of an identity or account number in lists; the full value is shown only to roles that need it. */
public final class Masking {

    private Masking() {
    }

    /** Keeps the region code (first 4) and the last 2 digits: "3201**********07". */
    public static String nik(String nik) {
        return keep(nik, 4, 2);
    }

    /** Keeps the last 4 characters of a passport or bank account number. */
    public static String lastFour(String value) {
        return keep(value, 0, 4);
    }

    private static String keep(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}

package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import java.util.Arrays;

/** The protection phase on a given day. The one-letter codes are those of the benefit catalogue (B, D, A). */
public enum Phase {
    BEFORE("B", "sebelum bekerja"),
    DURING("D", "selama bekerja"),
    AFTER("A", "setelah bekerja"),
    /** Not covered on that day. Never appears in a benefit rule. */
    NONE("-", "tidak terlindungi");

    private final String code;
    private final String labelId;

    Phase(String code, String labelId) {
        this.code = code;
        this.labelId = labelId;
    }

    public String code() {
        return code;
    }

    public String labelId() {
        return labelId;
    }

    /** The phase for a catalogue code ("B", "D" or "A"). */
    public static Phase fromCode(String code) {
        return Arrays.stream(values())
                .filter(p -> p != NONE && p.code.equalsIgnoreCase(code.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Kode fase tidak dikenal: " + code));
    }
}

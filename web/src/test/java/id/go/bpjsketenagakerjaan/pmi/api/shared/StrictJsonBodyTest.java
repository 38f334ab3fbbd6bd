package id.go.bpjsketenagakerjaan.pmi.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictJsonBodyTest {

    private static byte[] bytes(String prefix, int... tail) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = 0; i < tail.length; i++) {
            all[head.length + i] = (byte) tail[i];
        }
        return all;
    }

    @Test
    void wellFormedUtf8PassesWhateverTheScript() {
        assertThat(StrictJsonBody.firstMalformedByte("{\"nama\":\"Siti Ça 漢字 🙂\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(StrictJsonBody.firstMalformedByte(new byte[0])).isEqualTo(-1);
        assertThat(StrictJsonBody.firstMalformedByte("x".repeat(20_000).getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    }

    @Test
    void brokenSequencesAreFoundAtTheirOffset() {
        assertThat(StrictJsonBody.firstMalformedByte(bytes("{\"a\":\"", 0xC3, 0x28))).isEqualTo(6);
        assertThat(StrictJsonBody.firstMalformedByte(bytes("ab", 0xFF))).isEqualTo(2);
        assertThat(StrictJsonBody.firstMalformedByte(bytes("ab", 0xC0, 0xAF))).as("overlong '/'").isEqualTo(2);
        assertThat(StrictJsonBody.firstMalformedByte(bytes("ab", 0xED, 0xA0, 0x80))).as("a UTF-16 surrogate").isEqualTo(2);
        assertThat(StrictJsonBody.firstMalformedByte(bytes("ab", 0xE2, 0x82))).as("cut short at the end").isEqualTo(2);
    }
}

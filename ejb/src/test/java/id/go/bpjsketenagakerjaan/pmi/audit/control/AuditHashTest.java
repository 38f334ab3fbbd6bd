package id.go.bpjsketenagakerjaan.pmi.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-28T01:00:00Z");

    @Test
    void theHashDependsOnThePreviousHashAndEveryField() {
        String base = AuditHash.of(AuditHash.GENESIS, 1, AT, "citra", "NIK_VIEWED", "claim:1", "KLM-1");
        assertThat(base).hasSize(64).isEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "citra", "NIK_VIEWED", "claim:1", "KLM-1"));
        assertThat(AuditHash.of("1".repeat(64), 1, AT, "citra", "NIK_VIEWED", "claim:1", "KLM-1")).isNotEqualTo(base);
        assertThat(AuditHash.of(AuditHash.GENESIS, 2, AT, "citra", "NIK_VIEWED", "claim:1", "KLM-1")).isNotEqualTo(base);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT.plusSeconds(1), "citra", "NIK_VIEWED", "claim:1", "KLM-1")).isNotEqualTo(base);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "ayu", "NIK_VIEWED", "claim:1", "KLM-1")).isNotEqualTo(base);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "citra", "NIK_VIEWED", "claim:1", "KLM-2")).isNotEqualTo(base);
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "ab", "c", null, null))
                .isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "bc", null, null));
    }
}

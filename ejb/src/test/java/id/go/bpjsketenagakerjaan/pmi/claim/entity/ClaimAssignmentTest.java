package id.go.bpjsketenagakerjaan.pmi.claim.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.ParticipantType;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClaimAssignmentTest {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void eachChangeOfHandsIsAnEventThatKeepsTheStatusAndItsClock() {
        Participant participant = Participant.withNik("3209014107900001", "C1234567", "Siti Aminah", "P",
                LocalDate.of(1990, 7, 1), ParticipantType.PMI, "TW", T0);
        ServiceUnit unit = new ServiceUnit("KC-CRB", "Kantor Cabang Cirebon", ServiceUnitType.BRANCH, "Jawa Barat", "ID",
                ZoneId.of("Asia/Jakarta"));
        Claim claim = Claim.receive("KLM-1", participant, "TRANSPORT", Channel.E_KLAIM, LocalDate.of(2026, 2, 20),
                new BigDecimal("1000000"), unit, "eklaim", T0);
        claim.assignTo("ayu", "sistem", T0.plusSeconds(1));
        claim.assignTo("ayu", "citra", T0.plusSeconds(2));
        claim.assignTo("bima", "citra", T0.plusSeconds(3));

        assertThat(claim.getHistory()).hasSize(3);
        ClaimStatusEvent first = claim.getHistory().get(1);
        ClaimStatusEvent moved = claim.getHistory().get(2);
        assertThat(first.isAssignment()).isTrue();
        assertThat(first.getReason()).isEqualTo("Penugasan: - → ayu");
        assertThat(moved.getFrom()).isEqualTo(ClaimStatus.RECEIVED);
        assertThat(moved.getTo()).isEqualTo(ClaimStatus.RECEIVED);
        assertThat(moved.getActor()).isEqualTo("citra");
        assertThat(moved.getReason()).isEqualTo("Penugasan: ayu → bima");
        assertThat(claim.getHistory().get(0).isAssignment()).isFalse();
        assertThat(claim.getStatusChangedAt()).isEqualTo(T0);
        assertThat(claim.getAssignedTo()).isEqualTo("bima");
    }
}

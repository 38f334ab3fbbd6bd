package id.go.bpjsketenagakerjaan.pmi.payout.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bpjsketenagakerjaan.pmi.claim.control.Severity;
import id.go.bpjsketenagakerjaan.pmi.claim.control.Signal;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SignalKind;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.ParticipantType;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimEditorsTest {

    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    static Claim recommended() {
        Participant participant = Participant.withNik("3209014107900001", "C1234567", "Siti Aminah", "P",
                LocalDate.of(1990, 7, 1), ParticipantType.PMI, "TW", T0);
        ServiceUnit unit = new ServiceUnit("KC-CRB", "Kantor Cabang Cirebon", ServiceUnitType.BRANCH, "Jawa Barat", "ID",
                ZoneId.of("Asia/Jakarta"));
        Claim claim = Claim.receive("KLM-1", participant, "MEDICAL_ABROAD", Channel.E_KLAIM, LocalDate.of(2026, 2, 20),
                new BigDecimal("45000000"), unit, "eklaim", T0);
        claim.assignTo("ayu", "citra", T0.plusSeconds(10));
        claim.startVerification("bima", T0.plusSeconds(20));
        claim.startAdjudication("ayu", T0.plusSeconds(30));
        claim.recommend(new BigDecimal("45000000"), "MEDICAL_ABROAD@2023-03-01", "Sesuai tabel", "ayu", T0.plusSeconds(40));
        return claim;
    }

    @Test
    void everyMakingStepsActorIsAnEditorButNotTheAssigner() {
        assertThat(ClaimEditors.of(recommended())).containsExactlyInAnyOrder("eklaim", "bima", "ayu");
    }

    @Test
    void acknowledgingASignalIsACheckersActNotAnEdit() {
        Claim claim = recommended();
        claim.raiseSignals(List.of(new Signal(SignalKind.values()[0], Severity.values()[0], "bukti")), T0.plusSeconds(41));
        assertThat(claim.getSignals()).hasSize(1);
        assertThat(ClaimEditors.of(claim)).doesNotContain("citra");
    }

    @Test
    void aReturnForCorrectionDoesNotMakeTheSupervisorAnEditorButAPartialApprovalKeepsTheCycle() {
        Claim claim = recommended();
        claim.recordPartialApproval("deputi", 1, 2, T0.plusSeconds(50));
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);
        assertThat(ClaimEditors.of(claim)).doesNotContain("deputi");
        assertThat(PayoutApprovals.cycleOf(claim)).isEqualTo(1);

        claim.returnForCorrection("Periksa kurs", "citra", T0.plusSeconds(60));
        assertThat(ClaimEditors.of(claim)).doesNotContain("citra");
        claim.recommend(new BigDecimal("44000000"), "MEDICAL_ABROAD@2023-03-01", "Kurs diperbaiki", "ayu", T0.plusSeconds(70));
        assertThat(PayoutApprovals.cycleOf(claim)).isEqualTo(2);
    }

    @Test
    void aReassignmentAfterTheRecommendationCountsAsAnEdit() {
        Claim claim = recommended();
        claim.assignTo("bima", "citra", T0.plusSeconds(50));
        assertThat(ClaimEditors.of(claim)).contains("citra");
    }
}

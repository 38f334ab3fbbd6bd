package id.go.bpjsketenagakerjaan.pmi.claim.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.casework.entity.CaseFile;
import id.go.bpjsketenagakerjaan.pmi.claim.control.CheckedUpload;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentState;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType;
import id.go.bpjsketenagakerjaan.pmi.claim.control.Severity;
import id.go.bpjsketenagakerjaan.pmi.claim.control.Signal;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SignalKind;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimTest {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    private static Claim newClaim() {
        Participant participant = Participant.withNik("3209014107900001", "C1234567", "Siti Aminah", "P",
                LocalDate.of(1990, 7, 1), ParticipantType.PMI, "TW", T0);
        ServiceUnit unit = new ServiceUnit("KC-CRB", "Kantor Cabang Cirebon", ServiceUnitType.BRANCH, "Jawa Barat", "ID",
                ZoneId.of("Asia/Jakarta"));
        return Claim.receive("KLM-1", participant, "MEDICAL_ABROAD", Channel.E_KLAIM, LocalDate.of(2026, 2, 20),
                new BigDecimal("45000000"), unit, "eklaim", T0);
    }

    private static Claim awaitingApproval() {
        Claim claim = newClaim();
        claim.startVerification("ayu", T0);
        claim.startAdjudication("ayu", T0);
        claim.recommend(new BigDecimal("45000000"), "MEDICAL_ABROAD@2023-03-01", "biaya 45 jt, batas 50 jt", "ayu", T0);
        return claim;
    }

    @Test
    void aNewClaimIsReceivedWithItsFirstEvent() {
        Claim claim = newClaim();
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.RECEIVED);
        assertThat(claim.getHistory()).singleElement().satisfies(event -> {
            assertThat(event.getFrom()).isNull();
            assertThat(event.getTo()).isEqualTo(ClaimStatus.RECEIVED);
            assertThat(event.getActor()).isEqualTo("eklaim");
        });
        assertThat(claim.getClaimedAmount()).isEqualByComparingTo("45000000");
        assertThat(claim.getClaimedAmount().scale()).isEqualTo(2);
    }

    @Test
    void theHappyPathRecordsEveryStepWithActorAndReason() {
        Claim claim = awaitingApproval();
        claim.approvePayout("citra", T0.plusSeconds(60));
        claim.markPaid("TRF-1", "sistem", T0.plusSeconds(120));
        claim.close("sistem", T0.plusSeconds(180));

        assertThat(claim.getHistory()).extracting(ClaimStatusEvent::getTo).containsExactly(
                ClaimStatus.RECEIVED, ClaimStatus.VERIFICATION, ClaimStatus.ADJUDICATION, ClaimStatus.AWAITING_APPROVAL,
                ClaimStatus.APPROVED, ClaimStatus.PAID, ClaimStatus.CLOSED);
        assertThat(claim.getHistory().get(3).getReason()).contains("batas 50 jt");
        assertThat(claim.getHistory().get(4).getActor()).isEqualTo("citra");
        assertThat(claim.getRecommendedBy()).isEqualTo("ayu");
        assertThat(claim.getStatusChangedAt()).isEqualTo(T0.plusSeconds(180));
    }

    @Test
    void theAdjudicatorWhoRecommendedCannotApprove() {
        Claim claim = awaitingApproval();
        assertThatThrownBy(() -> claim.approvePayout("ayu", T0))
                .isInstanceOf(ClaimTransitionException.class)
                .hasMessageContaining("tidak boleh menyetujui klaimnya sendiri");
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);
    }

    @Test
    void aRefusedStepSaysWhereTheClaimStandsAndChangesNothing() {
        Claim claim = newClaim();
        int eventsBefore = claim.getHistory().size();
        assertThatThrownBy(() -> claim.approvePayout("citra", T0))
                .isInstanceOf(ClaimTransitionException.class)
                .hasMessageContaining("berstatus RECEIVED")
                .hasMessageContaining("APPROVED");
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.RECEIVED);
        assertThat(claim.getHistory()).hasSize(eventsBefore);
    }

    @Test
    void aClaimCannotBePaidBeforeItIsApproved() {
        Claim claim = awaitingApproval();
        assertThatThrownBy(() -> claim.markPaid("TRF-1", "sistem", T0)).isInstanceOf(ClaimTransitionException.class);
    }

    @Test
    void rejectionNeedsACodeAndText() {
        Claim claim = newClaim();
        claim.startVerification("ayu", T0);
        assertThatThrownBy(() -> claim.reject(RejectionReason.CLAIM_EXPIRED, "  ", "ayu", T0))
                .isInstanceOf(ClaimTransitionException.class).hasMessageContaining("alasan penolakan");
        claim.reject(RejectionReason.CLAIM_EXPIRED, "Kecelakaan lebih dari 5 tahun lalu", "ayu", T0);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(claim.getHistory().get(claim.getHistory().size() - 1).getReason())
                .isEqualTo("CLAIM_EXPIRED: Kecelakaan lebih dari 5 tahun lalu");
    }

    @Test
    void aRejectedClaimCanBeAppealedAndTheAppealUpheld() {
        Claim claim = newClaim();
        claim.reject(RejectionReason.DOCUMENTS_NOT_PROVIDED, "Tidak ada resume medis", "ayu", T0);
        claim.appeal("Resume medis terlampir", "ahli waris", T0);
        claim.decideAppeal(true, "Dokumen lengkap", "citra", T0);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.ADJUDICATION);
    }

    @Test
    void reopeningClearsTheEarlierRecommendation() {
        Claim claim = awaitingApproval();
        claim.reject(RejectionReason.FRAUD_SUSPECTED, "Rekening sama dengan klaim lain", "citra", T0);
        claim.reopen("Rekening terbukti milik peserta", "citra", T0);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.VERIFICATION);
        assertThat(claim.getRecommendedAmount()).isNull();
        assertThat(claim.getRecommendedBy()).isNull();
    }

    @Test
    void anOpenClaimCannotBeReopened() {
        Claim claim = newClaim();
        assertThatThrownBy(() -> claim.reopen("x", "ayu", T0)).isInstanceOf(ClaimTransitionException.class);
    }

    @Test
    void returnForCorrectionGoesBackToTheAdjudicatorWhoRecommendsAgain() {
        Claim claim = awaitingApproval();
        claim.returnForCorrection("Potong asuransi negara penempatan", "citra", T0);
        claim.recommend(new BigDecimal("30000000"), "MEDICAL_ABROAD@2023-03-01", "45 jt - 15 jt asuransi", "ayu", T0);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);
        assertThat(claim.getRecommendedAmount()).isEqualByComparingTo("30000000");
    }

    @Test
    void negativeOrFractionalSenAmountsAreRefused() {
        Claim claim = newClaim();
        claim.startVerification("ayu", T0);
        claim.startAdjudication("ayu", T0);
        assertThatThrownBy(() -> claim.recommend(new BigDecimal("-1"), "R", "x", "ayu", T0)).isInstanceOf(ClaimTransitionException.class);
        assertThatThrownBy(() -> claim.recommend(new BigDecimal("1.005"), "R", "x", "ayu", T0)).isInstanceOf(ClaimTransitionException.class);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.ADJUDICATION);
    }

    @Test
    void aClosedClaimCannotBeAssigned() {
        Claim claim = awaitingApproval();
        claim.approvePayout("citra", T0);
        claim.markPaid("TRF", "sistem", T0);
        claim.close("sistem", T0);
        assertThatThrownBy(() -> claim.assignTo("bima", "citra", T0)).isInstanceOf(ClaimTransitionException.class);
    }

    private static Claim filedWithDocuments() {
        Claim plain = newClaim();
        CaseFile caseFile = new CaseFile("KS-1", plain.getParticipant(), "WORK_ACCIDENT", LocalDate.of(2026, 2, 20),
                "Taichung", "TW", plain.getServiceUnit(), "eklaim", T0);
        return Claim.file(caseFile, "KLM-2", "MEDICAL_ABROAD", Channel.E_KLAIM, new BigDecimal("45000000"),
                new Payee("Siti Aminah", "BRI", "0123-4567-890"), List.of(DocumentType.CLAIM_FORM, DocumentType.PASSPORT),
                "eklaim", T0);
    }

    private static DocumentFile pdf() {
        byte[] bytes = "%PDF-1.4 test".getBytes();
        return new DocumentFile(new CheckedUpload("form.pdf", "application/pdf", bytes.length, "ab"), bytes, "ayu", T0);
    }

    @Test
    void aClaimGoesToAdjudicationOnlyWhenEveryRequiredDocumentIsVerified() {
        Claim claim = filedWithDocuments();
        claim.startVerification("ayu", T0);
        claim.receiveDocument(DocumentType.CLAIM_FORM, pdf(), "ayu", T0);
        claim.verifyDocument(DocumentType.CLAIM_FORM, "ayu", T0);

        assertThatThrownBy(() -> claim.startAdjudication("ayu", T0))
                .isInstanceOf(ClaimTransitionException.class)
                .hasMessageContaining(DocumentType.PASSPORT.labelId());
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.VERIFICATION);

        claim.receiveDocument(DocumentType.PASSPORT, pdf(), "ayu", T0);
        claim.verifyDocument(DocumentType.PASSPORT, "ayu", T0);
        claim.startAdjudication("ayu", T0);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.ADJUDICATION);
        assertThat(claim.getDocuments()).allSatisfy(d -> assertThat(d.getState()).isEqualTo(DocumentState.VERIFIED));
        assertThat(claim.getPayee().getAccountNo()).isEqualTo("01234567890");
    }

    @Test
    void aVerifiedDocumentCannotBeSilentlyReplaced() {
        Claim claim = filedWithDocuments();
        claim.receiveDocument(DocumentType.CLAIM_FORM, pdf(), "ayu", T0);
        claim.verifyDocument(DocumentType.CLAIM_FORM, "ayu", T0);
        assertThatThrownBy(() -> claim.receiveDocument(DocumentType.CLAIM_FORM, pdf(), "bima", T0))
                .isInstanceOf(ClaimTransitionException.class).hasMessageContaining("sudah terverifikasi");
        claim.rejectDocument(DocumentType.CLAIM_FORM, "Tanda tangan tidak cocok", "citra", T0);
        assertThat(claim.checklist().item(DocumentType.CLAIM_FORM).state()).isEqualTo(DocumentState.REJECTED);
    }

    @Test
    void unacknowledgedSignalsBlockApprovalUntilASupervisorAcknowledgesThem() {
        Claim claim = awaitingApproval();
        claim.raiseSignals(List.of(new Signal(SignalKind.AMOUNT_ABOVE_CAP, Severity.MEDIUM, "Rp 60 jt > batas Rp 50 jt")), T0);
        claim.raiseSignals(List.of(new Signal(SignalKind.AMOUNT_ABOVE_CAP, Severity.MEDIUM, "lagi")), T0);
        assertThat(claim.getSignals()).hasSize(1);

        assertThatThrownBy(() -> claim.approvePayout("citra", T0))
                .isInstanceOf(ClaimTransitionException.class).hasMessageContaining("AMOUNT_ABOVE_CAP");
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);
    }

    @Test
    void aPayeeNeedsARealAccountNumber() {
        assertThatThrownBy(() -> new Payee("Siti", "BRI", "12ab")).isInstanceOf(ClaimTransitionException.class)
                .hasMessageContaining("Nomor rekening");
    }

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void everyStateHasAWayOnAndNoneLoopsOntoItself(ClaimStatus status) {
        assertThat(status.nextStates()).isNotEmpty().doesNotContain(status);
    }
}

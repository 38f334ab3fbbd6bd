package id.go.bpjsketenagakerjaan.pmi.claim.control;

import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.BANK_BOOK;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.CLAIM_FORM;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.HOST_INSURANCE_STATEMENT;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.KPJ_CARD;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.PASSPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitCodes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentChecklistTest {

    private static final Instant T1 = Instant.parse("2026-03-02T03:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-03T03:00:00Z");

    private final DocumentChecklist checklist = new DocumentChecklist(List.of(CLAIM_FORM, KPJ_CARD, PASSPORT));

    private void receiveAndVerifyAll() {
        for (DocumentType type : List.of(CLAIM_FORM, KPJ_CARD, PASSPORT)) {
            checklist.receive(type, "dina", T1);
            checklist.verify(type, "budi", T2);
        }
    }

    @Test
    void aNewChecklistListsEveryRequiredDocumentAsMissing() {
        assertThat(checklist.isReadyForAdjudication()).isFalse();
        assertThat(checklist.items()).allSatisfy(item -> {
            assertThat(item.state()).isEqualTo(DocumentState.MISSING);
            assertThat(item.changedBy()).isNull();
        });
        assertThat(checklist.missingMessage()).isEqualTo("""
                Dokumen wajib yang belum lengkap (3):
                - Formulir pengajuan klaim (belum diterima)
                - Kartu peserta (KPJ) (belum diterima)
                - Paspor (belum diterima)""");
    }

    @Test
    void readyOnlyWhenEveryRequiredDocumentIsVerified() {
        checklist.receive(CLAIM_FORM, "dina", T1);
        checklist.verify(CLAIM_FORM, "budi", T2);
        checklist.receive(KPJ_CARD, "dina", T1);
        checklist.verify(KPJ_CARD, "budi", T2);
        checklist.receive(PASSPORT, "dina", T1);

        assertThat(checklist.isReadyForAdjudication()).isFalse();
        assertThat(checklist.missingMessage()).endsWith("- Paspor (menunggu verifikasi)");

        checklist.verify(PASSPORT, "budi", T2);
        assertThat(checklist.isReadyForAdjudication()).isTrue();
        assertThat(checklist.outstanding()).isEmpty();
        assertThat(checklist.missingMessage()).isEqualTo("Semua dokumen wajib telah diverifikasi.");
    }

    @Test
    void recordsWhoChangedTheDocumentAndWhen() {
        checklist.receive(PASSPORT, "dina", T1);
        assertThat(checklist.item(PASSPORT)).extracting(ChecklistItem::state, ChecklistItem::changedBy,
                ChecklistItem::changedAt).containsExactly(DocumentState.RECEIVED, "dina", T1);

        checklist.verify(PASSPORT, "budi", T2);
        assertThat(checklist.item(PASSPORT)).extracting(ChecklistItem::state, ChecklistItem::changedBy,
                ChecklistItem::changedAt).containsExactly(DocumentState.VERIFIED, "budi", T2);
    }

    @Test
    void aRejectionCarriesItsNoteAndTheDocumentCanBeHandedInAgain() {
        checklist.receive(PASSPORT, "dina", T1);
        checklist.reject(PASSPORT, "  foto halaman identitas buram ", "budi", T2);

        assertThat(checklist.item(PASSPORT).state()).isEqualTo(DocumentState.REJECTED);
        assertThat(checklist.item(PASSPORT).rejectionNote()).isEqualTo("foto halaman identitas buram");
        assertThat(checklist.missingMessage()).contains("- Paspor (ditolak: foto halaman identitas buram)");

        checklist.receive(PASSPORT, "dina", T2);
        assertThat(checklist.item(PASSPORT).state()).isEqualTo(DocumentState.RECEIVED);
        assertThat(checklist.item(PASSPORT).rejectionNote()).isNull();
    }

    @Test
    void aRejectionNeedsANote() {
        checklist.receive(PASSPORT, "dina", T1);
        assertThatThrownBy(() -> checklist.reject(PASSPORT, " ", "budi", T2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("catatan penolakan");
        assertThat(checklist.item(PASSPORT).state()).isEqualTo(DocumentState.RECEIVED);
    }

    @Test
    void onlyAReceivedDocumentCanBeVerifiedOrRejected() {
        assertThatThrownBy(() -> checklist.verify(PASSPORT, "budi", T2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("belum diterima");
        assertThatThrownBy(() -> checklist.reject(PASSPORT, "tidak ada", "budi", T2))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> checklist.verify(BANK_BOOK, "budi", T2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tidak ada dalam daftar");
    }

    @Test
    void aVerifiedDocumentIsNotReplacedWithoutARejectionFirst() {
        receiveAndVerifyAll();
        assertThatThrownBy(() -> checklist.receive(PASSPORT, "dina", T2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sudah terverifikasi");

        checklist.reject(PASSPORT, "paspor palsu menurut imigrasi", "budi", T2);
        assertThat(checklist.isReadyForAdjudication()).isFalse();
    }

    @Test
    void anExtraDocumentIsKeptButDoesNotBlockAdjudication() {
        receiveAndVerifyAll();
        checklist.receive(BANK_BOOK, "dina", T2);

        assertThat(checklist.item(BANK_BOOK).required()).isFalse();
        assertThat(checklist.isReadyForAdjudication()).isTrue();
    }

    @Test
    void aRequirementFoundLaterReopensTheChecklist() {
        receiveAndVerifyAll();
        checklist.requireAlso(HOST_INSURANCE_STATEMENT);

        assertThat(checklist.isReadyForAdjudication()).isFalse();
        assertThat(checklist.missingMessage()).contains("Surat keterangan pembayaran dari asuransi negara penempatan");
    }

    @Test
    void anExtraDocumentBecomesRequiredKeepingItsState() {
        checklist.receive(BANK_BOOK, "dina", T1);
        checklist.requireAlso(BANK_BOOK);

        assertThat(checklist.item(BANK_BOOK).required()).isTrue();
        assertThat(checklist.item(BANK_BOOK).state()).isEqualTo(DocumentState.RECEIVED);
    }

    @Test
    void builtFromTheRequirementsOfABenefit() {
        RequiredDocuments docs = DocumentRequirements.requiredFor(BenefitCodes.MEDICAL_ABROAD,
                ClaimContext.of(ClaimCircumstance.HOST_INSURANCE_PAID));
        DocumentChecklist fromRequirements = DocumentChecklist.forRequirements(docs);

        assertThat(fromRequirements.items()).extracting(ChecklistItem::type).containsExactlyElementsOf(docs.required());
    }

    @Test
    void anActorIsRequired() {
        assertThatThrownBy(() -> checklist.receive(PASSPORT, "", T1)).isInstanceOf(IllegalArgumentException.class);
    }
}

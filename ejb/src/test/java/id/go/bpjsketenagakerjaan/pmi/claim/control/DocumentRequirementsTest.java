package id.go.bpjsketenagakerjaan.pmi.claim.control;

import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.BANK_BOOK;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.CLAIM_FORM;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.DEATH_CERTIFICATE;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.DOCTOR_LETTER_CTT;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.EMPLOYER_OR_MISSION_LETTER;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.FAMILY_CARD_KK;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.HEIR_CERTIFICATE;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.HOST_INSURANCE_STATEMENT;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.ID_CARD_DECEASED;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.KPJ_CARD;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.KTP_HEIR;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.KTP_PARTICIPANT;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.LEAVE_LETTER;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.LOST_AT_SEA_MISSION_LETTER;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.MEDICAL_RESUME;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.PASSPORT;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.PAYMENT_PROOFS;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.SCHOOL_PROOF;
import static id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType.TRANSPORT_RECEIPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitCodes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentRequirementsTest {

    @Test
    void treatmentAbroadNeedsTheJkkDuringWorkListAndTheHostInsurerOnlyIfItPaid() {
        RequiredDocuments docs = DocumentRequirements.requiredFor(BenefitCodes.MEDICAL_ABROAD, ClaimContext.none());

        assertThat(docs.required()).containsExactly(CLAIM_FORM, KPJ_CARD, PASSPORT, EMPLOYER_OR_MISSION_LETTER,
                MEDICAL_RESUME, PAYMENT_PROOFS, BANK_BOOK);
        assertThat(docs.notApplicable()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(HOST_INSURANCE_STATEMENT);
            assertThat(c.conditionId()).isEqualTo("jika asuransi negara penempatan telah membayar sebagian biaya");
        });

        RequiredDocuments insured = DocumentRequirements.requiredFor(BenefitCodes.MEDICAL_ABROAD,
                ClaimContext.of(ClaimCircumstance.HOST_INSURANCE_PAID));
        assertThat(insured.required()).endsWith(HOST_INSURANCE_STATEMENT);
        assertThat(insured.notApplicable()).isEmpty();
    }

    @Test
    void transportNeedsItsReceipts() {
        assertThat(DocumentRequirements.requiredFor(BenefitCodes.TRANSPORT, ClaimContext.none()).required())
                .contains(TRANSPORT_RECEIPTS, MEDICAL_RESUME, BANK_BOOK)
                .doesNotContain(PAYMENT_PROOFS, HOST_INSURANCE_STATEMENT);
    }

    @Test
    void treatmentInIndonesiaIsInKindSoNoBankAccountIsAskedFor() {
        assertThat(DocumentRequirements.requiredFor(BenefitCodes.MEDICAL_ID, ClaimContext.none()).required())
                .containsExactly(CLAIM_FORM, KPJ_CARD, PASSPORT, EMPLOYER_OR_MISSION_LETTER, MEDICAL_RESUME);
    }

    @Test
    void deathDuringWorkNeedsTheHeirFileAndTheLeaveLetterOnlyForDeathOnLeave() {
        RequiredDocuments docs = DocumentRequirements.requiredFor(BenefitCodes.JKM_DEATH_D, ClaimContext.none());

        assertThat(docs.required()).containsExactlyInAnyOrder(CLAIM_FORM, KPJ_CARD, ID_CARD_DECEASED, KTP_HEIR,
                FAMILY_CARD_KK, DEATH_CERTIFICATE, HEIR_CERTIFICATE, BANK_BOOK);
        assertThat(docs.notApplicable()).extracting(ConditionalDocument::type)
                .containsExactlyInAnyOrder(LOST_AT_SEA_MISSION_LETTER, LEAVE_LETTER);

        assertThat(DocumentRequirements.requiredFor(BenefitCodes.JKM_DEATH_D,
                ClaimContext.of(ClaimCircumstance.DEATH_DURING_LEAVE)).required()).contains(LEAVE_LETTER);
    }

    @Test
    void deathBeforeOrAfterWorkNeverAsksForALeaveLetter() {
        RequiredDocuments docs = DocumentRequirements.requiredFor(BenefitCodes.JKM_DEATH_BA,
                ClaimContext.of(ClaimCircumstance.DEATH_DURING_LEAVE));

        assertThat(docs.required()).doesNotContain(LEAVE_LETTER).contains(DEATH_CERTIFICATE, HEIR_CERTIFICATE);
        assertThat(docs.conditional()).extracting(ConditionalDocument::type).doesNotContain(LEAVE_LETTER);
    }

    @Test
    void aMissionLetterReplacesTheDeathCertificateWhenLostAtSea() {
        RequiredDocuments docs = DocumentRequirements.requiredFor(BenefitCodes.JKM_DEATH_D,
                ClaimContext.of(ClaimCircumstance.LOST_AT_SEA));

        assertThat(docs.required()).contains(LOST_AT_SEA_MISSION_LETTER).doesNotContain(DEATH_CERTIFICATE);
        assertThat(docs.notApplicable()).extracting(ConditionalDocument::conditionId)
                .contains("kecuali peserta hilang di laut");
    }

    @Test
    void workAccidentDeathCombinesTheJkkListWithTheHeirFile() {
        assertThat(DocumentRequirements.requiredFor(BenefitCodes.JKK_DEATH, ClaimContext.none()).required())
                .containsExactlyInAnyOrder(CLAIM_FORM, KPJ_CARD, PASSPORT, EMPLOYER_OR_MISSION_LETTER,
                        DEATH_CERTIFICATE, KTP_HEIR, FAMILY_CARD_KK, HEIR_CERTIFICATE, BANK_BOOK);
    }

    @Test
    void disabilityAsksForTheDoctorsCttLetterOnlyForTotalPermanentDisability() {
        assertThat(DocumentRequirements.requiredFor(BenefitCodes.DISABILITY, ClaimContext.none()).required())
                .doesNotContain(DOCTOR_LETTER_CTT);
        assertThat(DocumentRequirements.requiredFor(BenefitCodes.DISABILITY,
                ClaimContext.of(ClaimCircumstance.TOTAL_PERMANENT_DISABILITY)).required()).contains(DOCTOR_LETTER_CTT);
        assertThat(DocumentRequirements.requiredFor(BenefitCodes.DISABILITY_PERIODIC, ClaimContext.none()).required())
                .contains(DOCTOR_LETTER_CTT);
    }

    @Test
    void problemReturnAsksForAMedicalResumeOnlyWhenIllOrInjured() {
        assertThat(DocumentRequirements.requiredFor(BenefitCodes.PROBLEM_RETURN, ClaimContext.none()).required())
                .contains(TRANSPORT_RECEIPTS).doesNotContain(MEDICAL_RESUME);
        assertThat(DocumentRequirements.requiredFor(BenefitCodes.PROBLEM_RETURN,
                ClaimContext.of(ClaimCircumstance.ILL_OR_INJURED)).required()).contains(MEDICAL_RESUME);
    }

    @Test
    void oldAgeSavingsDependOnWhyTheyArePaid() {
        assertThat(DocumentRequirements.requiredFor(BenefitCodes.JHT_BALANCE,
                ClaimContext.of(ClaimCircumstance.REACHED_AGE_56)).required())
                .containsExactly(CLAIM_FORM, KPJ_CARD, KTP_PARTICIPANT, BANK_BOOK);
        assertThat(DocumentRequirements.requiredFor(BenefitCodes.JHT_BALANCE,
                ClaimContext.of(ClaimCircumstance.TOTAL_PERMANENT_DISABILITY)).required())
                .containsExactly(CLAIM_FORM, KPJ_CARD, KTP_PARTICIPANT, DOCTOR_LETTER_CTT, BANK_BOOK);
        // Death wins over age: the heirs claim, with the JKM file.
        assertThat(DocumentRequirements.requiredFor(BenefitCodes.JHT_BALANCE,
                ClaimContext.of(ClaimCircumstance.PARTICIPANT_DIED, ClaimCircumstance.REACHED_AGE_56)).required())
                .containsExactlyInAnyOrder(CLAIM_FORM, KPJ_CARD, ID_CARD_DECEASED, DEATH_CERTIFICATE, KTP_HEIR,
                        FAMILY_CARD_KK, HEIR_CERTIFICATE, BANK_BOOK);
        assertThatThrownBy(() -> DocumentRequirements.requiredFor(BenefitCodes.JHT_BALANCE, ClaimContext.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("56 tahun");
    }

    @Test
    void scholarshipProvesTheSchoolingAndTheParentsDeathOrDisability() {
        assertThat(DocumentRequirements.requiredFor(BenefitCodes.SCHOLARSHIP,
                ClaimContext.of(ClaimCircumstance.PARTICIPANT_DIED)).required())
                .contains(SCHOOL_PROOF, FAMILY_CARD_KK, KTP_HEIR, DEATH_CERTIFICATE).doesNotContain(DOCTOR_LETTER_CTT);
        assertThat(DocumentRequirements.requiredFor(BenefitCodes.SCHOLARSHIP,
                ClaimContext.of(ClaimCircumstance.TOTAL_PERMANENT_DISABILITY)).required())
                .contains(SCHOOL_PROOF, DOCTOR_LETTER_CTT).doesNotContain(DEATH_CERTIFICATE, KTP_HEIR);
        assertThatThrownBy(() -> DocumentRequirements.requiredFor(BenefitCodes.SCHOLARSHIP, ClaimContext.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Beasiswa");
    }

    @Test
    void anUnknownBenefitCodeIsRefused() {
        assertThatThrownBy(() -> DocumentRequirements.requiredFor("BONUS", ClaimContext.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Kode manfaat tidak dikenal: BONUS");
    }

    /** Fails when the catalogue gains a code that this class has no document list for. */
    @Test
    void everyCatalogueCodeHasAListStartingWithTheFormAndTheCard() throws IllegalAccessException {
        List<Field> codes = Arrays.stream(BenefitCodes.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).toList();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(24);
        ClaimContext died = ClaimContext.of(ClaimCircumstance.PARTICIPANT_DIED);
        for (Field code : codes) {
            RequiredDocuments docs = DocumentRequirements.requiredFor((String) code.get(null), died);
            assertThat(docs.required()).as(code.getName()).startsWith(CLAIM_FORM, KPJ_CARD);
        }
    }

    @Test
    void everyDocumentTypeHasAnIndonesianLabel() {
        assertThat(DocumentType.values()).allSatisfy(t -> assertThat(t.labelId()).isNotBlank());
        assertThat(DocumentType.FAMILY_CARD_KK.labelId()).isEqualTo("Kartu Keluarga (KK)");
    }
}

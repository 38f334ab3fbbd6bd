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

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitCodes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which documents a claim for a benefit needs, after the fact sheet's "Claims" section:
 * <ul>
 *   <li>JKK (work accident, during work): claim form, KPJ, passport, letter from employer / mission / KDEI /
 *       labour office, medical resume, transport receipts, savings account, other payment proofs, and the host
 *       insurer's statement if it paid part. The sheet gives no separate list for JKK before or after work, so the
 *       same list applies there; each benefit takes only the items that bear on it.</li>
 *   <li>JKM (death): claim form, KPJ, ID or passport of the deceased, heir's KTP, KK, death certificate (or the
 *       mission's letter when lost at sea), heir certificate, heir's savings account; a leave letter if the death
 *       happened during leave.</li>
 *   <li>JHT: as JKM on death; a doctor's letter on total permanent disability; KPJ, ID and account at age 56.</li>
 * </ul>
 * The claim form is required everywhere, also where the sheet's list omits it: every channel lodges one.
 */
public final class DocumentRequirements {

    private DocumentRequirements() {
    }

    /**
     * @throws IllegalArgumentException for an unknown benefit code, or when the context lacks the circumstance a
     *                                  benefit depends on (a scholarship without death or CTT; JHT without a reason)
     */
    public static RequiredDocuments requiredFor(String benefitCode, ClaimContext context) {
        Objects.requireNonNull(benefitCode, "benefitCode");
        Objects.requireNonNull(context, "context");
        Builder docs = new Builder(context);
        switch (benefitCode) {
            // Treatment in Indonesia and vocational support are given in kind by partner facilities: nothing is
            // paid to the worker, so no bank account is asked for.
            case BenefitCodes.MEDICAL_ID, BenefitCodes.RETURN_TO_WORK -> docs.jkkBase().add(MEDICAL_RESUME);
            // Reimbursed at cost: the bills prove the amount, and a host insurer's payment is deducted.
            case BenefitCodes.MEDICAL_ABROAD, BenefitCodes.HOME_CARE, BenefitCodes.PROSTHESIS, BenefitCodes.DENTURES,
                 BenefitCodes.HEARING_AID, BenefitCodes.GLASSES ->
                    docs.jkkBase().add(MEDICAL_RESUME, PAYMENT_PROOFS, BANK_BOOK).hostInsuranceStatement();
            case BenefitCodes.TRANSPORT ->
                    docs.jkkBase().add(MEDICAL_RESUME, TRANSPORT_RECEIPTS, BANK_BOOK).hostInsuranceStatement();
            case BenefitCodes.DISABILITY -> docs.jkkBase().add(MEDICAL_RESUME, BANK_BOOK)
                    .when(ClaimCircumstance.TOTAL_PERMANENT_DISABILITY, DOCTOR_LETTER_CTT);
            case BenefitCodes.DISABILITY_PERIODIC -> docs.jkkBase().add(MEDICAL_RESUME, DOCTOR_LETTER_CTT, BANK_BOOK);
            case BenefitCodes.RAPE, BenefitCodes.TERMINATION_ACCIDENT -> docs.jkkBase().add(MEDICAL_RESUME, BANK_BOOK);
            case BenefitCodes.FAILED_DEPARTURE, BenefitCodes.JOURNEY_LOSS, BenefitCodes.TERMINATION_UNILATERAL ->
                    docs.jkkBase().add(BANK_BOOK);
            case BenefitCodes.FAILED_PLACEMENT, BenefitCodes.MISMATCHED_PLACEMENT ->
                    docs.jkkBase().add(TRANSPORT_RECEIPTS, BANK_BOOK);
            case BenefitCodes.PROBLEM_RETURN -> docs.jkkBase().add(TRANSPORT_RECEIPTS, BANK_BOOK)
                    .when(ClaimCircumstance.ILL_OR_INJURED, MEDICAL_RESUME);
            // The passport of the JKK list already identifies the deceased; the rest is the JKM heir file.
            case BenefitCodes.JKK_DEATH -> docs.jkkBase().proofOfDeath().heirFile();
            case BenefitCodes.JKM_DEATH_BA -> docs.jkmDeath();
            // Leave spent in Indonesia belongs to the during-work phase, so only this code can need the letter.
            case BenefitCodes.JKM_DEATH_D -> docs.jkmDeath().when(ClaimCircumstance.DEATH_DURING_LEAVE, LEAVE_LETTER);
            case BenefitCodes.SCHOLARSHIP -> scholarship(docs, context);
            case BenefitCodes.JHT_BALANCE -> oldAgeSavings(docs, context);
            default -> throw new IllegalArgumentException("Kode manfaat tidak dikenal: " + benefitCode);
        }
        return docs.build(benefitCode);
    }

    /** The sheet lists no scholarship documents; these prove the child, the schooling and the parent's event. */
    private static void scholarship(Builder docs, ClaimContext context) {
        docs.add(CLAIM_FORM, KPJ_CARD, FAMILY_CARD_KK, SCHOOL_PROOF, BANK_BOOK);
        if (context.has(ClaimCircumstance.PARTICIPANT_DIED)) {
            docs.add(ID_CARD_DECEASED, KTP_HEIR).proofOfDeath();
        } else if (context.has(ClaimCircumstance.TOTAL_PERMANENT_DISABILITY)) {
            docs.add(DOCTOR_LETTER_CTT);
        } else {
            throw new IllegalArgumentException(
                    "Beasiswa hanya untuk anak peserta yang meninggal dunia atau cacat total tetap; tandai salah satunya.");
        }
    }

    /** Death takes precedence over the other reasons: then the heirs claim, not the participant. */
    private static void oldAgeSavings(Builder docs, ClaimContext context) {
        if (context.has(ClaimCircumstance.PARTICIPANT_DIED)) {
            docs.add(CLAIM_FORM, KPJ_CARD, ID_CARD_DECEASED).proofOfDeath().heirFile();
        } else if (context.has(ClaimCircumstance.TOTAL_PERMANENT_DISABILITY)) {
            docs.add(CLAIM_FORM, KPJ_CARD, KTP_PARTICIPANT, DOCTOR_LETTER_CTT, BANK_BOOK);
        } else if (context.has(ClaimCircumstance.REACHED_AGE_56)) {
            docs.add(CLAIM_FORM, KPJ_CARD, KTP_PARTICIPANT, BANK_BOOK);
        } else {
            throw new IllegalArgumentException("Klaim JHT memerlukan alasan: peserta meninggal dunia, cacat total tetap,"
                    + " atau berusia 56 tahun.");
        }
    }

    private static final class Builder {
        private final ClaimContext context;
        private final Set<DocumentType> always = new LinkedHashSet<>();
        private final List<ConditionalDocument> conditional = new ArrayList<>();

        Builder(ClaimContext context) {
            this.context = context;
        }

        Builder add(DocumentType... types) {
            always.addAll(List.of(types));
            return this;
        }

        Builder when(ClaimCircumstance circumstance, DocumentType type) {
            conditional.add(new ConditionalDocument(type, "jika " + circumstance.labelId(), context.has(circumstance)));
            return this;
        }

        Builder unless(ClaimCircumstance circumstance, DocumentType type) {
            conditional.add(new ConditionalDocument(type, "kecuali " + circumstance.labelId(), !context.has(circumstance)));
            return this;
        }

        Builder jkkBase() {
            return add(CLAIM_FORM, KPJ_CARD, PASSPORT, EMPLOYER_OR_MISSION_LETTER);
        }

        Builder hostInsuranceStatement() {
            return when(ClaimCircumstance.HOST_INSURANCE_PAID, HOST_INSURANCE_STATEMENT);
        }

        /** A death certificate, or the mission's letter when the body was lost at sea. */
        Builder proofOfDeath() {
            return unless(ClaimCircumstance.LOST_AT_SEA, DEATH_CERTIFICATE)
                    .when(ClaimCircumstance.LOST_AT_SEA, LOST_AT_SEA_MISSION_LETTER);
        }

        /** Who the heirs are and where they are paid. */
        Builder heirFile() {
            return add(KTP_HEIR, FAMILY_CARD_KK, HEIR_CERTIFICATE, BANK_BOOK);
        }

        Builder jkmDeath() {
            return add(CLAIM_FORM, KPJ_CARD, ID_CARD_DECEASED).proofOfDeath().heirFile();
        }

        RequiredDocuments build(String benefitCode) {
            return new RequiredDocuments(benefitCode, List.copyOf(always), conditional);
        }
    }
}

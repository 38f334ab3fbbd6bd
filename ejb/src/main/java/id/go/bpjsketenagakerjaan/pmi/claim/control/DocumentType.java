package id.go.bpjsketenagakerjaan.pmi.claim.control;

/**
 * A document a claimant may have to hand in. The labels are the Indonesian names a case worker and a claimant
 * recognise; the list follows the "Claims" section of the Permenaker 4/2023 fact sheet.
 */
public enum DocumentType {
    CLAIM_FORM("Formulir pengajuan klaim"),
    KPJ_CARD("Kartu peserta (KPJ)"),
    PASSPORT("Paspor"),
    /** The living participant's own ID card, for JHT at age 56 or on total permanent disability. */
    KTP_PARTICIPANT("KTP peserta"),
    ID_CARD_DECEASED("KTP atau paspor peserta yang meninggal dunia"),
    KTP_HEIR("KTP ahli waris"),
    FAMILY_CARD_KK("Kartu Keluarga (KK)"),
    DEATH_CERTIFICATE("Surat keterangan kematian dari dokter, pejabat berwenang, Perwakilan RI atau KDEI"),
    /** Replaces the death certificate when the participant was lost at sea and no body was found. */
    LOST_AT_SEA_MISSION_LETTER("Surat keterangan Perwakilan RI atau KDEI bagi peserta yang hilang di laut"),
    HEIR_CERTIFICATE("Surat keterangan ahli waris"),
    BANK_BOOK("Buku tabungan atas nama penerima manfaat"),
    EMPLOYER_OR_MISSION_LETTER("Surat keterangan dari pemberi kerja, Perwakilan RI, KDEI atau dinas ketenagakerjaan"),
    MEDICAL_RESUME("Diagnosis atau resume medis"),
    TRANSPORT_RECEIPTS("Kuitansi biaya transportasi"),
    HOST_INSURANCE_STATEMENT("Surat keterangan pembayaran dari asuransi negara penempatan"),
    LEAVE_LETTER("Surat keterangan cuti"),
    PAYMENT_PROOFS("Kuitansi atau bukti pembayaran biaya"),
    DOCTOR_LETTER_CTT("Surat keterangan dokter tentang cacat total tetap (CTT)"),
    SCHOOL_PROOF("Surat keterangan sekolah atau kuliah anak");

    private final String labelId;

    DocumentType(String labelId) {
        this.labelId = labelId;
    }

    /** The Indonesian name, as shown to case workers and claimants. */
    public String labelId() {
        return labelId;
    }
}

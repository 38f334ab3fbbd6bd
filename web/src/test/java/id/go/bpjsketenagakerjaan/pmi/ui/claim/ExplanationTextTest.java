package id.go.bpjsketenagakerjaan.pmi.ui.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.IncidentKind;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExplanationTextTest {

    /** Lines as the calculator writes them (EntitlementCalculatorTest pins the same wording). */
    private static final String EXPLANATION = String.join("\n",
            "Aturan FAILED_DEPARTURE – Gagal berangkat bukan karena kesalahan CPMI (versi berlaku sejak 2023-03-01)",
            "Insiden: WORK_ACCIDENT pada 2025-06-01 di TW, program JKK",
            "Nilai menunggu konfirmasi (keyakinan sumber: SINGLE_SOURCE)",
            "Direkomendasikan: Rp 85.000.000");

    private static ExplanationText in(String language) {
        return new ExplanationText(ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language)));
    }

    /** The catalogue's name already says what the label says: the rule is named once, not "Gagal berangkat – Gagal berangkat ...". */
    @Test
    void codesBecomeIndonesianLabels() {
        assertEquals(String.join("\n",
                "Aturan Gagal berangkat bukan karena kesalahan CPMI (versi berlaku sejak 2023-03-01)",
                "Insiden: Kecelakaan kerja pada 2025-06-01 di TW, program JKK",
                "Nilai menunggu konfirmasi (keyakinan sumber: Satu sumber)",
                "Direkomendasikan: Rp 85.000.000"), in("id").of(EXPLANATION));
    }

    @Test
    void codesBecomeEnglishLabels() {
        String english = in("en").of(EXPLANATION);
        assertEquals(String.join("\n",
                "Aturan Failed departure – Gagal berangkat bukan karena kesalahan CPMI (versi berlaku sejak 2023-03-01)",
                "Insiden: Work accident pada 2025-06-01 di TW, program JKK",
                "Nilai menunggu konfirmasi (keyakinan sumber: Single source)",
                "Direkomendasikan: Rp 85.000.000"), english);
    }

    @Test
    void everyIncidentKindHasALabelInBothLanguages() {
        Pattern rawCode = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");
        for (String language : new String[] {"id", "en"}) {
            for (IncidentKind kind : IncidentKind.values()) {
                String shown = in(language).of("Insiden: " + kind.name());
                assertFalse(rawCode.matcher(shown).find(), language + ": " + shown);
                assertFalse(shown.contains(kind.name()), language + ": " + shown);
            }
        }
    }

    @Test
    void historyReasonsQuoteTheChannelAndTheRejectionReasonAsLabels() {
        assertEquals("Diterima melalui Branch walk-in", in("en").of("Diterima melalui BRANCH_WALK_IN"));
        String rejected = in("id").of("CLAIM_EXPIRED: lewat lima tahun");
        assertFalse(rejected.contains("CLAIM_EXPIRED"), rejected);
    }

    @Test
    void aRuleVersionReadsAsTheBenefitAndItsDate() {
        assertEquals("Perawatan di luar negeri, berlaku sejak 01-03-2023", in("id").ruleVersion("MEDICAL_ABROAD@2023-03-01"));
        assertEquals("Treatment abroad, in force from 01-03-2023", in("en").ruleVersion("MEDICAL_ABROAD@2023-03-01"));
        assertEquals("Treatment abroad", in("en").ruleVersion("MEDICAL_ABROAD"));
        assertNull(in("en").of(null));
    }
}

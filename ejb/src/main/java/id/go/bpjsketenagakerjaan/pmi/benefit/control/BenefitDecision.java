package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The calculator's recommendation for one benefit, with every step in words.
 *
 * @param ruleValidFrom        the version of the rule applied (with {@code code}); null when no version applied
 * @param awaitingConfirmation the amount comes from a rule whose value is not confirmed ("menunggu konfirmasi")
 * @param reason               why not eligible; null when eligible
 * @param explanation          the rule, legal basis, inputs and arithmetic, one line each
 */
public record BenefitDecision(
        String code,
        String nameId,
        boolean eligible,
        Money recommended,
        LocalDate ruleValidFrom,
        Confidence confidence,
        boolean awaitingConfirmation,
        String reason,
        List<String> explanation) implements Serializable {

    public BenefitDecision {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(recommended, "recommended");
        explanation = List.copyOf(explanation);
        if (eligible == (reason != null)) {
            throw new IllegalArgumentException("Keputusan layak tanpa alasan, tidak layak dengan alasan");
        }
        if (!eligible && !recommended.isZero()) {
            throw new IllegalArgumentException("Manfaat yang tidak layak tidak boleh bernilai");
        }
    }

    /** e.g. {@code "MEDICAL_ABROAD@2023-03-01"}, or just the code when no version applied. */
    public String ruleVersion() {
        return ruleValidFrom == null ? code : code + "@" + ruleValidFrom;
    }
}

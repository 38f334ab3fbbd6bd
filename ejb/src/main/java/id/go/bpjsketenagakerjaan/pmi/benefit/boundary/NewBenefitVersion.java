package id.go.bpjsketenagakerjaan.pmi.benefit.boundary;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitRule;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.CalculationKind;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Confidence;
import id.go.bpjsketenagakerjaan.pmi.benefit.entity.BenefitVersion;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Phase;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * An administrator's new version of a benefit: every value of the version, effective from {@code validFrom}.
 * Start from {@link #copyOf(BenefitVersion, LocalDate)} and change what the new regulation changes.
 */
public record NewBenefitVersion(
        String code,
        String nameId,
        String nameEn,
        Set<Programme> programmes,
        Set<Phase> phases,
        CalculationKind kind,
        Money amount,
        Money cap,
        Map<String, String> params,
        String legalBasis,
        LocalDate validFrom,
        Confidence confidence) {

    /** The current version's values, to start from. */
    public static NewBenefitVersion copyOf(BenefitVersion current, LocalDate validFrom) {
        BenefitRule rule = current.toRule();
        return new NewBenefitVersion(rule.code(), rule.nameId(), current.getNameEn(), rule.programmes(), rule.phases(),
                rule.kind(), rule.amount(), rule.cap(), rule.params(), rule.legalBasis(), validFrom, rule.confidence());
    }

    public NewBenefitVersion withAmount(Money newAmount) {
        return new NewBenefitVersion(code, nameId, nameEn, programmes, phases, kind, newAmount, cap, params, legalBasis,
                validFrom, confidence);
    }

    public NewBenefitVersion withCap(Money newCap) {
        return new NewBenefitVersion(code, nameId, nameEn, programmes, phases, kind, amount, newCap, params, legalBasis,
                validFrom, confidence);
    }

    public NewBenefitVersion withBasis(String newLegalBasis, Confidence newConfidence) {
        return new NewBenefitVersion(code, nameId, nameEn, programmes, phases, kind, amount, cap, params, newLegalBasis,
                validFrom, newConfidence);
    }

    /** The rule this version would be; throws IllegalArgumentException / NullPointerException when incomplete. */
    BenefitRule toRule() {
        return new BenefitRule(code, nameId, programmes, phases, kind, amount, cap, params, legalBasis, validFrom, null,
                confidence);
    }
}

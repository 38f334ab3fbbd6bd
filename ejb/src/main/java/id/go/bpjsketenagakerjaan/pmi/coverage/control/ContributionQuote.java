package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.util.List;

/**
 * The during+after contribution for one contract: the package bought, the extension months on top, the total,
 * and the arithmetic in words.
 */
public record ContributionQuote(
        int contractMonths,
        int packageMonths,
        Money packageAmount,
        int extensionMonths,
        Money extensionAmount,
        Money total,
        List<String> explanation) {

    public ContributionQuote {
        explanation = List.copyOf(explanation);
    }
}

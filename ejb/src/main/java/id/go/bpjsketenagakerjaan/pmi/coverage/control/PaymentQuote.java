package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The computed amount of one contribution payment and how it was computed.
 *
 * @param months        package/contract months (DURING_AFTER), extension months, JHT months; 0 for BEFORE_WORK
 * @param jhtMonthly    the chosen monthly JHT amount; null for the other tranches
 */
public record PaymentQuote(Tranche tranche, int months, Money jhtMonthly, Money amount, List<String> explanation) implements Serializable {

    public PaymentQuote {
        Objects.requireNonNull(tranche, "tranche");
        Objects.requireNonNull(amount, "amount");
        explanation = List.copyOf(explanation);
    }

    public String explanationText() {
        return String.join("; ", explanation);
    }
}

package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.PhaseResolution;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.util.List;
import java.util.Optional;

/** The decisions for one claim and the phase that was found on the incident date. */
public record EntitlementResult(PhaseResolution phase, List<BenefitDecision> decisions) {

    public EntitlementResult {
        decisions = List.copyOf(decisions);
    }

    public Money totalRecommended() {
        return decisions.stream().map(BenefitDecision::recommended).reduce(Money.ZERO, Money::plus);
    }

    public boolean anyAwaitingConfirmation() {
        return decisions.stream().anyMatch(d -> d.eligible() && d.awaitingConfirmation());
    }

    public Optional<BenefitDecision> decision(String code) {
        return decisions.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}

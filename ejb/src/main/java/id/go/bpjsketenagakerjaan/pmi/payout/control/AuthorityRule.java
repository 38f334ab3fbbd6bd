package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.util.Objects;

/**
 * One level of approval authority as the policy sees it. {@code upperLimit == null} means unlimited.
 * {@code approvalsRequired} is how many distinct approvers a claim routed to this level needs.
 */
public record AuthorityRule(String code, int rank, Money upperLimit, int approvalsRequired) {

    public AuthorityRule {
        Objects.requireNonNull(code, "code");
        if (approvalsRequired < 1 || approvalsRequired > 2) {
            throw new IllegalArgumentException("approvalsRequired of " + code + " must be 1 or 2");
        }
    }

    public boolean covers(Money amount) {
        return upperLimit == null || !amount.isGreaterThan(upperLimit);
    }

    public String limitText() {
        return upperLimit == null ? "tanpa batas" : "sampai " + upperLimit;
    }
}

package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.util.List;
import java.util.Set;

/**
 * What the policy needs to decide one approval: the claim (number, recommended amount, who recommended it, who
 * edited it, who already approved it in the current cycle, open signals) and the approver (name, roles, authority
 * level code or null when none is assigned).
 */
public record ApprovalRequest(String claimNo, Money amount, String recommendedBy, Set<String> editors,
                              List<String> priorApprovers, int openSignals,
                              String approver, Set<String> approverRoles, String approverLevel) {

    public ApprovalRequest {
        editors = Set.copyOf(editors);
        priorApprovers = List.copyOf(priorApprovers);
        approverRoles = Set.copyOf(approverRoles);
    }
}

package id.go.bpjsketenagakerjaan.pmi.claim.control;

import static id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus.ADJUDICATION;
import static id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus.APPEALED;
import static id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus.AWAITING_APPROVAL;
import static id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus.DOCUMENTS_INCOMPLETE;
import static id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus.INFORMATION_REQUESTED;
import static id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus.RECEIVED;
import static id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus.REJECTED;
import static id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus.RETURNED_FOR_CORRECTION;
import static id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus.VERIFICATION;
import static id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus.WITHDRAWN;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The actions offered to this user on this claim in this state. The page shows only these; the boundary and the
 * aggregate refuse the others anyway, so this is a courtesy, not the guard.
 */
public final class ClaimActions {

    private ClaimActions() {
    }

    public static Set<ClaimAction> allowed(ClaimStatus status, Set<String> roles, String caller, String recommendedBy,
                                           String assignedTo, boolean hasOpenSignals) {
        Set<ClaimAction> actions = EnumSet.noneOf(ClaimAction.class);
        boolean adjudicator = roles.contains(Roles.ADJUDICATOR);
        boolean supervisor = roles.contains(Roles.SUPERVISOR);
        boolean branch = roles.contains(Roles.BRANCH_OFFICER);
        if (adjudicator || supervisor) {
            actions.add(ClaimAction.ADD_NOTE);
        }
        if (adjudicator) {
            if (status.isOpen() && !Objects.equals(caller, assignedTo)) {
                actions.add(ClaimAction.ASSIGN_TO_ME);
            }
            if (status == RECEIVED || status == DOCUMENTS_INCOMPLETE) {
                actions.add(ClaimAction.START_VERIFICATION);
            }
            if (status == RECEIVED || status == DOCUMENTS_INCOMPLETE || status == VERIFICATION || status == INFORMATION_REQUESTED) {
                actions.add(ClaimAction.HANDLE_DOCUMENTS);
            }
            if (status == RECEIVED || status == VERIFICATION) {
                actions.add(ClaimAction.MARK_DOCUMENTS_INCOMPLETE);
            }
            if (status.canMoveTo(INFORMATION_REQUESTED)) {
                actions.add(ClaimAction.REQUEST_INFORMATION);
            }
            if (status == INFORMATION_REQUESTED) {
                actions.add(ClaimAction.INFORMATION_RECEIVED);
            }
            if (status == VERIFICATION || status == INFORMATION_REQUESTED) {
                actions.add(ClaimAction.START_ADJUDICATION);
            }
            if (status == ADJUDICATION || status == RETURNED_FOR_CORRECTION) {
                actions.add(ClaimAction.RECOMMEND);
            }
        }
        if ((adjudicator || supervisor) && status.canMoveTo(REJECTED)) {
            actions.add(ClaimAction.REJECT);
        }
        if ((adjudicator || branch) && status.canMoveTo(WITHDRAWN)) {
            actions.add(ClaimAction.WITHDRAW);
        }
        if ((adjudicator || branch) && status == REJECTED) {
            actions.add(ClaimAction.APPEAL);
        }
        if (supervisor) {
            if (status == AWAITING_APPROVAL) {
                actions.add(ClaimAction.RETURN_FOR_CORRECTION);
                if (hasOpenSignals) {
                    actions.add(ClaimAction.ACKNOWLEDGE_SIGNAL);
                }
                if (!Objects.equals(caller, recommendedBy) && !hasOpenSignals) {
                    actions.add(ClaimAction.APPROVE);
                }
            }
            if (!status.isOpen() && status != ClaimStatus.PAID) {
                actions.add(ClaimAction.REOPEN);
            }
            if (status == APPEALED) {
                actions.add(ClaimAction.DECIDE_APPEAL);
            }
        }
        return actions;
    }
}

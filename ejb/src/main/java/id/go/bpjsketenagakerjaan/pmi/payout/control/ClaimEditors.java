package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimDocument;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimSignal;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatusEvent;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who counts as having edited a claim's data, and so may not approve it. The rule:
 * <ol>
 * <li>the actor of every status event that is a <em>making</em> step: every event except the checker's decisions
 * (into APPROVED, RETURNED_FOR_CORRECTION, REJECTED, PAID, CLOSED) and except events that keep the status (partial
 * approvals, payment notes). So intake, verification, information requests, adjudication, the recommendation,
 * a resubmission, a reopen and an upheld appeal all count, over the claim's whole history;</li>
 * <li>whoever last received, verified or rejected a document of the checklist;</li>
 * <li>{@code lastModifiedBy}, unless the last change was itself a checker's act at {@code lastModifiedAt} (a signal
 * acknowledgement or one of the decisions above). Note that a reassignment after the recommendation counts: the
 * claim cannot tell it from another change.</li>
 * </ol>
 * The approvers of earlier cycles are not editors for that alone.
 */
public final class ClaimEditors {

    private static final Set<ClaimStatus> CHECKER_DECISIONS = EnumSet.of(ClaimStatus.APPROVED,
            ClaimStatus.RETURNED_FOR_CORRECTION, ClaimStatus.REJECTED, ClaimStatus.PAID, ClaimStatus.CLOSED);

    private ClaimEditors() {
    }

    public static Set<String> of(Claim claim) {
        Set<String> editors = new TreeSet<>();
        List<ClaimStatusEvent> history = claim.getHistory();
        for (ClaimStatusEvent event : history) {
            if (isMakingStep(event)) {
                editors.add(event.getActor());
            }
        }
        for (ClaimDocument document : claim.getDocuments()) {
            if (document.getChangedBy() != null) {
                editors.add(document.getChangedBy());
            }
        }
        String last = claim.getLastModifiedBy();
        if (last != null && !lastChangeWasCheckerAct(claim, history)) {
            editors.add(last);
        }
        return editors;
    }

    static boolean isMakingStep(ClaimStatusEvent event) {
        return event.getFrom() != event.getTo() && !CHECKER_DECISIONS.contains(event.getTo());
    }

    private static boolean lastChangeWasCheckerAct(Claim claim, List<ClaimStatusEvent> history) {
        String last = claim.getLastModifiedBy();
        var at = claim.getLastModifiedAt();
        if (at == null) {
            return false;
        }
        for (ClaimSignal signal : claim.getSignals()) {
            if (last.equals(signal.getAcknowledgedBy()) && at.equals(signal.getAcknowledgedAt())) {
                return true;
            }
        }
        if (!history.isEmpty()) {
            ClaimStatusEvent latest = history.get(history.size() - 1);
            // an assignment keeps the status but is not a checker's act: a reassignment after the recommendation still counts
            return last.equals(latest.getActor()) && Objects.equals(at, latest.getOccurredAt()) && !isMakingStep(latest)
                    && !latest.isAssignment();
        }
        return false;
    }
}

package id.go.bpjsketenagakerjaan.pmi.ui.payout;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.RejectionReason;
import id.go.bpjsketenagakerjaan.pmi.payout.boundary.BulkOutcome;
import id.go.bpjsketenagakerjaan.pmi.payout.boundary.ClaimRef;
import id.go.bpjsketenagakerjaan.pmi.payout.boundary.PayoutApprovalService;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.event.data.FilterEvent;

/**
 * The supervisor's approval queue: claims waiting for my approval within my limit, with the queue's count and sum,
 * bulk approval of the selection (each claim checked and committed on its own, the outcome listed per claim), and
 * reject / return per claim. Signals still to acknowledge are shown per row; acknowledging happens on the claim page.
 */
@Named
@ViewScoped
public class ApprovalQueuePage implements Serializable {

    @EJB
    PayoutApprovalService approvals;

    @Inject
    ViewerZone viewerZone;

    private ApprovalQueueModel queue;
    private List<ApprovalRow> selected = new ArrayList<>();
    /** The selection the confirmation dialog shows; only these are approved when the user confirms. */
    private List<ApprovalRow> toApprove = List.of();
    private List<OutcomeRow> outcomes = List.of();
    private ApprovalRow current;
    private RejectionReason rejectionReason;
    private String text;

    /** What bulk approval did with one claim, with the claim's number and amount as the user saw them. */
    public record OutcomeRow(long claimId, String claimNo, BigDecimal amount, BulkOutcome.Status status, String verdict,
                             String message) implements Serializable {
        public boolean approved() {
            return status == BulkOutcome.Status.APPROVED || status == BulkOutcome.Status.PARTIALLY_APPROVED;
        }
    }

    @PostConstruct
    void init() {
        queue = new ApprovalQueueModel((filter, first, pageSize) -> approvals.pendingForMe(filter, first, pageSize));
    }

    public void filtered(FilterEvent event) {
        queue.filterChanged(event.getFilterBy());
    }

    /** Checks the selection and opens the confirmation dialog with its count and sum. */
    public void prepareBulk() {
        if (selected == null || selected.isEmpty()) {
            PayoutFeedback.error("approvals.chooseClaims");
            toApprove = List.of();
            return;
        }
        toApprove = List.copyOf(selected);
    }

    public void bulkApprove() {
        if (toApprove.isEmpty()) {
            PayoutFeedback.error("approvals.chooseClaims");
            return;
        }
        Map<Long, ApprovalRow> shown = toApprove.stream().collect(Collectors.toMap(ApprovalRow::claimId, Function.identity(), (a, b) -> a));
        List<BulkOutcome> result = PayoutFeedback.attempt(() -> approvals.bulkApprove(
                toApprove.stream().map(r -> new ClaimRef(r.claimId(), r.version())).toList()));
        if (result != null) {
            outcomes = result.stream().map(o -> {
                ApprovalRow row = shown.get(o.claimId());
                return new OutcomeRow(o.claimId(), row == null ? String.valueOf(o.claimId()) : row.claimNo(),
                        row == null ? null : row.amount(), o.status(), o.verdict(), o.message());
            }).toList();
            long approved = outcomes.stream().filter(OutcomeRow::approved).count();
            PayoutFeedback.info("approvals.bulkDone", approved, outcomes.size());
        }
        queue.stale();
        toApprove = List.of();
        selected = new ArrayList<>();
    }

    public int getToApproveCount() {
        return toApprove.size();
    }

    public BigDecimal getToApproveSum() {
        return toApprove.stream().map(ApprovalRow::amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The row a reject or return dialog is about. */
    public void choose(ApprovalRow row) {
        current = row;
        rejectionReason = null;
        text = null;
    }

    public void reject() {
        if (current == null) {
            return;
        }
        ApprovalRow row = current;
        if (PayoutFeedback.attempt(() -> approvals.reject(row.claimId(), row.version(), rejectionReason, text)) != null) {
            PayoutFeedback.info("approvals.rejected", row.claimNo());
            queue.stale();
            current = null;
            outcomes = List.of();
        }
    }

    public void returnToAdjudicator() {
        if (current == null) {
            return;
        }
        ApprovalRow row = current;
        if (PayoutFeedback.attempt(() -> approvals.returnToAdjudicator(row.claimId(), row.version(), text)) != null) {
            PayoutFeedback.info("approvals.returned", row.claimNo(), row.recommendedBy());
            queue.stale();
            current = null;
            outcomes = List.of();
        }
    }

    public String at(Instant instant) {
        return viewerZone.at(instant);
    }

    /** Benefit codes that have a label, for the benefit filter. */
    public List<String> getBenefitCodes() {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE,
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        List<String> codes = new ArrayList<>(bundle.keySet().stream().filter(k -> k.startsWith("benefit."))
                .map(k -> k.substring("benefit.".length())).toList());
        Collections.sort(codes);
        return codes;
    }

    public RejectionReason[] getRejectionReasons() { return RejectionReason.values(); }
    public ApprovalQueueModel getQueue() { return queue; }
    public List<ApprovalRow> getSelected() { return selected; }
    public void setSelected(List<ApprovalRow> selected) { this.selected = selected; }
    public List<OutcomeRow> getOutcomes() { return outcomes; }
    public ApprovalRow getCurrent() { return current; }
    public RejectionReason getRejectionReason() { return rejectionReason; }
    public void setRejectionReason(RejectionReason rejectionReason) { this.rejectionReason = rejectionReason; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}

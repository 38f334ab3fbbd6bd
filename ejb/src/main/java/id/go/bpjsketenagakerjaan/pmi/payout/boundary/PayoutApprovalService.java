package id.go.bpjsketenagakerjaan.pmi.payout.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditDetail;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ConcurrentChangeException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import jakarta.inject.Inject;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimTransitionException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.RejectionReason;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalDecision;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalRefusedException;
import id.go.bpjsketenagakerjaan.pmi.payout.control.AuthorityDirectory;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PayoutApprovals;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PendingApprovals;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PendingFilter;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PendingPage;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Supervisors approve, reject or return recommended claims within their authority level. Maker is never checker and
 * an ADMIN never approves, whatever roles they hold: the policy checks the person, not only the role. Every call names
 * the version the user saw; a claim changed since is refused with who and when.
 */
@Stateless
@DeclareRoles({Roles.SUPERVISOR, Roles.ADMIN})
public class PayoutApprovalService {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    PayoutApprovalStep step;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** APPROVE (the claim is APPROVED) or APPROVE_PARTIAL (one of two); refusals throw ApprovalRefusedException. */
    @RolesAllowed(Roles.SUPERVISOR)
    public ApprovalDecision approve(long claimId, long seenVersion) {
        Instant now = now();
        ClaimStatus before = statusOf(claimId);
        ApprovalDecision decision = new PayoutApprovals(em).approve(claimId, seenVersion, caller(), rolesOf(em, session, caller()), now);
        audited("CLAIM_APPROVED", claimId, before, decision.message(), now);
        return decision;
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public long reject(long claimId, long seenVersion, RejectionReason reason, String text) {
        Instant now = now();
        ClaimStatus before = statusOf(claimId);
        long version = new PayoutApprovals(em).reject(claimId, seenVersion, reason, text, caller(), rolesOf(em, session, caller()), now);
        audited("CLAIM_CHANGED", claimId, before, reason + ": " + text, now);
        return version;
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public long returnToAdjudicator(long claimId, long seenVersion, String note) {
        Instant now = now();
        ClaimStatus before = statusOf(claimId);
        long version = new PayoutApprovals(em).returnToAdjudicator(claimId, seenVersion, note, caller(),
                rolesOf(em, session, caller()), now);
        audited("CLAIM_CHANGED", claimId, before, note, now);
        return version;
    }

    private ClaimStatus statusOf(long claimId) {
        Claim claim = em.find(Claim.class, claimId);
        return claim == null ? null : claim.getStatus();
    }

    /** The approver's decision in the audit trail, in the decision's transaction (a refusal throws and records nothing). */
    private void audited(String action, long claimId, ClaimStatus before, String note, Instant now) {
        Claim claim = em.find(Claim.class, claimId);
        audit.record(caller(), action, "claim:" + claim.getClaimNo(), AuditDetail.change()
                .field("status", before, claim.getStatus()).after("recommendedAmount", claim.getRecommendedAmount())
                .note(note).toString(), now);
    }

    /** Each claim is checked and committed on its own; the result says for each what happened and why. */
    @RolesAllowed(Roles.SUPERVISOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<BulkOutcome> bulkApprove(List<ClaimRef> selected) {
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (ClaimRef claim : selected) {
            outcomes.add(approveOne(claim));
        }
        return outcomes;
    }

    private BulkOutcome approveOne(ClaimRef claim) {
        try {
            ApprovalDecision decision = step.approveAlone(claim);
            return new BulkOutcome(claim.claimId(), decision.completes() ? BulkOutcome.Status.APPROVED
                    : BulkOutcome.Status.PARTIALLY_APPROVED, decision.verdict().name(), decision.message());
        } catch (ApprovalRefusedException refused) {
            ApprovalDecision decision = refused.decision();
            BulkOutcome.Status status = decision.verdict() == ApprovalDecision.Verdict.ROUTED_UP
                    ? BulkOutcome.Status.ROUTED_UP : BulkOutcome.Status.REFUSED;
            return new BulkOutcome(claim.claimId(), status, decision.verdict().name(), decision.message());
        } catch (ConcurrentChangeException changed) {
            return new BulkOutcome(claim.claimId(), BulkOutcome.Status.CHANGED_SINCE_SHOWN, "CHANGED", changed.getMessage());
        } catch (ClaimTransitionException | PayoutException refused) {
            return new BulkOutcome(claim.claimId(), BulkOutcome.Status.REFUSED, "NOT_ALLOWED", refused.getMessage());
        } catch (EJBException lost) {
            // the commit itself lost a race (optimistic lock or a UNIQUE key of payout_approval)
            return new BulkOutcome(claim.claimId(), BulkOutcome.Status.CHANGED_SINCE_SHOWN, "CHANGED",
                    "Klaim " + claim.claimId() + " diubah atau disetujui orang lain bersamaan. Muat ulang.");
        }
    }

    /** Claims waiting for my approval within my limit, oldest first, with count and sum of the whole queue. */
    @RolesAllowed(Roles.SUPERVISOR)
    public PendingPage pendingForMe(PendingFilter filter, int first, int pageSize) {
        return new PendingApprovals(em).pendingFor(caller(), filter, first, pageSize);
    }

    /** The caller's roles as the user table has them, plus ADMIN when the container says so. */
    static Set<String> rolesOf(EntityManager em, SessionContext session, String username) {
        Set<String> roles = new HashSet<>(new AuthorityDirectory(em).roles(username));
        if (session.isCallerInRole(Roles.ADMIN)) {
            roles.add(Roles.ADMIN);
        }
        return roles;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}

package id.go.bpjsketenagakerjaan.pmi.payout.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditDetail;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import jakarta.inject.Inject;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalDecision;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PayoutApprovals;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * One approval in its own transaction (REQUIRES_NEW), so bulk approval checks and commits each claim on its own: a
 * refusal or a lost race rolls back that claim only. The caller's identity propagates from {@link PayoutApprovalService}.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class PayoutApprovalStep {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ApprovalDecision approveAlone(ClaimRef claim) {
        String me = session.getCallerPrincipal().getName();
        Instant now = Instant.now(clock);
        ApprovalDecision decision = new PayoutApprovals(em).approve(claim.claimId(), claim.seenVersion(), me,
                PayoutApprovalService.rolesOf(em, session, me), now);
        Claim approved = em.find(Claim.class, claim.claimId());
        audit.record(me, "CLAIM_APPROVED", "claim:" + approved.getClaimNo(), AuditDetail.change()
                .field("status", ClaimStatus.AWAITING_APPROVAL, approved.getStatus())
                .after("recommendedAmount", approved.getRecommendedAmount()).note(decision.message()).toString(), now);
        return decision;
    }
}

package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.AuthorityLevel;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The queue "waiting for my approval": claims in AWAITING_APPROVAL whose recommended amount is within my level's
 * limit, not recommended by me and without any making step or approval of mine in their history (the queue is
 * conservative; the policy decides each approval). Oldest first, with count and sum of the whole queue.
 */
public class PendingApprovals {

    /**
     * The queue is counted up to this many claims; above, it is "more than" this and not summed. Counting and summing
     * a national queue (tens of thousands of claims, each checked against its history) would cost more than the page.
     */
    public static final int COUNT_CAP = 1_000;

    private final EntityManager em;

    public PendingApprovals(EntityManager em) {
        this.em = em;
    }

    public PendingPage pendingFor(String me, PendingFilter filter, int first, int pageSize) {
        AuthorityDirectory directory = new AuthorityDirectory(em);
        String levelCode = directory.levelOf(me);
        Optional<AuthorityLevel> level = directory.levels().stream().filter(l -> l.getCode().equals(levelCode)).findFirst();
        if (level.isEmpty()) {
            return new PendingPage(List.of(), 0, BigDecimal.ZERO.setScale(2), null, null, COUNT_CAP);
        }
        BigDecimal limit = level.get().getUpperLimit();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" FROM Claim c WHERE c.status = :status AND c.recommendedBy <> :me"
                + " AND NOT EXISTS (SELECT e FROM ClaimStatusEvent e WHERE e.claim = c AND e.actor = :me AND e.to NOT IN :checker"
                // giving the claim to an adjudicator is not a making step (ClaimEditors: only as the claim's last change)
                + " AND (e.reason IS NULL OR e.reason NOT LIKE :assignment))");
        params.put("assignment", Claim.ASSIGNMENT_PREFIX + "%");
        params.put("status", ClaimStatus.AWAITING_APPROVAL);
        params.put("me", me);
        params.put("checker", EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.RETURNED_FOR_CORRECTION, ClaimStatus.REJECTED,
                ClaimStatus.PAID, ClaimStatus.CLOSED));
        if (limit != null) {
            where.append(" AND c.recommendedAmount <= :limit");
            params.put("limit", limit);
        }
        PendingFilter f = filter == null ? PendingFilter.none() : filter;
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" AND (UPPER(c.claimNo) LIKE :text OR UPPER(c.participant.fullName) LIKE :text)");
            params.put("text", "%" + f.text().strip().toUpperCase(Locale.ROOT) + "%");
        }
        if (f.benefitCode() != null && !f.benefitCode().isBlank()) {
            where.append(" AND c.benefitCode = :benefit");
            params.put("benefit", f.benefitCode());
        }
        if (f.serviceUnitId() != null) {
            where.append(" AND c.serviceUnit.id = :unit");
            params.put("unit", f.serviceUnitId());
        }
        // in the queue's index order, so the count stops after COUNT_CAP + 1 rows of ix_claim_status_changed
        TypedQuery<Long> counted = em.createQuery("SELECT c.id" + where + " ORDER BY c.status, c.statusChangedAt, c.id",
                Long.class);
        TypedQuery<BigDecimal> total = em.createQuery("SELECT SUM(c.recommendedAmount)" + where, BigDecimal.class);
        TypedQuery<Claim> page = em.createQuery("SELECT c" + where + " ORDER BY " + f.orderBy(), Claim.class);
        params.forEach((name, value) -> {
            counted.setParameter(name, value);
            total.setParameter(name, value);
            page.setParameter(name, value);
        });
        long count = counted.setMaxResults(COUNT_CAP + 1).getResultList().size();
        BigDecimal sum = null;
        if (count <= COUNT_CAP) {
            BigDecimal summed = total.getSingleResult();
            sum = summed == null ? BigDecimal.ZERO.setScale(2) : summed.setScale(2);
        }
        // the page's participants, units, signals and histories in one query each, not four per row
        page.setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN);
        for (String path : List.of("c.participant", "c.serviceUnit", "c.signals", "c.history")) {
            page.setHint(QueryHints.BATCH, path);
        }
        List<Claim> claims = page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
        Map<Long, Integer> approvalsSoFar = new PayoutApprovals(em).priorApprovalCounts(claims);
        ApprovalPolicy policy = directory.policy();
        List<PendingApproval> rows = claims.stream().map(c -> {
            Optional<AuthorityRule> required = policy.requiredLevel(Money.of(c.getRecommendedAmount()));
            return new PendingApproval(c.getId(), c.getVersion(), c.getClaimNo(), c.getParticipant().getFullName(),
                    c.getBenefitCode(), c.getRecommendedAmount(), c.getRecommendedBy(), c.getServiceUnit().getName(),
                    c.getStatusChangedAt(), c.unacknowledgedSignals().size(), approvalsSoFar.getOrDefault(c.getId(), 0),
                    required.map(AuthorityRule::approvalsRequired).orElse(0),
                    required.map(AuthorityRule::code).orElse(null));
        }).toList();
        return new PendingPage(rows, count, sum, levelCode, limit, COUNT_CAP);
    }
}

package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ConcurrentChangeException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatusEvent;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimTransitionException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.RejectionReason;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutApproval;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The approval steps on one claim, for the boundary (which names the caller) and for in-container tests. Each step
 * loads the claim, refuses a stale view, asks {@link ApprovalPolicy}, writes the approval and the claim's status
 * event, and flushes so a concurrent winner is detected here: the loser gets a clear "already approved" or
 * "changed by" message and its transaction rolls back.
 */
public class PayoutApprovals {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZoneId.of("Asia/Jakarta"));

    private final EntityManager em;
    private final AuthorityDirectory directory;

    public PayoutApprovals(EntityManager em) {
        this.em = em;
        this.directory = new AuthorityDirectory(em);
    }

    /** The policy's answer without changing anything (for the queue and the page). */
    public ApprovalDecision assess(Claim claim, String approver, Set<String> roles) {
        return directory.policy().decide(request(claim, approver, roles));
    }

    /** Approves, or records the first of two approvals; throws {@link ApprovalRefusedException} with the verdict. */
    public ApprovalDecision approve(long claimId, long seenVersion, String approver, Set<String> roles, Instant now) {
        Claim claim = load(claimId, seenVersion);
        if (claim.getStatus() != ClaimStatus.AWAITING_APPROVAL) {
            throw new ClaimTransitionException(alreadyDecided(claim));
        }
        ApprovalDecision decision = assess(claim, approver, roles);
        if (!decision.allowed()) {
            throw new ApprovalRefusedException(decision);
        }
        em.persist(new PayoutApproval(claim.getId(), cycleOf(claim), decision.approvalNo(), approver,
                directory.levelOf(approver), claim.getRecommendedAmount(), now));
        if (decision.completes()) {
            claim.approvePayout(approver, now);
            flush(claimId); // before the schedule's queries flush it unguarded: a lost race becomes a message
            new Scholarships(em).planOnApproval(claim, approver, now);
        } else {
            claim.recordPartialApproval(approver, decision.approvalNo(), decision.approvalsRequired(), now);
        }
        flush(claimId);
        return decision;
    }

    public long reject(long claimId, long seenVersion, RejectionReason reason, String text, String actor, Set<String> roles,
                       Instant now) {
        Claim claim = load(claimId, seenVersion);
        requireChecker(claim, actor, roles, "menolak");
        claim.reject(reason, text, actor, now);
        return flush(claimId);
    }

    public long returnToAdjudicator(long claimId, long seenVersion, String note, String actor, Set<String> roles, Instant now) {
        Claim claim = load(claimId, seenVersion);
        requireChecker(claim, actor, roles, "mengembalikan");
        claim.returnForCorrection(note, actor, now);
        return flush(claimId);
    }

    /**
     * Reject and return are checker decisions too: never by the adjudicator who recommended, never by an ADMIN, and
     * only by someone with an authority level (no amount limit: refusing pays nothing).
     */
    private void requireChecker(Claim claim, String actor, Set<String> roles, String action) {
        if (Objects.equals(actor, claim.getRecommendedBy())) {
            throw new PayoutException("Klaim " + claim.getClaimNo() + " direkomendasikan oleh " + actor
                    + "; pemberi rekomendasi tidak boleh " + action + " klaimnya sendiri sebagai pemeriksa.");
        }
        if (roles.contains(Roles.ADMIN)) {
            throw new PayoutException(actor + " memegang peran ADMIN dan tidak boleh " + action + " klaim di tahap persetujuan.");
        }
        if (directory.levelOf(actor) == null) {
            throw new PayoutException(actor + " belum memiliki tingkat kewenangan persetujuan.");
        }
    }

    ApprovalRequest request(Claim claim, String approver, Set<String> roles) {
        Money amount = claim.getRecommendedAmount() == null ? null : Money.of(claim.getRecommendedAmount());
        return new ApprovalRequest(claim.getClaimNo(), amount, claim.getRecommendedBy(), ClaimEditors.of(claim),
                priorApprovers(claim), claim.unacknowledgedSignals().size(), approver, roles, directory.levelOf(approver));
    }

    public List<String> priorApprovers(Claim claim) {
        return em.createQuery("SELECT a.approver FROM PayoutApproval a WHERE a.claimId = :claim AND a.cycleNo = :cycle"
                        + " ORDER BY a.approvalNo", String.class)
                .setParameter("claim", claim.getId()).setParameter("cycle", cycleOf(claim)).getResultList();
    }

    /** How many approvals each claim has in its current cycle, read in one query (the approval queue's page). */
    public Map<Long, Integer> priorApprovalCounts(Collection<Claim> claims) {
        Map<Long, Integer> counts = new HashMap<>();
        if (claims.isEmpty()) {
            return counts;
        }
        Map<Long, Integer> cycles = new HashMap<>();
        claims.forEach(claim -> cycles.put(claim.getId(), cycleOf(claim)));
        em.createQuery("SELECT a.claimId, a.cycleNo FROM PayoutApproval a WHERE a.claimId IN :claims", Object[].class)
                .setParameter("claims", cycles.keySet()).getResultList().forEach(row -> {
                    Long claimId = ((Number) row[0]).longValue();
                    if (cycles.get(claimId) == ((Number) row[1]).intValue()) {
                        counts.merge(claimId, 1, Integer::sum);
                    }
                });
        return counts;
    }

    /** A cycle is one recommendation: the number of times the claim entered AWAITING_APPROVAL from another status. */
    public static int cycleOf(Claim claim) {
        return (int) claim.getHistory().stream()
                .filter(e -> e.getTo() == ClaimStatus.AWAITING_APPROVAL && e.getFrom() != ClaimStatus.AWAITING_APPROVAL)
                .count();
    }

    private Claim load(long claimId, long seenVersion) {
        Claim claim = em.find(Claim.class, claimId);
        if (claim == null) {
            throw new ClaimTransitionException("Klaim " + claimId + " tidak ditemukan.");
        }
        if (claim.getVersion() != seenVersion) {
            throw changed(claim);
        }
        return claim;
    }

    private long flush(long claimId) {
        try {
            em.flush();
        } catch (PersistenceException lost) {
            // another approver won the race (version or the UNIQUE keys of payout_approval)
            em.clear();
            throw changed(em.find(Claim.class, claimId));
        }
        return em.find(Claim.class, claimId).getVersion();
    }

    private static ConcurrentChangeException changed(Claim current) {
        if (current.getStatus() != ClaimStatus.AWAITING_APPROVAL) {
            String when = current.getLastModifiedAt() == null ? "" : " pada " + WHEN.format(current.getLastModifiedAt()) + " WIB";
            return new ConcurrentChangeException(alreadyDecided(current) + " Terakhir diubah oleh "
                    + current.getLastModifiedBy() + when + "; muat ulang halaman.");
        }
        String when = current.getLastModifiedAt() == null ? "" : " pada " + WHEN.format(current.getLastModifiedAt()) + " WIB";
        return new ConcurrentChangeException("Klaim " + current.getClaimNo() + " telah diubah oleh "
                + current.getLastModifiedBy() + when + ". Muat ulang untuk melihat perubahan terbaru.");
    }

    /** "already approved by X at T", or the decision the claim is in. */
    static String alreadyDecided(Claim claim) {
        List<ClaimStatusEvent> history = claim.getHistory();
        ClaimStatusEvent approved = null;
        for (ClaimStatusEvent event : history) {
            if (event.getTo() == ClaimStatus.APPROVED) {
                approved = event;
            }
        }
        if (approved != null && (claim.getStatus() == ClaimStatus.APPROVED || claim.getStatus() == ClaimStatus.PAID
                || claim.getStatus() == ClaimStatus.CLOSED)) {
            return "Klaim " + claim.getClaimNo() + " sudah disetujui oleh " + approved.getActor() + " pada "
                    + WHEN.format(approved.getOccurredAt()) + " WIB.";
        }
        return "Klaim " + claim.getClaimNo() + " berstatus " + claim.getStatus() + " dan tidak menunggu persetujuan.";
    }
}

package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimFilter;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimQueryService;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimRow;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimWorkflowService;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ConcurrentChangeException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimTransitionException;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The adjudicators' workbench: my queue, the team queue, and moving claims between adjudicators. */
@Stateless
@RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR})
public class WorkQueueService {

    /** A claim as the user saw it in the list: its id and the version shown. */
    public record ClaimRef(long id, long seenVersion, String claimNo) implements Serializable {
    }

    /** What happened to one claim of a bulk action. */
    public record Outcome(String claimNo, boolean done, String message) implements Serializable {
    }

    /** Above this many claims the team queue says "more than" instead of counting. */
    public static final int TEAM_COUNT_CAP = 1_000;

    @EJB
    ClaimQueryService claims;

    @EJB
    ClaimWorkflowService workflow;

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Resource
    SessionContext session;

    public long countMine(ClaimFilter filter) {
        return claims.count(filter.myQueue(caller()));
    }

    public List<ClaimRow> mine(ClaimFilter filter, int first, int pageSize) {
        return claims.page(filter.myQueue(caller()), first, pageSize);
    }

    /**
     * The team queue's count, up to {@value #TEAM_COUNT_CAP} and one more for "more than that": the team queue is
     * everyone's open work (hundreds of thousands of claims nationally), counting it all on every page view would
     * cost more than the page; the filters narrow it to what one can work through.
     */
    public long countTeam(ClaimFilter filter) {
        return claims.countUpTo(filter.teamQueue(caller()), TEAM_COUNT_CAP);
    }

    public List<ClaimRow> team(ClaimFilter filter, int first, int pageSize) {
        return claims.page(filter.teamQueue(caller()), first, pageSize);
    }

    /** Active users who can be given claims. */
    public List<String> adjudicators() {
        // active filtered here, not in JPQL (see Assignments)
        return em.createQuery("SELECT u FROM AppUser u JOIN u.roles r WHERE r = :role ORDER BY u.username", AppUser.class)
                .setParameter("role", Roles.ADJUDICATOR).getResultStream().filter(AppUser::isActive)
                .map(AppUser::getUsername).toList();
    }

    /**
     * Gives each selected claim to the adjudicator, each in its own transaction: one claim changed meanwhile or
     * closed does not stop the others, and the result says which were moved and why the others were not.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Outcome> reassign(List<ClaimRef> selected, String adjudicator) {
        if (!adjudicators().contains(adjudicator)) {
            throw new ClaimTransitionException("Pengguna " + adjudicator + " bukan pemeriksa klaim yang aktif.");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (ClaimRef ref : selected) {
            try {
                workflow.assign(ref.id(), ref.seenVersion(), adjudicator);
                outcomes.add(new Outcome(ref.claimNo(), true, "Ditugaskan kepada " + adjudicator));
            } catch (ClaimTransitionException | ConcurrentChangeException refused) {
                outcomes.add(new Outcome(ref.claimNo(), false, refused.getMessage()));
            }
        }
        return outcomes;
    }

    /** An adjudicator and the open claims on their queue, for choosing whose work to move. */
    public record Workload(String adjudicator, long openClaims) implements Serializable {
    }

    /** Everyone holding open claims (including people no longer active), most loaded first. */
    public List<Workload> workloads() {
        return em.createQuery("SELECT c.assignedTo, COUNT(c) FROM Claim c WHERE c.assignedTo IS NOT NULL "
                        + "AND c.status IN :open GROUP BY c.assignedTo ORDER BY COUNT(c) DESC, c.assignedTo", Object[].class)
                .setParameter("open", Assignments.OPEN).getResultList().stream()
                .map(row -> new Workload((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    /**
     * "Move all of X's work to Y" when X is away: every open claim on X's queue goes to Y, each in its own transaction
     * as in {@link #reassign}, each recorded as an assignment event on the claim and in the audit trail. A claim that
     * changes meanwhile is reported and left with X; running it again moves what is left.
     */
    @RolesAllowed(Roles.SUPERVISOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Outcome> moveAll(String from, String to) {
        if (from == null || from.isBlank()) {
            throw new ClaimTransitionException("Pilih pemeriksa yang pekerjaannya dipindahkan.");
        }
        if (from.equals(to)) {
            throw new ClaimTransitionException("Pekerjaan " + from + " tidak dapat dipindahkan kepada dirinya sendiri.");
        }
        List<ClaimRef> held = em.createQuery("SELECT c.id, c.version, c.claimNo FROM Claim c WHERE c.assignedTo = :from "
                        + "AND c.status IN :open ORDER BY c.receivedAt, c.id", Object[].class)
                .setParameter("from", from).setParameter("open", Assignments.OPEN).getResultList().stream()
                .map(row -> new ClaimRef(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2]))
                .toList();
        if (held.isEmpty()) {
            throw new ClaimTransitionException(from + " tidak memegang klaim terbuka.");
        }
        return reassign(held, to);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimFilter;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimQueryService;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimRow;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimWorkflowService;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ConcurrentChangeException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimTransitionException;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
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

    public long countTeam(ClaimFilter filter) {
        return claims.count(filter.teamQueue(caller()));
    }

    public List<ClaimRow> team(ClaimFilter filter, int first, int pageSize) {
        return claims.page(filter.teamQueue(caller()), first, pageSize);
    }

    /** Active users who can be given claims. */
    public List<String> adjudicators() {
        return em.createQuery("SELECT u.username FROM AppUser u JOIN u.roles r WHERE r = :role AND u.active = TRUE "
                + "ORDER BY u.username", String.class).setParameter("role", Roles.ADJUDICATOR).getResultList();
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

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

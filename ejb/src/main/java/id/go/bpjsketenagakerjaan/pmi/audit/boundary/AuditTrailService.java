package id.go.bpjsketenagakerjaan.pmi.audit.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditChainVerifier;
import id.go.bpjsketenagakerjaan.pmi.audit.entity.AuditEntry;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;

/** The auditors' read-only view of the trail, and the check that the chain is unbroken. */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditTrailService {

    /** Result of walking the chain: how many entries were checked and the first that does not fit, if any. */
    public record Verification(long checked, Long firstBrokenId, String problem) implements Serializable {
        public boolean intact() {
            return firstBrokenId == null;
        }
    }

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    public long count(String actor, String action) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE (:actor IS NULL OR a.actor = :actor) "
                        + "AND (:action IS NULL OR a.action = :action)", Long.class)
                .setParameter("actor", blankToNull(actor)).setParameter("action", blankToNull(action)).getSingleResult();
    }

    public List<AuditEntry> page(String actor, String action, int first, int pageSize) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE (:actor IS NULL OR a.actor = :actor) "
                        + "AND (:action IS NULL OR a.action = :action) ORDER BY a.id DESC", AuditEntry.class)
                .setParameter("actor", blankToNull(actor)).setParameter("action", blankToNull(action))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 200)).getResultList();
    }

    /** Walks the whole chain in id order, in pages, without holding it all in memory. */
    public Verification verify() {
        AuditChainVerifier verifier = new AuditChainVerifier();
        while (true) {
            List<AuditEntry> batch = em.createQuery("SELECT a FROM AuditEntry a WHERE a.id >= :from ORDER BY a.id", AuditEntry.class)
                    .setParameter("from", verifier.nextId()).setMaxResults(1000).getResultList();
            if (batch.isEmpty()) {
                return new Verification(verifier.checked(), null, null);
            }
            for (AuditEntry entry : batch) {
                if (!verifier.accept(AuditChainVerifier.linkOf(entry))) {
                    return new Verification(verifier.checked(), verifier.brokenAt(), verifier.problem());
                }
            }
            em.clear();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

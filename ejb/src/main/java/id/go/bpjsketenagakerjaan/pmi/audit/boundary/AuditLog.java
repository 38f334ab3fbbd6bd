package id.go.bpjsketenagakerjaan.pmi.audit.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditHash;
import id.go.bpjsketenagakerjaan.pmi.audit.entity.AuditEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends to the audit trail inside the caller's transaction, so an entry exists exactly when its action happened.
 * The chain head row is locked for the append: entries are strictly ordered even across cluster instances.
 */
@Dependent
public class AuditLog {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    public void record(String actor, String action, String subject, String detail, Instant time) {
        // stored TIMESTAMPs keep microseconds at most; hash what is stored
        Instant now = time.truncatedTo(ChronoUnit.MILLIS);
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").getSingleResult();
        long id = ((Number) head[0]).longValue() + 1;
        String previous = (String) head[1];
        String clippedDetail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        String hash = AuditHash.of(previous, id, now, actor, action, subject, clippedDetail);
        em.persist(new AuditEntry(id, now, actor, action, subject, clippedDetail, previous, hash));
        em.createNativeQuery("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")
                .setParameter(1, id).setParameter(2, hash).executeUpdate();
    }
}

package id.go.bpjsketenagakerjaan.pmi.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only: edits an audit row behind the application's back, as an intruder with database access would. */
@Stateless
public class AuditTamper {

    private static final String MARK = " [diubah]";

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    public void alter(long id) {
        em.createNativeQuery("UPDATE audit_entry SET detail = CONCAT(COALESCE(detail, ''), ?) WHERE id = ?")
                .setParameter(1, MARK).setParameter(2, id).executeUpdate();
    }

    public void restore(long id) {
        em.createNativeQuery("UPDATE audit_entry SET detail = REPLACE(detail, ?, '') WHERE id = ?")
                .setParameter(1, MARK).setParameter(2, id).executeUpdate();
    }
}

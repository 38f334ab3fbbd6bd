package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import id.go.bpjsketenagakerjaan.pmi.intake.entity.ImportRow;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What staff see of the SISKOP2MI bulk imports: each file with its progress (rows done of the total, accepted,
 * rejected) and the rejected rows with field and reason. Read-only; the imports themselves come through the API.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class ImportMonitor {

    static final int MAX_PROBLEMS = 500;

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    /** The newest imports first; the file content is never loaded. */
    public List<ImportSummary> recent(int max) {
        return em.createQuery("SELECT NEW id.go.bpjsketenagakerjaan.pmi.intake.boundary.ImportSummary(f.id, f.clientName,"
                        + " f.fileName, f.status, f.totalRows, f.lastRow, f.acceptedRows, f.rejectedRows, f.uploadedAt, f.finishedAt)"
                        + " FROM ImportFile f ORDER BY f.id DESC", ImportSummary.class)
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
    }

    /** The rejected rows of one import in file order (at most {@value #MAX_PROBLEMS}). */
    public List<ImportSummary.Problem> rejectedRows(long importId) {
        return em.createNamedQuery(ImportRow.REJECTED_OF_FILE, ImportRow.class)
                .setParameter("id", importId)
                .setMaxResults(MAX_PROBLEMS)
                .getResultStream()
                .map(r -> new ImportSummary.Problem(r.getRowNo(), r.getField(), r.getReason()))
                .toList();
    }
}

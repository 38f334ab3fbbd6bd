package id.go.bpjsketenagakerjaan.pmi.it;

import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;

/** Test-only EJB: each method is its own transaction, so entities come back detached as a page would hold them. */
@Stateless
public class VersionedEntityProbe {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    public ServiceUnit create(String code) {
        ServiceUnit unit = new ServiceUnit(code, "Unit " + code, ServiceUnitType.BRANCH, "Jawa Barat", "ID",
                ZoneId.of("Asia/Jakarta"));
        em.persist(unit);
        return unit;
    }

    public ServiceUnit find(long id) {
        return em.find(ServiceUnit.class, id);
    }

    public ServiceUnit rename(ServiceUnit detached, String name) {
        ServiceUnit managed = em.merge(detached);
        managed.rename(name);
        em.flush();
        return managed;
    }
}

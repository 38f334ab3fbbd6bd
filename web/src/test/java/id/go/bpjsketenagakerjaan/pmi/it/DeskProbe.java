package id.go.bpjsketenagakerjaan.pmi.it;

import id.go.bpjsketenagakerjaan.pmi.demo.DemoBranchOfficers;
import id.go.bpjsketenagakerjaan.pmi.security.control.PasswordHashing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Test-only EJB: sets up the demo branch officer (if the demo data has none yet) and reads what a test checks. */
@Stateless
public class DeskProbe {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    public void ensureBranchOfficer() {
        DemoBranchOfficers.load(em, hashing);
    }

    public long claims() {
        return em.createQuery("SELECT COUNT(c) FROM Claim c", Long.class).getSingleResult();
    }

    /** Channel and unit code of the claims with these numbers. */
    public List<Object[]> channelsAndUnits(List<String> claimNos) {
        return em.createQuery("SELECT c.channel, c.serviceUnit.code FROM Claim c WHERE c.claimNo IN :nos", Object[].class)
                .setParameter("nos", claimNos).getResultList();
    }

    public long unitId(String code) {
        return em.createQuery("SELECT u.id FROM ServiceUnit u WHERE u.code = :c", Long.class).setParameter("c", code)
                .getSingleResult();
    }

    /** A participant with a passport and the first of its bank accounts, not used by other tests. */
    public Object[] participantWithPassport(int skip) {
        return em.createQuery("SELECT p.id, p.passportNo FROM Participant p WHERE p.passportNo IS NOT NULL ORDER BY p.id DESC",
                Object[].class).setFirstResult(skip).setMaxResults(1).getSingleResult();
    }
}

package id.go.bpjsketenagakerjaan.pmi.demo;

import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.security.control.PasswordHashing;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import jakarta.persistence.EntityManager;
import java.util.Set;

/**
 * The demo desk officer: 'petugas' (BRANCH_OFFICER) at Kantor Cabang Cirebon (KC-CRB), who registers workers and
 * files walk-in claims at that unit only. Called by DemoDataLoader after the service units are persisted:
 * {@code DemoBranchOfficers.load(em, passwordHashing);}
 */
public final class DemoBranchOfficers {

    public static final String USERNAME = "petugas";
    public static final String UNIT_CODE = "KC-CRB";

    private DemoBranchOfficers() {
    }

    public static void load(EntityManager em, PasswordHashing hashing) {
        ServiceUnit unit = em.createQuery("SELECT u FROM ServiceUnit u WHERE u.code = :code", ServiceUnit.class)
                .setParameter("code", UNIT_CODE).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Unit demo " + UNIT_CODE + " belum ada"));
        boolean exists = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", USERNAME)
                .getResultStream().findAny().isPresent();
        if (!exists) {
            em.persist(new AppUser(USERNAME, "Gilang Ramadhan", hashing.hash(DemoDataLoader.DEMO_PASSWORD.toCharArray()),
                    unit.getId(), Set.of(Roles.BRANCH_OFFICER)));
        }
    }
}

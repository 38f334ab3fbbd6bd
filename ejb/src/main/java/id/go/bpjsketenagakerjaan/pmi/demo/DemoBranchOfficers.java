package id.go.bpjsketenagakerjaan.pmi.demo;

import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.security.control.PasswordHashing;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;

/**
 * The demo desk officers (BRANCH_OFFICER), each registering workers and filing walk-in claims at their own unit only:
 * 'petugas' at Kantor Cabang Cirebon (KC-CRB, WIB) and 'petugas.taipei' at the Taiwan unit (LN-TPE, Asia/Taipei, an
 * hour ahead of Jakarta: the user who shows that times are read in the viewer's zone). Called by DemoDataLoader after
 * the service units are persisted: {@code DemoBranchOfficers.load(em, passwordHashing);}
 */
public final class DemoBranchOfficers {

    public static final String USERNAME = "petugas";
    public static final String UNIT_CODE = "KC-CRB";
    public static final String TAIPEI_USERNAME = "petugas.taipei";
    public static final String TAIPEI_UNIT_CODE = "LN-TPE";

    private record Officer(String username, String fullName, String unitCode) {
    }

    private static final List<Officer> OFFICERS = List.of(
            new Officer(USERNAME, "Gilang Ramadhan", UNIT_CODE),
            new Officer(TAIPEI_USERNAME, "Hana Kusuma", TAIPEI_UNIT_CODE));

    private DemoBranchOfficers() {
    }

    public static void load(EntityManager em, PasswordHashing hashing) {
        for (Officer officer : OFFICERS) {
            ServiceUnit unit = em.createQuery("SELECT u FROM ServiceUnit u WHERE u.code = :code", ServiceUnit.class)
                    .setParameter("code", officer.unitCode()).getResultStream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("Unit demo " + officer.unitCode() + " belum ada"));
            boolean exists = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", officer.username())
                    .getResultStream().findAny().isPresent();
            if (!exists) {
                em.persist(new AppUser(officer.username(), officer.fullName(),
                        hashing.hash(DemoDataLoader.DEMO_PASSWORD.toCharArray()), unit.getId(), Set.of(Roles.BRANCH_OFFICER)));
            }
        }
    }
}

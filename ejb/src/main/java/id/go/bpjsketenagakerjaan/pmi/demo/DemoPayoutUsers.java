package id.go.bpjsketenagakerjaan.pmi.demo;

import id.go.bpjsketenagakerjaan.pmi.payout.entity.UserAuthority;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.security.control.PasswordHashing;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo approvers for the payout ladder: gives the existing 'supervisor' the SUPERVISOR level and adds a second
 * supervisor, a branch head and two deputy directors (claims above the branch head's limit need two of them).
 * Called by DemoDataLoader after its own users are persisted:
 * {@code DemoPayoutUsers.load(em, passwordHashing, DEMO_PASSWORD, units.get(0).getId());}
 */
public final class DemoPayoutUsers {

    record Approver(String username, String fullName, String level) {
    }

    static final List<Approver> APPROVERS = List.of(
            new Approver("supervisor2", "Gita Permata", "SUPERVISOR"),
            new Approver("kacab", "Hendra Wijaya", "BRANCH_HEAD"),
            new Approver("deputi", "Indah Kusuma", "DEPUTY_DIRECTOR"),
            new Approver("deputi2", "Joko Susilo", "DEPUTY_DIRECTOR"));

    private DemoPayoutUsers() {
    }

    /** Usernames with their authority level, for the start-up banner and the README. */
    public static Map<String, String> levels() {
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("supervisor", "SUPERVISOR");
        APPROVERS.forEach(a -> levels.put(a.username(), a.level()));
        return levels;
    }

    public static void load(EntityManager em, PasswordHashing hashing, String password, Long serviceUnitId) {
        Instant now = Instant.now();
        for (Approver approver : APPROVERS) {
            em.persist(new AppUser(approver.username(), approver.fullName(), hashing.hash(password.toCharArray()),
                    serviceUnitId, Set.of(Roles.SUPERVISOR)));
        }
        em.flush();
        levels().forEach((username, level) -> em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username).getResultStream().findFirst()
                .ifPresent(user -> em.persist(new UserAuthority(user.getId(), level, "demo", now))));
    }
}

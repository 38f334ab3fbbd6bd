package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.payout.entity.AuthorityLevel;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.UserAuthority;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the authority ladder and users' levels from the database. A collaborator of the boundaries. */
public class AuthorityDirectory {

    private final EntityManager em;

    public AuthorityDirectory(EntityManager em) {
        this.em = em;
    }

    public List<AuthorityLevel> levels() {
        return em.createQuery("SELECT l FROM AuthorityLevel l ORDER BY l.rank", AuthorityLevel.class).getResultList();
    }

    public ApprovalPolicy policy() {
        return new ApprovalPolicy(levels().stream().map(AuthorityDirectory::rule).toList());
    }

    public static AuthorityRule rule(AuthorityLevel level) {
        return new AuthorityRule(level.getCode(), level.getRank(),
                level.getUpperLimit() == null ? null : Money.of(level.getUpperLimit()), level.getApprovalsRequired());
    }

    public Optional<AppUser> user(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    public Set<String> roles(String username) {
        return user(username).map(AppUser::getRoles).orElse(Set.of());
    }

    /** The level code of a user, or null when the user has none. */
    public String levelOf(String username) {
        return user(username).map(u -> em.find(UserAuthority.class, u.getId())).map(UserAuthority::getLevelCode).orElse(null);
    }
}

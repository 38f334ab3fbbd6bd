package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import id.go.bpjsketenagakerjaan.pmi.casework.control.AssignmentPolicy;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the {@link AssignmentPolicy} from the database as it stands in the caller's transaction: the active
 * adjudicators, their unit, their open claims (through {@link AssignmentWorkload}), and the benefit kinds configured in
 * {@code pmi.assignment.benefits}.
 */
@Dependent
public class Assignments {

    static final List<ClaimStatus> OPEN = Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isOpen).toList();

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "pmi.assignment.benefits")
    Optional<String> configuredKinds;

    @Inject
    AssignmentWorkload workloads;

    public AssignmentPolicy policy() {
        Map<String, Set<String>> kinds = AssignmentPolicy.parseKinds(configuredKinds.orElse(""));
        // active filtered here, not in JPQL: a bound boolean against the NUMBER(1) column was refused by H2's TCP
        // server when the first requests raced (the soak); the adjudicators are a few hundred rows at most
        List<AppUser> adjudicators = em.createQuery("SELECT DISTINCT u FROM AppUser u JOIN u.roles r WHERE r = :role "
                + "ORDER BY u.username", AppUser.class).setParameter("role", Roles.ADJUDICATOR).getResultList()
                .stream().filter(AppUser::isActive).toList();
        Map<String, Long> workload = workloads.tally().of(adjudicators.stream().map(AppUser::getUsername).toList(), this::workloadOf);
        return new AssignmentPolicy(adjudicators.stream().map(u -> new AssignmentPolicy.Candidate(u.getUsername(),
                u.getServiceUnitId(), kinds.getOrDefault(u.getUsername(), Set.of()),
                workload.getOrDefault(u.getUsername(), 0L))).toList());
    }

    /** The policy chose {@code username} for a claim of this transaction. */
    public void assigned(String username) {
        workloads.tally().assigned(username);
    }

    /**
     * Open claims per candidate, read through {@code ix_claim_assigned (assigned_to, status)} for the candidates
     * only. Grouping every open claim by assignee read the whole open backlog for each filed claim (at 2 M claims the
     * intake API answered nothing within a round; its profile was this query).
     */
    private Map<String, Long> workloadOf(Collection<String> candidates) {
        Map<String, Long> workload = new HashMap<>();
        if (candidates.isEmpty()) {
            return workload;
        }
        for (Object[] row : em.createQuery("SELECT c.assignedTo, COUNT(c) FROM Claim c WHERE c.assignedTo IN :candidates "
                        + "AND c.status IN :open GROUP BY c.assignedTo", Object[].class)
                .setParameter("candidates", candidates).setParameter("open", OPEN).getResultList()) {
            workload.put((String) row[0], ((Number) row[1]).longValue());
        }
        return workload;
    }
}

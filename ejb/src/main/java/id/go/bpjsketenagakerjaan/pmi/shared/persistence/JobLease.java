package id.go.bpjsketenagakerjaan.pmi.shared.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A cluster-wide lease on a timed job, held in the shared database: the instance whose conditional UPDATE succeeds
 * runs the job; the others skip it. Works the same on Oracle and H2, without a cluster-aware scheduler.
 */
@Dependent
public class JobLease {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    /** True when this owner holds the job's lease until {@code now + duration} (taken or renewed now). */
    public boolean acquire(String job, String owner, Instant now, Duration duration) {
        int updated = em.createNativeQuery("UPDATE job_lease SET owner = ?, lease_until = ? WHERE name = ? "
                        + "AND (lease_until < ? OR owner = ?)")
                .setParameter(1, owner)
                .setParameter(2, utc(now.plus(duration)))
                .setParameter(3, job)
                .setParameter(4, utc(now))
                .setParameter(5, owner)
                .executeUpdate();
        return updated == 1;
    }

    private static java.sql.Timestamp utc(Instant instant) {
        return java.sql.Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}

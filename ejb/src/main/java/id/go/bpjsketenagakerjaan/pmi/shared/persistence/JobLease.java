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

    /** Writes down one attempt of an instance's timer (in the caller's transaction). */
    public void record(String job, String owner, Instant at, boolean ran) {
        em.createNativeQuery("INSERT INTO job_run (id, job_name, instance_name, attempted_at, ran) "
                        + "VALUES (job_run_seq.NEXTVAL, ?, ?, ?, ?)")
                .setParameter(1, job)
                .setParameter(2, owner.length() > 100 ? owner.substring(0, 100) : owner)
                .setParameter(3, utc(at))
                .setParameter(4, ran ? 1 : 0)
                .executeUpdate();
    }

    /** Forgets attempts older than {@code before}, so the log stays small. */
    public int prune(String job, Instant before) {
        return em.createNativeQuery("DELETE FROM job_run WHERE job_name = ? AND attempted_at < ?")
                .setParameter(1, job)
                .setParameter(2, utc(before))
                .executeUpdate();
    }

    private static java.sql.Timestamp utc(Instant instant) {
        return java.sql.Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}

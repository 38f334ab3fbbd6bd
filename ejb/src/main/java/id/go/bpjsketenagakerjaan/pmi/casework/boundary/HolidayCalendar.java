package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place the SLA policy comes from: the standard targets over the holidays in {@code public_holiday}. The
 * holiday set is read once and kept; an edit on this instance drops it after the edit commits (never before, so a
 * rolled-back edit is never seen), and other instances of a cluster re-read it at most
 * {@code pmi.holidays.refresh-seconds} later (default 300), since they do not see this instance's events.
 */
@ApplicationScoped
public class HolidayCalendar {

    private record Snapshot(SlaPolicy policy, Set<LocalDate> dates, Instant loadedAt) {
    }

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "pmi.holidays.refresh-seconds", defaultValue = "300")
    long refreshSeconds;

    Clock clock = Clock.systemUTC();

    private volatile Snapshot snapshot;

    /** The SLA policy with the current holidays. */
    public SlaPolicy slaPolicy() {
        return current().policy();
    }

    /** The dates offices are closed for besides weekends (national holidays and cuti bersama). */
    public Set<LocalDate> holidays() {
        return current().dates();
    }

    /** Drops the cached set once an administrator's change has committed. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) HolidaysChanged change) {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot held = snapshot;
        Instant now = Instant.now(clock);
        if (held == null || Duration.between(held.loadedAt(), now).getSeconds() >= refreshSeconds) {
            Set<LocalDate> dates = Set.copyOf(new HashSet<>(em.createQuery(
                    "SELECT h.date FROM PublicHoliday h", LocalDate.class).getResultList()));
            held = new Snapshot(SlaPolicy.withDefaultTargets(dates), dates, now);
            snapshot = held;
        }
        return held;
    }
}

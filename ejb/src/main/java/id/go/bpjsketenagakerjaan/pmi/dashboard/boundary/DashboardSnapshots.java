package id.go.bpjsketenagakerjaan.pmi.dashboard.boundary;

import id.go.bpjsketenagakerjaan.pmi.dashboard.control.SnapshotCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dashboard's figures per date range, kept for {@code pmi.dashboard.max-age-seconds} (default 60; 0 computes on
 * every request). The figures are national totals over every participant and claim: a dozen grouped scans that take
 * seconds at a million participants, while management reads them as a picture of the day. So each instance computes
 * them at most once a minute per range (less often when computing takes long: see {@link SnapshotCache}), and the page
 * shows the time they are as of. The figures never mix two
 * moments: a snapshot is one computation, replaced whole. Instances of a cluster each keep their own (the figures of
 * two instances may differ by up to the maximum age).
 */
@ApplicationScoped
public class DashboardSnapshots {

    /** Date ranges kept at once; a manager trying ranges pushes out the oldest. */
    static final int RANGES = 32;

    @Inject
    @ConfigProperty(name = "pmi.dashboard.max-age-seconds", defaultValue = "60")
    long maxAgeSeconds;

    private SnapshotCache<DashboardFilter, Dashboard> cache;

    @PostConstruct
    void init() {
        cache = new SnapshotCache<>(Duration.ofSeconds(maxAgeSeconds), RANGES, Clock.systemUTC());
    }

    Dashboard of(DashboardFilter filter, Supplier<Dashboard> compute) {
        return cache.get(filter, compute).value();
    }
}

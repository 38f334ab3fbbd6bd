package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import id.go.bpjsketenagakerjaan.pmi.casework.control.WorkloadTally;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's {@link WorkloadTally}, re-read from the database every {@code pmi.assignment.workload-max-age-seconds}
 * (default 30; 0 reads for every filed claim). Each instance of a cluster keeps its own.
 */
@ApplicationScoped
public class AssignmentWorkload {

    @Inject
    @ConfigProperty(name = "pmi.assignment.workload-max-age-seconds", defaultValue = "30")
    long maxAgeSeconds;

    private WorkloadTally tally;

    @PostConstruct
    void init() {
        tally = new WorkloadTally(Duration.ofSeconds(maxAgeSeconds), Clock.systemUTC());
    }

    WorkloadTally tally() {
        return tally;
    }
}

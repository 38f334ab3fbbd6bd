package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Period;
import java.util.Objects;

/**
 * One phase's cover as computed from the facts: the days it protects (inclusive) and why, in words a case
 * worker can check against the documents.
 */
public record CoverageWindow(Phase phase, Period period, String description) {

    public CoverageWindow {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(description, "description");
        if (phase == Phase.NONE) {
            throw new IllegalArgumentException("Jendela perlindungan tidak boleh berfase NONE");
        }
    }
}

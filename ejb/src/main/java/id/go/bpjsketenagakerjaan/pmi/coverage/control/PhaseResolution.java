package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Period;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "which phase protected this person under this programme on this day, and why".
 *
 * @param window the applicable window, null when {@code phase} is {@link Phase#NONE}
 * @param reason human-readable, Bahasa Indonesia
 */
public record PhaseResolution(LocalDate date, Programme programme, Phase phase, Period window, String reason) {

    public PhaseResolution {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(reason, "reason");
        if ((phase == Phase.NONE) != (window == null)) {
            throw new IllegalArgumentException("Fase NONE tanpa jendela; fase lain wajib dengan jendela");
        }
    }

    public boolean isCovered() {
        return phase != Phase.NONE;
    }

    public Optional<Period> applicableWindow() {
        return Optional.ofNullable(window);
    }
}

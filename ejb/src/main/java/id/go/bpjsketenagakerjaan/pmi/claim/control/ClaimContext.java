package id.go.bpjsketenagakerjaan.pmi.claim.control;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The circumstances of one claim that decide its conditional documents. Immutable. */
public record ClaimContext(Set<ClaimCircumstance> circumstances) {

    public ClaimContext {
        Objects.requireNonNull(circumstances, "circumstances");
        circumstances = circumstances.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(ClaimCircumstance.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(circumstances));
    }

    public static ClaimContext none() {
        return new ClaimContext(Set.of());
    }

    /** Repeating a circumstance is harmless. */
    public static ClaimContext of(ClaimCircumstance... circumstances) {
        return new ClaimContext(new HashSet<>(Arrays.asList(circumstances)));
    }

    public boolean has(ClaimCircumstance circumstance) {
        return circumstances.contains(circumstance);
    }
}

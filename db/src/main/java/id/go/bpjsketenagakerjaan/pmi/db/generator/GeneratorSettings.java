package id.go.bpjsketenagakerjaan.pmi.db.generator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: sizes, the seed that makes it repeatable, the reference day ("today" of the population) and the
 * number of rows per table written between two commits.
 */
public record GeneratorSettings(int participants, int claims, long seed, LocalDate today, int chunkSize) {

    public GeneratorSettings {
        if (participants < 1) {
            throw new IllegalArgumentException("participants: at least 1, got " + participants);
        }
        if (claims < 0) {
            throw new IllegalArgumentException("claims: not negative, got " + claims);
        }
        if (claims > participants * (long) PopulationGenerator.MAX_CLAIMS_PER_PARTICIPANT) {
            throw new IllegalArgumentException("claims: at most " + PopulationGenerator.MAX_CLAIMS_PER_PARTICIPANT
                    + " per participant, got " + claims + " for " + participants);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize: at least 1, got " + chunkSize);
        }
        Objects.requireNonNull(today, "today");
    }

    public static GeneratorSettings of(int participants, int claims, long seed, LocalDate today) {
        return new GeneratorSettings(participants, claims, seed, today, 5_000);
    }
}

package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A child of the worker, as needed for the scholarship. */
public record Child(String name, LocalDate birthDate, SchoolLevel level, boolean married, boolean working) {

    public Child {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(level, "level");
    }

    public int ageOn(LocalDate day) {
        return (int) ChronoUnit.YEARS.between(birthDate, day);
    }
}

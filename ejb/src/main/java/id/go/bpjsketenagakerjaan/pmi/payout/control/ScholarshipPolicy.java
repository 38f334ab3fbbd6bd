package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitRule;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipEnd;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The yearly scholarship (Permenaker 4/2023, increased benefit): at most 2 children, paid once a year at the rate of
 * the school level the child is <em>proven</em> to be in that year, and never again once the child is 23, married or
 * working. Rates of the fact sheet: TK and SD Rp 1,5 jt, SMP Rp 2 jt, SMA/SMK Rp 3 jt, university or training
 * Rp 12 jt per year (the same figures as the SCHOLARSHIP rule seeded in V2; a rule version can replace them).
 *
 * <p>Schedule: one instalment per year on the anniversary of the first due date, as long as the child is younger
 * than 23 on the due date. Each instalment first asks for proof of the school level; a year in which the child is
 * not in school ({@link SchoolLevel#NONE}) is not paid but does not end the schedule (the child may enrol again);
 * marriage, work or reaching 23 end it.
 */
public final class ScholarshipPolicy {

    public static final int MAX_AGE = 23;
    public static final int MAX_CHILDREN = 2;

    private final Map<SchoolLevel, Money> rates;
    private final int maxAge;
    private final int maxChildren;

    public ScholarshipPolicy(Map<SchoolLevel, Money> rates, int maxAge, int maxChildren) {
        this.rates = new EnumMap<>(rates);
        this.maxAge = maxAge;
        this.maxChildren = maxChildren;
    }

    public static ScholarshipPolicy standard() {
        Map<SchoolLevel, Money> rates = new EnumMap<>(SchoolLevel.class);
        rates.put(SchoolLevel.TK, Money.rupiah(1_500_000));
        rates.put(SchoolLevel.SD, Money.rupiah(1_500_000));
        rates.put(SchoolLevel.SMP, Money.rupiah(2_000_000));
        rates.put(SchoolLevel.SMA, Money.rupiah(3_000_000));
        rates.put(SchoolLevel.PT, Money.rupiah(12_000_000));
        return new ScholarshipPolicy(rates, MAX_AGE, MAX_CHILDREN);
    }

    /**
     * The policy of a SCHOLARSHIP catalogue version: its rates per level (params TK, SD, SMP, SMA, PT) and its
     * maxChildren / maxAge, so an administrator's new version changes the schedule's amounts without a release.
     */
    public static ScholarshipPolicy fromRule(BenefitRule rule) {
        Objects.requireNonNull(rule, "rule");
        Map<SchoolLevel, Money> rates = new EnumMap<>(SchoolLevel.class);
        for (SchoolLevel level : SchoolLevel.values()) {
            if (level != SchoolLevel.NONE) {
                rule.moneyParam(level.name()).ifPresent(rate -> rates.put(level, rate));
            }
        }
        return new ScholarshipPolicy(rates, rule.intParam("maxAge").orElse(MAX_AGE),
                rule.intParam("maxChildren").orElse(MAX_CHILDREN));
    }

    public int maxChildren() {
        return maxChildren;
    }

    public int maxAge() {
        return maxAge;
    }

    public Optional<Money> rate(SchoolLevel level) {
        return Optional.ofNullable(rates.get(Objects.requireNonNull(level, "level")));
    }

    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return (int) ChronoUnit.YEARS.between(birthDate, day);
    }

    /** The due dates: yearly from {@code firstDue} while the child is younger than the maximum age on that day. */
    public List<LocalDate> dueDates(LocalDate birthDate, LocalDate firstDue) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(firstDue, "firstDue");
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate due = firstDue; ageOn(birthDate, due) < maxAge; due = firstDue.plusYears(dates.size())) {
            dates.add(due);
        }
        return dates;
    }

    /** Refuses a schedule for a further child when the claim already has the maximum number. */
    public void requireRoomForAnotherChild(int schedulesOnClaim) {
        if (schedulesOnClaim >= maxChildren) {
            throw new IllegalStateException("Beasiswa paling banyak untuk " + maxChildren + " anak; klaim ini sudah memiliki "
                    + schedulesOnClaim + " jadwal.");
        }
    }

    /** What one year's proof leads to. */
    public sealed interface Outcome permits Pay, SkipYear, Stop {
    }

    public record Pay(SchoolLevel level, Money amount) implements Outcome {
    }

    /** Not in school this year: nothing paid, the schedule continues. */
    public record SkipYear(String reason) implements Outcome {
    }

    /** The schedule ends: this and every later instalment are cancelled. */
    public record Stop(ScholarshipEnd end, String reason) implements Outcome {
    }

    public Outcome assess(LocalDate birthDate, LocalDate dueDate, SchoolLevel provenLevel, boolean married, boolean working) {
        int age = ageOn(birthDate, dueDate);
        if (age >= maxAge) {
            return new Stop(ScholarshipEnd.AGE, "anak berusia " + age + " tahun pada " + dueDate + " (batas " + maxAge + " tahun)");
        }
        if (married) {
            return new Stop(ScholarshipEnd.MARRIAGE, "anak sudah menikah");
        }
        if (working) {
            return new Stop(ScholarshipEnd.WORK, "anak sudah bekerja");
        }
        if (provenLevel == null || provenLevel == SchoolLevel.NONE) {
            return new SkipYear("anak tidak sedang sekolah/pelatihan pada tahun ini");
        }
        return rate(provenLevel).<Outcome>map(amount -> new Pay(provenLevel, amount))
                .orElseGet(() -> new SkipYear("tarif jenjang " + provenLevel.labelId() + " belum ada dalam aturan"));
    }
}

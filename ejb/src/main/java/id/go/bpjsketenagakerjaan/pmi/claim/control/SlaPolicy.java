package id.go.bpjsketenagakerjaan.pmi.claim.control;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatusEvent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Service-level targets per stage, counted in Indonesian working days: Monday to Friday, minus the supplied
 * holidays (national holidays and cuti bersama, which change every year by joint ministerial decree, hence data).
 * The day a claim arrives is day 0; the target is met if the work is done before the end of the N-th working day
 * after it. No PMI-specific deadline is published, so the targets are the agency's own and configurable.
 */
public final class SlaPolicy {

    /** Intake and verification 5 working days, adjudication 5, approval 2. */
    public static final Map<SlaStage, Integer> DEFAULT_TARGETS = Map.of(
            SlaStage.INTAKE_VERIFICATION, 5,
            SlaStage.ADJUDICATION, 5,
            SlaStage.APPROVAL, 2);

    private final Map<SlaStage, Integer> targetWorkingDays;
    private final Set<LocalDate> holidays;

    /** @param targetWorkingDays a positive target for every stage */
    public SlaPolicy(Map<SlaStage, Integer> targetWorkingDays, Set<LocalDate> holidays) {
        Objects.requireNonNull(targetWorkingDays, "targetWorkingDays");
        EnumMap<SlaStage, Integer> targets = new EnumMap<>(SlaStage.class);
        for (SlaStage stage : SlaStage.values()) {
            Integer days = targetWorkingDays.get(stage);
            if (days == null || days < 1) {
                throw new IllegalArgumentException("Target hari kerja untuk " + stage + " harus diisi dan minimal 1.");
            }
            targets.put(stage, days);
        }
        this.targetWorkingDays = targets;
        this.holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
    }

    public static SlaPolicy withDefaultTargets(Set<LocalDate> holidays) {
        return new SlaPolicy(DEFAULT_TARGETS, holidays);
    }

    public int targetWorkingDays(SlaStage stage) {
        return targetWorkingDays.get(Objects.requireNonNull(stage, "stage"));
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The {@code workingDays}-th working day after {@code from} ({@code from} itself never counts). */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        LocalDate day = from;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code fromExclusive} up to and including {@code toInclusive}; 0 if the range is empty. */
    public long workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (!toInclusive.isAfter(fromExclusive)) {
            return 0;
        }
        return fromExclusive.plusDays(1).datesUntil(toInclusive.plusDays(1)).filter(this::isWorkingDay).count();
    }

    public SlaClock clock(SlaStage stage, Instant startedAt, ZoneId zone) {
        return new SlaClock(this, stage, startedAt, zone);
    }

    /**
     * The clock of the stage a claim is in now, from its status history ({@code Claim.getHistory()}), or empty when
     * no agency clock runs in its current status. The stage started at the earliest of the latest unbroken run of
     * events in that stage, so RECEIVED → VERIFICATION is one intake clock, while a pause for missing documents
     * starts a fresh clock when the claim comes back.
     */
    public Optional<SlaClock> currentClock(List<ClaimStatusEvent> history, ZoneId zone) {
        Objects.requireNonNull(history, "history");
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Optional<SlaStage> stage = SlaStage.of(history.get(history.size() - 1).getTo());
        if (stage.isEmpty()) {
            return Optional.empty();
        }
        Instant startedAt = null;
        for (int i = history.size() - 1; i >= 0 && SlaStage.of(history.get(i).getTo()).equals(stage); i--) {
            startedAt = history.get(i).getOccurredAt();
        }
        return Optional.of(clock(stage.get(), startedAt, zone));
    }
}

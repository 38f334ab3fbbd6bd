package id.go.bpjsketenagakerjaan.pmi.claim.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One stage's clock for one claim: started at an instant, due at the end of a working day in the office's zone.
 * Made by {@link SlaPolicy#clock}.
 */
public final class SlaClock {

    private final SlaPolicy policy;
    private final SlaStage stage;
    private final Instant startedAt;
    private final ZoneId zone;
    private final LocalDate dueDate;

    SlaClock(SlaPolicy policy, SlaStage stage, Instant startedAt, ZoneId zone) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.dueDate = policy.addWorkingDays(startDate(), policy.targetWorkingDays(stage));
    }

    public SlaStage stage() {
        return stage;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The last working day of the target; the work is on time if done before that day ends. */
    public LocalDate dueDate() {
        return dueDate;
    }

    /** The first instant that is late: midnight after the due date, in the clock's zone. */
    public Instant deadline() {
        return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The first instant {@link #status} shows {@link SlaStatus#DUE_SOON}: midnight starting the first day with at most
     * one working day left, or the start itself when the stage is that short. The SLA watch looks again then.
     */
    public Instant dueSoonFrom() {
        LocalDate day = startDate();
        while (day.isBefore(dueDate) && policy.workingDaysBetween(day, dueDate) > 1) {
            day = day.plusDays(1);
        }
        Instant from = day.atStartOfDay(zone).toInstant();
        return from.isBefore(startedAt) ? startedAt : from;
    }

    public SlaStatus status(Instant now) {
        if (!now.isBefore(deadline())) {
            return SlaStatus.BREACHED;
        }
        return workingDaysLeft(now) <= 1 ? SlaStatus.DUE_SOON : SlaStatus.ON_TRACK;
    }

    /**
     * Whole working days after today up to and including the due date: 1 the day before it, 0 on the due date
     * itself and after it.
     */
    public long workingDaysLeft(Instant now) {
        LocalDate today = today(now);
        return today.isBefore(dueDate) ? policy.workingDaysBetween(today, dueDate) : 0;
    }

    /** Working days since the stage started, not counting the start day: 0 on the day it arrived. */
    public long workingDaysWaiting(Instant now) {
        LocalDate today = today(now);
        return today.isAfter(startDate()) ? policy.workingDaysBetween(startDate(), today) : 0;
    }

    private LocalDate startDate() {
        return startedAt.atZone(zone).toLocalDate();
    }

    private LocalDate today(Instant now) {
        return Objects.requireNonNull(now, "now").atZone(zone).toLocalDate();
    }

    @Override
    public String toString() {
        return stage.labelId() + " sejak " + startedAt + ", jatuh tempo " + dueDate + " (" + zone + ")";
    }
}

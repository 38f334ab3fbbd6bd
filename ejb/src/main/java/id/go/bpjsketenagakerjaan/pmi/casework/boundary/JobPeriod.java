package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import jakarta.ejb.ScheduleExpression;
import java.time.Duration;

/**
 * The period of a clustered timer as a wall-clock calendar schedule: it must divide a minute or an hour evenly, so
 * every instance fires at the same moments and their lease attempts meet.
 */
public record JobPeriod(int seconds) {

    public JobPeriod {
        boolean withinMinute = seconds > 0 && seconds < 60 && 60 % seconds == 0;
        boolean withinHour = seconds >= 60 && seconds <= 3600 && seconds % 60 == 0 && 60 % (seconds / 60) == 0;
        if (!withinMinute && !withinHour) {
            throw new IllegalArgumentException("pmi.sla-escalation.every-seconds: " + seconds
                    + " must divide a minute (1-30 s) or an hour (1-60 min, whole minutes)");
        }
    }

    public static JobPeriod of(int seconds) {
        return new JobPeriod(seconds);
    }

    /** The lease is shorter than the period, so it has lapsed by the next tick wherever it ran. */
    public Duration lease() {
        return Duration.ofMillis(seconds * 800L);
    }

    public ScheduleExpression schedule(ScheduleExpression expression) {
        if (seconds < 60) {
            return expression.second("*/" + seconds).minute("*").hour("*");
        }
        return expression.second("0").minute(seconds == 3600 ? "0" : "*/" + seconds / 60).hour("*");
    }
}

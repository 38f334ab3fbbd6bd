package id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** Claims finished in one ISO week: paid (then closed) and rejected. */
public class WeekCount implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String week;
    private final LocalDate monday;
    private final long paid;
    private final long rejected;

    public WeekCount(String week, LocalDate monday, long paid, long rejected) {
        this.week = week;
        this.monday = monday;
        this.paid = paid;
        this.rejected = rejected;
    }

    /** {@code 2026-W05} */
    public String getWeek() { return week; }
    public LocalDate getMonday() { return monday; }
    public long getPaid() { return paid; }
    public long getRejected() { return rejected; }
    public long getTotal() { return paid + rejected; }
}

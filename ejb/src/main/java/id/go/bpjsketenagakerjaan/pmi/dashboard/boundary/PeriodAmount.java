package id.go.bpjsketenagakerjaan.pmi.dashboard.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A month (or week) with a count, an amount and, for SLA trends, the share on time. */
public class PeriodAmount implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String period;
    private final long count;
    private final long onTime;
    private final BigDecimal amount;

    public PeriodAmount(String period, long count, long onTime, BigDecimal amount) {
        this.period = period;
        this.count = count;
        this.onTime = onTime;
        this.amount = amount;
    }

    /** {@code 2026-03} or {@code 2026-W11} */
    public String getPeriod() { return period; }
    public long getCount() { return count; }
    public long getOnTime() { return onTime; }
    public BigDecimal getAmount() { return amount; }
    /** Percentage on time, one decimal; null when nothing was measured. */
    public BigDecimal getPercent() {
        return count == 0 ? null : BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(count), 1, java.math.RoundingMode.HALF_UP);
    }
}

package id.go.bpjsketenagakerjaan.pmi.dashboard.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One group of a breakdown: its key (a code such as a status or a country), a readable name where the key is not
 * translated by the UI, its count and, where it applies, an amount.
 */
public class CountRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String name;
    private final long count;
    private final BigDecimal amount;

    public CountRow(String key, String name, long count, BigDecimal amount) {
        this.key = key;
        this.name = name;
        this.count = count;
        this.amount = amount;
    }

    public String getKey() { return key; }
    public String getName() { return name; }
    public long getCount() { return count; }
    public BigDecimal getAmount() { return amount; }
}

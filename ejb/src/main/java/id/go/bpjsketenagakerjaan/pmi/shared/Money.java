package id.go.bpjsketenagakerjaan.pmi.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Objects;

/**
 * An amount in Indonesian rupiah (IDR). Immutable, always held with scale 2 and rounded HALF_UP, so two
 * amounts that print the same are {@link #equals(Object) equal}. There is deliberately no factory or
 * operation taking a {@code double}: binary floating point cannot hold most decimal amounts exactly.
 */
public final class Money implements Comparable<Money>, Serializable {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount.setScale(SCALE, ROUNDING);
    }

    /** Whole rupiah, e.g. {@code Money.rupiah(85_000_000)}. */
    public static Money rupiah(long wholeRupiah) {
        return new Money(BigDecimal.valueOf(wholeRupiah));
    }

    public static Money of(BigDecimal amount) {
        return new Money(Objects.requireNonNull(amount, "amount"));
    }

    /** Parses a plain decimal string with a dot as decimal separator, e.g. {@code "13500"} or {@code "1234.50"}. */
    public static Money parse(String plainDecimal) {
        return new Money(new BigDecimal(Objects.requireNonNull(plainDecimal, "plainDecimal").trim()));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** Multiplies by a whole quantity (months, children, ...). */
    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    /** {@code percent}% of this amount, e.g. {@code base.timesPercent(new BigDecimal("12.5"))}; rounded HALF_UP to sen. */
    public Money timesPercent(BigDecimal percent) {
        return new Money(amount.multiply(percent).divide(HUNDRED, SCALE, ROUNDING));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /**
     * Indonesian notation: dot as thousands separator, comma for sen, sen shown only when not zero:
     * {@code "Rp 85.000.000"}, {@code "Rp 1.234,50"}, {@code "-Rp 5.000"}.
     */
    @Override
    public String toString() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        boolean wholeRupiah = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(wholeRupiah ? "#,##0" : "#,##0.00", symbols);
        format.setRoundingMode(ROUNDING);
        String digits = format.format(amount.abs());
        return (amount.signum() < 0 ? "-Rp " : "Rp ") + digits;
    }
}

package id.go.bpjsketenagakerjaan.pmi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void printsIndonesianNotationWithoutSenForWholeRupiah() {
        assertThat(Money.rupiah(85_000_000)).hasToString("Rp 85.000.000");
        assertThat(Money.rupiah(37_500)).hasToString("Rp 37.500");
        assertThat(Money.ZERO).hasToString("Rp 0");
    }

    @Test
    void printsSenWithCommaWhenPresent() {
        assertThat(Money.parse("1234.5")).hasToString("Rp 1.234,50");
    }

    @Test
    void printsNegativeAmountsWithLeadingMinus() {
        assertThat(Money.rupiah(5_000).minus(Money.rupiah(10_000))).hasToString("-Rp 5.000");
    }

    @Test
    void alwaysHoldsScaleTwoSoEqualAmountsAreEqual() {
        assertThat(Money.parse("100")).isEqualTo(Money.parse("100.00"));
        assertThat(Money.parse("100").hashCode()).isEqualTo(Money.parse("100.000").hashCode());
        assertThat(Money.of(new BigDecimal("1.005")).amount()).isEqualByComparingTo("1.01");
        assertThat(Money.of(new BigDecimal("1.005")).amount().scale()).isEqualTo(2);
    }

    @Test
    void addsAndSubtractsExactly() {
        Money tenSen = Money.parse("0.10");
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(tenSen);
        }
        assertThat(sum).isEqualTo(Money.rupiah(1));
        assertThat(Money.rupiah(60_000_000).minus(Money.rupiah(15_000_000))).isEqualTo(Money.rupiah(45_000_000));
    }

    @Test
    void multipliesByQuantity() {
        assertThat(Money.rupiah(13_500).times(6)).isEqualTo(Money.rupiah(81_000));
    }

    @Test
    void takesAPercentageRoundingHalfUpToTheSen() {
        assertThat(Money.rupiah(142_000_000).timesPercent(new BigDecimal("40"))).isEqualTo(Money.rupiah(56_800_000));
        assertThat(Money.rupiah(1).timesPercent(new BigDecimal("12.5"))).isEqualTo(Money.parse("0.13"));
        assertThat(Money.rupiah(1).timesPercent(new BigDecimal("12.4"))).isEqualTo(Money.parse("0.12"));
    }

    @Test
    void comparesAndPicksTheSmaller() {
        Money cap = Money.rupiah(50_000_000);
        assertThat(Money.rupiah(45_000_000).min(cap)).isEqualTo(Money.rupiah(45_000_000));
        assertThat(Money.rupiah(55_000_000).min(cap)).isEqualTo(cap);
        assertThat(Money.rupiah(55_000_000).max(cap)).isEqualTo(Money.rupiah(55_000_000));
        assertThat(Money.rupiah(2).isGreaterThan(Money.rupiah(1))).isTrue();
        assertThat(Money.rupiah(1).isGreaterThan(Money.rupiah(1))).isFalse();
        assertThat(Money.rupiah(1).isLessThan(Money.rupiah(2))).isTrue();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.rupiah(-1).isNegative()).isTrue();
    }
}

package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContributionCalculatorTest {

    private final ContributionCalculator calculator = new ContributionCalculator();

    @Test
    void beforeWorkIsPaidOnlyThroughAnAgency() {
        assertThat(calculator.beforeWork(PlacementChannel.AGENCY)).isEqualTo(Money.rupiah(37_500));
        assertThat(calculator.beforeWork(PlacementChannel.PERSEORANGAN)).isEqualTo(Money.ZERO);
    }

    @ParameterizedTest(name = "kontrak {0} bulan: paket {1} + {2} bulan perpanjangan = {3}")
    @CsvSource({
            "1, 6, 0, 108000",
            "5, 6, 0, 108000",
            "6, 6, 0, 108000",
            "7, 6, 1, 121500",
            "11, 6, 5, 175500",
            "12, 12, 0, 189000",
            "18, 12, 6, 270000",
            "23, 12, 11, 337500",
            "24, 24, 0, 332500",
            "30, 24, 6, 413500"})
    void packageIsTheLargestNotLongerThanTheContractAndTheRestAreExtensionMonths(
            int contractMonths, int packageMonths, int extensionMonths, long total) {
        ContributionQuote quote = calculator.duringAndAfter(contractMonths);
        assertThat(quote.packageMonths()).isEqualTo(packageMonths);
        assertThat(quote.extensionMonths()).isEqualTo(extensionMonths);
        assertThat(quote.extensionAmount()).isEqualTo(Money.rupiah(13_500L * extensionMonths));
        assertThat(quote.total()).isEqualTo(Money.rupiah(total));
    }

    @Test
    void explainsTheArithmetic() {
        assertThat(calculator.duringAndAfter(18).explanation()).containsExactly(
                "Kontrak 18 bulan: paket 12 bulan Rp 189.000 (Pasal 18)",
                "Perpanjangan 6 bulan × Rp 13.500 = Rp 81.000",
                "Jumlah iuran selama dan setelah bekerja: Rp 270.000");
    }

    @Test
    void rejectsAContractWithoutMonths() {
        assertThatThrownBy(() -> calculator.duringAndAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extensionIsThirteenThousandFiveHundredPerMonth() {
        assertThat(calculator.extension(0)).isEqualTo(Money.ZERO);
        assertThat(calculator.extension(1)).isEqualTo(Money.rupiah(13_500));
        assertThat(calculator.extension(12)).isEqualTo(Money.rupiah(162_000));
        assertThatThrownBy(() -> calculator.extension(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {50_000, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000})
    void acceptsTheAllowedJhtSteps(long monthly) {
        assertThat(calculator.voluntaryJht(Money.rupiah(monthly), 12)).isEqualTo(Money.rupiah(monthly * 12));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 25_000, 49_999, 75_000, 150_000, 250_000, 650_000, 700_000})
    void rejectsOtherJhtAmounts(long monthly) {
        assertThat(calculator.isAllowedJhtMonthly(Money.rupiah(monthly))).isFalse();
        assertThatThrownBy(() -> calculator.voluntaryJht(Money.rupiah(monthly), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Iuran JHT " + Money.rupiah(monthly) + " per bulan tidak diperbolehkan");
    }

    @Test
    void jhtNeedsAtLeastOneMonth() {
        assertThatThrownBy(() -> calculator.voluntaryJht(Money.rupiah(50_000), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

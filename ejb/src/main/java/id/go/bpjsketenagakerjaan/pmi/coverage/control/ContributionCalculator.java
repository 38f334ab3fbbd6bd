package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * JKK + JKM contributions per Pasal 18 Permenaker 4/2023, and the voluntary JHT contribution.
 *
 * <p>Contract lengths: the regulation sells three during+after packages (6, 12, 24 months) and an extension
 * price per month. Our rule for a contract of any other length: take the <em>largest package not longer than
 * the contract</em> and charge every month beyond it as an extension month (e.g. 18 months = 12-month package +
 * 6 extension months; 30 months = 24-month package + 6 extension months). A contract shorter than 6 months still
 * buys the 6-month package, because nothing smaller exists. This is not always the cheapest combination (for 23
 * months the 24-month package would cost less); the rule follows the regulation's wording that extension months
 * are months beyond the package, not a price optimisation.
 */
public class ContributionCalculator {

    public static final Money BEFORE_WORK_VIA_AGENCY = Money.rupiah(37_500);
    public static final Money EXTENSION_PER_MONTH = Money.rupiah(13_500);

    /** Package length in months -> price. */
    public static final NavigableMap<Integer, Money> DURING_AND_AFTER_PACKAGES =
            Collections.unmodifiableNavigableMap(new TreeMap<>(Map.of(
                    6, Money.rupiah(108_000),
                    12, Money.rupiah(189_000),
                    24, Money.rupiah(332_500))));

    /**
     * The monthly JHT amounts a PMI may choose. The fact sheet reads "Rp 50.000 to Rp 600.000 (steps 50k, 100k,
     * 200k ... 600k)"; we read it as 50k, 100k, then every 100k up to 600k.
     */
    public static final List<Money> ALLOWED_JHT_MONTHLY = List.of(
            Money.rupiah(50_000), Money.rupiah(100_000), Money.rupiah(200_000), Money.rupiah(300_000),
            Money.rupiah(400_000), Money.rupiah(500_000), Money.rupiah(600_000));

    /** Before-work contribution: paid through the agency; a PMI perseorangan pays none. */
    public Money beforeWork(PlacementChannel channel) {
        Objects.requireNonNull(channel, "channel");
        return channel == PlacementChannel.AGENCY ? BEFORE_WORK_VIA_AGENCY : Money.ZERO;
    }

    /** During+after contribution for a contract of {@code contractMonths} (same for both channels). */
    public ContributionQuote duringAndAfter(int contractMonths) {
        if (contractMonths < 1) {
            throw new IllegalArgumentException("Lama kontrak harus minimal 1 bulan, diterima " + contractMonths);
        }
        Map.Entry<Integer, Money> chosen = DURING_AND_AFTER_PACKAGES.floorEntry(contractMonths);
        if (chosen == null) {
            chosen = DURING_AND_AFTER_PACKAGES.firstEntry();
        }
        int packageMonths = chosen.getKey();
        Money packageAmount = chosen.getValue();
        int extensionMonths = Math.max(0, contractMonths - packageMonths);
        Money extensionAmount = extension(extensionMonths);
        Money total = packageAmount.plus(extensionAmount);

        List<String> lines = new ArrayList<>();
        lines.add("Kontrak " + contractMonths + " bulan: paket " + packageMonths + " bulan " + packageAmount
                + " (Pasal 18)");
        if (contractMonths < packageMonths) {
            lines.add("Kontrak lebih pendek dari paket terkecil: tetap paket " + packageMonths + " bulan");
        }
        if (extensionMonths > 0) {
            lines.add("Perpanjangan " + extensionMonths + " bulan × " + EXTENSION_PER_MONTH + " = " + extensionAmount);
        }
        lines.add("Jumlah iuran selama dan setelah bekerja: " + total);
        return new ContributionQuote(contractMonths, packageMonths, packageAmount, extensionMonths, extensionAmount,
                total, lines);
    }

    /** Contribution for extending a contract by {@code months}, paid at once (possible from abroad). */
    public Money extension(int months) {
        if (months < 0) {
            throw new IllegalArgumentException("Bulan perpanjangan tidak boleh negatif");
        }
        return EXTENSION_PER_MONTH.times(months);
    }

    /** True when {@code monthly} is one of {@link #ALLOWED_JHT_MONTHLY}. */
    public boolean isAllowedJhtMonthly(Money monthly) {
        return ALLOWED_JHT_MONTHLY.contains(monthly);
    }

    /**
     * Voluntary JHT for {@code months} at the chosen monthly amount.
     *
     * @throws IllegalArgumentException when the monthly amount is not an allowed step
     */
    public Money voluntaryJht(Money monthly, int months) {
        Objects.requireNonNull(monthly, "monthly");
        if (!isAllowedJhtMonthly(monthly)) {
            throw new IllegalArgumentException("Iuran JHT " + monthly + " per bulan tidak diperbolehkan; pilihan: "
                    + ALLOWED_JHT_MONTHLY.stream().map(Money::toString).collect(Collectors.joining(", ")));
        }
        if (months < 1) {
            throw new IllegalArgumentException("Jumlah bulan iuran JHT harus minimal 1");
        }
        return monthly.times(months);
    }
}

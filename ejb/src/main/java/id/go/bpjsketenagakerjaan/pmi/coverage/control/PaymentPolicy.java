package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a contribution payment may be recorded for a placement and computes its amount with the
 * {@link ContributionCalculator}: amounts are never typed in.
 *
 * <ul>
 *   <li>BEFORE_WORK: agency channel only (a PMI perseorangan pays none), once per placement, not after
 *       embarkation.</li>
 *   <li>DURING_AFTER: once per placement, for the contract length (the package and the months beyond it).</li>
 *   <li>EXTENSION: after the package, for at most the registered extension months not yet paid.</li>
 *   <li>VOLUNTARY_JHT: an allowed monthly amount for 1 to 120 months.</li>
 * </ul>
 * Every payment is dated on or after the registration and not in the future.
 */
public class PaymentPolicy {

    static final int MAX_JHT_MONTHS = 120;

    private final ContributionCalculator calculator;

    public PaymentPolicy() {
        this(new ContributionCalculator());
    }

    public PaymentPolicy(ContributionCalculator calculator) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    /**
     * @param months     extension months or JHT months; ignored for the other tranches
     * @param jhtMonthly the chosen monthly JHT amount; only for VOLUNTARY_JHT
     * @throws InvalidInputException naming the fields {@code tranche}, {@code paidOn}, {@code months} or
     *                               {@code jhtMonthly}
     */
    public PaymentQuote quote(CoverageRecord record, Tranche tranche, int months, Money jhtMonthly,
                              LocalDate paidOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (tranche == null) {
            throw new InvalidInputException("tranche", "Jenis iuran: wajib dipilih");
        }
        if (paidOn == null) {
            errors.add(new FieldError("paidOn", "Tanggal bayar: wajib diisi"));
        } else if (paidOn.isAfter(today)) {
            errors.add(new FieldError("paidOn", "Tanggal bayar " + paidOn + " tidak boleh setelah hari ini"));
        } else if (paidOn.isBefore(record.registeredOn())) {
            errors.add(new FieldError("paidOn", "Tanggal bayar " + paidOn + " sebelum tanggal pendaftaran " + record.registeredOn()));
        }
        PaymentQuote quote = switch (tranche) {
            case BEFORE_WORK -> beforeWork(record, paidOn, errors);
            case DURING_AFTER -> duringAndAfter(record, errors);
            case EXTENSION -> extension(record, months, errors);
            case VOLUNTARY_JHT -> voluntaryJht(months, jhtMonthly, errors);
        };
        InvalidInputException.throwIfAny(errors);
        return quote;
    }

    private PaymentQuote beforeWork(CoverageRecord record, LocalDate paidOn, List<FieldError> errors) {
        if (record.channel() == PlacementChannel.PERSEORANGAN) {
            errors.add(new FieldError("tranche", "PMI perseorangan tidak membayar iuran sebelum bekerja (Pasal 18)"));
            return null;
        }
        if (record.hasPaid(Tranche.BEFORE_WORK)) {
            errors.add(new FieldError("tranche", "Iuran sebelum bekerja untuk penempatan ini sudah dibayar "
                    + record.firstPaid(Tranche.BEFORE_WORK).orElseThrow()
                    + "; setelah 5 bulan tanpa keberangkatan CPMI mendaftar ulang"));
        }
        LocalDate embarked = record.eventDate(CoverageEventKind.EMBARKATION).orElse(null);
        if (embarked != null && paidOn != null && !paidOn.isBefore(embarked)) {
            errors.add(new FieldError("paidOn", "Iuran sebelum bekerja tidak dapat dibayar setelah keberangkatan " + embarked));
        }
        Money amount = calculator.beforeWork(PlacementChannel.AGENCY);
        return new PaymentQuote(Tranche.BEFORE_WORK, 0, null, amount,
                List.of("Iuran JKK + JKM sebelum bekerja melalui P3MI: " + amount + " (Pasal 18)"));
    }

    private PaymentQuote duringAndAfter(CoverageRecord record, List<FieldError> errors) {
        if (record.hasPaid(Tranche.DURING_AFTER)) {
            errors.add(new FieldError("tranche", "Iuran selama dan setelah bekerja untuk penempatan ini sudah dibayar "
                    + record.firstPaid(Tranche.DURING_AFTER).orElseThrow()));
        }
        ContributionQuote quote = calculator.duringAndAfter(record.contractMonths());
        return new PaymentQuote(Tranche.DURING_AFTER, record.contractMonths(), null, quote.total(), quote.explanation());
    }

    private PaymentQuote extension(CoverageRecord record, int months, List<FieldError> errors) {
        if (!record.hasPaid(Tranche.DURING_AFTER)) {
            errors.add(new FieldError("tranche", "Perpanjangan hanya setelah iuran selama dan setelah bekerja dibayar"));
        }
        int unpaid = record.unpaidExtensionMonths();
        if (months < 1) {
            errors.add(new FieldError("months", "Bulan perpanjangan: minimal 1"));
        } else if (months > unpaid) {
            errors.add(new FieldError("months", unpaid == 0
                    ? "Tidak ada perpanjangan kontrak terdaftar yang belum dibayar; daftarkan perpanjangan kontrak dahulu"
                    : "Bulan perpanjangan " + months + " melebihi perpanjangan kontrak yang belum dibayar (" + unpaid + " bulan)"));
        }
        if (months < 1) {
            return null;
        }
        Money amount = calculator.extension(months);
        return new PaymentQuote(Tranche.EXTENSION, months, null, amount,
                List.of("Perpanjangan " + months + " bulan × " + ContributionCalculator.EXTENSION_PER_MONTH + " = " + amount
                        + " (Pasal 18)"));
    }

    private PaymentQuote voluntaryJht(int months, Money monthly, List<FieldError> errors) {
        boolean ok = true;
        if (monthly == null || !calculator.isAllowedJhtMonthly(monthly)) {
            errors.add(new FieldError("jhtMonthly", "Iuran JHT per bulan: pilih salah satu dari "
                    + String.join(", ", ContributionCalculator.ALLOWED_JHT_MONTHLY.stream().map(Money::toString).toList())));
            ok = false;
        }
        if (months < 1 || months > MAX_JHT_MONTHS) {
            errors.add(new FieldError("months", "Jumlah bulan iuran JHT: 1 sampai " + MAX_JHT_MONTHS));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        Money amount = calculator.voluntaryJht(monthly, months);
        return new PaymentQuote(Tranche.VOLUNTARY_JHT, months, monthly, amount,
                List.of("JHT sukarela " + monthly + " × " + months + " bulan = " + amount));
    }
}

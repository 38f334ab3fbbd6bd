package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import java.time.LocalDate;

/**
 * {@link PhaseResolver} plus the ledger's check that {@link CoverageFacts} leaves out: the during/after windows
 * protect only once the during+after package is paid. A day in such a window before the payment (or with no
 * payment at all) is not covered. Before-work cover already depends on its own payment in the facts.
 */
public class PaidCoverPhaseResolver extends PhaseResolver {

    private final LocalDate packagePaidOn;

    /** @param packagePaidOn first payment of the during+after package; null when unpaid */
    public PaidCoverPhaseResolver(LocalDate packagePaidOn) {
        this.packagePaidOn = packagePaidOn;
    }

    @Override
    public PhaseResolution phaseOn(CoverageFacts facts, LocalDate date, Programme programme) {
        PhaseResolution resolution = super.phaseOn(facts, date, programme);
        if (resolution.phase() != Phase.DURING && resolution.phase() != Phase.AFTER) {
            return resolution;
        }
        if (packagePaidOn == null) {
            return new PhaseResolution(date, programme, Phase.NONE, null, "Tanggal " + date + " dalam masa "
                    + resolution.phase().labelId() + " " + resolution.window()
                    + ", tetapi iuran selama dan setelah bekerja belum dibayar");
        }
        if (packagePaidOn.isAfter(date)) {
            return new PhaseResolution(date, programme, Phase.NONE, null, "Tanggal " + date + " dalam masa "
                    + resolution.phase().labelId() + " " + resolution.window()
                    + ", tetapi iuran selama dan setelah bekerja baru dibayar " + packagePaidOn);
        }
        return resolution;
    }
}

package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What is known about one participant's membership, as plain dates. Null means "has not happened / unknown".
 * One record covers one registration: a CPMI who re-registers after 5 months without departure gets a new one.
 *
 * <p>Payment of the during+after package is not checked here (the contribution ledger does that); a record
 * with an embarkation date is taken to be paid up.
 *
 * @param channel               agency or perseorangan
 * @param registrationDate      registration with BPJS Ketenagakerjaan
 * @param beforeWorkPaymentDate payment of the before-work contribution (agency channel only)
 * @param packagePaymentDate    payment of the during+after package; for a PMI perseorangan it opens the
 *                              up-to-1-month JKM cover before embarkation
 * @param embarkationDate       departure from the Indonesian embarkation point
 * @param contractStart         start of the work contract; when null the embarkation date is used
 * @param contractMonths        length of the work contract in months (0 before a contract exists)
 * @param extensionMonths       months added by registered contract extensions
 * @param debarkationDate       arrival at the Indonesian debarkation point on return
 * @param homeArrivalDate       arrival in the home area (ends after-work JKK cover early)
 * @param failedDepartureDate   day the departure was declared failed
 * @param cttDate               day total permanent disability (CTT) was established
 * @param deathDate             day of death
 * @param leavesInIndonesia     leave spent in Indonesia during the contract (JKM covers it, JKK does not)
 */
public record CoverageFacts(
        PlacementChannel channel,
        LocalDate registrationDate,
        LocalDate beforeWorkPaymentDate,
        LocalDate packagePaymentDate,
        LocalDate embarkationDate,
        LocalDate contractStart,
        int contractMonths,
        int extensionMonths,
        LocalDate debarkationDate,
        LocalDate homeArrivalDate,
        LocalDate failedDepartureDate,
        LocalDate cttDate,
        LocalDate deathDate,
        List<Period> leavesInIndonesia) {

    public CoverageFacts {
        Objects.requireNonNull(channel, "channel");
        if (contractMonths < 0 || extensionMonths < 0) {
            throw new IllegalArgumentException("Lama kontrak dan perpanjangan tidak boleh negatif");
        }
        if (embarkationDate != null && contractMonths == 0) {
            throw new IllegalArgumentException("Keberangkatan tercatat tanpa lama kontrak");
        }
        if (debarkationDate != null && (embarkationDate == null || debarkationDate.isBefore(embarkationDate))) {
            throw new IllegalArgumentException("Tanggal tiba di debarkasi harus setelah keberangkatan");
        }
        leavesInIndonesia = leavesInIndonesia == null ? List.of() : List.copyOf(leavesInIndonesia);
    }

    public static Builder builder(PlacementChannel channel) {
        return new Builder(channel);
    }

    /** Total months the worker is under contract, extensions included. */
    public int totalContractMonths() {
        return contractMonths + extensionMonths;
    }

    /** Last day of the contract (extensions included), or null before departure. */
    public LocalDate contractEnd() {
        LocalDate start = contractStart != null ? contractStart : embarkationDate;
        if (start == null || contractMonths == 0) {
            return null;
        }
        return start.plusMonths(totalContractMonths()).minusDays(1);
    }

    /** Builder, because most facts are unknown at any one time. */
    public static final class Builder {
        private final PlacementChannel channel;
        private LocalDate registrationDate;
        private LocalDate beforeWorkPaymentDate;
        private LocalDate packagePaymentDate;
        private LocalDate embarkationDate;
        private LocalDate contractStart;
        private int contractMonths;
        private int extensionMonths;
        private LocalDate debarkationDate;
        private LocalDate homeArrivalDate;
        private LocalDate failedDepartureDate;
        private LocalDate cttDate;
        private LocalDate deathDate;
        private List<Period> leavesInIndonesia = List.of();

        private Builder(PlacementChannel channel) {
            this.channel = channel;
        }

        public Builder registered(LocalDate date) {
            this.registrationDate = date;
            return this;
        }

        public Builder beforeWorkPaid(LocalDate date) {
            this.beforeWorkPaymentDate = date;
            return this;
        }

        public Builder packagePaid(LocalDate date) {
            this.packagePaymentDate = date;
            return this;
        }

        public Builder embarked(LocalDate date) {
            this.embarkationDate = date;
            return this;
        }

        public Builder contract(LocalDate start, int months) {
            this.contractStart = start;
            this.contractMonths = months;
            return this;
        }

        public Builder extensionMonths(int months) {
            this.extensionMonths = months;
            return this;
        }

        public Builder debarked(LocalDate date) {
            this.debarkationDate = date;
            return this;
        }

        public Builder arrivedHome(LocalDate date) {
            this.homeArrivalDate = date;
            return this;
        }

        public Builder failedDeparture(LocalDate date) {
            this.failedDepartureDate = date;
            return this;
        }

        public Builder ctt(LocalDate date) {
            this.cttDate = date;
            return this;
        }

        public Builder died(LocalDate date) {
            this.deathDate = date;
            return this;
        }

        public Builder leavesInIndonesia(List<Period> leaves) {
            this.leavesInIndonesia = leaves;
            return this;
        }

        public CoverageFacts build() {
            return new CoverageFacts(channel, registrationDate, beforeWorkPaymentDate, packagePaymentDate,
                    embarkationDate, contractStart, contractMonths, extensionMonths, debarkationDate,
                    homeArrivalDate, failedDepartureDate, cttDate, deathDate, leavesInIndonesia);
        }
    }
}

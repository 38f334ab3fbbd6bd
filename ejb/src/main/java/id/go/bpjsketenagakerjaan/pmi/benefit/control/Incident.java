package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The event a claim is about. Fields that do not apply to the kind stay null (or false / empty).
 *
 * @param date                     day of the accident, death or event; for an occupational disease the day of diagnosis
 * @param country                  where it happened (ISO 3166 alpha-2, "ID" for Indonesia)
 * @param transportMode            for the transport benefit
 * @param disabilityPercent        from the disability table, as decided by the advisory doctor (0-100)
 * @param totalPermanentDisability CTT (cacat total tetap) established by the advisory doctor
 * @param monthsWorked             completed months under the contract, for termination tiers
 * @param hostInsurancePaid        what the host country's insurance already paid for treatment abroad
 * @param children                 the worker's children, in the order the claimant asks them to be considered
 * @param failedDepartureCause     why the departure failed
 */
public record Incident(
        IncidentKind kind,
        LocalDate date,
        String country,
        TransportMode transportMode,
        BigDecimal disabilityPercent,
        boolean totalPermanentDisability,
        Integer monthsWorked,
        Money hostInsurancePaid,
        List<Child> children,
        FailedDepartureCause failedDepartureCause) {

    public Incident {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        if (disabilityPercent != null
                && (disabilityPercent.signum() < 0 || disabilityPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("Persentase cacat harus 0-100, diterima " + disabilityPercent);
        }
        if (monthsWorked != null && monthsWorked < 0) {
            throw new IllegalArgumentException("Masa kerja tidak boleh negatif");
        }
        children = children == null ? List.of() : List.copyOf(children);
    }

    public static Builder builder(IncidentKind kind, LocalDate date) {
        return new Builder(kind, date);
    }

    public boolean hasDisability() {
        return totalPermanentDisability || (disabilityPercent != null && disabilityPercent.signum() > 0);
    }

    public static final class Builder {
        private final IncidentKind kind;
        private final LocalDate date;
        private String country;
        private TransportMode transportMode;
        private BigDecimal disabilityPercent;
        private boolean totalPermanentDisability;
        private Integer monthsWorked;
        private Money hostInsurancePaid;
        private List<Child> children = List.of();
        private FailedDepartureCause failedDepartureCause;

        private Builder(IncidentKind kind, LocalDate date) {
            this.kind = kind;
            this.date = date;
        }

        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder transportMode(TransportMode mode) {
            this.transportMode = mode;
            return this;
        }

        public Builder disabilityPercent(BigDecimal percent) {
            this.disabilityPercent = percent;
            return this;
        }

        public Builder totalPermanentDisability(boolean ctt) {
            this.totalPermanentDisability = ctt;
            return this;
        }

        public Builder monthsWorked(int months) {
            this.monthsWorked = months;
            return this;
        }

        public Builder hostInsurancePaid(Money paid) {
            this.hostInsurancePaid = paid;
            return this;
        }

        public Builder children(List<Child> children) {
            this.children = children;
            return this;
        }

        public Builder failedDepartureCause(FailedDepartureCause cause) {
            this.failedDepartureCause = cause;
            return this;
        }

        public Incident build() {
            return new Incident(kind, date, country, transportMode, disabilityPercent, totalPermanentDisability,
                    monthsWorked, hostInsurancePaid, children, failedDepartureCause);
        }
    }
}

package id.go.bpjsketenagakerjaan.pmi.coverage.control;

import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Period;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ledger holds for one placement, as plain values: the contract, the payments and the recorded events.
 * It turns them into {@link CoverageFacts} for the {@link PhaseResolver}.
 *
 * <p>Paid, not merely agreed: a contract extension counts for cover only as far as its months are paid
 * ({@link #paidExtensionMonths()}), and the during/after windows need the package payment (checked by
 * {@link PaidCoverPhaseResolver}).
 *
 * @param contractExtensionMonths months of registered contract extensions (paid or not)
 */
public record CoverageRecord(
        long placementId,
        PlacementChannel channel,
        LocalDate registeredOn,
        LocalDate contractStart,
        int contractMonths,
        int contractExtensionMonths,
        List<Payment> payments,
        List<Event> events) {

    /** One contribution payment; {@code months} as in the ledger (0 for before work). */
    public record Payment(Tranche tranche, LocalDate paidOn, int months, Money amount) {
        public Payment {
            Objects.requireNonNull(tranche, "tranche");
            Objects.requireNonNull(paidOn, "paidOn");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** One dated event; {@code endDate} only for a leave. */
    public record Event(CoverageEventKind kind, LocalDate date, LocalDate endDate) {
        public Event {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(date, "date");
            if (kind.isPeriod() != (endDate != null)) {
                throw new IllegalArgumentException(kind.isPeriod() ? "Cuti wajib dengan tanggal akhir"
                        : "Hanya cuti yang memiliki tanggal akhir");
            }
        }
    }

    public CoverageRecord {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(registeredOn, "registeredOn");
        payments = payments == null ? List.of() : List.copyOf(payments);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** First payment of a tranche, by payment date. */
    public Optional<LocalDate> firstPaid(Tranche tranche) {
        return payments.stream().filter(p -> p.tranche() == tranche).map(Payment::paidOn).min(Comparator.naturalOrder());
    }

    public boolean hasPaid(Tranche tranche) {
        return payments.stream().anyMatch(p -> p.tranche() == tranche);
    }

    /** Extension months paid so far. */
    public int paidExtensionMonths() {
        return payments.stream().filter(p -> p.tranche() == Tranche.EXTENSION).mapToInt(Payment::months).sum();
    }

    /** Registered extension months not yet paid. */
    public int unpaidExtensionMonths() {
        return Math.max(0, contractExtensionMonths - paidExtensionMonths());
    }

    /** The (single) event of a kind, if recorded. */
    public Optional<LocalDate> eventDate(CoverageEventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).map(Event::date).min(Comparator.naturalOrder());
    }

    public List<Period> leaves() {
        return events.stream().filter(e -> e.kind() == CoverageEventKind.LEAVE)
                .map(e -> Period.of(e.date(), e.endDate())).sorted(Comparator.comparing(Period::start)).toList();
    }

    /**
     * The facts for the resolver.
     *
     * @throws IllegalArgumentException when the events contradict each other (e.g. return before departure)
     */
    public CoverageFacts facts() {
        return CoverageFacts.builder(channel)
                .registered(registeredOn)
                .beforeWorkPaid(firstPaid(Tranche.BEFORE_WORK).orElse(null))
                .packagePaid(firstPaid(Tranche.DURING_AFTER).orElse(null))
                .embarked(eventDate(CoverageEventKind.EMBARKATION).orElse(null))
                .contract(contractStart, contractMonths)
                .extensionMonths(Math.min(contractExtensionMonths, paidExtensionMonths()))
                .debarked(eventDate(CoverageEventKind.DEBARKATION).orElse(null))
                .arrivedHome(eventDate(CoverageEventKind.HOME_ARRIVAL).orElse(null))
                .failedDeparture(eventDate(CoverageEventKind.FAILED_DEPARTURE).orElse(null))
                .ctt(eventDate(CoverageEventKind.CTT).orElse(null))
                .died(eventDate(CoverageEventKind.DEATH).orElse(null))
                .leavesInIndonesia(leaves())
                .build();
    }

    /** The resolver that also checks the package was paid on the day asked about. */
    public PhaseResolver resolver() {
        return new PaidCoverPhaseResolver(firstPaid(Tranche.DURING_AFTER).orElse(null));
    }

    /** The same record with one more payment (to check a payment before it is stored). */
    public CoverageRecord with(Payment payment) {
        List<Payment> more = new java.util.ArrayList<>(payments);
        more.add(payment);
        return new CoverageRecord(placementId, channel, registeredOn, contractStart, contractMonths,
                contractExtensionMonths, more, events);
    }

    /** The same record with one more event (to check an event before it is stored). */
    public CoverageRecord with(Event event) {
        List<Event> more = new java.util.ArrayList<>(events);
        more.add(event);
        return new CoverageRecord(placementId, channel, registeredOn, contractStart, contractMonths,
                contractExtensionMonths, payments, more);
    }
}

package id.go.bpjsketenagakerjaan.pmi.coverage.boundary;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageAssessor;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageEventKind;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageRecord;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.EventPolicy;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PaymentPolicy;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PaymentQuote;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PhaseResolution;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Tranche;
import id.go.bpjsketenagakerjaan.pmi.coverage.entity.ContributionPayment;
import id.go.bpjsketenagakerjaan.pmi.coverage.entity.CoverageEvent;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Placement;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The coverage ledger's work behind {@link CoverageService}: loads a participant's placements, payments and
 * events into {@link CoverageRecord}s for the plain rules, and records payments (amounts computed by the
 * {@link PaymentPolicy}) and events (checked by the {@link EventPolicy}). Runs in the caller's transaction and does
 * no role check: production code reaches it only through the boundary; in-container tests call it directly.
 */
@Dependent
public class CoverageLedger {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    Clock clock = Clock.system(WIB);

    private final PaymentPolicy paymentPolicy = new PaymentPolicy();
    private final EventPolicy eventPolicy = new EventPolicy();
    private final CoverageAssessor assessor = new CoverageAssessor();

    /** One record per placement of the participant, in registration order. */
    public List<CoverageRecord> records(long participantId) {
        Participant participant = participant(participantId);
        Map<Long, List<CoverageRecord.Payment>> payments = payments(participantId).stream()
                .collect(Collectors.groupingBy(p -> p.getPlacement().getId(),
                        Collectors.mapping(ContributionPayment::toRecord, Collectors.toList())));
        Map<Long, List<CoverageRecord.Event>> events = events(participantId).stream()
                .collect(Collectors.groupingBy(e -> e.getPlacement().getId(),
                        Collectors.mapping(CoverageEvent::toRecord, Collectors.toList())));
        return participant.getPlacements().stream()
                .map(p -> record(p, payments.getOrDefault(p.getId(), List.of()), events.getOrDefault(p.getId(), List.of())))
                .toList();
    }

    private CoverageRecord record(long placementId) {
        Placement placement = placement(placementId);
        List<CoverageRecord.Payment> payments = em.createQuery(
                        "SELECT p FROM ContributionPayment p WHERE p.placement.id = :id", ContributionPayment.class)
                .setParameter("id", placementId).getResultList().stream().map(ContributionPayment::toRecord).toList();
        List<CoverageRecord.Event> events = em.createQuery(
                        "SELECT e FROM CoverageEvent e WHERE e.placement.id = :id", CoverageEvent.class)
                .setParameter("id", placementId).getResultList().stream().map(CoverageEvent::toRecord).toList();
        return record(placement, payments, events);
    }

    private static CoverageRecord record(Placement p, List<CoverageRecord.Payment> payments, List<CoverageRecord.Event> events) {
        return new CoverageRecord(p.getId(), p.getChannel(), p.getRegisteredOn(), p.getContractStart(),
                p.getContractMonths(), p.getExtensionMonths(), payments, events);
    }

    /** What a payment would be, without recording it (for the form). */
    public PaymentQuote quote(long placementId, Tranche tranche, int months, Money jhtMonthly, LocalDate paidOn) {
        return paymentPolicy.quote(record(placementId), tranche, months, jhtMonthly, paidOn, today());
    }

    /** Records a contribution with the computed amount. */
    public ContributionPayment recordPayment(long placementId, Tranche tranche, int months, Money jhtMonthly,
                                             LocalDate paidOn, String paymentRef, String actor) {
        PaymentQuote quote = quote(placementId, tranche, months, jhtMonthly, paidOn);
        String reference = paymentRef == null || paymentRef.isBlank() ? null : paymentRef.strip();
        if (reference != null && reference.length() > 60) {
            throw new InvalidInputException("paymentRef", "Nomor referensi pembayaran: paling banyak 60 karakter");
        }
        ContributionPayment payment = new ContributionPayment(placement(placementId), quote, paidOn, reference,
                actor, clock.instant());
        em.persist(payment);
        em.flush();
        return payment;
    }

    /** Records a dated event; embarkation makes a CPMI a PMI, arrival at debarkation a PMI purna. */
    public CoverageEvent recordEvent(long placementId, CoverageEventKind kind, LocalDate date, LocalDate endDate,
                                     String note, String actor) {
        CoverageRecord record = record(placementId);
        InvalidInputException.throwIfAny(eventPolicy.problems(record, kind, date, endDate, today()));
        Placement placement = placement(placementId);
        Instant now = clock.instant();
        CoverageEvent event = new CoverageEvent(placement, kind, date, endDate, note(note), actor, now);
        em.persist(event);
        Participant participant = placement.getParticipant();
        if (kind == CoverageEventKind.EMBARKATION) {
            participant.departed();
        } else if (kind == CoverageEventKind.DEBARKATION) {
            participant.returned();
        }
        participant.touch(actor, now);
        em.flush();
        return event;
    }

    /** Corrects the dates of a recorded event, checked as if it were recorded anew. */
    public CoverageEvent correctEvent(long eventId, LocalDate date, LocalDate endDate, String note,
                                      long expectedVersion, String actor) {
        CoverageEvent event = em.find(CoverageEvent.class, eventId);
        if (event == null) {
            throw new InvalidInputException("eventId", "Peristiwa " + eventId + " tidak ditemukan");
        }
        if (event.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Peristiwa telah diubah pengguna lain; muat ulang lalu ulangi");
        }
        CoverageRecord full = record(event.getPlacement().getId());
        List<CoverageRecord.Event> others = new ArrayList<>(full.events());
        others.remove(event.toRecord());
        CoverageRecord without = new CoverageRecord(full.placementId(), full.channel(), full.registeredOn(),
                full.contractStart(), full.contractMonths(), full.contractExtensionMonths(), full.payments(), others);
        InvalidInputException.throwIfAny(eventPolicy.problems(without, event.getKind(), date, endDate, today()));
        event.correct(date, endDate, note(note), actor, clock.instant());
        em.flush();
        return event;
    }

    public PhaseResolution phaseOn(long participantId, LocalDate date, Programme programme) {
        return assess(participantId, date, programme).resolution();
    }

    public CoverageAssessor.Assessment assess(long participantId, LocalDate date, Programme programme) {
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new FieldError("date", "Tanggal: wajib diisi"));
        }
        if (programme == null) {
            errors.add(new FieldError("programme", "Program: wajib dipilih (JKK, JKM atau JHT)"));
        }
        InvalidInputException.throwIfAny(errors);
        return assessor.assess(records(participantId), date, programme);
    }

    public CoverageTimeline timeline(long participantId) {
        List<CoverageRecord> records = records(participantId);
        return new CoverageTimeline(participantId, assessor.timeline(records),
                records.stream().flatMap(r -> r.leaves().stream()).toList());
    }

    public List<ContributionPayment> payments(long participantId) {
        return em.createNamedQuery(ContributionPayment.BY_PARTICIPANT, ContributionPayment.class)
                .setParameter("participantId", participantId).getResultList();
    }

    public List<CoverageEvent> events(long participantId) {
        return em.createNamedQuery(CoverageEvent.BY_PARTICIPANT, CoverageEvent.class)
                .setParameter("participantId", participantId).getResultList();
    }

    private Participant participant(long participantId) {
        Participant participant = em.find(Participant.class, participantId);
        if (participant == null) {
            throw new InvalidInputException("participantId", "Peserta " + participantId + " tidak ditemukan");
        }
        return participant;
    }

    private Placement placement(long placementId) {
        Placement placement = em.find(Placement.class, placementId);
        if (placement == null) {
            throw new InvalidInputException("placementId", "Penempatan " + placementId + " tidak ditemukan");
        }
        return placement;
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String text = note.strip();
        if (text.length() > 400) {
            throw new InvalidInputException("note", "Catatan: paling banyak 400 karakter");
        }
        return text;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

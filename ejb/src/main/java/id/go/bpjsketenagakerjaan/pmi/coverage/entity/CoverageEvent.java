package id.go.bpjsketenagakerjaan.pmi.coverage.entity;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageEventKind;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageRecord;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Placement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated fact that opens or closes a coverage window for one placement: embarkation, arrival at the
 * debarkation point, arrival home, failed departure, CTT, death, or a leave spent in Indonesia (a period).
 * A wrong date is corrected (with {@code @Version}), and the correction keeps who made it.
 */
@Entity
@Table(name = "coverage_event")
@NamedQuery(name = CoverageEvent.BY_PARTICIPANT,
        query = "SELECT e FROM CoverageEvent e WHERE e.participantId = :participantId ORDER BY e.eventDate, e.id")
public class CoverageEvent {

    public static final String BY_PARTICIPANT = "CoverageEvent.byParticipant";

    @Id
    @SequenceGenerator(name = "coverage_event_seq", sequenceName = "coverage_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coverage_event_seq")
    private Long id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id", updatable = false)
    private Placement placement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CoverageEventKind kind;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(length = 400)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected CoverageEvent() {
    }

    public CoverageEvent(Placement placement, CoverageEventKind kind, LocalDate eventDate, LocalDate endDate,
                         String note, String recordedBy, Instant recordedAt) {
        this.placement = Objects.requireNonNull(placement);
        this.participantId = Objects.requireNonNull(placement.getParticipant().getId());
        this.kind = Objects.requireNonNull(kind);
        setDates(eventDate, endDate);
        this.note = note;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** Corrects the dates; the caller has checked the new facts against the other events. */
    public void correct(LocalDate eventDate, LocalDate endDate, String note, String actor, Instant at) {
        setDates(eventDate, endDate);
        this.note = note;
        this.recordedBy = Objects.requireNonNull(actor);
        this.recordedAt = Objects.requireNonNull(at);
    }

    private void setDates(LocalDate eventDate, LocalDate endDate) {
        new CoverageRecord.Event(kind, eventDate, endDate); // same invariant as the rules
        if (endDate != null && endDate.isBefore(eventDate)) {
            throw new IllegalArgumentException("Akhir cuti " + endDate + " sebelum awal " + eventDate);
        }
        this.eventDate = eventDate;
        this.endDate = endDate;
    }

    public CoverageRecord.Event toRecord() {
        return new CoverageRecord.Event(kind, eventDate, endDate);
    }

    public Long getId() { return id; }
    public Long getParticipantId() { return participantId; }
    public Placement getPlacement() { return placement; }
    public CoverageEventKind getKind() { return kind; }
    public LocalDate getEventDate() { return eventDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public long getVersion() { return version; }
}

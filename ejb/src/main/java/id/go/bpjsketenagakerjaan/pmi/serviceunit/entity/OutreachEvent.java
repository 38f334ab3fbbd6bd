package id.go.bpjsketenagakerjaan.pmi.serviceunit.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A socialisation session held by a service unit ("Dekati Kami" and the like): when, where, for whom and how many
 * came. The registrations that followed it are attributed when read (serviceunit.control.OutreachAttribution).
 */
@Entity
@Table(name = "outreach_event")
public class OutreachEvent {

    @Id
    @SequenceGenerator(name = "outreach_event_seq", sequenceName = "outreach_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outreach_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_unit_id", updatable = false)
    private ServiceUnit serviceUnit;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OutreachAudience audience;

    @Column(nullable = false)
    private int attendees;

    @Column(length = 1000)
    private String note;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected OutreachEvent() {
    }

    public OutreachEvent(ServiceUnit serviceUnit, LocalDate heldOn, String title, String place,
                         OutreachAudience audience, int attendees, String note, String createdBy, Instant createdAt) {
        if (attendees < 0) {
            throw new IllegalArgumentException("attendees < 0");
        }
        this.serviceUnit = Objects.requireNonNull(serviceUnit, "serviceUnit");
        this.heldOn = Objects.requireNonNull(heldOn, "heldOn");
        this.title = Objects.requireNonNull(title, "title");
        this.place = Objects.requireNonNull(place, "place");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.attendees = attendees;
        this.note = note;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() { return id; }
    public ServiceUnit getServiceUnit() { return serviceUnit; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getTitle() { return title; }
    public String getPlace() { return place; }
    public OutreachAudience getAudience() { return audience; }
    public int getAttendees() { return attendees; }
    public String getNote() { return note; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}

package id.go.bpjsketenagakerjaan.pmi.casework.entity;

import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Everything about one incident: a death may bring the JKM benefit and scholarships, an accident several JKK claims. */
@Entity
@Table(name = "case_file")
public class CaseFile implements Serializable {

    @Id
    @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
    private Long id;

    @Column(name = "case_no", nullable = false, unique = true, updatable = false)
    private String caseNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    /** A benefit.control.IncidentKind name; kept as text so the catalogue can grow without a schema change. */
    @Column(name = "incident_kind", nullable = false)
    private String incidentKind;

    @Column(name = "incident_date", nullable = false)
    private LocalDate incidentDate;

    @Column(name = "incident_place")
    private String incidentPlace;

    @Column(name = "incident_country", length = 2)
    private String incidentCountry;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_unit_id")
    private ServiceUnit ownerUnit;

    @Column(name = "assigned_to")
    private String assignedTo;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST)
    @OrderBy("writtenAt ASC")
    private List<CaseNote> notes = new ArrayList<>();

    @Version
    private long version;

    protected CaseFile() {
    }

    public CaseFile(String caseNo, Participant participant, String incidentKind, LocalDate incidentDate,
                    String incidentPlace, String incidentCountry, ServiceUnit ownerUnit, String openedBy, Instant openedAt) {
        this.caseNo = Objects.requireNonNull(caseNo, "caseNo");
        this.participant = Objects.requireNonNull(participant, "participant");
        this.incidentKind = Objects.requireNonNull(incidentKind, "incidentKind");
        this.incidentDate = Objects.requireNonNull(incidentDate, "incidentDate");
        this.incidentPlace = incidentPlace;
        this.incidentCountry = incidentCountry;
        this.ownerUnit = Objects.requireNonNull(ownerUnit, "ownerUnit");
        this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    }

    public void assignTo(String adjudicator) {
        this.assignedTo = Objects.requireNonNull(adjudicator);
    }

    public CaseNote addNote(String author, String text, Instant now) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Catatan kosong.");
        }
        CaseNote note = new CaseNote(this, author, text.strip(), now);
        notes.add(note);
        return note;
    }

    public Long getId() { return id; }
    public String getCaseNo() { return caseNo; }
    public Participant getParticipant() { return participant; }
    public String getIncidentKind() { return incidentKind; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public String getIncidentPlace() { return incidentPlace; }
    public String getIncidentCountry() { return incidentCountry; }
    public ServiceUnit getOwnerUnit() { return ownerUnit; }
    public String getAssignedTo() { return assignedTo; }
    public Instant getOpenedAt() { return openedAt; }
    public String getOpenedBy() { return openedBy; }
    public List<CaseNote> getNotes() { return Collections.unmodifiableList(notes); }
    public long getVersion() { return version; }
}

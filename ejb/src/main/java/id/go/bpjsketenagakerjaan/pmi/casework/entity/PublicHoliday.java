package id.go.bpjsketenagakerjaan.pmi.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A national holiday (hari libur nasional) or a joint leave day (cuti bersama) on which offices are closed, so the SLA
 * clock does not count it. Holidays are added and removed, never edited in place: a moved date is a removal and an
 * addition, both audited.
 */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "public_holiday_seq", sequenceName = "public_holiday_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "public_holiday_seq")
    private Long id;

    @Column(name = "holiday_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(nullable = false, updatable = false, length = 200)
    private String name;

    @Column(name = "cuti_bersama", nullable = false, updatable = false)
    private boolean cutiBersama;

    @Column(name = "awaiting_confirmation", nullable = false, updatable = false)
    private boolean awaitingConfirmation;

    @Column(updatable = false, length = 200)
    private String source;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate date, String name, boolean cutiBersama, boolean awaitingConfirmation, String source,
                         String createdBy, Instant createdAt) {
        this.date = Objects.requireNonNull(date, "date");
        this.name = Objects.requireNonNull(name, "name");
        this.cutiBersama = cutiBersama;
        this.awaitingConfirmation = awaitingConfirmation;
        this.source = source;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() { return id; }
    public LocalDate getDate() { return date; }
    public String getName() { return name; }
    public boolean isCutiBersama() { return cutiBersama; }
    public boolean isAwaitingConfirmation() { return awaitingConfirmation; }
    public String getSource() { return source; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}

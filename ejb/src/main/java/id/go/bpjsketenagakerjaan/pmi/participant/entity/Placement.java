package id.go.bpjsketenagakerjaan.pmi.participant.entity;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
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
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One registration for one work contract abroad: how the worker is placed (P3MI or perseorangan), where, for
 * whom, and for how long. A CPMI who re-registers after 5 months without departure, or a PMI purna who leaves
 * again, gets a new placement; coverage (payments, embarkation, return) is recorded per placement.
 */
@Entity
@Table(name = "placement")
public class Placement implements Serializable {

    public static final int MAX_MONTHS = 120;

    @Id
    @SequenceGenerator(name = "placement_seq", sequenceName = "placement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private PlacementChannel channel;

    @Column(name = "agency_name", length = 200)
    private String agencyName;

    @Column(name = "agency_licence", length = 60)
    private String agencyLicence;

    @Column(name = "destination_country", nullable = false, length = 2)
    private String destinationCountry;

    @Column(name = "employer_name", nullable = false, length = 200)
    private String employerName;

    @Column(name = "job_title", nullable = false, length = 100)
    private String jobTitle;

    @Column(name = "contract_start")
    private LocalDate contractStart;

    @Column(name = "contract_months", nullable = false)
    private int contractMonths;

    /** Months added by registered contract extensions (the cover extends only as far as they are paid). */
    @Column(name = "extension_months", nullable = false)
    private int extensionMonths;

    @Column(name = "registered_on", nullable = false, updatable = false)
    private LocalDate registeredOn;

    @Column(name = "service_unit_id")
    private Long serviceUnitId;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Placement() {
    }

    public Placement(PlacementChannel channel, String agencyName, String agencyLicence, String destinationCountry,
                     String employerName, String jobTitle, LocalDate contractStart, int contractMonths,
                     LocalDate registeredOn, Long serviceUnitId, String createdBy, Instant createdAt) {
        this.channel = Objects.requireNonNull(channel);
        if (channel == PlacementChannel.AGENCY && (agencyName == null || agencyLicence == null)) {
            throw new IllegalArgumentException("Penempatan melalui P3MI wajib dengan nama dan izin P3MI");
        }
        if (channel == PlacementChannel.PERSEORANGAN && (agencyName != null || agencyLicence != null)) {
            throw new IllegalArgumentException("PMI perseorangan tidak memiliki P3MI");
        }
        if (contractMonths < 1 || contractMonths > MAX_MONTHS) {
            throw new IllegalArgumentException("Lama kontrak harus 1-" + MAX_MONTHS + " bulan");
        }
        this.agencyName = agencyName;
        this.agencyLicence = agencyLicence;
        this.destinationCountry = Objects.requireNonNull(destinationCountry);
        this.employerName = Objects.requireNonNull(employerName);
        this.jobTitle = Objects.requireNonNull(jobTitle);
        this.contractStart = contractStart;
        this.contractMonths = contractMonths;
        this.registeredOn = Objects.requireNonNull(registeredOn);
        this.serviceUnitId = serviceUnitId;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    void attachTo(Participant owner) {
        if (participant != null && participant != owner) {
            throw new IllegalStateException("Penempatan sudah milik peserta lain");
        }
        this.participant = owner;
    }

    /** A registered contract extension of {@code months}; the cover follows once the extension is paid. */
    public void extend(int months) {
        if (months < 1 || contractMonths + extensionMonths + months > MAX_MONTHS) {
            throw new IllegalArgumentException("Perpanjangan " + months + " bulan tidak sah");
        }
        extensionMonths += months;
    }

    public int totalMonths() {
        return contractMonths + extensionMonths;
    }

    public Long getId() { return id; }
    public Participant getParticipant() { return participant; }
    public PlacementChannel getChannel() { return channel; }
    public String getAgencyName() { return agencyName; }
    public String getAgencyLicence() { return agencyLicence; }
    /** "PERSEORANGAN" or the P3MI's name, for lists. */
    public String agencyLabel() { return channel == PlacementChannel.PERSEORANGAN ? "PERSEORANGAN" : agencyName; }
    public String getDestinationCountry() { return destinationCountry; }
    public String getEmployerName() { return employerName; }
    public String getJobTitle() { return jobTitle; }
    public LocalDate getContractStart() { return contractStart; }
    public int getContractMonths() { return contractMonths; }
    public int getExtensionMonths() { return extensionMonths; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public Long getServiceUnitId() { return serviceUnitId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}

package id.go.bpjsketenagakerjaan.pmi.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A protected worker: CPMI, PMI or PMI purna, identified by NIK or, by exception, by passport only. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    private Long id;

    @Column(length = 16, unique = true)
    private String nik;

    @Column(name = "passport_no", length = 20)
    private String passportNo;

    @Column(name = "kpj_no", length = 20)
    private String kpjNo;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false, length = 1)
    private String sex;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_type", nullable = false)
    private ParticipantType type;

    @Column(name = "destination_country", length = 2)
    private String destinationCountry;

    /** Registered without NIK through the passport-only exception path; needs follow-up. */
    @Column(name = "nik_exception", nullable = false)
    private boolean nikException;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected Participant() {
    }

    private Participant(String nik, String passportNo, boolean nikException, String fullName, String sex,
                        LocalDate birthDate, ParticipantType type, String destinationCountry, Instant registeredAt) {
        this.nik = nik;
        this.passportNo = passportNo;
        this.nikException = nikException;
        this.fullName = Objects.requireNonNull(fullName);
        this.sex = Objects.requireNonNull(sex);
        this.birthDate = Objects.requireNonNull(birthDate);
        this.type = Objects.requireNonNull(type);
        this.destinationCountry = destinationCountry;
        this.registeredAt = Objects.requireNonNull(registeredAt);
    }

    public static Participant withNik(String nik, String passportNo, String fullName, String sex, LocalDate birthDate,
                                      ParticipantType type, String destinationCountry, Instant registeredAt) {
        return new Participant(Objects.requireNonNull(nik), passportNo, false, fullName, sex, birthDate, type,
                destinationCountry, registeredAt);
    }

    /** Re-entry workers often lack a NIK: accepted on passport alone and flagged for follow-up. */
    public static Participant passportOnly(String passportNo, String fullName, String sex, LocalDate birthDate,
                                           ParticipantType type, String destinationCountry, Instant registeredAt) {
        return new Participant(null, Objects.requireNonNull(passportNo), true, fullName, sex, birthDate, type,
                destinationCountry, registeredAt);
    }

    public void assignKpj(String kpjNo) {
        this.kpjNo = kpjNo;
    }

    public Long getId() { return id; }
    public String getNik() { return nik; }
    public String getPassportNo() { return passportNo; }
    public String getKpjNo() { return kpjNo; }
    public String getFullName() { return fullName; }
    public String getSex() { return sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public ParticipantType getType() { return type; }
    public String getDestinationCountry() { return destinationCountry; }
    public boolean isNikException() { return nikException; }
    public Instant getRegisteredAt() { return registeredAt; }
    public long getVersion() { return version; }
}

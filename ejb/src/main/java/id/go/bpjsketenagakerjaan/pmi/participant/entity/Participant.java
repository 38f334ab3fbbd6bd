package id.go.bpjsketenagakerjaan.pmi.participant.entity;

import id.go.bpjsketenagakerjaan.pmi.shared.Sex;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
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
import java.util.Optional;

/**
 * A protected worker: CPMI, PMI or PMI purna, identified by NIK or, by exception, by passport only. The aggregate
 * root of the registry: placements, family members and bank accounts are added through it.
 *
 * <p>Rules on input (NIK validity and consistency, formats) live in
 * {@link id.go.bpjsketenagakerjaan.pmi.participant.control.ParticipantRules}; this class guards only what must
 * never be stored (no identity, a family NIK twice, an account twice).
 */
@Entity
@Table(name = "participant")
@NamedQuery(name = Participant.BY_NIK, query = "SELECT p FROM Participant p WHERE p.nik = :nik")
@NamedQuery(name = Participant.BY_PASSPORT, query = "SELECT p FROM Participant p WHERE p.passportNo = :passportNo ORDER BY p.id")
@NamedQuery(name = Participant.NIK_FOLLOW_UP, query = "SELECT p FROM Participant p WHERE p.nikException = true ORDER BY p.registeredAt")
public class Participant implements Serializable {

    public static final String BY_NIK = "Participant.byNik";
    public static final String BY_PASSPORT = "Participant.byPassport";
    public static final String NIK_FOLLOW_UP = "Participant.nikFollowUp";

    @Id
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    private Long id;

    @Column(length = 16, unique = true)
    private String nik;

    @Column(name = "passport_no", length = 20)
    private String passportNo;

    @Column(name = "passport_expiry")
    private LocalDate passportExpiry;

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

    /** Country of the current placement, kept here for lists; the placements hold the history. */
    @Column(name = "destination_country", length = 2)
    private String destinationCountry;

    @Column(name = "address_line", length = 400)
    private String addressLine;

    @Column(name = "province_code", length = 2)
    private String provinceCode;

    @Column(name = "regency_code", length = 4)
    private String regencyCode;

    /** Registered without NIK through the passport-only exception path; needs follow-up. */
    @Column(name = "nik_exception", nullable = false)
    private boolean nikException;

    @Column(name = "nik_exception_reason", length = 400)
    private String nikExceptionReason;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "last_modified_by", length = 60)
    private String lastModifiedBy;

    @Column(name = "last_modified_at")
    private Instant lastModifiedAt;

    @OneToMany(mappedBy = "participant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Placement> placements = new ArrayList<>();

    @OneToMany(mappedBy = "participant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<FamilyMember> familyMembers = new ArrayList<>();

    @OneToMany(mappedBy = "participant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<BankAccount> bankAccounts = new ArrayList<>();

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

    /** The sex code stored in the table ({@code L} laki-laki, {@code P} perempuan). */
    public static String sexCode(Sex sex) {
        return sex == Sex.FEMALE ? "P" : "L";
    }

    public void assignKpj(String kpjNo) {
        this.kpjNo = kpjNo;
    }

    /** Why there is no NIK (kept until the NIK is supplied). */
    public void explainMissingNik(String reason) {
        if (!nikException) {
            throw new IllegalStateException("Peserta memiliki NIK: tidak ada pengecualian untuk dijelaskan");
        }
        this.nikExceptionReason = Objects.requireNonNull(reason);
    }

    /** Ends the passport-only exception: the NIK is now known (validated by the caller). */
    public void supplyNik(String validNik, String actor, Instant at) {
        if (!nikException) {
            throw new IllegalStateException("Peserta sudah memiliki NIK");
        }
        this.nik = Objects.requireNonNull(validNik);
        this.nikException = false;
        this.nikExceptionReason = null;
        touch(actor, at);
    }

    public void recordPassport(String passportNo, LocalDate expiry) {
        if (nikException && passportNo == null) {
            throw new IllegalArgumentException("Peserta tanpa NIK wajib memiliki nomor paspor");
        }
        this.passportNo = passportNo;
        this.passportExpiry = expiry;
    }

    public void rename(String fullName) {
        this.fullName = Objects.requireNonNull(fullName);
    }

    public void moveTo(String addressLine, String provinceCode, String regencyCode) {
        this.addressLine = addressLine;
        this.provinceCode = provinceCode;
        this.regencyCode = regencyCode;
    }

    public void touch(String actor, Instant at) {
        this.lastModifiedBy = actor;
        this.lastModifiedAt = at;
    }

    public Placement addPlacement(Placement placement) {
        placement.attachTo(this);
        placements.add(placement);
        destinationCountry = placement.getDestinationCountry();
        return placement;
    }

    public FamilyMember addFamilyMember(FamilyMember member) {
        if (member.getNik() != null && (member.getNik().equals(nik)
                || familyMembers.stream().anyMatch(m -> member.getNik().equals(m.getNik())))) {
            throw new IllegalArgumentException("NIK " + member.getNik() + " sudah tercatat pada peserta atau keluarganya");
        }
        member.attachTo(this);
        familyMembers.add(member);
        return member;
    }

    public BankAccount addBankAccount(BankAccount account) {
        if (bankAccounts.stream().anyMatch(a -> a.sameAccountAs(account))) {
            throw new IllegalArgumentException("Rekening " + account.getBankCode() + " " + account.getAccountNo()
                    + " sudah tercatat");
        }
        if (account.getFamilyMember() != null && !familyMembers.contains(account.getFamilyMember())) {
            throw new IllegalArgumentException("Pemilik rekening bukan anggota keluarga peserta ini");
        }
        account.attachTo(this);
        bankAccounts.add(account);
        return account;
    }

    /** Recorded embarkation: a CPMI becomes a PMI. */
    public void departed() {
        if (type == ParticipantType.CPMI) {
            type = ParticipantType.PMI;
        }
    }

    /** Recorded arrival home: a PMI becomes a PMI purna. */
    public void returned() {
        type = ParticipantType.PMI_PURNA;
    }

    /** The placement registered last (the one a new payment or event belongs to by default). */
    public Optional<Placement> currentPlacement() {
        Placement latest = null;
        for (Placement placement : placements) { // list order is registration order: a later one wins a tie
            if (latest == null || !placement.getRegisteredOn().isBefore(latest.getRegisteredOn())) {
                latest = placement;
            }
        }
        return Optional.ofNullable(latest);
    }

    public Optional<Placement> placement(long placementId) {
        return placements.stream().filter(p -> p.getId() != null && p.getId() == placementId).findFirst();
    }

    public Optional<FamilyMember> familyMember(long familyMemberId) {
        return familyMembers.stream().filter(m -> m.getId() != null && m.getId() == familyMemberId).findFirst();
    }

    public Long getId() { return id; }
    public String getNik() { return nik; }
    public String getPassportNo() { return passportNo; }
    public LocalDate getPassportExpiry() { return passportExpiry; }
    public String getKpjNo() { return kpjNo; }
    public String getFullName() { return fullName; }
    public String getSex() { return sex; }
    public Sex sex() { return "P".equals(sex) ? Sex.FEMALE : Sex.MALE; }
    public LocalDate getBirthDate() { return birthDate; }
    public ParticipantType getType() { return type; }
    public String getDestinationCountry() { return destinationCountry; }
    public String getAddressLine() { return addressLine; }
    public String getProvinceCode() { return provinceCode; }
    public String getRegencyCode() { return regencyCode; }
    public boolean isNikException() { return nikException; }
    public String getNikExceptionReason() { return nikExceptionReason; }
    public Instant getRegisteredAt() { return registeredAt; }
    public String getLastModifiedBy() { return lastModifiedBy; }
    public Instant getLastModifiedAt() { return lastModifiedAt; }
    public List<Placement> getPlacements() { return Collections.unmodifiableList(placements); }
    public List<FamilyMember> getFamilyMembers() { return Collections.unmodifiableList(familyMembers); }
    public List<BankAccount> getBankAccounts() { return Collections.unmodifiableList(bankAccounts); }
    public long getVersion() { return version; }
}

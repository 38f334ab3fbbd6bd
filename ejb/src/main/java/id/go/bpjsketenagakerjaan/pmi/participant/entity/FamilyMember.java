package id.go.bpjsketenagakerjaan.pmi.participant.entity;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.Child;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.participant.control.FamilyRelation;
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

/** A member of the worker's family as on the family card (KK): a possible heir, a child for the scholarship. */
@Entity
@Table(name = "family_member")
public class FamilyMember implements Serializable {

    @Id
    @SequenceGenerator(name = "family_member_seq", sequenceName = "family_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_member_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FamilyRelation relation;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 16)
    private String nik;

    /** {@code L} or {@code P}, as in the participant table; may be unknown. */
    @Column(length = 1)
    private String sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    /** Only for children; null for everyone else. */
    @Enumerated(EnumType.STRING)
    @Column(name = "school_level", length = 4)
    private SchoolLevel schoolLevel;

    @Column(nullable = false)
    private boolean married;

    @Column(nullable = false)
    private boolean working;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FamilyMember() {
    }

    public FamilyMember(FamilyRelation relation, String fullName, String nik, String sex, LocalDate birthDate,
                        SchoolLevel schoolLevel, boolean married, boolean working, Instant createdAt) {
        this.relation = Objects.requireNonNull(relation);
        this.fullName = Objects.requireNonNull(fullName);
        boolean child = relation == FamilyRelation.CHILD;
        if (child && birthDate == null) {
            throw new IllegalArgumentException("Tanggal lahir anak wajib diisi");
        }
        if (!child && (married || working || (schoolLevel != null && schoolLevel != SchoolLevel.NONE))) {
            throw new IllegalArgumentException("Jenjang sekolah dan status menikah/bekerja hanya untuk anak");
        }
        this.nik = nik;
        this.sex = sex;
        this.birthDate = birthDate;
        this.schoolLevel = child ? (schoolLevel == null ? SchoolLevel.NONE : schoolLevel) : null;
        this.married = married;
        this.working = working;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    void attachTo(Participant owner) {
        if (participant != null && participant != owner) {
            throw new IllegalStateException("Anggota keluarga sudah milik peserta lain");
        }
        this.participant = owner;
    }

    /** A child's school year changes: the scholarship is paid at the current level. */
    public void changeSchoolLevel(SchoolLevel level, boolean married, boolean working) {
        if (relation != FamilyRelation.CHILD) {
            throw new IllegalStateException("Jenjang sekolah hanya untuk anak");
        }
        this.schoolLevel = Objects.requireNonNull(level);
        this.married = married;
        this.working = working;
    }

    public boolean isChild() {
        return relation == FamilyRelation.CHILD;
    }

    /** The child as the entitlement calculator sees it (scholarship). */
    public Child toChild() {
        if (!isChild()) {
            throw new IllegalStateException(fullName + " bukan anak peserta");
        }
        return new Child(fullName, birthDate, schoolLevel, married, working);
    }

    public Long getId() { return id; }
    public Participant getParticipant() { return participant; }
    public FamilyRelation getRelation() { return relation; }
    public String getFullName() { return fullName; }
    public String getNik() { return nik; }
    public String getSex() { return sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public SchoolLevel getSchoolLevel() { return schoolLevel; }
    public boolean isMarried() { return married; }
    public boolean isWorking() { return working; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}

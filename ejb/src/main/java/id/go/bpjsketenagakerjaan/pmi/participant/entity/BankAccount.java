package id.go.bpjsketenagakerjaan.pmi.participant.entity;

import id.go.bpjsketenagakerjaan.pmi.shared.Masking;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Objects;

/**
 * A savings account a benefit can be paid into: in the worker's name, or in an heir's name (then the family
 * member is recorded). Payment goes only to an account in the claimant's name, without fee.
 */
@Entity
@Table(name = "bank_account")
public class BankAccount implements Serializable {

    @Id
    @SequenceGenerator(name = "bank_account_seq", sequenceName = "bank_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_account_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    /** Set when the account belongs to an heir rather than the worker. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "family_member_id", updatable = false)
    private FamilyMember familyMember;

    @Column(name = "bank_code", nullable = false, length = 10, updatable = false)
    private String bankCode;

    @Column(name = "bank_name", nullable = false, length = 100)
    private String bankName;

    @Column(name = "account_no", nullable = false, length = 34, updatable = false)
    private String accountNo;

    @Column(name = "holder_name", nullable = false, length = 200)
    private String holderName;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected BankAccount() {
    }

    public BankAccount(FamilyMember familyMember, String bankCode, String bankName, String accountNo,
                       String holderName, String createdBy, Instant createdAt) {
        this.familyMember = familyMember;
        this.bankCode = Objects.requireNonNull(bankCode);
        this.bankName = Objects.requireNonNull(bankName);
        this.accountNo = Objects.requireNonNull(accountNo);
        this.holderName = Objects.requireNonNull(holderName);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    void attachTo(Participant owner) {
        if (participant != null && participant != owner) {
            throw new IllegalStateException("Rekening sudah milik peserta lain");
        }
        this.participant = owner;
    }

    boolean sameAccountAs(BankAccount other) {
        return bankCode.equals(other.bankCode) && accountNo.equals(other.accountNo);
    }

    /** Closed or not to be used any more; kept because past payments went there. */
    public void deactivate() {
        this.active = false;
    }

    public Long getId() { return id; }
    public Participant getParticipant() { return participant; }
    public FamilyMember getFamilyMember() { return familyMember; }
    public String getBankCode() { return bankCode; }
    public String getBankName() { return bankName; }
    public String getAccountNo() { return accountNo; }
    public String maskedAccountNo() { return Masking.lastFour(accountNo); }
    public String getHolderName() { return holderName; }
    public boolean isActive() { return active; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}

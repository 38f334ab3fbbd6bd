package id.go.bpjsketenagakerjaan.pmi.benefit.entity;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitRule;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.CalculationKind;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Confidence;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Phase;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Programme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One version of a benefit of the catalogue (table {@code benefit_version}, seeded by V2). Rows are never
 * deleted and, once written, only their {@code valid_to} changes, when a newer version takes over: past
 * decisions stay explainable by the version ({@code code@valid_from}) they recorded.
 */
@Entity
@Table(name = "benefit_version")
@NamedQuery(name = BenefitVersion.IN_FORCE, query = "SELECT b FROM BenefitVersion b WHERE b.validFrom <= :day"
        + " AND (b.validTo IS NULL OR b.validTo >= :day) ORDER BY b.code, b.validFrom")
@NamedQuery(name = BenefitVersion.ALL, query = "SELECT b FROM BenefitVersion b ORDER BY b.code, b.validFrom")
@NamedQuery(name = BenefitVersion.BY_CODE, query = "SELECT b FROM BenefitVersion b WHERE b.code = :code ORDER BY b.validFrom")
public class BenefitVersion implements Serializable {

    public static final String IN_FORCE = "BenefitVersion.inForce";
    public static final String ALL = "BenefitVersion.all";
    public static final String BY_CODE = "BenefitVersion.byCode";

    @Id
    @SequenceGenerator(name = "benefit_version_seq", sequenceName = "benefit_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "benefit_version_seq")
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    /** "JKK", "JKM", "JHT" or "JKK,JKM". */
    @Column(nullable = false, length = 8, updatable = false)
    private String programme;

    /** "B,D,A" and the like. */
    @Column(nullable = false, length = 10, updatable = false)
    private String phases;

    @Column(name = "name_id", nullable = false, length = 200, updatable = false)
    private String nameId;

    @Column(name = "name_en", nullable = false, length = 200, updatable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "calculation_kind", nullable = false, length = 30, updatable = false)
    private CalculationKind calculationKind;

    @Column(precision = 15, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(precision = 15, scale = 2, updatable = false)
    private BigDecimal cap;

    @Column(length = 1000, updatable = false)
    private String params;

    @Column(name = "legal_basis", nullable = false, length = 200, updatable = false)
    private String legalBasis;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Confidence confidence;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected BenefitVersion() {
    }

    /**
     * A new version; {@code rule} has been validated by constructing it. Programmes and phases are written in
     * the canonical order of their enums, as the seed does.
     */
    public BenefitVersion(BenefitRule rule, int versionNo, String nameEn, String createdBy, Instant createdAt) {
        if (rule.validTo() != null) {
            throw new IllegalArgumentException("Versi baru tidak boleh sudah memiliki tanggal akhir");
        }
        this.code = rule.code();
        this.versionNo = versionNo;
        this.programme = rule.programmes().stream().map(Programme::name).collect(Collectors.joining(","));
        this.phases = rule.phases().stream().map(Phase::code).collect(Collectors.joining(","));
        this.nameId = rule.nameId();
        this.nameEn = Objects.requireNonNull(nameEn);
        this.calculationKind = rule.kind();
        this.amount = rule.amount() == null ? null : rule.amount().amount();
        this.cap = rule.cap() == null ? null : rule.cap().amount();
        this.params = rule.params().isEmpty() ? null : rule.params().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        this.legalBasis = rule.legalBasis();
        this.validFrom = rule.validFrom();
        this.confidence = rule.confidence();
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A newer version starts on {@code nextValidFrom}: this one ends the day before (if it ran longer). */
    public void supersededFrom(LocalDate nextValidFrom) {
        if (!nextValidFrom.isAfter(validFrom)) {
            throw new IllegalArgumentException("Versi baru " + code + " harus berlaku setelah " + validFrom);
        }
        LocalDate lastDay = nextValidFrom.minusDays(1);
        if (validTo == null || validTo.isAfter(lastDay)) {
            validTo = lastDay;
        }
    }

    /** The rule as the calculator uses it. */
    public BenefitRule toRule() {
        return new BenefitRule(code, nameId, BenefitRule.parseProgrammes(programme), BenefitRule.parsePhases(phases),
                calculationKind, amount == null ? null : Money.of(amount), cap == null ? null : Money.of(cap),
                BenefitRule.parseParams(params), legalBasis, validFrom, validTo, confidence);
    }

    public Set<Programme> programmes() {
        return BenefitRule.parseProgrammes(programme);
    }

    public Map<String, String> paramMap() {
        return BenefitRule.parseParams(params);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getVersionNo() { return versionNo; }
    public String getProgramme() { return programme; }
    public String getPhases() { return phases; }
    public String getNameId() { return nameId; }
    public String getNameEn() { return nameEn; }
    public CalculationKind getCalculationKind() { return calculationKind; }
    public BigDecimal getAmount() { return amount; }
    public BigDecimal getCap() { return cap; }
    public String getParams() { return params; }
    public String getLegalBasis() { return legalBasis; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public Confidence getConfidence() { return confidence; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}

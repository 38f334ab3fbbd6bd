package id.go.bpjsketenagakerjaan.pmi.claim.entity;

import id.go.bpjsketenagakerjaan.pmi.casework.entity.CaseFile;
import id.go.bpjsketenagakerjaan.pmi.claim.control.ChecklistItem;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentChecklist;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentState;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType;
import id.go.bpjsketenagakerjaan.pmi.claim.control.Signal;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStage;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A claim for one benefit. Its status moves only through the intent methods below; each checks the step against
 * {@link ClaimStatus} and appends a {@link ClaimStatusEvent} in the same transaction.
 */
@Entity
@Table(name = "claim")
public class Claim implements Serializable {

    /** The reason prefix of an assignment event in the history. */
    public static final String ASSIGNMENT_PREFIX = "Penugasan: ";

    @Id
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    private Long id;

    @Column(name = "claim_no", nullable = false, unique = true, updatable = false, length = 30)
    private String claimNo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @Column(name = "benefit_code", nullable = false, length = 40)
    private String benefitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ClaimStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Channel channel;

    @Column(name = "incident_date", nullable = false)
    private LocalDate incidentDate;

    @Column(name = "claimed_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal claimedAmount;

    @Column(name = "recommended_amount", precision = 15, scale = 2)
    private BigDecimal recommendedAmount;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_unit_id")
    private ServiceUnit serviceUnit;

    @Column(name = "assigned_to", length = 60)
    private String assignedTo;

    @Column(name = "recommended_by", length = 60)
    private String recommendedBy;

    /** The catalogue rule version the recommendation was computed under, e.g. "MEDICAL_ABROAD@2023-03-01". */
    @Column(name = "rule_version", length = 80)
    private String ruleVersion;

    @Column(name = "recommendation_note", length = 4000)
    private String recommendationNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason", length = 40)
    private RejectionReason rejectionReason;

    @Embedded
    private Payee payee;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "last_modified_by", nullable = false, length = 60)
    private String lastModifiedBy;

    @Column(name = "last_modified_at")
    private Instant lastModifiedAt;

    /** When the current stage's SLA warning / escalation went out; each happens once per stage. */
    @Column(name = "sla_warned_at")
    private Instant slaWarnedAt;

    @Column(name = "sla_escalated_at")
    private Instant slaEscalatedAt;

    /**
     * When the SLA watch should look at the claim next: from the status change while a clock runs, moved on by the
     * watch to the stage's next turn, cleared once escalated or when no clock runs. Indexed, so the watch reads only
     * the claims due a look instead of every open claim.
     */
    @Column(name = "sla_next_check_at")
    private Instant slaNextCheckAt;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL)
    @OrderBy("id ASC")
    private List<ClaimDocument> documents = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL)
    @OrderBy("detectedAt ASC, id ASC")
    private List<ClaimSignal> signals = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt ASC, id ASC")
    private List<ClaimStatusEvent> history = new ArrayList<>();

    @Version
    private long version;

    protected Claim() {
    }

    private Claim(String claimNo, Participant participant, String benefitCode, Channel channel, LocalDate incidentDate,
                  BigDecimal claimedAmount, ServiceUnit serviceUnit) {
        this.claimNo = Objects.requireNonNull(claimNo, "claimNo");
        this.participant = Objects.requireNonNull(participant, "participant");
        this.benefitCode = Objects.requireNonNull(benefitCode, "benefitCode");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.incidentDate = Objects.requireNonNull(incidentDate, "incidentDate");
        this.claimedAmount = rupiah(claimedAmount, "claimedAmount");
        this.serviceUnit = Objects.requireNonNull(serviceUnit, "serviceUnit");
    }

    /** A new claim as it arrives from any channel. */
    public static Claim receive(String claimNo, Participant participant, String benefitCode, Channel channel,
                                LocalDate incidentDate, BigDecimal claimedAmount, ServiceUnit serviceUnit,
                                String actor, Instant now) {
        Claim claim = new Claim(claimNo, participant, benefitCode, channel, incidentDate, claimedAmount, serviceUnit);
        claim.receivedAt = now;
        claim.record(null, ClaimStatus.RECEIVED, actor, now, "Diterima melalui " + channel);
        return claim;
    }

    /** A claim filed under a case: participant, incident date and unit come from the case. */
    public static Claim file(CaseFile caseFile, String claimNo, String benefitCode, Channel channel,
                             BigDecimal claimedAmount, Payee payee, Collection<DocumentType> requiredDocuments,
                             String actor, Instant now) {
        Claim claim = receive(claimNo, caseFile.getParticipant(), benefitCode, channel, caseFile.getIncidentDate(),
                claimedAmount, caseFile.getOwnerUnit(), actor, now);
        claim.caseFile = caseFile;
        claim.payee = payee;
        requiredDocuments.forEach(type -> claim.documents.add(
                new ClaimDocument(claim, new ChecklistItem(type, true, DocumentState.MISSING, null, null, null))));
        return claim;
    }

    // --- documents ---

    /** The documents as a checklist, with the rules of DocumentChecklist. */
    public DocumentChecklist checklist() {
        return DocumentChecklist.restore(documents.stream().map(ClaimDocument::toItem).toList());
    }

    public void receiveDocument(DocumentType type, DocumentFile file, String actor, Instant now) {
        requireOpen("menerima dokumen");
        DocumentChecklist checklist = checklist();
        applyDocumentRule(() -> checklist.receive(type, actor, now));
        documentFor(type).attach(file);
        store(checklist, type, actor, now);
    }

    public void verifyDocument(DocumentType type, String actor, Instant now) {
        requireOpen("memverifikasi dokumen");
        DocumentChecklist checklist = checklist();
        applyDocumentRule(() -> checklist.verify(type, actor, now));
        store(checklist, type, actor, now);
    }

    public void rejectDocument(DocumentType type, String note, String actor, Instant now) {
        requireOpen("menolak dokumen");
        DocumentChecklist checklist = checklist();
        applyDocumentRule(() -> checklist.reject(type, note, actor, now));
        store(checklist, type, actor, now);
    }

    private void store(DocumentChecklist checklist, DocumentType type, String actor, Instant now) {
        documentFor(type).apply(checklist.item(type));
        touch(actor, now);
    }

    private ClaimDocument documentFor(DocumentType type) {
        return documents.stream().filter(d -> d.getType() == type).findFirst().orElseGet(() -> {
            ClaimDocument extra = new ClaimDocument(this, new ChecklistItem(type, false, DocumentState.MISSING, null, null, null));
            documents.add(extra);
            return extra;
        });
    }

    private static void applyDocumentRule(Runnable rule) {
        try {
            rule.run();
        } catch (IllegalStateException | IllegalArgumentException refused) {
            throw new ClaimTransitionException(refused.getMessage());
        }
    }

    // --- duplicate and fraud signals ---

    /** Records newly detected signals; a kind already raised and not yet acknowledged is not raised twice. */
    public void raiseSignals(Collection<Signal> detected, Instant now) {
        for (Signal signal : detected) {
            boolean alreadyOpen = signals.stream().anyMatch(s -> s.getKind() == signal.kind() && !s.isAcknowledged());
            if (!alreadyOpen) {
                signals.add(new ClaimSignal(this, signal, now));
            }
        }
    }

    public void acknowledgeSignal(long signalId, String supervisor, String note, Instant now) {
        ClaimSignal signal = signals.stream().filter(s -> s.getId() != null && s.getId() == signalId).findFirst()
                .orElseThrow(() -> new ClaimTransitionException("Sinyal " + signalId + " tidak ada pada klaim " + claimNo + "."));
        signal.acknowledge(supervisor, note, now);
        touch(supervisor, now);
    }

    public List<ClaimSignal> unacknowledgedSignals() {
        return signals.stream().filter(s -> !s.isAcknowledged()).toList();
    }

    // --- SLA ---

    /** True when the warning for the stage the claim is in now has not gone out yet. */
    public boolean slaWarningDue() {
        return slaWarnedAt == null || slaWarnedAt.isBefore(statusChangedAt);
    }

    public boolean slaEscalationDue() {
        return slaEscalatedAt == null || slaEscalatedAt.isBefore(statusChangedAt);
    }

    /** The warning went out; the watch looks again at the stage's deadline. */
    public void markSlaWarned(Instant now, Instant deadline) {
        this.slaWarnedAt = now;
        this.slaNextCheckAt = deadline;
    }

    /** The escalation went out: nothing more to watch in this stage. */
    public void markSlaEscalated(Instant now) {
        this.slaEscalatedAt = now;
        this.slaNextCheckAt = null;
    }

    public Instant getSlaNextCheckAt() { return slaNextCheckAt; }

    /**
     * Gives the claim to an adjudicator. A change of hands is kept in the history as an event that keeps the status
     * (reason {@value #ASSIGNMENT_PREFIX}from → to), so the timeline shows who moved it and when.
     */
    public void assignTo(String adjudicator, String actor, Instant now) {
        requireOpen("ditugaskan");
        Objects.requireNonNull(adjudicator);
        String previous = assignedTo;
        this.assignedTo = adjudicator;
        if (adjudicator.equals(previous)) {
            touch(actor, now);
        } else {
            note(actor, now, ASSIGNMENT_PREFIX + (previous == null ? "-" : previous) + " → " + adjudicator);
        }
    }

    public void markDocumentsIncomplete(String missing, String actor, Instant now) {
        moveTo(ClaimStatus.DOCUMENTS_INCOMPLETE, actor, now, requireText(missing, "dokumen yang kurang"));
    }

    public void startVerification(String actor, Instant now) {
        moveTo(ClaimStatus.VERIFICATION, actor, now, null);
    }

    public void requestInformation(String question, String actor, Instant now) {
        moveTo(ClaimStatus.INFORMATION_REQUESTED, actor, now, requireText(question, "informasi yang diminta"));
    }

    public void informationReceived(String actor, Instant now) {
        if (status != ClaimStatus.INFORMATION_REQUESTED) {
            throw refused(ClaimStatus.VERIFICATION);
        }
        moveTo(ClaimStatus.VERIFICATION, actor, now, "Informasi dari pemohon diterima");
    }

    /** Only when every required document is verified does the claim go to an adjudicator's decision. */
    public void startAdjudication(String actor, Instant now) {
        DocumentChecklist checklist = checklist();
        if (!checklist.isReadyForAdjudication()) {
            throw new ClaimTransitionException("Klaim " + claimNo + " belum dapat ditetapkan. " + checklist.missingMessage());
        }
        moveTo(ClaimStatus.ADJUDICATION, actor, now, null);
    }

    /** The adjudicator recommends an amount; the explanation is the calculator's, the rule version the one it used. */
    public void recommend(BigDecimal amount, String ruleVersion, String explanation, String adjudicator, Instant now) {
        BigDecimal recommended = rupiah(amount, "recommendedAmount");
        moveTo(ClaimStatus.AWAITING_APPROVAL, adjudicator, now, requireText(explanation, "penjelasan perhitungan"));
        this.recommendedAmount = recommended;
        this.recommendedBy = adjudicator;
        this.ruleVersion = ruleVersion;
        this.recommendationNote = explanation.strip();
    }

    /** Maker is never checker: whoever recommended the amount cannot approve it, whatever roles they hold. */
    public void approvePayout(String approver, Instant now) {
        if (Objects.equals(approver, recommendedBy)) {
            throw new ClaimTransitionException("Klaim " + claimNo + " direkomendasikan oleh " + approver
                    + "; pemberi rekomendasi tidak boleh menyetujui klaimnya sendiri.");
        }
        List<ClaimSignal> open = unacknowledgedSignals();
        if (!open.isEmpty() && status == ClaimStatus.AWAITING_APPROVAL) {
            throw new ClaimTransitionException("Klaim " + claimNo + " masih memiliki sinyal yang belum dikonfirmasi: "
                    + open.stream().map(s -> s.getKind().name()).toList() + ".");
        }
        moveTo(ClaimStatus.APPROVED, approver, now, null);
    }

    /**
     * One of several approvals the authority limits require (payout.control.ApprovalPolicy): the claim stays
     * AWAITING_APPROVAL and the history records who approved, so the next approver sees it and the version moves.
     */
    public void recordPartialApproval(String approver, int given, int required, Instant now) {
        if (status != ClaimStatus.AWAITING_APPROVAL) {
            throw refused(ClaimStatus.APPROVED);
        }
        if (Objects.equals(approver, recommendedBy)) {
            throw new ClaimTransitionException("Klaim " + claimNo + " direkomendasikan oleh " + approver
                    + "; pemberi rekomendasi tidak boleh menyetujui klaimnya sendiri.");
        }
        List<ClaimSignal> open = unacknowledgedSignals();
        if (!open.isEmpty()) {
            throw new ClaimTransitionException("Klaim " + claimNo + " masih memiliki sinyal yang belum dikonfirmasi: "
                    + open.stream().map(s -> s.getKind().name()).toList() + ".");
        }
        note(approver, now, "Persetujuan " + given + " dari " + required + " oleh " + approver);
    }

    /** The bank reported a transfer as failed: the claim stays APPROVED (to be re-issued) and the history says why. */
    public void paymentFailed(String paymentReference, String bankReason, String actor, Instant now) {
        if (status != ClaimStatus.APPROVED) {
            throw refused(ClaimStatus.PAID);
        }
        note(actor, now, "Pembayaran " + requireText(paymentReference, "referensi pembayaran")
                + " gagal: " + requireText(bankReason, "alasan kegagalan"));
    }

    /** After a failed transfer the account is corrected before the payment is re-issued; only an approved claim. */
    public void correctPayee(Payee corrected, String note, String actor, Instant now) {
        Objects.requireNonNull(corrected, "payee");
        // a paid scholarship claim keeps paying later years to this account, so a failed year may correct it too
        boolean laterScholarshipYear = status == ClaimStatus.PAID && "SCHOLARSHIP".equals(benefitCode);
        if (status != ClaimStatus.APPROVED && !laterScholarshipYear) {
            throw new ClaimTransitionException("Klaim " + claimNo + " berstatus " + status
                    + "; rekening penerima hanya dikoreksi pada klaim yang disetujui dan gagal dibayar.");
        }
        note(actor, now, "Rekening penerima dikoreksi: " + requireText(note, "catatan koreksi"));
        this.payee = corrected;
    }

    public void returnForCorrection(String note, String actor, Instant now) {
        moveTo(ClaimStatus.RETURNED_FOR_CORRECTION, actor, now, requireText(note, "catatan pengembalian"));
    }

    public void reject(RejectionReason reason, String text, String actor, Instant now) {
        Objects.requireNonNull(reason, "reason");
        moveTo(ClaimStatus.REJECTED, actor, now, reason.name() + ": " + requireText(text, "alasan penolakan"));
        this.rejectionReason = reason;
    }

    public void withdraw(String reason, String actor, Instant now) {
        moveTo(ClaimStatus.WITHDRAWN, actor, now, requireText(reason, "alasan penarikan"));
    }

    public void markPaid(String paymentReference, String actor, Instant now) {
        moveTo(ClaimStatus.PAID, actor, now, "Dibayar, referensi " + requireText(paymentReference, "referensi pembayaran"));
    }

    public void close(String actor, Instant now) {
        moveTo(ClaimStatus.CLOSED, actor, now, null);
    }

    /** A decided claim is examined again, for example when new evidence arrives. */
    public void reopen(String reason, String actor, Instant now) {
        if (status.isOpen() || status == ClaimStatus.PAID) {
            throw refused(ClaimStatus.VERIFICATION);
        }
        moveTo(ClaimStatus.VERIFICATION, actor, now, "Dibuka kembali: " + requireText(reason, "alasan pembukaan kembali"));
        this.recommendedAmount = null;
        this.recommendedBy = null;
        this.ruleVersion = null;
        this.recommendationNote = null;
        this.rejectionReason = null;
    }

    public void appeal(String grounds, String actor, Instant now) {
        moveTo(ClaimStatus.APPEALED, actor, now, requireText(grounds, "alasan banding"));
    }

    public void decideAppeal(boolean upheld, String reason, String actor, Instant now) {
        if (status != ClaimStatus.APPEALED) {
            throw refused(upheld ? ClaimStatus.ADJUDICATION : ClaimStatus.REJECTED);
        }
        moveTo(upheld ? ClaimStatus.ADJUDICATION : ClaimStatus.REJECTED, actor, now, requireText(reason, "keputusan banding"));
    }

    private void moveTo(ClaimStatus target, String actor, Instant now, String reason) {
        if (!status.canMoveTo(target)) {
            throw refused(target);
        }
        record(status, target, actor, now, reason);
    }

    private void record(ClaimStatus from, ClaimStatus to, String actor, Instant now, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        history.add(new ClaimStatusEvent(this, from, to, actor, now, reason));
        this.status = to;
        this.statusChangedAt = now;
        this.slaNextCheckAt = SlaStage.of(to).isPresent() ? now : null;
        touch(actor, now);
    }

    /** An event that keeps the status (from = to): recorded in the history, the status clock is not restarted. */
    private void note(String actor, Instant now, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        history.add(new ClaimStatusEvent(this, status, status, actor, now, reason));
        touch(actor, now);
    }

    private void touch(String actor, Instant now) {
        this.lastModifiedBy = actor;
        this.lastModifiedAt = now;
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new ClaimTransitionException("Klaim " + claimNo + " berstatus " + status + " dan tidak dapat " + action + ".");
        }
    }

    private ClaimTransitionException refused(ClaimStatus target) {
        return new ClaimTransitionException("Klaim " + claimNo + " berstatus " + status + "; perpindahan ke " + target
                + " tidak diizinkan. Langkah yang mungkin: " + status.nextStates() + ".");
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new ClaimTransitionException("Isi " + what + ".");
        }
        return text.strip();
    }

    private static BigDecimal rupiah(BigDecimal amount, String field) {
        if (amount == null || amount.signum() < 0) {
            throw new ClaimTransitionException(field + ": jumlah harus nol atau lebih.");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new ClaimTransitionException(field + ": rupiah dengan paling banyak 2 angka desimal.");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public Long getId() { return id; }
    public String getClaimNo() { return claimNo; }
    public Participant getParticipant() { return participant; }
    public String getBenefitCode() { return benefitCode; }
    public ClaimStatus getStatus() { return status; }
    public Channel getChannel() { return channel; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public BigDecimal getClaimedAmount() { return claimedAmount; }
    public BigDecimal getRecommendedAmount() { return recommendedAmount; }
    public ServiceUnit getServiceUnit() { return serviceUnit; }
    public String getAssignedTo() { return assignedTo; }
    public String getRecommendedBy() { return recommendedBy; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public String getLastModifiedBy() { return lastModifiedBy; }
    public Instant getLastModifiedAt() { return lastModifiedAt; }
    public CaseFile getCaseFile() { return caseFile; }
    public Payee getPayee() { return payee; }
    public String getRuleVersion() { return ruleVersion; }
    public String getRecommendationNote() { return recommendationNote; }
    public RejectionReason getRejectionReason() { return rejectionReason; }
    public List<ClaimDocument> getDocuments() { return Collections.unmodifiableList(documents); }
    public List<ClaimSignal> getSignals() { return Collections.unmodifiableList(signals); }
    public List<ClaimStatusEvent> getHistory() { return Collections.unmodifiableList(history); }
    public long getVersion() { return version; }
}

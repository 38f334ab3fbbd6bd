package id.go.bpjsketenagakerjaan.pmi.ui.claim;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitDecision;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.ClaimantRelation;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimView;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimWorkflowService;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ConcurrentChangeException;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimTransitionException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.RejectionReason;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalDecision;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ScholarshipView;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ProofKind;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipEnd;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.LongSupplier;
import org.primefaces.model.file.UploadedFile;

/** The case / claim page: what is known about the claim and the steps this user may take on it. */
@Named
@ViewScoped
public class ClaimPage implements Serializable {

    @EJB
    ClaimWorkflowService workflow;

    @Inject
    ViewerZone viewerZone;

    @Inject
    Messages messages;

    private Long id;
    private ClaimView view;

    // dialog inputs
    private RejectionReason rejectionReason;
    private String text;
    private BigDecimal amount;
    private DocumentType documentType;
    private UploadedFile upload;
    private long signalId;
    private boolean appealUpheld;
    private ClaimantRelation relation = ClaimantRelation.WORKER;
    private BenefitDecision decision;

    public void load() {
        if (id == null) {
            messages.error(null, "claim.notFound");
            return;
        }
        try {
            view = workflow.view(id);
            scholarships = loadScholarships();
        } catch (ClaimTransitionException e) {
            view = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBAccessException e) {
            view = null;
            messages.error(null, "claim.forbidden");
        }
    }

    private long version() {
        return view.getClaim().getVersion();
    }

    /** Runs one step; whatever the outcome, the page shows the claim as it now is and says what happened. */
    private void step(String doneKey, LongSupplier action) {
        try {
            action.getAsLong();
            messages.info(null, doneKey);
            clearInputs();
        } catch (ClaimTransitionException | ConcurrentChangeException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (PayoutException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null)));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (EJBAccessException e) {
            messages.error(null, "claim.forbidden");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (EJBException e) {
            messages.error(null, "claim.failed");
            FacesContext.getCurrentInstance().validationFailed();
        }
        load();
    }

    private void clearInputs() {
        rejectionReason = null;
        text = null;
        amount = null;
        documentType = null;
        upload = null;
        decision = null;
        proofLevel = null;
        proofKind = null;
        proofNote = null;
        endKind = null;
        endedOn = null;
        endReason = null;
    }

    public void assignToMe() {
        step("claim.done.assigned", () -> workflow.assign(id, version(),
                FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()));
    }

    public void startVerification() { step("claim.done.step", () -> workflow.startVerification(id, version())); }
    public void markDocumentsIncomplete() { step("claim.done.step", () -> workflow.markDocumentsIncomplete(id, version())); }
    public void requestInformation() { step("claim.done.step", () -> workflow.requestInformation(id, version(), text)); }
    public void informationReceived() { step("claim.done.step", () -> workflow.informationReceived(id, version())); }
    public void startAdjudication() { step("claim.done.step", () -> workflow.startAdjudication(id, version())); }
    public void recommend() { step("claim.done.recommended", () -> workflow.recommend(id, version(), relation, amount, text)); }

    /** Runs the entitlement calculator for the chosen claimant relation and proposes its amount. */
    public void calculate() {
        try {
            decision = workflow.calculate(id, relation);
            amount = decision.recommended() == null ? null : decision.recommended().amount();
        } catch (ClaimTransitionException | InvalidInputException e) {
            decision = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }
    public void reject() { step("claim.done.rejected", () -> workflow.reject(id, version(), rejectionReason, text)); }
    public void withdraw() { step("claim.done.step", () -> workflow.withdraw(id, version(), text)); }
    public void returnForCorrection() { step("claim.done.returned", () -> workflow.returnForCorrection(id, version(), text)); }
    public void approve() {
        step("claim.done.approved", () -> {
            ApprovalDecision decision = workflow.approve(id, version());
            if (decision.verdict() == ApprovalDecision.Verdict.APPROVE_PARTIAL) {
                FacesContext.getCurrentInstance().addMessage(null,
                        new FacesMessage(FacesMessage.SEVERITY_INFO, decision.message(), null));
            }
            return 0L;
        });
    }
    public void reopen() { step("claim.done.step", () -> workflow.reopen(id, version(), text)); }
    public void appeal() { step("claim.done.step", () -> workflow.appeal(id, version(), text)); }
    public void decideAppeal() { step("claim.done.step", () -> workflow.decideAppeal(id, version(), appealUpheld, text)); }
    public void addNote() { step("claim.done.note", () -> workflow.addNote(id, version(), text)); }

    public void acknowledgeSignal(long signal) {
        step("claim.done.acknowledged", () -> workflow.acknowledgeSignal(id, version(), signal, text));
    }

    public void verifyDocument(DocumentType type) { step("claim.done.document", () -> workflow.verifyDocument(id, version(), type)); }

    public void rejectDocument(DocumentType type) {
        step("claim.done.document", () -> workflow.rejectDocument(id, version(), type, text));
    }

    public void uploadDocument() {
        if (upload == null || documentType == null) {
            messages.error(null, "claim.upload.missing");
            return;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes((int) Math.min(upload.getSize() + 1, 10L * 1024 * 1024 + 1));
        } catch (IOException e) {
            messages.error(null, "claim.upload.unreadable");
            return;
        }
        String fileName = upload.getFileName();
        String contentType = upload.getContentType();
        step("claim.done.document", () -> workflow.receiveDocument(id, version(), documentType, fileName, contentType, content));
    }

    public String at(Instant instant) {
        return viewerZone.at(instant);
    }

    /** The calculator's explanation (or a history reason quoting it) with its codes as labels in the viewer's language. */
    public String explained(String text) {
        return explanationText().of(text);
    }

    public String ruleVersion(String version) {
        return explanationText().ruleVersion(version);
    }

    private static ExplanationText explanationText() {
        return new ExplanationText(ResourceBundle.getBundle(Messages.BUNDLE,
                FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    // --- scholarship schedule (SCHOLARSHIP claims) ---

    private List<ScholarshipView> scholarships = List.of();
    private SchoolLevel proofLevel;
    private ProofKind proofKind;
    private String proofNote;
    private ScholarshipEnd endKind;
    private LocalDate endedOn;
    private String endReason;

    private List<ScholarshipView> loadScholarships() {
        if (!"SCHOLARSHIP".equals(view.getClaim().getBenefitCode())) {
            return List.of();
        }
        try {
            return workflow.scholarships(id);
        } catch (EJBAccessException e) {
            return List.of(); // a branch officer sees the claim of their unit, not the schedule
        }
    }

    public void proveScholarshipYear(long scheduleId, long seenVersion, int yearNo) {
        step("scholarship.done.proof", () -> {
            String result = workflow.proveScholarshipYear(scheduleId, seenVersion, yearNo, proofLevel, proofKind, proofNote);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, result, null));
            return 0L;
        });
    }

    public void stopScholarship(long scheduleId, long seenVersion) {
        step("scholarship.done.stop", () -> {
            workflow.stopScholarship(scheduleId, seenVersion, endKind, endedOn, endReason);
            return 0L;
        });
    }

    public List<ScholarshipView> getScholarships() { return scholarships; }
    public SchoolLevel[] getSchoolLevels() { return SchoolLevel.values(); }
    public ProofKind[] getProofKinds() { return new ProofKind[] {ProofKind.DOCUMENT, ProofKind.OFFICER}; }
    public SchoolLevel getProofLevel() { return proofLevel; }
    public void setProofLevel(SchoolLevel proofLevel) { this.proofLevel = proofLevel; }
    public ProofKind getProofKind() { return proofKind; }
    public void setProofKind(ProofKind proofKind) { this.proofKind = proofKind; }
    public String getProofNote() { return proofNote; }
    public void setProofNote(String proofNote) { this.proofNote = proofNote; }
    public ScholarshipEnd getEndKind() { return endKind; }
    public void setEndKind(ScholarshipEnd endKind) { this.endKind = endKind; }
    public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String endReason) { this.endReason = endReason; }

    public DocumentType[] getDocumentTypes() { return DocumentType.values(); }
    public RejectionReason[] getRejectionReasons() { return RejectionReason.values(); }
    public ClaimantRelation[] getRelations() { return ClaimantRelation.values(); }
    public ClaimantRelation getRelation() { return relation; }
    public void setRelation(ClaimantRelation relation) { this.relation = relation; }
    public BenefitDecision getDecision() { return decision; }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ClaimView getView() { return view; }
    public RejectionReason getRejectionReason() { return rejectionReason; }
    public void setRejectionReason(RejectionReason rejectionReason) { this.rejectionReason = rejectionReason; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public DocumentType getDocumentType() { return documentType; }
    public void setDocumentType(DocumentType documentType) { this.documentType = documentType; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
    public long getSignalId() { return signalId; }
    public void setSignalId(long signalId) { this.signalId = signalId; }
    public boolean isAppealUpheld() { return appealUpheld; }
    public void setAppealUpheld(boolean appealUpheld) { this.appealUpheld = appealUpheld; }
}

package id.go.bpjsketenagakerjaan.pmi.claim.boundary;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.payout.boundary.ScholarshipService;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ScholarshipView;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ProofKind;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipEnd;
import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditDetail;
import id.go.bpjsketenagakerjaan.pmi.notification.boundary.Outbox;
import id.go.bpjsketenagakerjaan.pmi.benefit.boundary.EntitlementOutcome;
import id.go.bpjsketenagakerjaan.pmi.benefit.boundary.Entitlements;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitDecision;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Claimant;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.ClaimantRelation;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Incident;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.IncidentKind;
import id.go.bpjsketenagakerjaan.pmi.casework.entity.CaseFile;
import id.go.bpjsketenagakerjaan.pmi.casework.entity.CaseNote;
import id.go.bpjsketenagakerjaan.pmi.payout.boundary.PayoutApprovalService;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalDecision;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.claim.control.CheckedUpload;
import id.go.bpjsketenagakerjaan.pmi.claim.control.ClaimAction;
import id.go.bpjsketenagakerjaan.pmi.claim.control.ClaimActions;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaClock;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.HolidayCalendar;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.shared.Masking;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType;
import id.go.bpjsketenagakerjaan.pmi.claim.control.UploadPolicy;
import id.go.bpjsketenagakerjaan.pmi.claim.control.UploadRejectedException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimTransitionException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.DocumentFile;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.RejectionReason;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every step an adjudicator or supervisor takes on a claim. Each call names the version of the claim the user saw:
 * if someone else changed it since, the step is refused with who and when, never applied over their change.
 */
@Stateless
public class ClaimWorkflowService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZoneId.of("Asia/Jakarta"));

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Entitlements entitlements;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @EJB
    PayoutApprovalService payoutApprovals;

    @Inject
    HolidayCalendar holidays;

    Clock clock = Clock.systemUTC();
    UploadPolicy uploadPolicy = new UploadPolicy();

    /** The claim page: the claim, its case and what this viewer may do; a full NIK only for roles that decide. */
    @RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.MANAGER, Roles.BRANCH_OFFICER, Roles.AUDITOR})
    public ClaimView view(long claimId) {
        Claim claim = em.find(Claim.class, claimId);
        if (claim == null) {
            throw new ClaimTransitionException("Klaim " + claimId + " tidak ditemukan.");
        }
        // load what the page shows while the persistence context is open
        claim.getHistory().size();
        claim.getDocuments().forEach(document -> document.getFile());
        claim.getSignals().size();
        List<CaseNote> notes = claim.getCaseFile() == null ? List.of() : List.copyOf(claim.getCaseFile().getNotes());
        Set<String> roles = Stream.of(Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.BRANCH_OFFICER, Roles.MANAGER, Roles.AUDITOR)
                .filter(session::isCallerInRole).collect(Collectors.toSet());
        requireOwnUnitForBranchOfficer(claim, roles);
        boolean fullNik = roles.contains(Roles.ADJUDICATOR) || roles.contains(Roles.SUPERVISOR);
        Participant participant = claim.getParticipant();
        String nik = fullNik ? participant.getNik() : Masking.nik(participant.getNik());
        String passport = fullNik ? participant.getPassportNo() : Masking.lastFour(participant.getPassportNo());
        Instant now = Instant.now(clock);
        if (fullNik) {
            // a full identity number on screen is a personal-data access: recorded for the auditors
            audit.record(caller(), "PERSONAL_DATA_VIEWED", "participant:" + participant.getId(),
                    "NIK dan paspor lengkap pada klaim " + claim.getClaimNo(), now);
        }
        Optional<SlaClock> sla = holidays.slaPolicy().currentClock(claim.getHistory(), claim.getServiceUnit().zone());
        Set<ClaimAction> actions = ClaimActions.allowed(claim.getStatus(), roles, caller(), claim.getRecommendedBy(),
                claim.getAssignedTo(), !claim.unacknowledgedSignals().isEmpty());
        return new ClaimView(claim, notes, nik, fullNik, passport, actions,
                sla.map(c -> c.status(now)).orElse(null), sla.map(SlaClock::dueDate).orElse(null));
    }

    /** A stored document file, for the viewer; only files that belong to the claim are served. */
    @RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.BRANCH_OFFICER, Roles.AUDITOR})
    public DocumentFile documentFile(long claimId, long fileId) {
        Claim claim = em.find(Claim.class, claimId);
        if (claim == null) {
            throw new ClaimTransitionException("Dokumen tidak ditemukan pada klaim ini.");
        }
        requireOwnUnitForBranchOfficer(claim, session.isCallerInRole(Roles.BRANCH_OFFICER) ? Set.of(Roles.BRANCH_OFFICER) : Set.of());
        return em.createQuery("SELECT d.file FROM ClaimDocument d WHERE d.claim.id = :claim AND d.file.id = :file", DocumentFile.class)
                .setParameter("claim", claimId).setParameter("file", fileId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ClaimTransitionException("Dokumen tidak ditemukan pada klaim ini."));
    }

    @RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR})
    public long addNote(long claimId, long seenVersion, String text) {
        return apply(claimId, seenVersion, "CASE_NOTE_ADDED", (claim, now) -> {
            if (claim.getCaseFile() == null) {
                throw new ClaimTransitionException("Klaim " + claim.getClaimNo() + " belum berada dalam kasus.");
            }
            try {
                claim.getCaseFile().addNote(caller(), text, now);
            } catch (IllegalArgumentException e) {
                throw new ClaimTransitionException(e.getMessage());
            }
            return "kasus " + claim.getCaseFile().getCaseNo() + ": " + text.strip();
        });
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADJUDICATOR})
    public long assign(long claimId, long seenVersion, String adjudicator) {
        return apply(claimId, seenVersion, "CLAIM_ASSIGNED", (claim, now) -> {
            String previous = claim.getAssignedTo();
            claim.assignTo(adjudicator, caller(), now);
            // the case follows its adjudicator's claims: unowned, or owned by the one the claim was taken from
            CaseFile caseFile = claim.getCaseFile();
            if (caseFile != null && (caseFile.getAssignedTo() == null || caseFile.getAssignedTo().equals(previous))) {
                caseFile.assignTo(adjudicator);
            }
            return null;
        });
    }

    @RolesAllowed(Roles.ADJUDICATOR)
    public long startVerification(long claimId, long seenVersion) {
        return apply(claimId, seenVersion, (claim, now) -> claim.startVerification(caller(), now));
    }

    /** Tells the claimant what is missing: the list comes from the checklist, not from free text. */
    @RolesAllowed(Roles.ADJUDICATOR)
    public long markDocumentsIncomplete(long claimId, long seenVersion) {
        return apply(claimId, seenVersion, (claim, now) ->
                claim.markDocumentsIncomplete(claim.checklist().missingMessage(), caller(), now));
    }

    @RolesAllowed(Roles.ADJUDICATOR)
    public long requestInformation(long claimId, long seenVersion, String question) {
        return apply(claimId, seenVersion, (claim, now) -> claim.requestInformation(question, caller(), now));
    }

    @RolesAllowed(Roles.ADJUDICATOR)
    public long informationReceived(long claimId, long seenVersion) {
        return apply(claimId, seenVersion, (claim, now) -> claim.informationReceived(caller(), now));
    }

    /** Stores an uploaded document after checking its content; the claim's checklist marks it received. */
    @RolesAllowed({Roles.ADJUDICATOR, Roles.BRANCH_OFFICER})
    public long receiveDocument(long claimId, long seenVersion, DocumentType type, String fileName, String declaredType,
                                byte[] content) {
        CheckedUpload checked;
        try {
            checked = uploadPolicy.check(fileName, declaredType, content);
        } catch (UploadRejectedException e) {
            throw new ClaimTransitionException(e.getMessage());
        }
        return apply(claimId, seenVersion, "CLAIM_CHANGED", (claim, now) -> {
            DocumentFile file = new DocumentFile(checked, content, caller(), now);
            em.persist(file);
            claim.receiveDocument(type, file, caller(), now);
            return "dokumen " + type + " diterima: " + fileName + " (" + content.length + " bita)";
        });
    }

    @RolesAllowed(Roles.ADJUDICATOR)
    public long verifyDocument(long claimId, long seenVersion, DocumentType type) {
        return apply(claimId, seenVersion, "CLAIM_CHANGED", (claim, now) -> {
            claim.verifyDocument(type, caller(), now);
            return "dokumen " + type + " diverifikasi";
        });
    }

    @RolesAllowed(Roles.ADJUDICATOR)
    public long rejectDocument(long claimId, long seenVersion, DocumentType type, String note) {
        return apply(claimId, seenVersion, "CLAIM_CHANGED", (claim, now) -> {
            claim.rejectDocument(type, note, caller(), now);
            return "dokumen " + type + " ditolak: " + note;
        });
    }

    @RolesAllowed(Roles.ADJUDICATOR)
    public long startAdjudication(long claimId, long seenVersion) {
        return apply(claimId, seenVersion, (claim, now) -> claim.startAdjudication(caller(), now));
    }

    /**
     * What the entitlement calculator says for this claim, given the claimant's relation to the worker (for a death,
     * the heir established from the heir certificate during verification).
     */
    @RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR})
    public BenefitDecision calculate(long claimId, ClaimantRelation relation) {
        Claim claim = em.find(Claim.class, claimId);
        if (claim == null) {
            throw new ClaimTransitionException("Klaim " + claimId + " tidak ditemukan.");
        }
        return decisionFor(claim, relation);
    }

    /**
     * The adjudicator recommends an amount: never above what the calculator allows, and never for a benefit it finds
     * no entitlement to (that claim is rejected instead). The calculator's explanation and rule version are kept.
     */
    @RolesAllowed(Roles.ADJUDICATOR)
    public long recommend(long claimId, long seenVersion, ClaimantRelation relation, BigDecimal amount, String note) {
        return apply(claimId, seenVersion, (claim, now) -> {
            BenefitDecision decision = decisionFor(claim, relation);
            if (!decision.eligible()) {
                throw new ClaimTransitionException("Menurut perhitungan manfaat klaim ini tidak berhak: " + decision.reason()
                        + " Tolak klaim dengan alasan yang sesuai.");
            }
            if (amount == null || (decision.recommended() != null && amount.compareTo(decision.recommended().amount()) > 0)) {
                throw new ClaimTransitionException("Jumlah rekomendasi melebihi hasil perhitungan "
                        + decision.recommended() + ".");
            }
            String explanation = String.join("\n", decision.explanation())
                    + "\nPengaju: " + relation.labelId()
                    + (decision.awaitingConfirmation() ? "\nNilai menunggu konfirmasi regulasi." : "")
                    + (note == null || note.isBlank() ? "" : "\nCatatan pemeriksa: " + note.strip());
            claim.recommend(amount, decision.ruleVersion(), explanation, caller(), now);
        });
    }

    private BenefitDecision decisionFor(Claim claim, ClaimantRelation relation) {
        if (relation == null) {
            throw new ClaimTransitionException("Pilih hubungan pengaju dengan peserta.");
        }
        CaseFile caseFile = claim.getCaseFile();
        IncidentKind kind = caseFile == null ? IncidentKind.WORK_ACCIDENT : IncidentKind.valueOf(caseFile.getIncidentKind());
        Incident.Builder incident = Incident.builder(kind, claim.getIncidentDate());
        if (caseFile != null && caseFile.getIncidentCountry() != null) {
            incident.country(caseFile.getIncidentCountry());
        }
        String claimant = claim.getPayee() == null ? claim.getParticipant().getFullName() : claim.getPayee().getName();
        EntitlementOutcome outcome = entitlements.calculate(claim.getParticipant().getId(), incident.build(),
                new Claimant(claimant, relation, Set.of()), Map.of(claim.getBenefitCode(), Money.of(claim.getClaimedAmount())),
                LocalDate.ofInstant(claim.getReceivedAt(), ZoneId.of("Asia/Jakarta")));
        return outcome.result().decision(claim.getBenefitCode()).orElseThrow(() -> new ClaimTransitionException(
                "Manfaat " + claim.getBenefitCode() + " tidak dihitung untuk kejadian " + kind + "."));
    }

    /** A supervisor rejecting a recommendation goes through the payout checks (never the maker); others reject here. */
    @RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR})
    public long reject(long claimId, long seenVersion, RejectionReason reason, String text) {
        Claim claim = em.find(Claim.class, claimId);
        if (claim != null && claim.getStatus() == ClaimStatus.AWAITING_APPROVAL) {
            return payoutApprovals.reject(claimId, seenVersion, reason, text);
        }
        return apply(claimId, seenVersion, (current, now) -> current.reject(reason, text, caller(), now));
    }

    @RolesAllowed({Roles.ADJUDICATOR, Roles.BRANCH_OFFICER})
    public long withdraw(long claimId, long seenVersion, String reason) {
        return apply(claimId, seenVersion, (claim, now) -> claim.withdraw(reason, caller(), now));
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public long reopen(long claimId, long seenVersion, String reason) {
        return apply(claimId, seenVersion, (claim, now) -> claim.reopen(reason, caller(), now));
    }

    @RolesAllowed({Roles.ADJUDICATOR, Roles.BRANCH_OFFICER})
    public long appeal(long claimId, long seenVersion, String grounds) {
        return apply(claimId, seenVersion, (claim, now) -> claim.appeal(grounds, caller(), now));
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public long decideAppeal(long claimId, long seenVersion, boolean upheld, String reason) {
        return apply(claimId, seenVersion, (claim, now) -> claim.decideAppeal(upheld, reason, caller(), now));
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public long acknowledgeSignal(long claimId, long seenVersion, long signalId, String note) {
        return apply(claimId, seenVersion, (claim, now) -> claim.acknowledgeSignal(signalId, caller(), note, now));
    }

    /** Payout decisions belong to the payout feature: authority limits, two approvals, maker is never checker. */
    @RolesAllowed(Roles.SUPERVISOR)
    public long returnForCorrection(long claimId, long seenVersion, String note) {
        return payoutApprovals.returnToAdjudicator(claimId, seenVersion, note);
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public ApprovalDecision approve(long claimId, long seenVersion) {
        return payoutApprovals.approve(claimId, seenVersion);
    }

    // --- scholarship schedule (payout feature): the claim page reaches it through this boundary ---

    @EJB
    ScholarshipService scholarships;

    @RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.MANAGER, Roles.AUDITOR})
    public List<ScholarshipView> scholarships(long claimId) {
        return scholarships.schedules(claimId);
    }

    @RolesAllowed(Roles.ADJUDICATOR)
    public String proveScholarshipYear(long scheduleId, long seenVersion, int yearNo, SchoolLevel level, ProofKind kind,
                                       String proofNote) {
        return scholarships.recordProof(scheduleId, seenVersion, yearNo, level, kind, proofNote);
    }

    @RolesAllowed(Roles.ADJUDICATOR)
    public void stopScholarship(long scheduleId, long seenVersion, ScholarshipEnd kind, LocalDate on, String reason) {
        scholarships.stop(scheduleId, seenVersion, kind, on, reason);
    }

    /** Loads the claim, refuses a stale view, applies the step and flushes so a concurrent winner is detected here. */
    private long apply(long claimId, long seenVersion, BiConsumer<Claim, Instant> step) {
        return apply(claimId, seenVersion, "CLAIM_CHANGED", (claim, now) -> {
            step.accept(claim, now);
            return null;
        });
    }

    /**
     * As above; the step may return a note for the audit entry (what a document step or a case note did), otherwise
     * the entry carries the reason of the status event the step appended.
     */
    private long apply(long claimId, long seenVersion, String action, BiFunction<Claim, Instant, String> step) {
        Claim claim = em.find(Claim.class, claimId);
        if (claim == null) {
            throw new ClaimTransitionException("Klaim " + claimId + " tidak ditemukan.");
        }
        if (claim.getVersion() != seenVersion) {
            throw changedBy(claim);
        }
        Instant now = Instant.now(clock);
        ClaimStatus before = claim.getStatus();
        String assignedBefore = claim.getAssignedTo();
        BigDecimal recommendedBefore = claim.getRecommendedAmount();
        int eventsBefore = claim.getHistory().size();
        String stepNote = step.apply(claim, now);
        try {
            // the claim's UPDATE ... WHERE version = seen goes out here, before the audit's queries would flush it
            // outside this guard: a concurrent change is refused with a message, never as a rolled-back EJB call
            em.flush();
        } catch (OptimisticLockException lost) {
            em.clear();
            throw changedBy(em.find(Claim.class, claimId));
        }
        audit.record(caller(), action, "claim:" + claim.getClaimNo(), AuditDetail.change()
                .field("status", before, claim.getStatus())
                .field("assignedTo", assignedBefore, claim.getAssignedTo())
                .field("recommendedAmount", recommendedBefore, claim.getRecommendedAmount())
                .note(stepNote != null ? stepNote : claim.getHistory().size() > eventsBefore ? lastReason(claim) : null)
                .toString(), now);
        if (claim.getStatus() != before) {
            // the claimant hears of every status change, the assigned adjudicator of changes made by others
            String subject = "Klaim " + claim.getClaimNo() + ": " + claim.getStatus();
            String body = "Status klaim " + claim.getClaimNo() + " berubah dari " + before + " menjadi " + claim.getStatus()
                    + ". " + lastReason(claim);
            outbox.send("pemohon:" + claim.getClaimNo(), subject, body, now);
            if (claim.getAssignedTo() != null && !claim.getAssignedTo().equals(caller())) {
                outbox.send(claim.getAssignedTo(), subject, body, now);
            }
        }
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            em.clear();
            throw changedBy(em.find(Claim.class, claimId));
        }
        return claim.getVersion();
    }

    private static String lastReason(Claim claim) {
        String reason = claim.getHistory().get(claim.getHistory().size() - 1).getReason();
        return reason == null ? "" : reason;
    }

    private static ConcurrentChangeException changedBy(Claim current) {
        String when = current.getLastModifiedAt() == null ? "" : " pada " + WHEN.format(current.getLastModifiedAt()) + " WIB";
        return new ConcurrentChangeException("Klaim " + current.getClaimNo() + " telah diubah oleh "
                + current.getLastModifiedBy() + when + ". Muat ulang untuk melihat perubahan terbaru.");
    }

    /**
     * A branch officer sees the claims of their own unit only: another unit's claim looks like one that does not
     * exist, whatever id is put in the address.
     */
    private void requireOwnUnitForBranchOfficer(Claim claim, Set<String> roles) {
        if (!roles.contains(Roles.BRANCH_OFFICER) || session.isCallerInRole(Roles.ADJUDICATOR)
                || session.isCallerInRole(Roles.SUPERVISOR)) {
            return;
        }
        Long ownUnit = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", caller())
                .getResultStream().findFirst().map(AppUser::getServiceUnitId).orElse(null);
        if (ownUnit == null || !ownUnit.equals(claim.getServiceUnit().getId())) {
            throw new ClaimTransitionException("Klaim " + claim.getId() + " tidak ditemukan.");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

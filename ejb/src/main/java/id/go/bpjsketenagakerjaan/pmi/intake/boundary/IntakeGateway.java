package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.coverage.boundary.CoverageLedger;
import id.go.bpjsketenagakerjaan.pmi.coverage.boundary.CoverageTimeline;
import id.go.bpjsketenagakerjaan.pmi.intake.batch.RegistrationImport;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ClaimStatusView;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ClaimSubmission;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ContractExtensionRequest;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ContributionRequest;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.CoverageView;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.CoverageWindow;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ImportStatus;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ParticipantClaims;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.Payment;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.RegistrationRequest;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.RejectedRow;
import id.go.bpjsketenagakerjaan.pmi.intake.control.RequestFingerprint;
import id.go.bpjsketenagakerjaan.pmi.intake.control.Scopes;
import id.go.bpjsketenagakerjaan.pmi.intake.entity.ImportFile;
import id.go.bpjsketenagakerjaan.pmi.intake.entity.ImportRow;
import id.go.bpjsketenagakerjaan.pmi.participant.boundary.ParticipantRegistry;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.shared.Nik;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The intake API's boundary: every JAX-RS resource calls exactly this EJB. The container lets only callers in role
 * INTEGRATION in (an API key turned into a principal by the web tier's authentication mechanism); each method then
 * checks the client's scope in the {@code api_client_scope} table. Writes run in {@link IntakeWork}, one transaction
 * each; a write that lost a race on its Idempotency-Key (or on a natural key) is retried here and then answers with
 * the stored response, a 409, or the natural duplicate.
 */
@Stateless
@RolesAllowed(Roles.INTEGRATION)
public class IntakeGateway {

    private static final Logger LOG = Logger.getLogger(IntakeGateway.class.getName());
    private static final int ATTEMPTS = 6;

    @EJB
    IntakeWork work;

    @Inject
    ApiClients clients;

    @Inject
    ParticipantRegistry registry;

    @Inject
    CoverageLedger ledger;

    @Inject
    RegistrationImport imports;

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Resource
    SessionContext session;

    // ---- writes -------------------------------------------------------------------------------------------

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ApiResponse fileClaim(String idempotencyKey, ClaimSubmission request) {
        requireScope(Scopes.CLAIMS_WRITE);
        return retrying(key(idempotencyKey), () -> work.fileClaim(key(idempotencyKey), request));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ApiResponse register(String idempotencyKey, RegistrationRequest request) {
        requireScope(Scopes.PARTICIPANTS_WRITE);
        return retrying(key(idempotencyKey), () -> work.register(key(idempotencyKey), request));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ApiResponse extendContract(String idempotencyKey, ContractExtensionRequest request) {
        requireScope(Scopes.PARTICIPANTS_WRITE);
        return retrying(key(idempotencyKey), () -> work.extendContract(key(idempotencyKey), request));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ApiResponse recordContribution(String idempotencyKey, ContributionRequest request) {
        requireScope(Scopes.CONTRIBUTIONS_WRITE);
        return retrying(key(idempotencyKey), () -> work.recordContribution(key(idempotencyKey), request));
    }

    /** Stores the file (202 with its import id) and starts the Jakarta Batch job after the commit. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ApiResponse uploadImport(String idempotencyKey, String fileName, byte[] content) {
        requireScope(Scopes.IMPORTS_WRITE);
        ApiResponse response = retrying(key(idempotencyKey), () -> work.storeImport(key(idempotencyKey), fileName, content));
        if (!response.replayed()) {
            long importId = IntakeWork.JSON.fromJson(response.body(), ApiDtos.ImportAccepted.class).importId();
            try {
                imports.start(importId);
            } catch (RuntimeException e) {
                // the file is stored and QUEUED: ImportResumer starts it at the next start-up
                LOG.log(java.util.logging.Level.WARNING, "Import " + importId + " stored but its job did not start", e);
            }
        }
        return response;
    }

    // ---- reads --------------------------------------------------------------------------------------------

    public ClaimStatusView claimStatus(String claimNo) {
        requireScope(Scopes.CLAIMS_READ);
        return em.createQuery("SELECT c FROM Claim c WHERE c.claimNo = :no", Claim.class).setParameter("no", claimNo)
                .getResultStream().findFirst().map(IntakeGateway::view)
                .orElseThrow(() -> new NotFoundException("Klaim " + claimNo + " tidak ditemukan"));
    }

    public CoverageView coverage(String nik) {
        requireScope(Scopes.PARTICIPANTS_READ);
        Participant participant = byNik(nik);
        CoverageTimeline timeline = ledger.timeline(participant.getId());
        return new CoverageView(participant.getId(), participant.getType().name(),
                timeline.windows().stream().map(w -> new CoverageWindow(w.placementId(), w.programme().name(),
                        w.phase().name(), w.period().start(), w.period().end(), w.description(), w.contributionPaid())).toList(),
                ledger.payments(participant.getId()).stream().map(p -> new Payment(p.getId(), p.getPlacement().getId(),
                        p.getTranche().name(), p.getAmount().amount(), p.getPaidOn())).toList());
    }

    public ParticipantClaims claims(String nik) {
        requireScope(Scopes.PARTICIPANTS_READ);
        Participant participant = byNik(nik);
        return new ParticipantClaims(participant.getId(), em.createQuery(
                        "SELECT c FROM Claim c WHERE c.participant.id = :p ORDER BY c.receivedAt DESC, c.id DESC", Claim.class)
                .setParameter("p", participant.getId()).setMaxResults(200).getResultStream().map(IntakeGateway::view).toList());
    }

    /** Progress and report of an import; only the client that uploaded it sees it. */
    public ImportStatus importStatus(long importId) {
        requireScope(Scopes.IMPORTS_WRITE);
        ImportFile file = em.find(ImportFile.class, importId);
        if (file == null || !file.getClientName().equals(caller())) {
            throw new NotFoundException("Impor " + importId + " tidak ditemukan");
        }
        // the rejected rows only: reading every accepted row on each poll made a client's polling cost the import
        // itself 12-19 % of its time (benchmark profile, stop 17)
        List<RejectedRow> rejected = em.createNamedQuery(ImportRow.REJECTED_OF_FILE, ImportRow.class)
                .setParameter("id", importId).getResultStream()
                .map(r -> new RejectedRow(r.getRowNo(), r.getField(), r.getReason())).toList();
        return new ImportStatus(file.getId(), file.getFileName(), file.getSha256(), file.getStatus().name(),
                file.getTotalRows(), file.getAcceptedRows() + file.getRejectedRows(), file.getAcceptedRows(),
                file.getRejectedRows(), rejected);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private ClientIdentity requireScope(String scope) {
        ClientIdentity client = clients.byName(caller())
                .orElseThrow(() -> new ScopeDeniedException(caller(), scope));
        if (!client.scopes().contains(scope)) {
            throw new ScopeDeniedException(client.name(), scope);
        }
        return client;
    }

    private static String key(String idempotencyKey) {
        if (idempotencyKey == null) {
            return null;
        }
        if (!RequestFingerprint.isValidKey(idempotencyKey)) {
            throw new InvalidInputException("Idempotency-Key", "1-100 karakter ASCII yang terlihat, misalnya sebuah UUID");
        }
        return idempotencyKey;
    }

    /**
     * Runs the write; when it lost a race on a unique key (its Idempotency-Key, a NIK, a file hash), waits and runs
     * it again, which then finds the winner's row and replays, refuses with 409, or reports the duplicate.
     */
    private ApiResponse retrying(String key, Supplier<ApiResponse> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (EJBException e) {
                if (!isRace(e) || attempt >= ATTEMPTS) {
                    if (isRace(e) && key != null) {
                        throw new IdempotencyConflictException("Permintaan dengan Idempotency-Key " + key + " masih diproses.");
                    }
                    throw e;
                }
                LOG.fine(() -> "write lost a race on a unique key, retrying: " + e);
                try {
                    Thread.sleep(50L * attempt * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** A unique-constraint violation or a lock timeout somewhere in the cause chain (H2 and Oracle codes). */
    static boolean isRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                int code = sql.getErrorCode();
                if ("23505".equals(state) || "HYT00".equals(state) || code == 1 || code == 60 || code == 30006
                        || code == 23505 || code == 50200) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private Participant byNik(String nik) {
        if (nik == null || !Nik.isValid(nik, LocalDate.now(IntakeWork.WIB))) {
            throw new InvalidInputException("nik", Nik.problemWith(nik, LocalDate.now(IntakeWork.WIB)).orElse("NIK tidak sah"));
        }
        return registry.findByNik(nik).orElseThrow(() -> new NotFoundException("Peserta dengan NIK ini tidak ditemukan"));
    }

    private static ClaimStatusView view(Claim c) {
        return new ClaimStatusView(c.getClaimNo(), c.getCaseFile() == null ? null : c.getCaseFile().getCaseNo(),
                c.getBenefitCode(), c.getChannel().name(), c.getStatus().name(), c.getIncidentDate(),
                c.getClaimedAmount(), c.getReceivedAt(), c.getStatusChangedAt());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

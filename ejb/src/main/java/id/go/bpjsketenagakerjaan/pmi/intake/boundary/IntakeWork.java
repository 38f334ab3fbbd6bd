package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import id.go.bpjsketenagakerjaan.pmi.casework.boundary.ClaimIntake;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.IntakeRequest;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.IntakeResult;
import id.go.bpjsketenagakerjaan.pmi.claim.control.CheckedUpload;
import id.go.bpjsketenagakerjaan.pmi.claim.control.UploadPolicy;
import id.go.bpjsketenagakerjaan.pmi.claim.control.UploadRejectedException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.DocumentFile;
import id.go.bpjsketenagakerjaan.pmi.coverage.boundary.CoverageLedger;
import id.go.bpjsketenagakerjaan.pmi.coverage.entity.ContributionPayment;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ClaimFiled;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ClaimSubmission;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ContractExtended;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ContractExtensionRequest;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ContributionRecorded;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ContributionRequest;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.DocumentUpload;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.FiledClaim;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ImportAccepted;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.Registered;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.RegistrationRequest;
import id.go.bpjsketenagakerjaan.pmi.intake.control.RegistrationCsv;
import id.go.bpjsketenagakerjaan.pmi.intake.control.RequestFingerprint;
import id.go.bpjsketenagakerjaan.pmi.intake.control.Sha256;
import id.go.bpjsketenagakerjaan.pmi.intake.entity.ImportFile;
import id.go.bpjsketenagakerjaan.pmi.participant.boundary.ParticipantRegistry;
import id.go.bpjsketenagakerjaan.pmi.participant.control.PlacementTerms;
import id.go.bpjsketenagakerjaan.pmi.participant.control.RegistrationForm;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Placement;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Nik;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The writes of the intake API, one transaction each: the Idempotency-Key row, the effect and the stored response
 * commit together or not at all. Called only by {@link IntakeGateway}, which checks scopes and retries a request that
 * lost a race on its key.
 */
@Stateless
@RolesAllowed(Roles.INTEGRATION)
public class IntakeWork {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Jsonb JSON = JsonbBuilder.create();
    private static final Set<Channel> API_CHANNELS = Set.of(Channel.E_KLAIM, Channel.JMO);

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    Idempotency idempotency;

    @Inject
    ClaimIntake intake;

    @Inject
    ParticipantRegistry registry;

    @Inject
    CoverageLedger ledger;

    @Resource
    SessionContext session;

    private final UploadPolicy uploadPolicy = new UploadPolicy();

    public ApiResponse fileClaim(String key, ClaimSubmission request) {
        Instant now = Instant.now();
        Idempotency.Start start = begin(key, "claims.file", request, now);
        if (start instanceof Idempotency.Replay replay) {
            return replay.response();
        }
        Participant participant = participant(request.participantNik(), request.participantPassportNo(), "participantNik");
        if (!API_CHANNELS.contains(request.channel())) {
            throw new InvalidInputException("channel", "Saluran API hanya E_KLAIM atau JMO");
        }
        List<CheckedDocument> documents = checkDocuments(request.documents());
        // one intake per participant at a time, so two racing requests cannot both pass the natural-duplicate check
        em.lock(participant, LockModeType.PESSIMISTIC_WRITE);
        IntakeRequest intakeRequest = new IntakeRequest(participant.getId(), request.incidentKind(),
                request.incidentDate(), request.incidentPlace(), request.incidentCountry(), request.unitCode(),
                request.channel(), request.benefits().stream()
                .map(b -> new IntakeRequest.BenefitRequest(b.benefitCode(), b.amount())).toList(),
                request.payeeName(), request.payeeBankCode(), request.payeeAccountNo(),
                request.circumstances() == null ? Set.of() : request.circumstances());
        IntakeResult result = intake.file(intakeRequest, true, caller(), now);
        List<FiledClaim> filed = new ArrayList<>();
        for (IntakeResult.FiledClaim f : result.claims()) {
            Claim claim = em.find(Claim.class, f.id());
            List<String> received = new ArrayList<>();
            for (CheckedDocument document : documents) {
                DocumentFile file = new DocumentFile(document.checked(), document.bytes(), caller(), now);
                em.persist(file);
                try {
                    claim.receiveDocument(document.upload().type(), file, caller(), now);
                } catch (RuntimeException e) {
                    throw new InvalidInputException(document.field() + ".type", e.getMessage());
                }
                received.add(document.upload().type().name());
            }
            filed.add(new FiledClaim(f.claimNo(), f.benefitCode(), claim.getStatus().name(),
                    f.signals().stream().map(s -> s.kind().name()).toList(), received));
        }
        em.flush();
        return idempotency.complete(start, 201, JSON.toJson(new ClaimFiled(result.caseNo(), filed)));
    }

    public ApiResponse register(String key, RegistrationRequest request) {
        Instant now = Instant.now();
        Idempotency.Start start = begin(key, "participants.register", request, now);
        if (start instanceof Idempotency.Replay replay) {
            return replay.response();
        }
        String nik = blankToNull(request.nik());
        if (nik != null) {
            Nik.problemWith(nik, today()).ifPresent(p -> {
                throw new InvalidInputException("nik", p);
            });
            registry.findByNik(nik).ifPresent(existing -> {
                throw new AlreadyExistsException("Peserta dengan NIK ini sudah terdaftar.", String.valueOf(existing.getId()));
            });
        } else {
            List<FieldError> errors = new ArrayList<>();
            if (blankToNull(request.noNikReason()) == null) {
                errors.add(new FieldError("nik", "NIK wajib diisi, atau isi noNikReason untuk pendaftaran dengan paspor saja"));
            }
            if (blankToNull(request.passportNo()) == null) {
                errors.add(new FieldError("passportNo", "Tanpa NIK, nomor paspor wajib diisi"));
            }
            InvalidInputException.throwIfAny(errors);
            registry.findByPassport(request.passportNo()).stream().findFirst().ifPresent(existing -> {
                throw new AlreadyExistsException("Peserta dengan paspor ini sudah terdaftar.", String.valueOf(existing.getId()));
            });
        }
        var p = request.placement();
        RegistrationForm form = new RegistrationForm(nik, request.passportNo(), request.passportExpiry(), request.kpjNo(),
                request.fullName(), request.sex(), request.birthDate(), request.addressLine(), request.provinceCode(),
                request.regencyCode(), new PlacementTerms(p.channel(), p.agencyName(), p.agencyLicence(),
                p.destinationCountry(), p.employerName(), p.jobTitle(), p.contractStart(), p.contractMonths()),
                request.registeredOn(), null);
        Participant participant = nik != null ? registry.register(form, caller())
                : registry.registerPassportOnly(form, request.noNikReason(), caller());
        Placement placement = newest(participant);
        return idempotency.complete(start, 201, JSON.toJson(new Registered(participant.getId(), participant.getNik(),
                participant.getPassportNo(), participant.getNik() == null, placement.getId(), participant.getType().name())));
    }

    public ApiResponse extendContract(String key, ContractExtensionRequest request) {
        Instant now = Instant.now();
        Idempotency.Start start = begin(key, "participants.extend", request, now);
        if (start instanceof Idempotency.Replay replay) {
            return replay.response();
        }
        Participant participant = participant(request.nik(), request.passportNo(), "nik");
        Placement placement = placement(participant, request.placementId());
        Placement extended = registry.extendContract(placement.getId(), request.months(), placement.getVersion(), caller());
        return idempotency.complete(start, 200, JSON.toJson(new ContractExtended(participant.getId(), extended.getId(),
                extended.getContractMonths(), extended.getExtensionMonths())));
    }

    public ApiResponse recordContribution(String key, ContributionRequest request) {
        Instant now = Instant.now();
        Idempotency.Start start = begin(key, "contributions.record", request, now);
        if (start instanceof Idempotency.Replay replay) {
            return replay.response();
        }
        Participant participant = participant(request.nik(), request.passportNo(), "nik");
        Placement placement = placement(participant, request.placementId());
        ContributionPayment payment = ledger.recordPayment(placement.getId(), request.tranche(), request.months(),
                request.jhtMonthly() == null ? null : Money.of(request.jhtMonthly()), request.paidOn(),
                request.paymentRef(), caller());
        return idempotency.complete(start, 201, JSON.toJson(new ContributionRecorded(payment.getId(), placement.getId(),
                payment.getTranche().name(), payment.getAmount().amount(), payment.getPaidOn(), payment.getExplanation())));
    }

    /** Stores a registration file for import; the same content (SHA-256) is refused with the first import's id. */
    public ApiResponse storeImport(String key, String fileName, byte[] content) {
        Instant now = Instant.now();
        String sha = Sha256.hex(content);
        Idempotency.Start start = key == null ? null : idempotency.begin(caller(), key, "imports.upload",
                RequestFingerprint.of("imports.upload", sha), now);
        if (start instanceof Idempotency.Replay replay) {
            return replay.response();
        }
        em.createNamedQuery(ImportFile.BY_SHA, ImportFile.class).setParameter("sha", sha).getResultStream().findFirst()
                .ifPresent(existing -> {
                    throw new AlreadyExistsException("Berkas yang sama (SHA-256) sudah diimpor.", String.valueOf(existing.getId()));
                });
        if (content.length == 0) {
            throw new InvalidInputException("file", "Berkas kosong");
        }
        String text = new String(content, StandardCharsets.UTF_8);
        try {
            List<String> header = new RegistrationCsv.Records(new StringReader(text)).next();
            if (header == null) {
                throw new InvalidInputException("file", "Berkas tanpa baris judul");
            }
            RegistrationCsv.header(header);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        String name = blankToNull(fileName) == null ? "siskop2mi.csv" : fileName.strip();
        ImportFile file = new ImportFile(caller(), name.length() > 200 ? name.substring(0, 200) : name, sha, content, now);
        em.persist(file);
        em.flush();
        String body = JSON.toJson(new ImportAccepted(file.getId(), sha, file.getStatus().name()));
        return start == null ? new ApiResponse(202, body, false) : idempotency.complete(start, 202, body);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Idempotency.Start begin(String key, String operation, Object request, Instant now) {
        if (key == null) {
            return null;
        }
        return idempotency.begin(caller(), key, operation, RequestFingerprint.of(operation, JSON.toJson(request)), now);
    }

    private record CheckedDocument(String field, DocumentUpload upload, CheckedUpload checked, byte[] bytes) {
    }

    private List<CheckedDocument> checkDocuments(List<DocumentUpload> uploads) {
        List<CheckedDocument> checked = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        if (uploads == null) {
            return checked;
        }
        for (int i = 0; i < uploads.size(); i++) {
            DocumentUpload upload = uploads.get(i);
            String field = "documents[" + i + "]";
            if (upload == null || upload.type() == null || upload.contentBase64() == null) {
                errors.add(new FieldError(field, "Dokumen: type, fileName dan contentBase64 wajib diisi"));
                continue;
            }
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(upload.contentBase64());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field + ".contentBase64", "Bukan base64 yang sah"));
                continue;
            }
            try {
                checked.add(new CheckedDocument(field, upload, uploadPolicy.check(upload.fileName(), upload.contentType(), bytes), bytes));
            } catch (UploadRejectedException e) {
                errors.add(new FieldError(field, e.getMessage()));
            }
        }
        InvalidInputException.throwIfAny(errors);
        return checked;
    }

    /** The participant by NIK or, for passport-only registrations, by passport. */
    Participant participant(String nik, String passportNo, String nikField) {
        String cleanNik = blankToNull(nik);
        if (cleanNik != null) {
            Nik.problemWith(cleanNik, today()).ifPresent(p -> {
                throw new InvalidInputException(nikField, p);
            });
            return registry.findByNik(cleanNik).orElseThrow(() ->
                    new InvalidInputException(nikField, "Peserta dengan NIK ini tidak terdaftar"));
        }
        if (blankToNull(passportNo) == null) {
            throw new InvalidInputException(nikField, "NIK (atau nomor paspor bagi peserta tanpa NIK) wajib diisi");
        }
        List<Participant> found = registry.findByPassport(passportNo);
        if (found.size() != 1) {
            throw new InvalidInputException("passportNo", found.isEmpty() ? "Peserta dengan paspor ini tidak terdaftar"
                    : "Paspor ini tercatat pada lebih dari satu peserta; gunakan NIK");
        }
        return found.get(0);
    }

    private static Placement placement(Participant participant, Long placementId) {
        if (placementId != null) {
            return participant.getPlacements().stream().filter(p -> p.getId().equals(placementId)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("placementId", "Penempatan bukan milik peserta ini"));
        }
        return newest(participant);
    }

    private static Placement newest(Participant participant) {
        return participant.getPlacements().stream().max(Comparator.comparing(Placement::getRegisteredOn)
                .thenComparing(Placement::getId)).orElseThrow(() -> new InvalidInputException("placementId",
                "Peserta belum memiliki penempatan"));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static LocalDate today() {
        return LocalDate.now(WIB);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

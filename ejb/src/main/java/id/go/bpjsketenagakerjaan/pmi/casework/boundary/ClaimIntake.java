package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditDetail;
import id.go.bpjsketenagakerjaan.pmi.casework.control.AssignmentPolicy;

import id.go.bpjsketenagakerjaan.pmi.benefit.boundary.BenefitCatalogue;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitRule;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.IncidentKind;
import id.go.bpjsketenagakerjaan.pmi.casework.entity.CaseFile;
import id.go.bpjsketenagakerjaan.pmi.claim.control.ClaimContext;
import id.go.bpjsketenagakerjaan.pmi.claim.control.ClaimFacts;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentRequirements;
import id.go.bpjsketenagakerjaan.pmi.claim.control.ExistingClaim;
import id.go.bpjsketenagakerjaan.pmi.claim.control.FraudSignalDetector;
import id.go.bpjsketenagakerjaan.pmi.claim.control.Signal;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimTransitionException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Payee;
import id.go.bpjsketenagakerjaan.pmi.coverage.boundary.CoverageLedger;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PhaseResolution;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.shared.Period;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes a claim in from any channel: checks every field, opens the case, files one claim per benefit with its
 * document checklist, and raises the duplicate and fraud signals. Role-free: the boundary EJBs in front of it
 * (walk-in forms, the intake API) decide who may call.
 */
@Dependent
public class ClaimIntake {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** The actor of automatic assignment at intake. */
    public static final String SYSTEM = "sistem";
    private static final Set<ClaimStatus> NOT_LIVE = Set.of(ClaimStatus.WITHDRAWN, ClaimStatus.REJECTED);
    /** How many earlier claims the duplicate detector compares a new one with. */
    private static final int MAX_COMPARED = 500;

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    BenefitCatalogue catalogue;

    @Inject
    CoverageLedger coverage;

    @Inject
    Assignments assignments;

    @Inject
    AuditLog audit;

    private final FraudSignalDetector detector = new FraudSignalDetector();

    /** What filing would create and the signals it would raise, without writing anything. */
    public IntakeResult preview(IntakeRequest request, Instant now) {
        Checked checked = check(request, now);
        List<IntakeResult.FiledClaim> claims = new ArrayList<>();
        for (IntakeRequest.BenefitRequest benefit : request.benefits()) {
            claims.add(new IntakeResult.FiledClaim(null, null, benefit.benefitCode(), signals(checked, benefit, null)));
        }
        return new IntakeResult(null, claims);
    }

    /**
     * Files the claims. With {@code refuseNaturalDuplicates} (system channels) a live claim for the same participant,
     * benefit and incident date is refused; at a desk it is filed and flagged, since the officer saw the warning.
     */
    public IntakeResult file(IntakeRequest request, boolean refuseNaturalDuplicates, String actor, Instant now) {
        Checked checked = check(request, now);
        if (refuseNaturalDuplicates) {
            for (IntakeRequest.BenefitRequest benefit : request.benefits()) {
                naturalDuplicate(checked.participant(), benefit.benefitCode(), request.incidentDate())
                        .ifPresent(existing -> {
                            throw new DuplicateClaimException(existing, benefit.benefitCode());
                        });
            }
        }
        CaseFile caseFile = new CaseFile(nextNumber("KS", "case_no_seq", now), checked.participant(),
                request.incidentKind(), request.incidentDate(), blankToNull(request.incidentPlace()),
                blankToNull(request.incidentCountry()), checked.unit(), actor, now);
        em.persist(caseFile);
        List<IntakeResult.FiledClaim> filed = new ArrayList<>();
        ClaimContext context = new ClaimContext(request.circumstances() == null ? Set.of() : Set.copyOf(request.circumstances()));
        AssignmentPolicy assignment = assignments.policy();
        for (IntakeRequest.BenefitRequest benefit : request.benefits()) {
            String claimNo = nextNumber("KLM", "claim_no_seq", now);
            List<Signal> signals = signals(checked, benefit, claimNo);
            Claim claim = Claim.file(caseFile, claimNo, benefit.benefitCode(), request.channel(),
                    benefit.amount().setScale(2), checked.payee(),
                    DocumentRequirements.requiredFor(benefit.benefitCode(), context).required(), actor, now);
            claim.raiseSignals(signals, now);
            // new claims go straight to an adjudicator's queue; none eligible leaves them on the team queue
            assignment.choose(checked.unit().getId(), benefit.benefitCode(), caseFile.getAssignedTo()).ifPresent(who -> {
                claim.assignTo(who, SYSTEM, now);
                assignments.assigned(who);
                if (caseFile.getAssignedTo() == null) {
                    caseFile.assignTo(who);
                }
            });
            em.persist(claim);
            audit.record(actor, "CLAIM_FILED", "claim:" + claimNo, AuditDetail.change()
                    .after("case", caseFile.getCaseNo()).after("benefit", benefit.benefitCode())
                    .after("status", claim.getStatus()).after("claimedAmount", claim.getClaimedAmount())
                    .after("unit", checked.unit().getCode()).after("assignedTo", claim.getAssignedTo())
                    .after("channel", request.channel()).after("signals", signals.size()).toString(), now);
            filed.add(new IntakeResult.FiledClaim(null, claimNo, benefit.benefitCode(), signals));
        }
        em.flush();
        return new IntakeResult(caseFile.getCaseNo(), filed.stream().map(f -> new IntakeResult.FiledClaim(
                em.createQuery("SELECT c.id FROM Claim c WHERE c.claimNo = :no", Long.class).setParameter("no", f.claimNo())
                        .getSingleResult(), f.claimNo(), f.benefitCode(), f.signals())).toList());
    }

    private record Checked(Participant participant, ServiceUnit unit, Payee payee, Map<String, BenefitRule> rules,
                           IncidentKind kind, LocalDate incidentDate) {
    }

    /** Every field is checked before anything is written; all problems are reported at once, each naming its field. */
    private Checked check(IntakeRequest request, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw new InvalidInputException("request", "Permohonan klaim kosong.");
        }
        Participant participant = null;
        if (request.participantId() == null) {
            errors.add(new FieldError("participantId", "Peserta wajib dipilih."));
        } else {
            participant = em.find(Participant.class, request.participantId());
            if (participant == null) {
                errors.add(new FieldError("participantId", "Peserta " + request.participantId() + " tidak terdaftar."));
            }
        }
        IncidentKind kind = null;
        try {
            kind = request.incidentKind() == null ? null : IncidentKind.valueOf(request.incidentKind());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (kind == null) {
            errors.add(new FieldError("incidentKind", "Jenis kejadian tidak dikenal: " + request.incidentKind()));
        }
        LocalDate today = LocalDate.ofInstant(now, WIB);
        if (request.incidentDate() == null) {
            errors.add(new FieldError("incidentDate", "Tanggal kejadian wajib diisi."));
        } else if (request.incidentDate().isAfter(today)) {
            errors.add(new FieldError("incidentDate", "Tanggal kejadian tidak boleh di masa depan."));
        } else if (request.incidentDate().isBefore(LocalDate.of(2000, 1, 1))) {
            errors.add(new FieldError("incidentDate", "Tanggal kejadian terlalu lama: " + request.incidentDate()));
        }
        if (request.incidentCountry() != null && !request.incidentCountry().isBlank()
                && !request.incidentCountry().matches("[A-Z]{2}")) {
            errors.add(new FieldError("incidentCountry", "Kode negara dua huruf (ISO 3166), misalnya TW."));
        }
        if (request.incidentPlace() != null && request.incidentPlace().length() > 200) {
            errors.add(new FieldError("incidentPlace", "Tempat kejadian paling banyak 200 karakter."));
        }
        if (request.channel() == null) {
            errors.add(new FieldError("channel", "Saluran pengajuan wajib diisi."));
        }
        ServiceUnit unit = request.unitCode() == null ? null : em.createQuery(
                "SELECT u FROM ServiceUnit u WHERE u.code = :code", ServiceUnit.class)
                .setParameter("code", request.unitCode()).getResultStream().findFirst().orElse(null);
        if (unit == null) {
            errors.add(new FieldError("unitCode", "Unit layanan tidak dikenal: " + request.unitCode()));
        }
        Payee payee = null;
        try {
            payee = new Payee(request.payeeName(), request.payeeBankCode(), request.payeeAccountNo());
        } catch (ClaimTransitionException e) {
            errors.add(new FieldError("payee", e.getMessage()));
        }
        Map<String, BenefitRule> rules = Map.of();
        if (request.benefits() == null || request.benefits().isEmpty()) {
            errors.add(new FieldError("benefits", "Pilih paling sedikit satu manfaat."));
        } else if (request.incidentDate() != null && kind != null) {
            rules = catalogue.rulesInForce(request.incidentDate()).stream()
                    .collect(Collectors.toMap(BenefitRule::code, Function.identity()));
            Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < request.benefits().size(); i++) {
                IntakeRequest.BenefitRequest benefit = request.benefits().get(i);
                String field = "benefits[" + i + "]";
                if (benefit == null || benefit.benefitCode() == null || !rules.containsKey(benefit.benefitCode())) {
                    errors.add(new FieldError(field + ".benefitCode", "Manfaat tidak dikenal pada tanggal kejadian: "
                            + (benefit == null ? null : benefit.benefitCode())));
                    continue;
                }
                if (!kind.payableBenefits().contains(benefit.benefitCode())) {
                    errors.add(new FieldError(field + ".benefitCode", "Manfaat " + benefit.benefitCode()
                            + " tidak dibayarkan untuk kejadian " + kind + "."));
                }
                if (!seen.add(benefit.benefitCode())) {
                    errors.add(new FieldError(field + ".benefitCode", "Manfaat " + benefit.benefitCode() + " diminta dua kali."));
                }
                BigDecimal amount = benefit.amount();
                if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0
                        || amount.stripTrailingZeros().scale() > 2) {
                    errors.add(new FieldError(field + ".amount",
                            "Jumlah rupiah antara 0 dan 10.000.000.000 dengan paling banyak 2 angka desimal."));
                }
            }
        }
        InvalidInputException.throwIfAny(errors);
        return new Checked(participant, unit, payee, rules, kind, request.incidentDate());
    }

    private List<Signal> signals(Checked checked, IntakeRequest.BenefitRequest benefit, String claimNo) {
        Participant participant = checked.participant();
        BenefitRule rule = checked.rules().get(benefit.benefitCode());
        PhaseResolution cover = coverage.phaseOn(participant.getId(), checked.incidentDate(), checked.kind().programme());
        Period window = cover.isCovered() ? cover.applicableWindow().orElse(null) : null;
        ClaimFacts facts = new ClaimFacts(claimNo == null ? "(baru)" : claimNo, participant.getId(), participant.getNik(),
                participant.getPassportNo(), benefit.benefitCode(), checked.incidentDate(), benefit.amount(),
                checked.payee().getAccountNo(), checked.payee().getName());
        BigDecimal cap = rule.cap() == null ? null : rule.cap().amount();
        return detector.detect(facts, existingClaims(participant, checked.payee()), window, cap);
    }

    /**
     * Claims that can make this one a duplicate: same person (id, NIK or passport) or the same bank account, at most
     * {@link #MAX_COMPARED}. One indexed read per way of matching: a single query with an OR across the claim and its
     * participant made H2 read every claim (at 2 M claims the import's profile was this query).
     */
    private List<ExistingClaim> existingClaims(Participant participant, Payee payee) {
        Set<Long> people = new java.util.LinkedHashSet<>();
        people.add(participant.getId());
        if (participant.getNik() != null) {
            people.addAll(em.createQuery("SELECT p.id FROM Participant p WHERE p.nik = :nik", Long.class)
                    .setParameter("nik", participant.getNik()).getResultList());
        }
        if (participant.getPassportNo() != null) {
            people.addAll(em.createQuery("SELECT p.id FROM Participant p WHERE p.passportNo = :passport", Long.class)
                    .setParameter("passport", participant.getPassportNo()).getResultList());
        }
        Map<Long, Claim> claims = new java.util.LinkedHashMap<>();
        em.createQuery("SELECT c FROM Claim c WHERE c.participant.id IN :people", Claim.class)
                .setParameter("people", people).setMaxResults(MAX_COMPARED).getResultList()
                .forEach(c -> claims.putIfAbsent(c.getId(), c));
        if (claims.size() < MAX_COMPARED && payee.getBankCode() != null && payee.getAccountNo() != null) {
            em.createQuery("SELECT c FROM Claim c WHERE c.payee.bankCode = :bank AND c.payee.accountNo = :account", Claim.class)
                    .setParameter("bank", payee.getBankCode()).setParameter("account", payee.getAccountNo())
                    .setMaxResults(MAX_COMPARED).getResultList()
                    .forEach(c -> claims.putIfAbsent(c.getId(), c));
        }
        return claims.values().stream().limit(MAX_COMPARED).map(c -> new ExistingClaim(new ClaimFacts(c.getClaimNo(),
                c.getParticipant().getId(), c.getParticipant().getNik(), c.getParticipant().getPassportNo(),
                c.getBenefitCode(), c.getIncidentDate(), c.getClaimedAmount(),
                c.getPayee() == null ? null : c.getPayee().getAccountNo(),
                c.getPayee() == null ? null : c.getPayee().getName()), c.getStatus())).toList();
    }

    private java.util.Optional<String> naturalDuplicate(Participant participant, String benefitCode, LocalDate incidentDate) {
        return em.createQuery("SELECT c.claimNo FROM Claim c WHERE c.participant.id = :p AND c.benefitCode = :b "
                        + "AND c.incidentDate = :d AND c.status NOT IN :notLive", String.class)
                .setParameter("p", participant.getId()).setParameter("b", benefitCode).setParameter("d", incidentDate)
                .setParameter("notLive", NOT_LIVE).setMaxResults(1).getResultStream().findFirst();
    }

    private String nextNumber(String prefix, String sequence, Instant now) {
        Number next = (Number) em.createNativeQuery("SELECT " + sequence + ".NEXTVAL FROM DUAL").getSingleResult();
        return String.format("%s-%d-%06d", prefix, Year.from(now.atZone(WIB)).getValue(), next.longValue());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

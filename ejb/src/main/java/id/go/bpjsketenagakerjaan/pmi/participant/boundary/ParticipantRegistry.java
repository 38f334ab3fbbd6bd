package id.go.bpjsketenagakerjaan.pmi.participant.boundary;

import id.go.bpjsketenagakerjaan.pmi.participant.control.BankAccountForm;
import id.go.bpjsketenagakerjaan.pmi.participant.control.FamilyMemberForm;
import id.go.bpjsketenagakerjaan.pmi.participant.control.ParticipantRules;
import id.go.bpjsketenagakerjaan.pmi.participant.control.PlacementTerms;
import id.go.bpjsketenagakerjaan.pmi.participant.control.RegistrationForm;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.BankAccount;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.FamilyMember;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.ParticipantType;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Placement;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.shared.Nik;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The registry's work behind {@link ParticipantService}: checks with {@link ParticipantRules}, refuses duplicates,
 * writes. It runs in the caller's transaction and does no role check of its own — production code reaches it
 * only through the {@code @RolesAllowed} boundary; in-container tests call it directly with a named actor.
 * Every refusal is an {@link InvalidInputException} thrown before anything is persisted.
 */
@Dependent
public class ParticipantRegistry {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    Clock clock = Clock.system(WIB);

    public Participant register(RegistrationForm form, String actor) {
        List<FieldError> errors = new ArrayList<>(rules().problemsWithRegistration(form));
        String nik = ParticipantRules.clean(form.nik());
        if (errors.stream().noneMatch(e -> e.field().equals("nik"))) {
            findByNik(nik).ifPresent(existing -> errors.add(nikTaken(new Holder(existing))));
        }
        errors.addAll(duplicatePassportOrKpj(form));
        InvalidInputException.throwIfAny(errors);
        return persisted(withNik(form, actor, clock.instant()));
    }

    public Participant registerPassportOnly(RegistrationForm form, String reason, String actor) {
        List<FieldError> errors = new ArrayList<>(rules().problemsWithPassportOnlyRegistration(form, reason));
        errors.addAll(duplicatePassportOrKpj(form));
        InvalidInputException.throwIfAny(errors);
        return persisted(passportOnly(form, reason, actor, clock.instant()));
    }

    /** One row of a bulk registration; a {@code noNikReason} makes it a registration by passport only. */
    public record Registration(RegistrationForm form, String noNikReason) {
    }

    /** A row's outcome: the participant registered, or why it was not (then {@code participant} is null). */
    public record Outcome(Participant participant, List<FieldError> errors) {
    }

    /**
     * Registers a chunk of an import: each row checked as {@link #register} and {@link #registerPassportOnly} check
     * it, a refused row refusing only itself. The NIKs, passports and KPJ numbers already taken are looked up once
     * for the whole list (and among the list itself, in its order), and the rows are flushed together: per row, the
     * lookups and the flush were most of the import's time at 1 M participants (JFR, stop 17).
     */
    public List<Outcome> registerAll(List<Registration> rows, String actor) {
        ParticipantRules rules = rules();
        Instant now = clock.instant();
        Map<String, Holder> niks = holders("nik", rows.stream()
                .map(row -> row.noNikReason() == null ? ParticipantRules.clean(row.form().nik()) : null));
        Map<String, Holder> passports = holders("passportNo", rows.stream()
                .map(row -> ParticipantRules.passportNumber(row.form().passportNo())));
        Map<String, Holder> kpjs = holders("kpjNo", rows.stream().map(row -> ParticipantRules.clean(row.form().kpjNo())));
        List<Outcome> outcomes = new ArrayList<>();
        for (Registration row : rows) {
            RegistrationForm form = row.form();
            boolean byNik = row.noNikReason() == null;
            List<FieldError> errors = new ArrayList<>(byNik ? rules.problemsWithRegistration(form)
                    : rules.problemsWithPassportOnlyRegistration(form, row.noNikReason()));
            String nik = byNik ? ParticipantRules.clean(form.nik()) : null;
            String passport = ParticipantRules.passportNumber(form.passportNo());
            String kpj = ParticipantRules.clean(form.kpjNo());
            if (nik != null && niks.containsKey(nik) && errors.stream().noneMatch(e -> e.field().equals("nik"))) {
                errors.add(nikTaken(niks.get(nik)));
            }
            if (passport != null && passports.containsKey(passport)) {
                errors.add(passportTaken(passport, passports.get(passport)));
            }
            if (kpj != null && kpjs.containsKey(kpj)) {
                errors.add(kpjTaken(kpj));
            }
            if (!errors.isEmpty()) {
                outcomes.add(new Outcome(null, List.copyOf(errors)));
                continue;
            }
            Participant participant = byNik ? withNik(form, actor, now) : passportOnly(form, row.noNikReason(), actor, now);
            em.persist(participant);
            Holder holder = new Holder(participant);
            if (nik != null) {
                niks.put(nik, holder);
            }
            if (passport != null) {
                passports.put(passport, holder);
            }
            if (kpj != null) {
                kpjs.put(kpj, holder);
            }
            outcomes.add(new Outcome(participant, List.of()));
        }
        em.flush(); // ids for the caller, constraint violations here rather than at commit
        return outcomes;
    }

    /** Who holds a NIK, passport or KPJ number already, for the refusal's message. */
    private record Holder(Long id, String fullName, boolean nikException) {
        Holder(Participant participant) {
            this(participant.getId(), participant.getFullName(), participant.isNikException());
        }
    }

    /** The participants holding any of {@code values} in {@code field}, in one query. */
    private Map<String, Holder> holders(String field, Stream<String> values) {
        Set<String> wanted = values.filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Holder> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            em.createQuery("SELECT p." + field + ", p.id, p.fullName, p.nikException FROM Participant p WHERE p." + field
                            + " IN :values ORDER BY p.id", Object[].class).setParameter("values", wanted).getResultList()
                    .forEach(row -> found.putIfAbsent((String) row[0], new Holder((Long) row[1], (String) row[2], (Boolean) row[3])));
        }
        return found;
    }

    private static FieldError nikTaken(Holder holder) {
        return new FieldError("nik", "NIK sudah terdaftar atas nama " + holder.fullName() + " (ID peserta " + holder.id() + ")");
    }

    private static FieldError passportTaken(String passport, Holder holder) {
        return new FieldError("passportNo", "Paspor " + passport + " sudah terdaftar atas nama " + holder.fullName()
                + " (ID peserta " + holder.id() + ")" + (holder.nikException() ? "; lengkapi NIK peserta itu" : ""));
    }

    private static FieldError kpjTaken(String kpj) {
        return new FieldError("kpjNo", "Nomor KPJ " + kpj + " sudah dipakai peserta lain");
    }

    private Participant withNik(RegistrationForm form, String actor, Instant now) {
        String nik = ParticipantRules.clean(form.nik());
        Nik parsed = Nik.parse(nik, today());
        Participant participant = Participant.withNik(nik, ParticipantRules.passportNumber(form.passportNo()),
                ParticipantRules.clean(form.fullName()), Participant.sexCode(form.sex()), form.birthDate(),
                ParticipantType.CPMI, null, now);
        String province = Objects.requireNonNullElse(ParticipantRules.clean(form.provinceCode()), parsed.provinceCode());
        String regency = Objects.requireNonNullElse(ParticipantRules.clean(form.regencyCode()),
                parsed.provinceCode() + parsed.regencyCode());
        return completed(participant, form, province, regency, actor, now);
    }

    private Participant passportOnly(RegistrationForm form, String reason, String actor, Instant now) {
        Participant participant = Participant.passportOnly(ParticipantRules.passportNumber(form.passportNo()),
                ParticipantRules.clean(form.fullName()), Participant.sexCode(form.sex()), form.birthDate(),
                ParticipantType.CPMI, null, now);
        participant.explainMissingNik(ParticipantRules.clean(reason));
        return completed(participant, form, ParticipantRules.clean(form.provinceCode()),
                ParticipantRules.clean(form.regencyCode()), actor, now);
    }

    private Participant completed(Participant participant, RegistrationForm form, String province, String regency,
                                  String actor, Instant now) {
        participant.recordPassport(participant.getPassportNo(), form.passportExpiry());
        participant.moveTo(ParticipantRules.clean(form.addressLine()), province, regency);
        if (ParticipantRules.clean(form.kpjNo()) != null) {
            participant.assignKpj(ParticipantRules.clean(form.kpjNo()));
        }
        participant.addPlacement(placement(form.placement(),
                form.registeredOn() == null ? today() : form.registeredOn(), form.serviceUnitId(), actor, now));
        participant.touch(actor, now);
        return participant;
    }

    private Participant persisted(Participant participant) {
        em.persist(participant);
        em.flush(); // ids for the caller, constraint violations here rather than at commit
        return participant;
    }

    private static Placement placement(PlacementTerms terms, LocalDate registeredOn, Long serviceUnitId, String actor,
                                       Instant now) {
        return new Placement(terms.channel(), ParticipantRules.clean(terms.agencyName()),
                ParticipantRules.clean(terms.agencyLicence()),
                ParticipantRules.clean(terms.destinationCountry()).toUpperCase(Locale.ROOT),
                ParticipantRules.clean(terms.employerName()), ParticipantRules.clean(terms.jobTitle()),
                terms.contractStart(), terms.contractMonths(), registeredOn, serviceUnitId, actor, now);
    }

    private List<FieldError> duplicatePassportOrKpj(RegistrationForm form) {
        List<FieldError> errors = new ArrayList<>();
        String passport = ParticipantRules.passportNumber(form.passportNo());
        if (passport != null) {
            findByPassport(passport).stream().findFirst().ifPresent(existing -> errors.add(passportTaken(passport, new Holder(existing))));
        }
        String kpj = ParticipantRules.clean(form.kpjNo());
        if (kpj != null && !em.createQuery("SELECT p.id FROM Participant p WHERE p.kpjNo = :kpj", Long.class)
                .setParameter("kpj", kpj).getResultList().isEmpty()) {
            errors.add(kpjTaken(kpj));
        }
        return errors;
    }

    /** Ends the passport-only exception once the NIK is known; the NIK must agree with sex and birth date. */
    public Participant supplyNik(long participantId, String nik, long expectedVersion, String actor) {
        Participant participant = get(participantId);
        checkVersion(participant.getVersion(), expectedVersion);
        String value = ParticipantRules.clean(nik);
        List<FieldError> errors = new ArrayList<>();
        if (!participant.isNikException()) {
            errors.add(new FieldError("nik", "Peserta ini sudah memiliki NIK"));
        } else if (value == null) {
            errors.add(new FieldError("nik", "NIK: wajib diisi"));
        } else {
            Nik.problemWith(value, today()).ifPresentOrElse(p -> errors.add(new FieldError("nik", p)),
                    () -> errors.addAll(rules().nikConsistency("", Nik.parse(value, today()), participant.sex(),
                            participant.getBirthDate())));
            if (errors.isEmpty()) {
                findByNik(value).ifPresent(other -> errors.add(nikTaken(new Holder(other))));
            }
        }
        InvalidInputException.throwIfAny(errors);
        participant.supplyNik(value, actor, clock.instant());
        return participant;
    }

    /** Registers an extension of the contract of a placement; the cover extends once it is paid. */
    public Placement extendContract(long placementId, int months, long expectedVersion, String actor) {
        Placement placement = em.find(Placement.class, placementId);
        if (placement == null) {
            throw new InvalidInputException("placementId", "Penempatan " + placementId + " tidak ditemukan");
        }
        checkVersion(placement.getVersion(), expectedVersion);
        InvalidInputException.throwIfAny(rules().problemsWithExtension(months, placement.getContractMonths(),
                placement.getExtensionMonths()));
        placement.extend(months);
        placement.getParticipant().touch(actor, clock.instant());
        em.flush();
        return placement;
    }

    public FamilyMember addFamilyMember(long participantId, FamilyMemberForm form, String actor) {
        Participant participant = get(participantId);
        Set<String> knownNiks = new HashSet<>();
        if (participant.getNik() != null) {
            knownNiks.add(participant.getNik());
        }
        participant.getFamilyMembers().stream().map(FamilyMember::getNik).filter(Objects::nonNull).forEach(knownNiks::add);
        InvalidInputException.throwIfAny(rules().problemsWithFamilyMember(form, participant.getBirthDate(), knownNiks));
        Instant now = clock.instant();
        FamilyMember member = participant.addFamilyMember(new FamilyMember(form.relation(),
                ParticipantRules.clean(form.fullName()), ParticipantRules.clean(form.nik()),
                form.sex() == null ? null : Participant.sexCode(form.sex()), form.birthDate(), form.schoolLevel(),
                form.married(), form.working(), now));
        participant.touch(actor, now);
        em.flush();
        return member;
    }

    public BankAccount addBankAccount(long participantId, BankAccountForm form, String actor) {
        Participant participant = get(participantId);
        List<FieldError> errors = new ArrayList<>(rules().problemsWithBankAccount(form));
        FamilyMember holder = null;
        if (form.familyMemberId() != null) {
            holder = participant.familyMember(form.familyMemberId()).orElse(null);
            if (holder == null) {
                errors.add(new FieldError("bank.familyMemberId", "Pemilik rekening bukan anggota keluarga peserta ini"));
            }
        }
        String bankCode = Optional.ofNullable(ParticipantRules.clean(form.bankCode())).map(c -> c.toUpperCase(Locale.ROOT)).orElse(null);
        String accountNo = ParticipantRules.accountDigits(form.accountNo());
        if (errors.isEmpty() && participant.getBankAccounts().stream()
                .anyMatch(a -> a.getBankCode().equals(bankCode) && a.getAccountNo().equals(accountNo))) {
            errors.add(new FieldError("bank.accountNo", "Rekening " + bankCode + " " + accountNo + " sudah tercatat"));
        }
        InvalidInputException.throwIfAny(errors);
        Instant now = clock.instant();
        BankAccount account = participant.addBankAccount(new BankAccount(holder, bankCode,
                ParticipantRules.clean(form.bankName()), accountNo, ParticipantRules.clean(form.holderName()), actor, now));
        participant.touch(actor, now);
        em.flush();
        return account;
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** The participant, or an {@link InvalidInputException} on {@code participantId}. */
    public Participant get(long participantId) {
        Participant participant = em.find(Participant.class, participantId);
        if (participant == null) {
            throw new InvalidInputException("participantId", "Peserta " + participantId + " tidak ditemukan");
        }
        return participant;
    }

    /** With placements, family and accounts loaded, for a caller outside the transaction. */
    public Participant details(long participantId) {
        return loaded(get(participantId));
    }

    public Optional<Participant> findByNik(String nik) {
        String value = ParticipantRules.clean(nik);
        if (value == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Participant.BY_NIK, Participant.class).setParameter("nik", value)
                .getResultList().stream().findFirst().map(ParticipantRegistry::loaded);
    }

    public List<Participant> findByPassport(String passportNo) {
        String value = ParticipantRules.passportNumber(passportNo);
        if (value == null) {
            return List.of();
        }
        return em.createNamedQuery(Participant.BY_PASSPORT, Participant.class).setParameter("passportNo", value)
                .getResultList().stream().map(ParticipantRegistry::loaded).toList();
    }

    /** Registrations without NIK still waiting for it, oldest first. */
    public List<Participant> nikFollowUps(int max) {
        return em.createNamedQuery(Participant.NIK_FOLLOW_UP, Participant.class)
                .setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    private static Participant loaded(Participant participant) {
        participant.getPlacements().size();
        participant.getFamilyMembers().size();
        participant.getBankAccounts().size();
        return participant;
    }

    private static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new OptimisticLockException("Data telah diubah pengguna lain (versi " + actual + ", bukan " + expected
                    + "); muat ulang lalu ulangi");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ParticipantRules rules() {
        return new ParticipantRules(today());
    }
}

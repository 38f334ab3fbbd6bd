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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
        ParticipantRules rules = rules();
        List<FieldError> errors = new ArrayList<>(rules.problemsWithRegistration(form));
        String nik = ParticipantRules.clean(form.nik());
        if (errors.stream().noneMatch(e -> e.field().equals("nik"))) {
            findByNik(nik).ifPresent(existing -> errors.add(new FieldError("nik",
                    "NIK sudah terdaftar atas nama " + existing.getFullName() + " (ID peserta " + existing.getId() + ")")));
        }
        errors.addAll(duplicatePassportOrKpj(form));
        InvalidInputException.throwIfAny(errors);

        Nik parsed = Nik.parse(nik, today());
        Instant now = clock.instant();
        Participant participant = Participant.withNik(nik, ParticipantRules.passportNumber(form.passportNo()),
                ParticipantRules.clean(form.fullName()), Participant.sexCode(form.sex()), form.birthDate(),
                ParticipantType.CPMI, null, now);
        String province = Objects.requireNonNullElse(ParticipantRules.clean(form.provinceCode()), parsed.provinceCode());
        String regency = Objects.requireNonNullElse(ParticipantRules.clean(form.regencyCode()),
                parsed.provinceCode() + parsed.regencyCode());
        return completeAndPersist(participant, form, province, regency, actor, now);
    }

    public Participant registerPassportOnly(RegistrationForm form, String reason, String actor) {
        List<FieldError> errors = new ArrayList<>(rules().problemsWithPassportOnlyRegistration(form, reason));
        errors.addAll(duplicatePassportOrKpj(form));
        InvalidInputException.throwIfAny(errors);

        Instant now = clock.instant();
        Participant participant = Participant.passportOnly(ParticipantRules.passportNumber(form.passportNo()),
                ParticipantRules.clean(form.fullName()), Participant.sexCode(form.sex()), form.birthDate(),
                ParticipantType.CPMI, null, now);
        participant.explainMissingNik(ParticipantRules.clean(reason));
        return completeAndPersist(participant, form, ParticipantRules.clean(form.provinceCode()),
                ParticipantRules.clean(form.regencyCode()), actor, now);
    }

    private Participant completeAndPersist(Participant participant, RegistrationForm form, String province,
                                           String regency, String actor, Instant now) {
        participant.recordPassport(participant.getPassportNo(), form.passportExpiry());
        participant.moveTo(ParticipantRules.clean(form.addressLine()), province, regency);
        if (ParticipantRules.clean(form.kpjNo()) != null) {
            participant.assignKpj(ParticipantRules.clean(form.kpjNo()));
        }
        participant.addPlacement(placement(form.placement(),
                form.registeredOn() == null ? today() : form.registeredOn(), form.serviceUnitId(), actor, now));
        participant.touch(actor, now);
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
            findByPassport(passport).stream().findFirst().ifPresent(existing -> errors.add(new FieldError("passportNo",
                    "Paspor " + passport + " sudah terdaftar atas nama " + existing.getFullName() + " (ID peserta "
                            + existing.getId() + ")" + (existing.isNikException() ? "; lengkapi NIK peserta itu" : ""))));
        }
        String kpj = ParticipantRules.clean(form.kpjNo());
        if (kpj != null && !em.createQuery("SELECT p.id FROM Participant p WHERE p.kpjNo = :kpj", Long.class)
                .setParameter("kpj", kpj).getResultList().isEmpty()) {
            errors.add(new FieldError("kpjNo", "Nomor KPJ " + kpj + " sudah dipakai peserta lain"));
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
                findByNik(value).ifPresent(other -> errors.add(new FieldError("nik",
                        "NIK sudah terdaftar atas nama " + other.getFullName() + " (ID peserta " + other.getId() + ")")));
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

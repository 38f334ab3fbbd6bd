package id.go.bpjsketenagakerjaan.pmi.participant.control;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.Nik;
import id.go.bpjsketenagakerjaan.pmi.shared.Sex;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Input rules of the participant registry, as plain Java: each check returns every problem found, field by
 * field, in Bahasa Indonesia, and never throws for bad input. The boundary turns a non-empty list into an
 * {@link id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException} before anything is written.
 *
 * <p>NIK rules come from {@link Nik} (digits, length, not all zeros, province code, regency and district not 00,
 * birth date with +40 for women). On top of that a NIK must agree with the stated sex and birth date: the day,
 * month and two-digit year in the NIK must be those of the birth date (the century cannot be read from a NIK).
 *
 * <p>Deliberately not checked, because the fact sheet does not say so: a minimum age, a maximum number of
 * spouses, the passport's issuing country.
 */
public final class ParticipantRules {

    public static final int MAX_CONTRACT_MONTHS = 120;
    public static final int MAX_REASON_LENGTH = 400;

    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{6,20}");
    private static final Pattern KPJ = Pattern.compile("[0-9]{8,20}");
    private static final Pattern PROVINCE = Pattern.compile("[0-9]{2}");
    private static final Pattern REGENCY = Pattern.compile("[0-9]{4}");
    private static final Pattern BANK_CODE = Pattern.compile("[A-Z0-9]{3,10}");
    private static final Pattern ACCOUNT_NO = Pattern.compile("[0-9]{6,20}");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final DateTimeFormatter NIK_DATE = DateTimeFormatter.ofPattern("dd-MM-yy");

    private final LocalDate today;

    public ParticipantRules(LocalDate today) {
        this.today = Objects.requireNonNull(today, "today");
    }

    // ---- registration ---------------------------------------------------------------------------------------

    /** Problems with a registration on the normal path: a valid NIK consistent with sex and birth date. */
    public List<FieldError> problemsWithRegistration(RegistrationForm form) {
        List<FieldError> errors = new ArrayList<>();
        String nik = clean(form.nik());
        if (nik == null) {
            errors.add(new FieldError("nik", "NIK: wajib diisi; tanpa NIK gunakan jalur pengecualian paspor"));
        } else {
            Nik.problemWith(nik, today).ifPresentOrElse(
                    problem -> errors.add(new FieldError("nik", problem)),
                    () -> errors.addAll(nikConsistency("", Nik.parse(nik, today), form.sex(), form.birthDate())));
        }
        if (clean(form.passportNo()) != null) {
            passportProblem("passportNo", form.passportNo()).ifPresent(errors::add);
        }
        errors.addAll(commonProblems(form));
        return errors;
    }

    /**
     * Problems with a registration on the passport-only exception path: no NIK, a passport and a reason why the
     * NIK is missing (re-entry workers often lack one). The record is flagged for follow-up.
     */
    public List<FieldError> problemsWithPassportOnlyRegistration(RegistrationForm form, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (clean(form.nik()) != null) {
            errors.add(new FieldError("nik", "NIK: harus kosong pada jalur pengecualian paspor; bila NIK ada, gunakan pendaftaran biasa"));
        }
        if (clean(form.passportNo()) == null) {
            errors.add(new FieldError("passportNo", "Nomor paspor: wajib diisi pada jalur pengecualian tanpa NIK"));
        } else {
            passportProblem("passportNo", form.passportNo()).ifPresent(errors::add);
        }
        String why = clean(reason);
        if (why == null) {
            errors.add(new FieldError("reason", "Alasan tanpa NIK: wajib diisi (mis. PMI masuk kembali tanpa KTP)"));
        } else if (why.length() > MAX_REASON_LENGTH) {
            errors.add(new FieldError("reason", "Alasan tanpa NIK: paling banyak " + MAX_REASON_LENGTH + " karakter"));
        }
        errors.addAll(commonProblems(form));
        return errors;
    }

    private List<FieldError> commonProblems(RegistrationForm form) {
        List<FieldError> errors = new ArrayList<>();
        String name = clean(form.fullName());
        if (name == null) {
            errors.add(new FieldError("fullName", "Nama lengkap: wajib diisi"));
        } else if (name.length() > 200) {
            errors.add(new FieldError("fullName", "Nama lengkap: paling banyak 200 karakter"));
        }
        if (form.sex() == null) {
            errors.add(new FieldError("sex", "Jenis kelamin: wajib diisi"));
        }
        if (form.birthDate() == null) {
            errors.add(new FieldError("birthDate", "Tanggal lahir: wajib diisi"));
        } else if (!form.birthDate().isBefore(today)) {
            errors.add(new FieldError("birthDate", "Tanggal lahir: harus sebelum hari ini"));
        }
        if (form.passportExpiry() != null && clean(form.passportNo()) == null) {
            errors.add(new FieldError("passportExpiry", "Masa berlaku paspor diisi tanpa nomor paspor"));
        }
        if (clean(form.kpjNo()) != null && !KPJ.matcher(clean(form.kpjNo())).matches()) {
            errors.add(new FieldError("kpjNo", "Nomor KPJ: harus 8-20 angka"));
        }
        if (form.registeredOn() != null && form.registeredOn().isAfter(today)) {
            errors.add(new FieldError("registeredOn", "Tanggal pendaftaran: tidak boleh setelah hari ini"));
        }
        errors.addAll(addressProblems(form.provinceCode(), form.regencyCode()));
        if (form.placement() == null) {
            errors.add(new FieldError("placement", "Data penempatan: wajib diisi"));
        } else {
            errors.addAll(problemsWithPlacement(form.placement()));
        }
        return errors;
    }

    /** NIK against the stated sex and birth date; {@code prefix} is prepended to the field names. */
    public List<FieldError> nikConsistency(String prefix, Nik nik, Sex sex, LocalDate birthDate) {
        List<FieldError> errors = new ArrayList<>();
        if (sex != null && nik.sex() != sex) {
            errors.add(new FieldError(prefix + "sex", "Jenis kelamin tidak sesuai NIK: NIK menunjukkan " + nik.sex().labelId()
                    + (nik.sex() == Sex.FEMALE ? " (tanggal lahir ditambah 40)" : "")));
        }
        if (birthDate != null && !NIK_DATE.format(birthDate).equals(NIK_DATE.format(nik.birthDate()))) {
            errors.add(new FieldError(prefix + "birthDate", "Tanggal lahir " + birthDate + " tidak sesuai NIK (NIK memuat "
                    + NIK_DATE.format(nik.birthDate()) + ")"));
        }
        return errors;
    }

    /** Province and regency codes of the address, both optional; the regency must lie in the province. */
    public List<FieldError> addressProblems(String provinceCode, String regencyCode) {
        List<FieldError> errors = new ArrayList<>();
        String province = clean(provinceCode);
        String regency = clean(regencyCode);
        if (province != null && !PROVINCE.matcher(province).matches()) {
            errors.add(new FieldError("provinceCode", "Kode provinsi: harus 2 angka (kode Kemendagri)"));
        }
        if (regency != null) {
            if (!REGENCY.matcher(regency).matches() || regency.endsWith("00")) {
                errors.add(new FieldError("regencyCode", "Kode kabupaten/kota: harus 4 angka (kode Kemendagri), tidak berakhir 00"));
            } else if (province != null && !regency.startsWith(province)) {
                errors.add(new FieldError("regencyCode", "Kode kabupaten/kota " + regency + " tidak berada di provinsi " + province));
            }
        }
        return errors;
    }

    // ---- placement ------------------------------------------------------------------------------------------

    /** Problems with the placement terms; fields are named {@code placement.*}. */
    public List<FieldError> problemsWithPlacement(PlacementTerms terms) {
        List<FieldError> errors = new ArrayList<>();
        if (terms.channel() == null) {
            errors.add(new FieldError("placement.channel", "Jalur penempatan: pilih P3MI atau perseorangan"));
        } else if (terms.channel() == PlacementChannel.AGENCY) {
            if (clean(terms.agencyName()) == null) {
                errors.add(new FieldError("placement.agencyName", "Nama P3MI: wajib diisi untuk penempatan melalui P3MI"));
            }
            if (clean(terms.agencyLicence()) == null) {
                errors.add(new FieldError("placement.agencyLicence", "Nomor izin (SIP3MI) P3MI: wajib diisi untuk penempatan melalui P3MI"));
            }
        } else if (clean(terms.agencyName()) != null || clean(terms.agencyLicence()) != null) {
            errors.add(new FieldError("placement.agencyName", "PMI perseorangan tidak melalui P3MI: kosongkan nama dan izin P3MI"));
        }
        String country = clean(terms.destinationCountry());
        if (country == null) {
            errors.add(new FieldError("placement.destinationCountry", "Negara penempatan: wajib diisi"));
        } else if (!ISO_COUNTRIES.contains(country.toUpperCase(Locale.ROOT)) || "ID".equalsIgnoreCase(country)) {
            errors.add(new FieldError("placement.destinationCountry", "Negara penempatan: kode negara ISO 2 huruf selain ID, diterima " + country));
        }
        if (clean(terms.employerName()) == null) {
            errors.add(new FieldError("placement.employerName", "Nama pemberi kerja: wajib diisi"));
        }
        if (clean(terms.jobTitle()) == null) {
            errors.add(new FieldError("placement.jobTitle", "Jabatan/pekerjaan: wajib diisi"));
        }
        if (terms.contractMonths() < 1 || terms.contractMonths() > MAX_CONTRACT_MONTHS) {
            errors.add(new FieldError("placement.contractMonths", "Lama kontrak: 1 sampai " + MAX_CONTRACT_MONTHS
                    + " bulan, diterima " + terms.contractMonths()));
        }
        return errors;
    }

    /** Problems with extending a contract by {@code months}, given what is already agreed. */
    public List<FieldError> problemsWithExtension(int months, int contractMonths, int extensionMonthsSoFar) {
        if (months < 1) {
            return List.of(new FieldError("extensionMonths", "Perpanjangan kontrak: minimal 1 bulan"));
        }
        int total = contractMonths + extensionMonthsSoFar + months;
        if (total > MAX_CONTRACT_MONTHS) {
            return List.of(new FieldError("extensionMonths", "Perpanjangan kontrak: jumlah kontrak dan perpanjangan "
                    + total + " bulan melebihi " + MAX_CONTRACT_MONTHS + " bulan"));
        }
        return List.of();
    }

    // ---- family -----------------------------------------------------------------------------------------------

    /**
     * Problems with a family member; fields are named {@code family.*}.
     *
     * @param workerBirthDate the worker's birth date: a child must be born after it
     * @param knownNiks       NIKs already in the worker's record (the worker's own and the family's)
     */
    public List<FieldError> problemsWithFamilyMember(FamilyMemberForm form, LocalDate workerBirthDate, Set<String> knownNiks) {
        List<FieldError> errors = new ArrayList<>();
        if (form.relation() == null) {
            errors.add(new FieldError("family.relation", "Hubungan keluarga: wajib diisi"));
        }
        if (clean(form.fullName()) == null) {
            errors.add(new FieldError("family.fullName", "Nama anggota keluarga: wajib diisi"));
        }
        String nik = clean(form.nik());
        if (nik != null) {
            Optional<String> problem = Nik.problemWith(nik, today);
            if (problem.isPresent()) {
                errors.add(new FieldError("family.nik", problem.get()));
            } else if (knownNiks.contains(nik)) {
                errors.add(new FieldError("family.nik", "NIK " + nik + " sudah tercatat pada peserta atau keluarganya"));
            } else {
                errors.addAll(nikConsistency("family.", Nik.parse(nik, today), form.sex(), form.birthDate()));
            }
        }
        if (form.birthDate() != null && form.birthDate().isAfter(today)) {
            errors.add(new FieldError("family.birthDate", "Tanggal lahir: tidak boleh setelah hari ini"));
        }
        boolean child = form.relation() == FamilyRelation.CHILD;
        if (child) {
            if (form.birthDate() == null) {
                errors.add(new FieldError("family.birthDate", "Tanggal lahir anak: wajib diisi (untuk beasiswa)"));
            } else if (workerBirthDate != null && !form.birthDate().isAfter(workerBirthDate)) {
                errors.add(new FieldError("family.birthDate", "Tanggal lahir anak " + form.birthDate()
                        + " harus setelah tanggal lahir peserta " + workerBirthDate));
            }
        } else {
            if (form.schoolLevel() != null && form.schoolLevel() != SchoolLevel.NONE) {
                errors.add(new FieldError("family.schoolLevel", "Jenjang sekolah hanya dicatat untuk anak"));
            }
            if (form.married() || form.working()) {
                errors.add(new FieldError("family.married", "Status menikah/bekerja hanya dicatat untuk anak (syarat beasiswa)"));
            }
        }
        return errors;
    }

    // ---- bank accounts ------------------------------------------------------------------------------------------

    /** Problems with a bank account; fields are named {@code bank.*}. */
    public List<FieldError> problemsWithBankAccount(BankAccountForm form) {
        List<FieldError> errors = new ArrayList<>();
        String code = clean(form.bankCode());
        if (code == null || !BANK_CODE.matcher(code.toUpperCase(Locale.ROOT)).matches()) {
            errors.add(new FieldError("bank.bankCode", "Kode bank: 3-10 huruf/angka (mis. 009 atau BNI)"));
        }
        if (clean(form.bankName()) == null) {
            errors.add(new FieldError("bank.bankName", "Nama bank: wajib diisi"));
        }
        String accountNo = accountDigits(form.accountNo());
        if (accountNo == null || !ACCOUNT_NO.matcher(accountNo).matches()) {
            errors.add(new FieldError("bank.accountNo", "Nomor rekening: 6-20 angka"));
        }
        if (clean(form.holderName()) == null) {
            errors.add(new FieldError("bank.holderName", "Nama pemilik rekening: wajib diisi (harus atas nama penerima manfaat)"));
        }
        return errors;
    }

    // ---- normalisation ------------------------------------------------------------------------------------------

    /** Trimmed text, or null when blank. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** A passport number as stored: upper case, without spaces. */
    public static String passportNumber(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : cleaned.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** An account number as stored: the digits only (spaces, dots and dashes removed). */
    public static String accountDigits(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : cleaned.replaceAll("[\\s.\\-]", "");
    }

    private static Optional<FieldError> passportProblem(String field, String value) {
        if (!PASSPORT.matcher(passportNumber(value)).matches()) {
            return Optional.of(new FieldError(field, "Nomor paspor: 6-20 huruf/angka tanpa tanda baca"));
        }
        return Optional.empty();
    }
}

package id.go.bpjsketenagakerjaan.pmi.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Nomor Induk Kependudukan: the 16-digit national identity number, laid out as
 * {@code PP KK CC DDMMYY SSSS}: province, regency/city, district, birth date (women: day + 40), serial.
 *
 * <p>Only structurally valid numbers can be constructed; {@link #problemWith(String, LocalDate)} tells a form
 * what is wrong without throwing. The check is structural: it cannot tell whether the number was issued.
 *
 * <p>The NIK holds only two digits of the birth year. The century is chosen so that the birth date is not
 * after the reference day ("today"): {@code 01 01 10} is 2010 when read in 2025 but {@code 01 01 30} is 1930.
 */
public final class Nik {

    /**
     * Province codes in use (Kemendagri): Sumatra 11-19, Riau Islands 21, Java 31-36, Bali/Nusa Tenggara 51-53,
     * Kalimantan 61-65, Sulawesi 71-76, Maluku 81-82, Papua 91-96 (including the provinces created in 2022).
     */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19",
            "21",
            "31", "32", "33", "34", "35", "36",
            "51", "52", "53",
            "61", "62", "63", "64", "65",
            "71", "72", "73", "74", "75", "76",
            "81", "82",
            "91", "92", "93", "94", "95", "96");

    private static final int FEMALE_DAY_OFFSET = 40;

    private final String value;
    private final LocalDate birthDate;
    private final Sex sex;

    private Nik(String value, LocalDate birthDate, Sex sex) {
        this.value = value;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /** Parses and validates, reading the two-digit birth year against the current date in Jakarta. */
    public static Nik parse(String value) {
        return parse(value, LocalDate.now(NotAfterTodayValidator.BUSINESS_ZONE));
    }

    /**
     * Parses and validates; {@code today} decides the century of the birth year (see class comment).
     *
     * @throws InvalidNikException naming the first problem found
     */
    public static Nik parse(String value, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String problem = firstProblem(value, today);
        if (problem != null) {
            throw new InvalidNikException(problem);
        }
        String digits = value.trim();
        int dayCode = Integer.parseInt(digits.substring(6, 8));
        Sex sex = dayCode > FEMALE_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
        return new Nik(digits, birthDate(digits, today), sex);
    }

    /** The first problem with {@code value} as a message for the user, or empty when it is a valid NIK. */
    public static Optional<String> problemWith(String value, LocalDate today) {
        return Optional.ofNullable(firstProblem(value, today));
    }

    public static boolean isValid(String value, LocalDate today) {
        return firstProblem(value, today) == null;
    }

    private static String firstProblem(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            return "NIK: wajib diisi";
        }
        String digits = raw.trim();
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "NIK: hanya boleh berisi angka";
        }
        if (digits.length() != 16) {
            return "NIK: harus 16 digit, diterima " + digits.length() + " digit";
        }
        if (digits.chars().allMatch(c -> c == '0')) {
            return "NIK: tidak boleh berisi nol semua";
        }
        String province = digits.substring(0, 2);
        if (!PROVINCE_CODES.contains(province)) {
            return "NIK: kode provinsi " + province + " tidak dikenal";
        }
        if (digits.startsWith("00", 2)) {
            return "NIK: kode kabupaten/kota 00 tidak sah";
        }
        if (digits.startsWith("00", 4)) {
            return "NIK: kode kecamatan 00 tidak sah";
        }
        int dayCode = Integer.parseInt(digits.substring(6, 8));
        boolean dayInRange = (dayCode >= 1 && dayCode <= 31)
                || (dayCode >= 1 + FEMALE_DAY_OFFSET && dayCode <= 31 + FEMALE_DAY_OFFSET);
        if (!dayInRange) {
            return "NIK: kode tanggal lahir " + digits.substring(6, 8)
                    + " tidak sah (01-31 untuk laki-laki, 41-71 untuk perempuan)";
        }
        int month = Integer.parseInt(digits.substring(8, 10));
        if (month < 1 || month > 12) {
            return "NIK: bulan lahir " + digits.substring(8, 10) + " tidak sah";
        }
        try {
            birthDate(digits, today);
        } catch (DateTimeException e) {
            int day = dayCode > FEMALE_DAY_OFFSET ? dayCode - FEMALE_DAY_OFFSET : dayCode;
            return "NIK: tanggal lahir " + String.format("%02d-%s-%s", day, digits.substring(8, 10), digits.substring(10, 12))
                    + " (DD-MM-YY) bukan tanggal yang ada";
        }
        return null;
    }

    private static LocalDate birthDate(String digits, LocalDate today) {
        int dayCode = Integer.parseInt(digits.substring(6, 8));
        int day = dayCode > FEMALE_DAY_OFFSET ? dayCode - FEMALE_DAY_OFFSET : dayCode;
        int month = Integer.parseInt(digits.substring(8, 10));
        int twoDigitYear = Integer.parseInt(digits.substring(10, 12));
        int currentCentury = today.getYear() / 100 * 100;
        // Try this century first; if that date is invalid (e.g. 29-02 in a non-leap year) or in the future, the
        // previous century is the only reading left. The checked exception of an impossible date propagates.
        LocalDate candidate;
        try {
            candidate = LocalDate.of(currentCentury + twoDigitYear, month, day);
            if (!candidate.isAfter(today)) {
                return candidate;
            }
        } catch (DateTimeException notInThisCentury) {
            // fall through to the previous century
        }
        return LocalDate.of(currentCentury - 100 + twoDigitYear, month, day);
    }

    public String value() {
        return value;
    }

    public String provinceCode() {
        return value.substring(0, 2);
    }

    public String regencyCode() {
        return value.substring(2, 4);
    }

    public String districtCode() {
        return value.substring(4, 6);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public String serial() {
        return value.substring(12, 16);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nik other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}

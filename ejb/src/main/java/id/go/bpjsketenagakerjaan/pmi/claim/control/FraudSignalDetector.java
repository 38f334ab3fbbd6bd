package id.go.bpjsketenagakerjaan.pmi.claim.control;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitCodes;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import id.go.bpjsketenagakerjaan.pmi.shared.Period;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Raises duplicate and fraud signals for one claim against the claims on file, its cover and its benefit's cap.
 * Signals inform the adjudicator; none rejects a claim by itself. The result lists the strongest first.
 */
public final class FraudSignalDetector {

    public static final int DEFAULT_JUST_AFTER_COVER_START_DAYS = 30;

    private static final Set<String> DEATH_BENEFITS =
            Set.of(BenefitCodes.JKM_DEATH_BA, BenefitCodes.JKM_DEATH_D, BenefitCodes.JKK_DEATH);
    /** One balance per person: any second live claim is a duplicate, whatever date it names. */
    private static final Set<String> NOT_TIED_TO_AN_INCIDENT = Set.of(BenefitCodes.JHT_BALANCE);
    /**
     * Claimed again every school year for each of up to two children on the same parent's event, so a repeat is
     * normal. Telling a true duplicate apart needs the child and the school year, which these facts do not carry.
     */
    private static final Set<String> RECURRING_BY_DESIGN = Set.of(BenefitCodes.SCHOLARSHIP);

    private final int justAfterCoverStartDays;

    public FraudSignalDetector() {
        this(DEFAULT_JUST_AFTER_COVER_START_DAYS);
    }

    /** @param justAfterCoverStartDays an incident at most this many days after cover opened raises a signal */
    public FraudSignalDetector(int justAfterCoverStartDays) {
        if (justAfterCoverStartDays < 0) {
            throw new IllegalArgumentException("Jumlah hari tidak boleh negatif: " + justAfterCoverStartDays);
        }
        this.justAfterCoverStartDays = justAfterCoverStartDays;
    }

    /**
     * @param current        the claim under review
     * @param existing       claims on file that share the person or the account; may include {@code current}
     *                       itself (matched by claim number), which is skipped
     * @param coverOnIncident the cover window holding the incident date, null when none does. Its start should be
     *                       when cover was bought (registration and payment), not a later phase change
     * @param benefitCap     the benefit's cap for this case, null when it has none
     */
    public List<Signal> detect(ClaimFacts current, List<ExistingClaim> existing, Period coverOnIncident,
                               BigDecimal benefitCap) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(existing, "existing");
        List<Signal> signals = new ArrayList<>();
        for (ExistingClaim other : existing) {
            if (current.claimNo() != null && current.claimNo().equals(other.facts().claimNo())) {
                continue;
            }
            sameBenefitDuplicate(current, other, signals);
            secondDeathClaim(current, other, signals);
            sharedBankAccount(current, other, signals);
        }
        // Savings are paid out whenever they were saved; a cover window says nothing about them.
        if (!current.benefitCode().equals(BenefitCodes.JHT_BALANCE)) {
            coverChecks(current, coverOnIncident, signals);
        }
        amountAboveCap(current, benefitCap, signals);
        signals.sort(Comparator.comparing(Signal::severity));
        return List.copyOf(signals);
    }

    private void sameBenefitDuplicate(ClaimFacts current, ExistingClaim other, List<Signal> signals) {
        ClaimFacts facts = other.facts();
        if (!other.isLiveOrPaid() || RECURRING_BY_DESIGN.contains(current.benefitCode())
                || !current.benefitCode().equals(facts.benefitCode())) {
            return;
        }
        boolean incidentMatters = !NOT_TIED_TO_AN_INCIDENT.contains(current.benefitCode());
        if (incidentMatters && !current.incidentDate().equals(facts.incidentDate())) {
            return;
        }
        String sharedIdentity = sharedIdentity(current, facts);
        if (sharedIdentity == null) {
            return;
        }
        signals.add(new Signal(SignalKind.SAME_NIK_OR_PASSPORT_SAME_BENEFIT, Severity.HIGH,
                "Klaim " + facts.claimNo() + " (" + other.status() + ") dengan " + sharedIdentity
                        + " yang sama untuk manfaat " + facts.benefitCode()
                        + (incidentMatters ? " dan tanggal kejadian " + facts.incidentDate() : "") + "."));
    }

    private void secondDeathClaim(ClaimFacts current, ExistingClaim other, List<Signal> signals) {
        ClaimFacts facts = other.facts();
        if (!other.isLiveOrPaid() || !DEATH_BENEFITS.contains(current.benefitCode())
                || !DEATH_BENEFITS.contains(facts.benefitCode())) {
            return;
        }
        String sharedIdentity = sharedIdentity(current, facts);
        if (sharedIdentity == null) {
            return;
        }
        signals.add(new Signal(SignalKind.SECOND_DEATH_CLAIM, Severity.HIGH,
                "Sudah ada klaim kematian " + facts.claimNo() + " (" + facts.benefitCode() + ", " + other.status()
                        + ", tanggal meninggal " + facts.incidentDate() + ") dengan " + sharedIdentity
                        + " yang sama; manfaat kematian hanya dibayar sekali."));
    }

    /** Rejected and withdrawn claims count here: an account reused across people is the pattern, paid or not. */
    private void sharedBankAccount(ClaimFacts current, ExistingClaim other, List<Signal> signals) {
        ClaimFacts facts = other.facts();
        String account = accountKey(current.bankAccountNumber());
        if (account == null || !account.equals(accountKey(facts.bankAccountNumber()))
                || sharedIdentity(current, facts) != null) {
            return;
        }
        signals.add(new Signal(SignalKind.SHARED_BANK_ACCOUNT, Severity.MEDIUM,
                "Rekening " + current.bankAccountNumber() + " juga dipakai pada klaim " + facts.claimNo() + " ("
                        + other.status() + ") milik peserta lain (ID " + facts.participantId() + "), atas nama "
                        + orDash(facts.bankAccountHolder()) + "; klaim ini atas nama "
                        + orDash(current.bankAccountHolder()) + "."));
    }

    private void coverChecks(ClaimFacts current, Period cover, List<Signal> signals) {
        if (cover == null) {
            signals.add(new Signal(SignalKind.INCIDENT_OUTSIDE_COVER, Severity.HIGH,
                    "Tidak ada masa perlindungan yang aktif pada tanggal kejadian " + current.incidentDate() + "."));
            return;
        }
        if (!cover.contains(current.incidentDate())) {
            signals.add(new Signal(SignalKind.INCIDENT_OUTSIDE_COVER, Severity.HIGH,
                    "Tanggal kejadian " + current.incidentDate() + " di luar masa perlindungan " + cover + "."));
            return;
        }
        long daysAfterStart = ChronoUnit.DAYS.between(cover.start(), current.incidentDate());
        if (daysAfterStart <= justAfterCoverStartDays) {
            signals.add(new Signal(SignalKind.INCIDENT_JUST_AFTER_COVER_START, Severity.LOW,
                    "Kejadian " + current.incidentDate() + " terjadi " + daysAfterStart
                            + " hari setelah perlindungan dimulai (" + cover.start() + "); batas perhatian "
                            + justAfterCoverStartDays + " hari."));
        }
    }

    private static void amountAboveCap(ClaimFacts current, BigDecimal cap, List<Signal> signals) {
        if (cap == null || current.claimedAmount().compareTo(cap) <= 0) {
            return;
        }
        Money claimed = Money.of(current.claimedAmount());
        Money limit = Money.of(cap);
        signals.add(new Signal(SignalKind.AMOUNT_ABOVE_CAP, Severity.MEDIUM,
                "Jumlah yang diklaim " + claimed + " melebihi batas manfaat " + current.benefitCode() + " sebesar "
                        + limit + " (selisih " + claimed.minus(limit) + ")."));
    }

    /**
     * How the two claims are tied to one person, in Indonesian, or null if they are not: the same participant
     * record, NIK or passport (a worker registered twice shows up under two participant ids).
     */
    private static String sharedIdentity(ClaimFacts a, ClaimFacts b) {
        if (a.participantId() == b.participantId()) {
            return "ID peserta " + a.participantId();
        }
        if (a.nik() != null && b.nik() != null && a.nik().strip().equals(b.nik().strip())) {
            return "NIK " + a.nik().strip();
        }
        String passportA = passportKey(a.passportNo());
        if (passportA != null && passportA.equals(passportKey(b.passportNo()))) {
            return "paspor " + passportA;
        }
        return null;
    }

    private static String passportKey(String passportNo) {
        if (passportNo == null || passportNo.isBlank()) {
            return null;
        }
        return passportNo.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Account numbers are typed with spaces, dots or dashes; only the digits and letters identify the account. */
    private static String accountKey(String accountNumber) {
        if (accountNumber == null) {
            return null;
        }
        String key = accountNumber.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}

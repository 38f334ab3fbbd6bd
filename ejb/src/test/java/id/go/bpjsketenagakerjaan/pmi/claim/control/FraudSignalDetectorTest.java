package id.go.bpjsketenagakerjaan.pmi.claim.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitCodes;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FraudSignalDetectorTest {

    private static final LocalDate INCIDENT = LocalDate.of(2026, 2, 20);
    /** Cover bought a year before the incident: no timing signal by default. */
    private static final Period COVER = Period.of(LocalDate.of(2025, 2, 1), LocalDate.of(2027, 3, 31));
    private static final String SITI_NIK = "3209014107900001";

    private final FraudSignalDetector detector = new FraudSignalDetector();

    private static ClaimFacts claim(String claimNo, long participantId, String nik, String passport, String benefit,
                                    LocalDate incident, String account) {
        return new ClaimFacts(claimNo, participantId, nik, passport, benefit, incident, new BigDecimal("45000000"),
                account, "Siti Aminah");
    }

    private static ClaimFacts siti(String claimNo, String benefit) {
        return claim(claimNo, 1L, SITI_NIK, "C1234567", benefit, INCIDENT, "0123-456-789");
    }

    private List<Signal> detect(ClaimFacts current, ExistingClaim... existing) {
        return detector.detect(current, List.of(existing), COVER, null);
    }

    private static List<SignalKind> kinds(List<Signal> signals) {
        return signals.stream().map(Signal::kind).toList();
    }

    @Test
    void aCleanClaimRaisesNothing() {
        assertThat(detect(siti("KLM-2", BenefitCodes.MEDICAL_ABROAD))).isEmpty();
    }

    @Test
    void sameParticipantSameBenefitSameIncidentIsADuplicate() {
        List<Signal> signals = detect(siti("KLM-2", BenefitCodes.MEDICAL_ABROAD),
                new ExistingClaim(siti("KLM-1", BenefitCodes.MEDICAL_ABROAD), ClaimStatus.PAID));

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SignalKind.SAME_NIK_OR_PASSPORT_SAME_BENEFIT);
            assertThat(s.severity()).isEqualTo(Severity.HIGH);
            assertThat(s.evidence()).isEqualTo("Klaim KLM-1 (PAID) dengan ID peserta 1 yang sama untuk manfaat"
                    + " MEDICAL_ABROAD dan tanggal kejadian 2026-02-20.");
        });
    }

    @Test
    void aWorkerRegisteredTwiceIsFoundByNikOrByPassport() {
        ClaimFacts sameNikOtherRecord = claim("KLM-1", 77L, SITI_NIK, null, BenefitCodes.MEDICAL_ABROAD, INCIDENT, null);
        ClaimFacts samePassportNoNik = claim("KLM-3", 78L, null, "c 1234567", BenefitCodes.MEDICAL_ABROAD, INCIDENT, null);

        List<Signal> signals = detect(siti("KLM-2", BenefitCodes.MEDICAL_ABROAD),
                new ExistingClaim(sameNikOtherRecord, ClaimStatus.VERIFICATION),
                new ExistingClaim(samePassportNoNik, ClaimStatus.AWAITING_APPROVAL));

        assertThat(kinds(signals)).containsOnly(SignalKind.SAME_NIK_OR_PASSPORT_SAME_BENEFIT).hasSize(2);
        assertThat(signals.get(0).evidence()).contains("NIK " + SITI_NIK);
        assertThat(signals.get(1).evidence()).contains("paspor C1234567");
    }

    @Test
    void notADuplicateForAnotherBenefitAnotherIncidentOrAnotherPerson() {
        ClaimFacts otherBenefit = siti("KLM-1", BenefitCodes.TRANSPORT);
        ClaimFacts otherIncident = claim("KLM-3", 1L, SITI_NIK, "C1234567", BenefitCodes.MEDICAL_ABROAD,
                INCIDENT.minusMonths(4), null);
        ClaimFacts otherPerson = claim("KLM-4", 2L, "3209014107900002", "C7654321", BenefitCodes.MEDICAL_ABROAD,
                INCIDENT, null);

        assertThat(detect(siti("KLM-2", BenefitCodes.MEDICAL_ABROAD), new ExistingClaim(otherBenefit, ClaimStatus.PAID),
                new ExistingClaim(otherIncident, ClaimStatus.PAID), new ExistingClaim(otherPerson, ClaimStatus.PAID)))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"WITHDRAWN", "REJECTED"})
    void withdrawnOrRejectedClaimsDoNotMakeADuplicate(ClaimStatus status) {
        assertThat(detect(siti("KLM-2", BenefitCodes.MEDICAL_ABROAD),
                new ExistingClaim(siti("KLM-1", BenefitCodes.MEDICAL_ABROAD), status))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"WITHDRAWN", "REJECTED"}, mode = EnumSource.Mode.EXCLUDE)
    void everyOtherStatusCountsAsLiveOrPaid(ClaimStatus status) {
        assertThat(kinds(detect(siti("KLM-2", BenefitCodes.MEDICAL_ABROAD),
                new ExistingClaim(siti("KLM-1", BenefitCodes.MEDICAL_ABROAD), status))))
                .containsExactly(SignalKind.SAME_NIK_OR_PASSPORT_SAME_BENEFIT);
    }

    @Test
    void aSecondSavingsPayoutIsADuplicateWhateverDateItNames() {
        ClaimFacts earlier = claim("KLM-1", 1L, SITI_NIK, null, BenefitCodes.JHT_BALANCE, INCIDENT.minusYears(1), null);

        assertThat(detector.detect(siti("KLM-2", BenefitCodes.JHT_BALANCE),
                List.of(new ExistingClaim(earlier, ClaimStatus.CLOSED)), null, null))
                .extracting(Signal::kind).containsExactly(SignalKind.SAME_NIK_OR_PASSPORT_SAME_BENEFIT);
    }

    @Test
    void yearlyScholarshipClaimsOnTheSameDeathAreNotDuplicates() {
        assertThat(detect(siti("KLM-2", BenefitCodes.SCHOLARSHIP),
                new ExistingClaim(siti("KLM-1", BenefitCodes.SCHOLARSHIP), ClaimStatus.PAID))).isEmpty();
    }

    @Test
    void theClaimItselfInTheListIsSkipped() {
        assertThat(detect(siti("KLM-2", BenefitCodes.MEDICAL_ABROAD),
                new ExistingClaim(siti("KLM-2", BenefitCodes.MEDICAL_ABROAD), ClaimStatus.VERIFICATION))).isEmpty();
    }

    @Test
    void aSecondDeathClaimUnderAnyDeathBenefitIsFlagged() {
        ClaimFacts jkmDeath = siti("KLM-1", BenefitCodes.JKM_DEATH_D);

        List<Signal> signals = detect(siti("KLM-2", BenefitCodes.JKK_DEATH),
                new ExistingClaim(jkmDeath, ClaimStatus.APPROVED));

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SignalKind.SECOND_DEATH_CLAIM);
            assertThat(s.severity()).isEqualTo(Severity.HIGH);
            assertThat(s.evidence()).contains("KLM-1", "JKM_DEATH_D", "hanya dibayar sekali");
        });
    }

    @Test
    void theSameDeathClaimedTwiceUnderOneCodeRaisesBothSignals() {
        assertThat(kinds(detect(siti("KLM-2", BenefitCodes.JKM_DEATH_BA),
                new ExistingClaim(siti("KLM-1", BenefitCodes.JKM_DEATH_BA), ClaimStatus.PAID))))
                .containsExactlyInAnyOrder(SignalKind.SAME_NIK_OR_PASSPORT_SAME_BENEFIT, SignalKind.SECOND_DEATH_CLAIM);
    }

    @Test
    void noSecondDeathSignalForARejectedDeathClaimOrForSavingsOrAnotherPerson() {
        ClaimFacts otherPersonsDeath = claim("KLM-4", 2L, "3209014107900002", null, BenefitCodes.JKM_DEATH_D,
                INCIDENT, null);

        assertThat(detect(siti("KLM-2", BenefitCodes.JKM_DEATH_D),
                new ExistingClaim(siti("KLM-1", BenefitCodes.JKM_DEATH_BA), ClaimStatus.REJECTED),
                new ExistingClaim(siti("KLM-3", BenefitCodes.JHT_BALANCE), ClaimStatus.PAID),
                new ExistingClaim(otherPersonsDeath, ClaimStatus.PAID))).isEmpty();
    }

    @Test
    void theSameAccountOnAnotherPersonsClaimIsFlaggedEvenIfThatClaimWasRejected() {
        ClaimFacts otherPerson = new ClaimFacts("KLM-9", 2L, "3209014107900002", "C7654321", BenefitCodes.FAILED_DEPARTURE,
                LocalDate.of(2025, 11, 1), new BigDecimal("10000000"), "0123 456 789", "Agus Salim");

        List<Signal> signals = detect(siti("KLM-2", BenefitCodes.MEDICAL_ABROAD),
                new ExistingClaim(otherPerson, ClaimStatus.REJECTED));

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SignalKind.SHARED_BANK_ACCOUNT);
            assertThat(s.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(s.evidence()).isEqualTo("Rekening 0123-456-789 juga dipakai pada klaim KLM-9 (REJECTED) milik"
                    + " peserta lain (ID 2), atas nama Agus Salim; klaim ini atas nama Siti Aminah.");
        });
    }

    @Test
    void noSharedAccountSignalForTheSamePersonAnotherAccountOrNoAccount() {
        ClaimFacts samePersonOtherBenefit = siti("KLM-1", BenefitCodes.TRANSPORT);
        ClaimFacts otherAccount = claim("KLM-3", 2L, null, null, BenefitCodes.TRANSPORT, INCIDENT, "999-000");
        ClaimFacts noAccount = claim("KLM-4", 3L, null, null, BenefitCodes.MEDICAL_ID, INCIDENT, null);

        assertThat(detect(siti("KLM-2", BenefitCodes.MEDICAL_ABROAD),
                new ExistingClaim(samePersonOtherBenefit, ClaimStatus.PAID),
                new ExistingClaim(otherAccount, ClaimStatus.PAID),
                new ExistingClaim(noAccount, ClaimStatus.PAID))).isEmpty();

        ClaimFacts currentWithoutAccount = claim("KLM-5", 4L, null, null, BenefitCodes.MEDICAL_ID, INCIDENT, " ");
        assertThat(detect(currentWithoutAccount, new ExistingClaim(noAccount, ClaimStatus.PAID))).isEmpty();
    }

    @Test
    void anIncidentWithoutCoverIsFlagged() {
        List<Signal> signals = detector.detect(siti("KLM-2", BenefitCodes.MEDICAL_ABROAD), List.of(), null, null);

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SignalKind.INCIDENT_OUTSIDE_COVER);
            assertThat(s.severity()).isEqualTo(Severity.HIGH);
            assertThat(s.evidence()).contains("Tidak ada masa perlindungan", "2026-02-20");
        });
    }

    @Test
    void anIncidentOutsideTheGivenWindowIsFlaggedAndItsLastDayIsStillCovered() {
        Period endsBefore = Period.of(LocalDate.of(2024, 1, 1), INCIDENT.minusDays(1));
        assertThat(detector.detect(siti("KLM-2", BenefitCodes.MEDICAL_ABROAD), List.of(), endsBefore, null))
                .extracting(Signal::kind).containsExactly(SignalKind.INCIDENT_OUTSIDE_COVER);

        Period endsOnIncident = Period.of(LocalDate.of(2024, 1, 1), INCIDENT);
        assertThat(detector.detect(siti("KLM-2", BenefitCodes.MEDICAL_ABROAD), List.of(), endsOnIncident, null))
                .isEmpty();
    }

    @Test
    void anIncidentSoonAfterCoverOpenedIsFlaggedUpToTheConfiguredDay() {
        Period opened30DaysBefore = Period.of(INCIDENT.minusDays(30), INCIDENT.plusYears(1));
        Period opened31DaysBefore = Period.of(INCIDENT.minusDays(31), INCIDENT.plusYears(1));
        ClaimFacts current = siti("KLM-2", BenefitCodes.MEDICAL_ABROAD);

        assertThat(detector.detect(current, List.of(), opened30DaysBefore, null)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SignalKind.INCIDENT_JUST_AFTER_COVER_START);
            assertThat(s.severity()).isEqualTo(Severity.LOW);
            assertThat(s.evidence()).contains("30 hari setelah perlindungan dimulai (2026-01-21)");
        });
        assertThat(detector.detect(current, List.of(), opened31DaysBefore, null)).isEmpty();
        assertThat(new FraudSignalDetector(45).detect(current, List.of(), opened31DaysBefore, null))
                .extracting(Signal::kind).containsExactly(SignalKind.INCIDENT_JUST_AFTER_COVER_START);
        assertThatThrownBy(() -> new FraudSignalDetector(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coverChecksDoNotApplyToSavings() {
        assertThat(detector.detect(siti("KLM-2", BenefitCodes.JHT_BALANCE), List.of(), null, null)).isEmpty();
    }

    @Test
    void anAmountAboveTheCapIsFlaggedWithTheDifference() {
        ClaimFacts current = new ClaimFacts("KLM-2", 1L, SITI_NIK, null, BenefitCodes.MEDICAL_ABROAD, INCIDENT,
                new BigDecimal("62500000.50"), null, null);

        assertThat(detector.detect(current, List.of(), COVER, new BigDecimal("50000000"))).singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(SignalKind.AMOUNT_ABOVE_CAP);
                    assertThat(s.severity()).isEqualTo(Severity.MEDIUM);
                    assertThat(s.evidence()).isEqualTo("Jumlah yang diklaim Rp 62.500.000,50 melebihi batas manfaat"
                            + " MEDICAL_ABROAD sebesar Rp 50.000.000 (selisih Rp 12.500.000,50).");
                });
    }

    @Test
    void anAmountAtTheCapOrWithoutACapIsNotFlagged() {
        ClaimFacts atCap = new ClaimFacts("KLM-2", 1L, SITI_NIK, null, BenefitCodes.MEDICAL_ABROAD, INCIDENT,
                new BigDecimal("50000000.00"), null, null);

        assertThat(detector.detect(atCap, List.of(), COVER, new BigDecimal("50000000"))).isEmpty();
        assertThat(detector.detect(atCap, List.of(), COVER, null)).isEmpty();
    }

    @Test
    void signalsComeStrongestFirst() {
        Period openedYesterday = Period.of(INCIDENT.minusDays(1), INCIDENT.plusYears(1));
        ClaimFacts current = new ClaimFacts("KLM-2", 1L, SITI_NIK, null, BenefitCodes.MEDICAL_ABROAD, INCIDENT,
                new BigDecimal("60000000"), null, null);

        List<Signal> signals = detector.detect(current,
                List.of(new ExistingClaim(siti("KLM-1", BenefitCodes.MEDICAL_ABROAD), ClaimStatus.PAID)),
                openedYesterday, new BigDecimal("50000000"));

        assertThat(kinds(signals)).containsExactly(SignalKind.SAME_NIK_OR_PASSPORT_SAME_BENEFIT,
                SignalKind.AMOUNT_ABOVE_CAP, SignalKind.INCIDENT_JUST_AFTER_COVER_START);
    }
}

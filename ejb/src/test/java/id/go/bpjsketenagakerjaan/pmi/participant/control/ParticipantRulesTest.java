package id.go.bpjsketenagakerjaan.pmi.participant.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParticipantRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final String SITI_NIK = "3209014107900001"; // Jawa Barat, Kab. Cirebon, woman born 01-07-1990
    static final PlacementTerms TAIWAN = PlacementTerms.viaAgency("PT Bina Karya", "SIP3MI-1/2021", "TW",
            "Chen Family", "Perawat lansia", LocalDate.of(2026, 1, 10), 24);

    private final ParticipantRules rules = new ParticipantRules(TODAY);

    static RegistrationForm siti(String nik, Sex sex, LocalDate birth) {
        return new RegistrationForm(nik, "C1234567", null, null, "Siti Aminah", sex, birth, "Desa Sukamaju",
                null, null, TAIWAN, LocalDate.of(2025, 12, 1), null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aConsistentRegistrationHasNoProblem() {
        assertThat(rules.problemsWithRegistration(siti(SITI_NIK, Sex.FEMALE, LocalDate.of(1990, 7, 1)))).isEmpty();
    }

    @Test
    void anInvalidNikIsRefusedOnTheNikField() {
        List<FieldError> errors = rules.problemsWithRegistration(siti("9909014107900001", Sex.FEMALE, LocalDate.of(1990, 7, 1)));
        assertThat(fields(errors)).containsExactly("nik");
        assertThat(errors.get(0).message()).contains("kode provinsi 99");
        assertThat(fields(rules.problemsWithRegistration(siti("3200014107900001", Sex.FEMALE, LocalDate.of(1990, 7, 1)))))
                .containsExactly("nik");
        assertThat(fields(rules.problemsWithRegistration(siti("", Sex.FEMALE, LocalDate.of(1990, 7, 1)))))
                .containsExactly("nik");
    }

    @Test
    void theNikMustAgreeWithSexAndBirthDate() {
        List<FieldError> errors = rules.problemsWithRegistration(siti(SITI_NIK, Sex.MALE, LocalDate.of(1990, 7, 2)));
        assertThat(fields(errors)).containsExactly("sex", "birthDate");
        assertThat(errors.get(0).message()).contains("perempuan");
        assertThat(errors.get(1).message()).contains("01-07-90");
    }

    @Test
    void thePassportOnlyPathNeedsPassportAndReasonAndNoNik() {
        RegistrationForm noPassport = new RegistrationForm(null, null, null, null, "Siti", Sex.FEMALE,
                LocalDate.of(1990, 7, 1), null, null, null, TAIWAN, null, null);
        assertThat(fields(rules.problemsWithPassportOnlyRegistration(noPassport, " "))).containsExactly("passportNo", "reason");
        assertThat(fields(rules.problemsWithPassportOnlyRegistration(siti(SITI_NIK, Sex.FEMALE, LocalDate.of(1990, 7, 1)),
                "masuk kembali"))).containsExactly("nik");
        assertThat(rules.problemsWithPassportOnlyRegistration(siti(null, Sex.FEMALE, LocalDate.of(1990, 7, 1)),
                "PMI masuk kembali tanpa KTP")).isEmpty();
    }

    @Test
    void placementThroughAnAgencyNeedsTheAgencyAndPerseoranganHasNone() {
        PlacementTerms noAgency = new PlacementTerms(PlacementChannel.AGENCY, null, " ", "TW", "E", "J", null, 12);
        assertThat(fields(rules.problemsWithPlacement(noAgency)))
                .containsExactly("placement.agencyName", "placement.agencyLicence");
        PlacementTerms withAgency = new PlacementTerms(PlacementChannel.PERSEORANGAN, "PT X", null, "TW", "E", "J", null, 12);
        assertThat(fields(rules.problemsWithPlacement(withAgency))).containsExactly("placement.agencyName");
        assertThat(rules.problemsWithPlacement(PlacementTerms.perseorangan("KR", "E", "J", null, 12))).isEmpty();
    }

    @Test
    void placementCountryAndContractLength() {
        assertThat(fields(rules.problemsWithPlacement(PlacementTerms.perseorangan("ID", "E", "J", null, 12))))
                .containsExactly("placement.destinationCountry");
        assertThat(fields(rules.problemsWithPlacement(PlacementTerms.perseorangan("XX", "E", "J", null, 12))))
                .containsExactly("placement.destinationCountry");
        assertThat(fields(rules.problemsWithPlacement(PlacementTerms.perseorangan("TW", "E", "J", null, 0))))
                .containsExactly("placement.contractMonths");
        assertThat(fields(rules.problemsWithPlacement(PlacementTerms.perseorangan("TW", "E", "J", null, 121))))
                .containsExactly("placement.contractMonths");
        assertThat(rules.problemsWithPlacement(PlacementTerms.perseorangan("TW", "E", "J", null, 120))).isEmpty();
    }

    @Test
    void extensionsStayWithinTenYears() {
        assertThat(rules.problemsWithExtension(6, 24, 0)).isEmpty();
        assertThat(fields(rules.problemsWithExtension(0, 24, 0))).containsExactly("extensionMonths");
        assertThat(rules.problemsWithExtension(96, 24, 0)).isEmpty();
        assertThat(fields(rules.problemsWithExtension(1, 24, 96))).containsExactly("extensionMonths");
    }

    @Test
    void addressCodesMustNestInTheProvince() {
        assertThat(rules.addressProblems("32", "3209")).isEmpty();
        assertThat(fields(rules.addressProblems("32", "3309"))).containsExactly("regencyCode");
        assertThat(fields(rules.addressProblems("3", "3200"))).containsExactly("provinceCode", "regencyCode");
    }

    @Test
    void aChildIsBornAfterTheWorkerAndHasABirthDate() {
        LocalDate worker = LocalDate.of(1990, 7, 1);
        assertThat(rules.problemsWithFamilyMember(FamilyMemberForm.child("Bunga", null, Sex.FEMALE,
                LocalDate.of(2015, 3, 2), SchoolLevel.SD), worker, Set.of())).isEmpty();
        assertThat(fields(rules.problemsWithFamilyMember(FamilyMemberForm.child("Bunga", null, Sex.FEMALE,
                LocalDate.of(1989, 3, 2), SchoolLevel.SD), worker, Set.of()))).containsExactly("family.birthDate");
        assertThat(fields(rules.problemsWithFamilyMember(FamilyMemberForm.child("Bunga", null, Sex.FEMALE,
                null, SchoolLevel.SD), worker, Set.of()))).containsExactly("family.birthDate");
    }

    @Test
    void aFamilyNikIsValidConsistentAndNotKnownYet() {
        LocalDate worker = LocalDate.of(1990, 7, 1);
        String husband = "3209010505880003"; // man born 05-05-1988
        assertThat(rules.problemsWithFamilyMember(FamilyMemberForm.spouse("Agus", husband, Sex.MALE,
                LocalDate.of(1988, 5, 5)), worker, Set.of(SITI_NIK))).isEmpty();
        assertThat(fields(rules.problemsWithFamilyMember(FamilyMemberForm.spouse("Agus", husband, Sex.FEMALE,
                LocalDate.of(1988, 5, 5)), worker, Set.of()))).containsExactly("family.sex");
        assertThat(fields(rules.problemsWithFamilyMember(FamilyMemberForm.spouse("Agus", SITI_NIK, Sex.FEMALE,
                null), worker, Set.of(SITI_NIK)))).containsExactly("family.nik");
        assertThat(fields(rules.problemsWithFamilyMember(new FamilyMemberForm(FamilyRelation.PARENT, "Ibu", null, null,
                null, SchoolLevel.SD, false, false), worker, Set.of()))).containsExactly("family.schoolLevel");
    }

    @Test
    void bankAccountsAreDigitsInSomeonesName() {
        assertThat(rules.problemsWithBankAccount(new BankAccountForm("009", "BNI", "0123-456.789", "Siti Aminah", null))).isEmpty();
        assertThat(fields(rules.problemsWithBankAccount(new BankAccountForm("9", "BNI", "12AB", " ", null))))
                .containsExactly("bank.bankCode", "bank.accountNo", "bank.holderName");
        assertThat(ParticipantRules.accountDigits(" 0123-456.789 ")).isEqualTo("0123456789");
        assertThat(ParticipantRules.passportNumber(" c 1234567")).isEqualTo("C1234567");
    }
}

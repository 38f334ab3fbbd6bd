package id.go.bpjsketenagakerjaan.pmi.participant.control;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.shared.Sex;
import java.time.LocalDate;

/**
 * A family member as entered from the family card (KK).
 *
 * @param nik         optional; when given it must be a valid NIK consistent with sex and birth date
 * @param birthDate   required for a child (scholarship age limit), optional otherwise
 * @param schoolLevel a child's current level (null for a child means not in school); must be empty for others
 * @param married     a child who married no longer receives the scholarship
 * @param working     a child who works no longer receives the scholarship
 */
public record FamilyMemberForm(
        FamilyRelation relation,
        String fullName,
        String nik,
        Sex sex,
        LocalDate birthDate,
        SchoolLevel schoolLevel,
        boolean married,
        boolean working) {

    public static FamilyMemberForm spouse(String fullName, String nik, Sex sex, LocalDate birthDate) {
        return new FamilyMemberForm(FamilyRelation.SPOUSE, fullName, nik, sex, birthDate, null, false, false);
    }

    public static FamilyMemberForm child(String fullName, String nik, Sex sex, LocalDate birthDate, SchoolLevel level) {
        return new FamilyMemberForm(FamilyRelation.CHILD, fullName, nik, sex, birthDate, level, false, false);
    }
}

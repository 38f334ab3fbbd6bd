package id.go.bpjsketenagakerjaan.pmi.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewUserRulesTest {

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aPlainAdjudicatorIsAccepted() {
        assertEquals(List.of(), NewUserRules.problems("Adjudikator3 ", "Siti Rahma", Set.of(Roles.ADJUDICATOR), null, null));
        assertEquals("adjudikator3", NewUserRules.normalisedUsername(" Adjudikator3 "));
    }

    @Test
    void aSupervisorMayGetALevel() {
        assertEquals(List.of(), NewUserRules.problems("kacab2", "Budi", Set.of(Roles.SUPERVISOR), 5L, "BRANCH_HEAD"));
    }

    @Test
    void emptyFormNamesEveryField() {
        assertEquals(List.of("username", "fullName", "roles"), fields(NewUserRules.problems(" ", null, Set.of(), null, "")));
    }

    @Test
    void usernameMustBeSimple() {
        assertEquals(List.of("username"), fields(NewUserRules.problems("a b", "X", Set.of(Roles.AUDITOR), null, null)));
        assertEquals(List.of("username"), fields(NewUserRules.problems("9abc", "X", Set.of(Roles.AUDITOR), null, null)));
        assertEquals(List.of("username"), fields(NewUserRules.problems("ab", "X", Set.of(Roles.AUDITOR), null, null)));
    }

    @Test
    void anAdministratorIsNeverAlsoAnApprover() {
        List<FieldError> errors = NewUserRules.problems("adm2", "X", Set.of(Roles.ADMIN, Roles.SUPERVISOR), null, null);
        assertEquals(List.of("roles"), fields(errors));
        assertTrue(errors.get(0).message().contains("ADMIN"));
    }

    @Test
    void anAuthorityLevelOnlyForASupervisor() {
        assertEquals(List.of("authorityLevel"),
                fields(NewUserRules.problems("adm2", "X", Set.of(Roles.ADMIN), null, "SUPERVISOR")));
    }

    @Test
    void aBranchOfficerNeedsAUnit() {
        assertEquals(List.of("serviceUnit"), fields(NewUserRules.problems("pet2", "X", Set.of(Roles.BRANCH_OFFICER), null, null)));
    }

    @Test
    void integrationIsNotAStaffRole() {
        assertEquals(List.of("roles"), fields(NewUserRules.problems("bot", "X", Set.of(Roles.INTEGRATION), null, null)));
    }

    @Test
    void anExistingUserMayChangeRolesAndUnit() {
        assertEquals(List.of(), NewUserRules.changeProblems("admin", "petugas", Set.of(Roles.BRANCH_OFFICER),
                Set.of(Roles.BRANCH_OFFICER, Roles.ADJUDICATOR), 7L, null));
    }

    @Test
    void aChangeKeepsDutiesApartLikeACreation() {
        assertEquals(List.of("roles"), fields(NewUserRules.changeProblems("admin", "auditor", Set.of(Roles.AUDITOR),
                Set.of(Roles.ADMIN, Roles.SUPERVISOR), null, null)));
        assertEquals(List.of("serviceUnit"), fields(NewUserRules.changeProblems("admin", "auditor", Set.of(Roles.AUDITOR),
                Set.of(Roles.BRANCH_OFFICER), null, null)));
        assertEquals(List.of("roles"), fields(NewUserRules.changeProblems("admin", "auditor", Set.of(Roles.AUDITOR),
                Set.of(), null, null)));
        assertEquals(List.of("roles"), fields(NewUserRules.changeProblems("admin", "auditor", Set.of(Roles.AUDITOR),
                Set.of(Roles.INTEGRATION), null, null)));
    }

    @Test
    void aSupervisorWithALevelKeepsTheRoleUntilTheLevelIsRemoved() {
        List<FieldError> errors = NewUserRules.changeProblems("admin", "kacab", Set.of(Roles.SUPERVISOR),
                Set.of(Roles.MANAGER), null, "BRANCH_HEAD");
        assertEquals(List.of("roles"), fields(errors));
        assertTrue(errors.get(0).message().contains("BRANCH_HEAD"), errors.toString());
        assertEquals(List.of(), NewUserRules.changeProblems("admin", "kacab", Set.of(Roles.SUPERVISOR),
                Set.of(Roles.SUPERVISOR, Roles.MANAGER), null, "BRANCH_HEAD"));
    }

    @Test
    void anAdministratorCannotDropTheirOwnAdminRole() {
        List<FieldError> errors = NewUserRules.changeProblems("Admin", "admin", Set.of(Roles.ADMIN), Set.of(Roles.AUDITOR), null, null);
        assertEquals(List.of("roles"), fields(errors));
        assertTrue(errors.get(0).message().contains("dirinya sendiri"), errors.toString());
        // another administrator's ADMIN role can go; one's own other roles too
        assertEquals(List.of(), NewUserRules.changeProblems("admin", "admin2", Set.of(Roles.ADMIN), Set.of(Roles.AUDITOR), null, null));
        assertEquals(List.of(), NewUserRules.changeProblems("admin", "admin", Set.of(Roles.ADMIN, Roles.AUDITOR), Set.of(Roles.ADMIN), null, null));
    }
}

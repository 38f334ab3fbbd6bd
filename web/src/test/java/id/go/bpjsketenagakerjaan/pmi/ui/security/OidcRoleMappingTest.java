package id.go.bpjsketenagakerjaan.pmi.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OidcRoleMappingTest {

    private final OidcRoleMapping mapping = OidcRoleMapping.parse(
            " pmi-adjudikator = ADJUDICATOR, pmi-supervisor=SUPERVISOR,pmi-petugas=BRANCH_OFFICER ,");

    @Test
    void providerGroupsBecomeStaffRoles() {
        assertThat(mapping.rolesFor(List.of("pmi-adjudikator", "pmi-supervisor", "offline_access")))
                .containsExactly("ADJUDICATOR", "SUPERVISOR");
        assertThat(mapping.rolesFor(Set.of("pmi-petugas"))).containsExactly("BRANCH_OFFICER");
    }

    @Test
    void aClaimValueThatIsARoleNameCountsAsThatRole() {
        assertThat(mapping.rolesFor(List.of("AUDITOR", "auditor"))).containsExactly("AUDITOR");
    }

    @Test
    void aSpaceOrCommaSeparatedStringClaimIsSplit() {
        assertThat(mapping.rolesFor("pmi-adjudikator MANAGER,pmi-petugas")).containsExactly("ADJUDICATOR", "BRANCH_OFFICER", "MANAGER");
    }

    @Test
    void integrationIsNeverGrantedAndNothingComesFromNothing() {
        assertThat(mapping.rolesFor(List.of("INTEGRATION"))).isEmpty();
        assertThat(mapping.rolesFor(null)).isEmpty();
        assertThat(mapping.rolesFor(42)).isEmpty();
        assertThat(OidcRoleMapping.parse("").rolesFor(List.of("pmi-adjudikator"))).isEmpty();
    }

    @Test
    void aMalformedMapNamesTheEntry() {
        assertThatThrownBy(() -> OidcRoleMapping.parse("pmi-adjudikator")).hasMessageContaining("'pmi-adjudikator' is not providerValue=ROLE");
        assertThatThrownBy(() -> OidcRoleMapping.parse("x=KASIR")).hasMessageContaining("'x=KASIR' names no staff role");
        assertThatThrownBy(() -> OidcRoleMapping.parse("x=INTEGRATION")).hasMessageContaining("names no staff role");
    }
}

package id.go.bpjsketenagakerjaan.pmi.casework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.casework.control.AssignmentPolicy.Candidate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentPolicyTest {

    private static final long CIREBON = 10;
    private static final long TAIPEI = 20;

    @Test
    void theEligibleAdjudicatorWithTheLeastOpenWorkGetsTheClaim() {
        AssignmentPolicy policy = new AssignmentPolicy(List.of(
                new Candidate("ayu", null, Set.of(), 7),
                new Candidate("bima", null, Set.of(), 3),
                new Candidate("dedi", null, Set.of(), 5)));
        assertThat(policy.choose(CIREBON, "MEDICAL_ABROAD", null)).contains("bima");
    }

    @Test
    void claimsOfOneIntakeAreSpreadAsTheWorkloadGrows() {
        AssignmentPolicy policy = new AssignmentPolicy(List.of(
                new Candidate("ayu", null, Set.of(), 1),
                new Candidate("bima", null, Set.of(), 0)));
        assertThat(policy.choose(CIREBON, "TRANSPORT", null)).contains("bima");
        // 1 and 1 now: the tie goes to the username
        assertThat(policy.choose(CIREBON, "GLASSES", null)).contains("ayu");
        assertThat(policy.choose(CIREBON, "HEARING_AID", null)).contains("bima");
    }

    @Test
    void anAdjudicatorOfAnotherUnitIsNotEligibleAndAUnitAdjudicatorWinsATieOverACentralOne() {
        AssignmentPolicy policy = new AssignmentPolicy(List.of(
                new Candidate("central", null, Set.of(), 2),
                new Candidate("taipei", TAIPEI, Set.of(), 0),
                new Candidate("cirebon", CIREBON, Set.of(), 2)));
        assertThat(policy.choose(CIREBON, "TRANSPORT", null)).contains("cirebon");
        assertThat(policy.choose(CIREBON, "TRANSPORT", null)).contains("central");
        assertThat(policy.choose(TAIPEI, "TRANSPORT", null)).contains("taipei");
    }

    @Test
    void benefitKindsRestrictByCodeOrPrefix() {
        AssignmentPolicy policy = new AssignmentPolicy(List.of(
                new Candidate("death", null, Set.of("JKM_*"), 9),
                new Candidate("medical", null, Set.of("MEDICAL_ABROAD", "TRANSPORT"), 0)));
        assertThat(policy.choose(CIREBON, "JKM_DEATH_D", null)).contains("death");
        assertThat(policy.choose(CIREBON, "MEDICAL_ABROAD", null)).contains("medical");
        assertThat(policy.choose(CIREBON, "GLASSES", null)).isEmpty();
    }

    @Test
    void theCasesAdjudicatorKeepsTheIncidentWhenEligibleWhateverTheirWorkload() {
        AssignmentPolicy policy = new AssignmentPolicy(List.of(
                new Candidate("ayu", null, Set.of(), 30),
                new Candidate("bima", null, Set.of("JKM_*"), 0)));
        assertThat(policy.choose(CIREBON, "SCHOLARSHIP", "ayu")).contains("ayu");
        // the case's adjudicator does not handle death benefits: the least loaded eligible one does
        assertThat(new AssignmentPolicy(List.of(new Candidate("ayu", null, Set.of("MEDICAL_ABROAD"), 0),
                new Candidate("bima", null, Set.of("JKM_*"), 4))).choose(CIREBON, "JKM_DEATH_D", "ayu")).contains("bima");
    }

    @Test
    void nobodyEligibleLeavesTheClaimUnassigned() {
        assertThat(new AssignmentPolicy(List.of()).choose(CIREBON, "TRANSPORT", null)).isEmpty();
    }

    @Test
    void kindsAreReadFromConfigurationAndAWrongEntryIsNamed() {
        assertThat(AssignmentPolicy.parseKinds(" adjudikator2=JKM_*|SCHOLARSHIP ; adjudikator=MEDICAL_ABROAD"))
                .isEqualTo(Map.of("adjudikator2", Set.of("JKM_*", "SCHOLARSHIP"), "adjudikator", Set.of("MEDICAL_ABROAD")));
        assertThat(AssignmentPolicy.parseKinds("  ")).isEmpty();
        assertThatThrownBy(() -> AssignmentPolicy.parseKinds("adjudikator2"))
                .hasMessageContaining("'adjudikator2'");
        assertThatThrownBy(() -> AssignmentPolicy.parseKinds("ayu=jkm death"))
                .hasMessageContaining("'jkm death'").hasMessageContaining("ayu");
    }
}

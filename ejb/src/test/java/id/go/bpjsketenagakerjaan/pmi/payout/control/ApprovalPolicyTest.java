package id.go.bpjsketenagakerjaan.pmi.payout.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalDecision.Verdict;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApprovalPolicyTest {

    static final List<AuthorityRule> LADDER = List.of(
            new AuthorityRule("DEPUTY_DIRECTOR", 30, null, 2),
            new AuthorityRule("SUPERVISOR", 10, Money.rupiah(50_000_000), 1),
            new AuthorityRule("BRANCH_HEAD", 20, Money.rupiah(150_000_000), 1));

    final ApprovalPolicy policy = new ApprovalPolicy(LADDER);

    static ApprovalRequest request(long amount, String approver, String level) {
        return new ApprovalRequest("KLM-1", Money.rupiah(amount), "ayu", Set.of("ayu", "eklaim"), List.of(), 0,
                approver, Set.of(Roles.SUPERVISOR), level);
    }

    @ParameterizedTest
    @CsvSource({"1, SUPERVISOR, 1", "50000000, SUPERVISOR, 1", "50000001, BRANCH_HEAD, 1", "150000000, BRANCH_HEAD, 1",
            "150000001, DEPUTY_DIRECTOR, 2", "9000000000, DEPUTY_DIRECTOR, 2"})
    void theLowestLevelWhoseLimitCoversTheAmountIsRequired(long amount, String level, int approvals) {
        assertThat(policy.requiredLevel(Money.rupiah(amount))).get().satisfies(rule -> {
            assertThat(rule.code()).isEqualTo(level);
            assertThat(rule.approvalsRequired()).isEqualTo(approvals);
        });
    }

    @Test
    void aSupervisorApprovesWithinTheLimit() {
        ApprovalDecision decision = policy.decide(request(50_000_000, "citra", "SUPERVISOR"));
        assertThat(decision.verdict()).isEqualTo(Verdict.APPROVE);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.approvalNo()).isEqualTo(1);
    }

    @Test
    void aboveTheLimitTheClaimIsRoutedUpNamingTheLevelNeeded() {
        ApprovalDecision decision = policy.decide(request(50_000_001, "citra", "SUPERVISOR"));
        assertThat(decision.verdict()).isEqualTo(Verdict.ROUTED_UP);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.requiredLevel()).isEqualTo("BRANCH_HEAD");
        assertThat(decision.message()).contains("melebihi batas SUPERVISOR", "Rp 50.000.000", "BRANCH_HEAD");
    }

    @Test
    void aHigherLevelMayApproveASmallClaim() {
        assertThat(policy.decide(request(1_000_000, "deputi", "DEPUTY_DIRECTOR")).verdict()).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void aboveTheBranchHeadTwoDistinctDeputiesAreNeeded() {
        ApprovalDecision first = policy.decide(request(200_000_000, "deputi", "DEPUTY_DIRECTOR"));
        assertThat(first.verdict()).isEqualTo(Verdict.APPROVE_PARTIAL);
        assertThat(first.approvalNo()).isEqualTo(1);
        assertThat(first.approvalsRequired()).isEqualTo(2);

        ApprovalRequest again = new ApprovalRequest("KLM-1", Money.rupiah(200_000_000), "ayu", Set.of("ayu"),
                List.of("deputi"), 0, "deputi", Set.of(Roles.SUPERVISOR), "DEPUTY_DIRECTOR");
        assertThat(policy.decide(again).verdict()).isEqualTo(Verdict.REFUSED_ALREADY_APPROVED);

        ApprovalRequest second = new ApprovalRequest("KLM-1", Money.rupiah(200_000_000), "ayu", Set.of("ayu"),
                List.of("deputi"), 0, "deputi2", Set.of(Roles.SUPERVISOR), "DEPUTY_DIRECTOR");
        assertThat(policy.decide(second).verdict()).isEqualTo(Verdict.APPROVE);
        assertThat(policy.decide(second).approvalNo()).isEqualTo(2);

        ApprovalRequest branchHead = new ApprovalRequest("KLM-1", Money.rupiah(200_000_000), "ayu", Set.of("ayu"),
                List.of("deputi"), 0, "kacab", Set.of(Roles.SUPERVISOR), "BRANCH_HEAD");
        assertThat(policy.decide(branchHead).verdict()).isEqualTo(Verdict.ROUTED_UP);
    }

    @Test
    void theMakerNeverApprovesWhateverLevelOrRoles() {
        ApprovalRequest maker = new ApprovalRequest("KLM-1", Money.rupiah(1_000), "ayu", Set.of("ayu"), List.of(), 0,
                "ayu", Set.of(Roles.SUPERVISOR, Roles.ADJUDICATOR), "DEPUTY_DIRECTOR");
        ApprovalDecision decision = policy.decide(maker);
        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED_MAKER);
        assertThat(decision.message()).contains("pemberi rekomendasi tidak boleh menyetujui");
    }

    @Test
    void whoeverEditedTheClaimDoesNotApproveIt() {
        ApprovalRequest editor = new ApprovalRequest("KLM-1", Money.rupiah(1_000), "ayu", Set.of("ayu", "citra"), List.of(), 0,
                "citra", Set.of(Roles.SUPERVISOR), "SUPERVISOR");
        assertThat(policy.decide(editor).verdict()).isEqualTo(Verdict.REFUSED_EDITOR);
    }

    @Test
    void anAdministratorNeverApprovesEvenWithALevel() {
        ApprovalRequest admin = new ApprovalRequest("KLM-1", Money.rupiah(1_000), "ayu", Set.of("ayu"), List.of(), 0,
                "fajar", Set.of(Roles.SUPERVISOR, Roles.ADMIN), "DEPUTY_DIRECTOR");
        assertThat(policy.decide(admin).verdict()).isEqualTo(Verdict.REFUSED_ADMIN);
    }

    @Test
    void unacknowledgedSignalsAndMissingAuthorityAreRefused() {
        ApprovalRequest signals = new ApprovalRequest("KLM-1", Money.rupiah(1_000), "ayu", Set.of("ayu"), List.of(), 2,
                "citra", Set.of(Roles.SUPERVISOR), "SUPERVISOR");
        assertThat(policy.decide(signals).verdict()).isEqualTo(Verdict.REFUSED_OPEN_SIGNALS);
        assertThat(policy.decide(request(1_000, "citra", null)).verdict()).isEqualTo(Verdict.REFUSED_NO_AUTHORITY);
        assertThat(policy.decide(request(1_000, "citra", "UNKNOWN")).verdict()).isEqualTo(Verdict.REFUSED_NO_AUTHORITY);
        assertThat(policy.decide(request(0, "citra", "SUPERVISOR")).verdict()).isEqualTo(Verdict.REFUSED_NO_AMOUNT);
    }

    @Test
    void aLadderMustRiseAndOnlyTheTopMayBeUnlimited() {
        assertThatThrownBy(() -> new ApprovalPolicy(List.of(new AuthorityRule("A", 1, null, 1), new AuthorityRule("B", 2, Money.rupiah(5), 1))))
                .hasMessageContaining("Hanya tingkat tertinggi");
        assertThatThrownBy(() -> new ApprovalPolicy(List.of(new AuthorityRule("A", 1, Money.rupiah(10), 1), new AuthorityRule("B", 2, Money.rupiah(10), 1))))
                .hasMessageContaining("harus lebih tinggi");
        assertThatThrownBy(() -> new ApprovalPolicy(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ApprovalPolicy(List.of(new AuthorityRule("A", 1, Money.rupiah(10), 1)))
                .requiredLevel(Money.rupiah(11))).isEmpty();
        assertThat(new ApprovalPolicy(List.of(new AuthorityRule("A", 1, Money.rupiah(10), 1)))
                .decide(request(11, "citra", "A")).verdict()).isEqualTo(Verdict.ROUTED_UP);
    }
}

package id.go.bpjsketenagakerjaan.pmi.claim.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimActionsTest {

    @Test
    void theRecommendingAdjudicatorIsNotOfferedApprovalEvenAsSupervisor() {
        Set<ClaimAction> actions = ClaimActions.allowed(ClaimStatus.AWAITING_APPROVAL,
                Set.of(Roles.ADJUDICATOR, Roles.SUPERVISOR), "ayu", "ayu", "ayu", false);
        assertThat(actions).doesNotContain(ClaimAction.APPROVE).contains(ClaimAction.RETURN_FOR_CORRECTION);
    }

    @Test
    void anotherSupervisorIsOfferedApprovalOnlyOnceSignalsAreAcknowledged() {
        assertThat(ClaimActions.allowed(ClaimStatus.AWAITING_APPROVAL, Set.of(Roles.SUPERVISOR), "citra", "ayu", "ayu", true))
                .contains(ClaimAction.ACKNOWLEDGE_SIGNAL).doesNotContain(ClaimAction.APPROVE);
        assertThat(ClaimActions.allowed(ClaimStatus.AWAITING_APPROVAL, Set.of(Roles.SUPERVISOR), "citra", "ayu", "ayu", false))
                .contains(ClaimAction.APPROVE).doesNotContain(ClaimAction.ACKNOWLEDGE_SIGNAL);
    }

    @Test
    void anAdjudicatorWorksAClaimThroughVerification() {
        assertThat(ClaimActions.allowed(ClaimStatus.VERIFICATION, Set.of(Roles.ADJUDICATOR), "ayu", null, "ayu", false))
                .contains(ClaimAction.HANDLE_DOCUMENTS, ClaimAction.START_ADJUDICATION, ClaimAction.REQUEST_INFORMATION,
                        ClaimAction.REJECT, ClaimAction.WITHDRAW)
                .doesNotContain(ClaimAction.ASSIGN_TO_ME, ClaimAction.APPROVE, ClaimAction.RECOMMEND);
    }

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void managersAndAuditorsAreOfferedNothing(ClaimStatus status) {
        assertThat(ClaimActions.allowed(status, Set.of(Roles.MANAGER, Roles.AUDITOR), "dimas", null, null, false)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void everyOfferedStatusChangeIsOneTheStateMachineAllows(ClaimStatus status) {
        Set<ClaimAction> all = ClaimActions.allowed(status, Set.of(Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.BRANCH_OFFICER),
                "x", "y", "z", false);
        if (all.contains(ClaimAction.APPROVE)) assertThat(status.canMoveTo(ClaimStatus.APPROVED)).isTrue();
        if (all.contains(ClaimAction.RECOMMEND)) assertThat(status.canMoveTo(ClaimStatus.AWAITING_APPROVAL)).isTrue();
        if (all.contains(ClaimAction.START_ADJUDICATION)) assertThat(status.canMoveTo(ClaimStatus.ADJUDICATION)).isTrue();
        if (all.contains(ClaimAction.REJECT)) assertThat(status.canMoveTo(ClaimStatus.REJECTED)).isTrue();
        if (all.contains(ClaimAction.REOPEN)) assertThat(status.canMoveTo(ClaimStatus.VERIFICATION)).isTrue();
        if (all.contains(ClaimAction.APPEAL)) assertThat(status.canMoveTo(ClaimStatus.APPEALED)).isTrue();
        if (all.contains(ClaimAction.START_VERIFICATION)) assertThat(status.canMoveTo(ClaimStatus.VERIFICATION)).isTrue();
    }
}

package id.go.bpjsketenagakerjaan.pmi.claim.control;

/** What a user can do on a claim page; which ones are offered is decided by {@link ClaimActions}. */
public enum ClaimAction {
    ASSIGN_TO_ME,
    START_VERIFICATION,
    HANDLE_DOCUMENTS,
    MARK_DOCUMENTS_INCOMPLETE,
    REQUEST_INFORMATION,
    INFORMATION_RECEIVED,
    START_ADJUDICATION,
    RECOMMEND,
    REJECT,
    WITHDRAW,
    ACKNOWLEDGE_SIGNAL,
    RETURN_FOR_CORRECTION,
    APPROVE,
    REOPEN,
    APPEAL,
    DECIDE_APPEAL,
    ADD_NOTE
}

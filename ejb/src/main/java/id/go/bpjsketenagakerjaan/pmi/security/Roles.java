package id.go.bpjsketenagakerjaan.pmi.security;

/** Role names used in {@code @RolesAllowed}, in the user tables and in the web tier. */
public final class Roles {
    public static final String ADJUDICATOR = "ADJUDICATOR";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String BRANCH_OFFICER = "BRANCH_OFFICER";
    public static final String MANAGER = "MANAGER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}

package id.go.bpjsketenagakerjaan.pmi.security;

/** Role names used in {@code @RolesAllowed}, in the user tables and in the web tier. */
public final class Roles {
    public static final String ADJUDICATOR = "ADJUDICATOR";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String BRANCH_OFFICER = "BRANCH_OFFICER";
    public static final String MANAGER = "MANAGER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";
    /** A system calling the intake API with an API key (e-klaim, JMO, SISKOP2MI, Peduli WNI); scopes narrow it further. */
    public static final String INTEGRATION = "INTEGRATION";

    private Roles() {
    }
}

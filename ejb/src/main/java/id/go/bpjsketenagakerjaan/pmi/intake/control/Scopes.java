package id.go.bpjsketenagakerjaan.pmi.intake.control;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Endpoint groups a client may be granted, and what each integration gets by default. */
public final class Scopes {

    public static final String CLAIMS_WRITE = "claims:write";
    public static final String CLAIMS_READ = "claims:read";
    public static final String PARTICIPANTS_WRITE = "participants:write";
    public static final String PARTICIPANTS_READ = "participants:read";
    public static final String CONTRIBUTIONS_WRITE = "contributions:write";
    public static final String IMPORTS_WRITE = "imports:write";

    public static final Set<String> ALL = Set.of(CLAIMS_WRITE, CLAIMS_READ, PARTICIPANTS_WRITE, PARTICIPANTS_READ,
            CONTRIBUTIONS_WRITE, IMPORTS_WRITE);

    /** The integrations and their default scopes. */
    public static final Map<String, List<String>> BY_INTEGRATION = Map.of(
            "E_KLAIM", List.of(CLAIMS_WRITE, CLAIMS_READ, PARTICIPANTS_READ),
            "JMO", List.of(CLAIMS_WRITE, CLAIMS_READ, PARTICIPANTS_READ),
            "SISKOP2MI", List.of(PARTICIPANTS_WRITE, PARTICIPANTS_READ, CONTRIBUTIONS_WRITE, IMPORTS_WRITE),
            "PEDULI_WNI", List.of(PARTICIPANTS_WRITE, PARTICIPANTS_READ, CONTRIBUTIONS_WRITE));

    private Scopes() {
    }
}

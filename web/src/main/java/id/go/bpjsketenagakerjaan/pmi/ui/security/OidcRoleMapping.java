package id.go.bpjsketenagakerjaan.pmi.ui.security;

import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the values of the identity provider's roles claim into the application's staff roles. The map
 * ({@code PMI_OIDC_ROLE_MAP}) lists {@code providerValue=ROLE} pairs separated by commas, e.g.
 * {@code pmi-adjudikator=ADJUDICATOR,pmi-supervisor=SUPERVISOR}; a claim value that is itself a staff role name counts
 * as that role. Anything else is ignored, and INTEGRATION is never granted: that role belongs to API keys only.
 */
public final class OidcRoleMapping {

    static final Set<String> STAFF_ROLES = Set.of(Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.BRANCH_OFFICER,
            Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN);

    private final Map<String, String> map;

    private OidcRoleMapping(Map<String, String> map) {
        this.map = map;
    }

    /** @throws IllegalArgumentException naming the first entry that is malformed or maps to no staff role */
    public static OidcRoleMapping parse(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : text == null ? new String[0] : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String value = eq < 0 ? "" : entry.substring(0, eq).strip();
            String role = eq < 0 ? "" : entry.substring(eq + 1).strip();
            if (value.isEmpty() || role.isEmpty()) {
                throw new IllegalArgumentException("entry '" + entry.strip() + "' is not providerValue=ROLE");
            }
            if (!STAFF_ROLES.contains(role)) {
                throw new IllegalArgumentException("entry '" + entry.strip() + "' names no staff role; one of "
                        + new TreeSet<>(STAFF_ROLES));
            }
            map.put(value, role);
        }
        return new OidcRoleMapping(Map.copyOf(map));
    }

    /** The staff roles for the claim's values (a list, or one string with values separated by spaces or commas). */
    public Set<String> rolesFor(Object claim) {
        Set<String> roles = new TreeSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> add(String.valueOf(v), roles));
        } else if (claim instanceof String text) {
            for (String v : text.split("[\\s,]+")) {
                add(v, roles);
            }
        }
        return roles;
    }

    private void add(String value, Set<String> roles) {
        String role = map.getOrDefault(value.strip(), value.strip());
        if (STAFF_ROLES.contains(role)) {
            roles.add(role);
        }
    }
}

package id.go.bpjsketenagakerjaan.pmi.security.boundary;

import java.io.Serializable;
import java.util.Set;

/**
 * An administrator's new user. {@code serviceUnitId} is required for a branch officer; {@code authorityLevel}
 * (a code of the authority ladder, or null) only for a SUPERVISOR.
 */
public record NewUser(String username, String fullName, Set<String> roles, Long serviceUnitId, String authorityLevel)
        implements Serializable {
}

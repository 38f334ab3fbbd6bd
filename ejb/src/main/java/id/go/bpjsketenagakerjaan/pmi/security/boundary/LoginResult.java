package id.go.bpjsketenagakerjaan.pmi.security.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * The answer to a login attempt; a locked account says until when. A valid one carries the session epoch the new
 * session is opened under (see {@link SessionState}) and whether the password must be changed first.
 */
public record LoginResult(Outcome outcome, String username, String fullName, Set<String> roles, Instant lockedUntil,
                          long sessionEpoch, boolean mustChangePassword)
        implements Serializable {

    public enum Outcome { VALID, INVALID, LOCKED }

    static LoginResult valid(String username, String fullName, Set<String> roles, long sessionEpoch, boolean mustChange) {
        return new LoginResult(Outcome.VALID, username, fullName, Set.copyOf(roles), null, sessionEpoch, mustChange);
    }

    static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, null, null, Set.of(), null, 0, false);
    }

    static LoginResult locked(Instant until) {
        return new LoginResult(Outcome.LOCKED, null, null, Set.of(), until, 0, false);
    }
}

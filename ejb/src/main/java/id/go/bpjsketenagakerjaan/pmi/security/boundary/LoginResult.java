package id.go.bpjsketenagakerjaan.pmi.security.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** The answer to a login attempt; a locked account says until when. */
public record LoginResult(Outcome outcome, String username, String fullName, Set<String> roles, Instant lockedUntil)
        implements Serializable {

    public enum Outcome { VALID, INVALID, LOCKED }

    static LoginResult valid(String username, String fullName, Set<String> roles) {
        return new LoginResult(Outcome.VALID, username, fullName, Set.copyOf(roles), null);
    }

    static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, null, null, Set.of(), null);
    }

    static LoginResult locked(Instant until) {
        return new LoginResult(Outcome.LOCKED, null, null, Set.of(), until);
    }
}

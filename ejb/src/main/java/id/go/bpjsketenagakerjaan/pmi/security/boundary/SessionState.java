package id.go.bpjsketenagakerjaan.pmi.security.boundary;

import java.io.Serializable;

/**
 * What a page request needs to know about its user, read fresh from the database on each request: the current session
 * epoch (a session opened under an older one has been ended) and whether the password must be changed first.
 */
public record SessionState(long epoch, boolean mustChangePassword, boolean active) implements Serializable {
}

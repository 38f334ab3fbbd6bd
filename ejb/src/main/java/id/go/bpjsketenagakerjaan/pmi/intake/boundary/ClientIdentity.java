package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import java.io.Serializable;
import java.util.Set;

/** An authenticated API client: its name (the container principal), integration, scopes and rate limit. */
public record ClientIdentity(String name, String integration, Set<String> scopes, int ratePerMinute, int burst)
        implements Serializable {
}

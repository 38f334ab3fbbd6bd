package id.go.bpjsketenagakerjaan.pmi.payout.boundary;

import java.io.Serializable;

/** A claim as the user saw it: its id and the version shown. */
public record ClaimRef(long claimId, long seenVersion) implements Serializable {
}

package id.go.bpjsketenagakerjaan.pmi.claim.control;

import java.io.Serializable;
import java.util.Objects;

/** A reason to look twice at a claim, with the evidence in Indonesian for the adjudicator. Never a decision. */
public record Signal(SignalKind kind, Severity severity, String evidence) implements Serializable {

    public Signal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(evidence, "evidence");
    }
}

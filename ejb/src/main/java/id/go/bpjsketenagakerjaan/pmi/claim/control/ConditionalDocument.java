package id.go.bpjsketenagakerjaan.pmi.claim.control;

import java.util.Objects;

/**
 * A document needed only in some cases, with the condition in Indonesian and whether it holds for this claim.
 * Kept in the result even when it does not apply, so the form can say "bring this too if ...".
 */
public record ConditionalDocument(DocumentType type, String conditionId, boolean applies) {

    public ConditionalDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(conditionId, "conditionId");
    }
}

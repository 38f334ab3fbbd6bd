package id.go.bpjsketenagakerjaan.pmi.claim.control;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a claim's document checklist: its latest state, who put it there and when, and the note when it was
 * rejected. {@code changedBy} and {@code changedAt} are null only while the document is still missing.
 */
public record ChecklistItem(DocumentType type, boolean required, DocumentState state, String changedBy,
                            Instant changedAt, String rejectionNote) {

    public ChecklistItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        if (state != DocumentState.MISSING) {
            Objects.requireNonNull(changedBy, "changedBy");
            Objects.requireNonNull(changedAt, "changedAt");
        }
        if (state == DocumentState.REJECTED && (rejectionNote == null || rejectionNote.isBlank())) {
            throw new IllegalArgumentException("Dokumen yang ditolak harus disertai catatan penolakan.");
        }
    }

    static ChecklistItem missing(DocumentType type, boolean required) {
        return new ChecklistItem(type, required, DocumentState.MISSING, null, null, null);
    }

    ChecklistItem moveTo(DocumentState target, String actor, Instant now, String note) {
        return new ChecklistItem(type, required, target, actor, now, note);
    }

    ChecklistItem markRequired() {
        return new ChecklistItem(type, true, state, changedBy, changedAt, rejectionNote);
    }
}

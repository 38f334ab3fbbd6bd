package id.go.bpjsketenagakerjaan.pmi.claim.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The documents of one claim and where each stands. A document moves MISSING → RECEIVED → VERIFIED, or to
 * REJECTED from RECEIVED or VERIFIED (a forgery may surface late); a rejected or unverified document may be
 * received again. A verified one cannot be silently replaced: it must be rejected first, with a note.
 * Documents handed in beyond the required list are kept as optional lines.
 */
public final class DocumentChecklist {

    private final Map<DocumentType, ChecklistItem> items = new LinkedHashMap<>();

    public DocumentChecklist(Collection<DocumentType> required) {
        Objects.requireNonNull(required, "required");
        required.forEach(type -> items.put(type, ChecklistItem.missing(type, true)));
    }

    /** The checklist as it was saved: each line with its state, so the same rules apply to a stored claim. */
    public static DocumentChecklist restore(Collection<ChecklistItem> saved) {
        DocumentChecklist checklist = new DocumentChecklist(java.util.List.of());
        saved.forEach(checklist::put);
        return checklist;
    }

    public static DocumentChecklist forRequirements(RequiredDocuments requirements) {
        return new DocumentChecklist(requirements.required());
    }

    /** Adds a requirement found later, e.g. the host insurer's statement once it turns out the insurer paid. */
    public void requireAlso(DocumentType type) {
        Objects.requireNonNull(type, "type");
        items.compute(type, (t, item) -> item == null ? ChecklistItem.missing(t, true) : item.markRequired());
    }

    public void receive(DocumentType type, String actor, Instant now) {
        ChecklistItem item = items.getOrDefault(type, ChecklistItem.missing(type, false));
        if (item.state() == DocumentState.VERIFIED) {
            throw new IllegalStateException(type.labelId() + " sudah terverifikasi; tolak dahulu dengan catatan"
                    + " sebelum menerima penggantinya.");
        }
        put(item.moveTo(DocumentState.RECEIVED, requireActor(actor), requireTime(now), null));
    }

    public void verify(DocumentType type, String actor, Instant now) {
        ChecklistItem item = existing(type);
        if (item.state() != DocumentState.RECEIVED) {
            throw new IllegalStateException(type.labelId() + " berstatus " + item.state().labelId()
                    + "; hanya dokumen yang sudah diterima dapat diverifikasi.");
        }
        put(item.moveTo(DocumentState.VERIFIED, requireActor(actor), requireTime(now), null));
    }

    public void reject(DocumentType type, String note, String actor, Instant now) {
        ChecklistItem item = existing(type);
        if (item.state() != DocumentState.RECEIVED && item.state() != DocumentState.VERIFIED) {
            throw new IllegalStateException(type.labelId() + " berstatus " + item.state().labelId()
                    + "; hanya dokumen yang sudah diterima dapat ditolak.");
        }
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Isi catatan penolakan untuk " + type.labelId() + ".");
        }
        put(item.moveTo(DocumentState.REJECTED, requireActor(actor), requireTime(now), note.strip()));
    }

    /** True only when every required document is verified; optional extras do not count either way. */
    public boolean isReadyForAdjudication() {
        return items.values().stream().filter(ChecklistItem::required)
                .allMatch(item -> item.state() == DocumentState.VERIFIED);
    }

    /** The required documents not yet verified, in checklist order. */
    public List<ChecklistItem> outstanding() {
        return items.values().stream().filter(ChecklistItem::required)
                .filter(item -> item.state() != DocumentState.VERIFIED).toList();
    }

    /**
     * What is still missing, in Indonesian, for the claimant and for {@code Claim.markDocumentsIncomplete}:
     * one line per outstanding document with its state and, when rejected, why.
     */
    public String missingMessage() {
        List<ChecklistItem> outstanding = outstanding();
        if (outstanding.isEmpty()) {
            return "Semua dokumen wajib telah diverifikasi.";
        }
        List<String> lines = new ArrayList<>();
        for (ChecklistItem item : outstanding) {
            String line = "- " + item.type().labelId() + " (" + item.state().labelId();
            if (item.state() == DocumentState.REJECTED) {
                line += ": " + item.rejectionNote();
            }
            lines.add(line + ")");
        }
        return "Dokumen wajib yang belum lengkap (" + outstanding.size() + "):\n" + String.join("\n", lines);
    }

    public List<ChecklistItem> items() {
        return List.copyOf(items.values());
    }

    public ChecklistItem item(DocumentType type) {
        return existing(type);
    }

    private ChecklistItem existing(DocumentType type) {
        ChecklistItem item = items.get(Objects.requireNonNull(type, "type"));
        if (item == null) {
            throw new IllegalStateException(type.labelId() + " tidak ada dalam daftar dokumen klaim ini.");
        }
        return item;
    }

    private void put(ChecklistItem item) {
        items.put(item.type(), item);
    }

    private static String requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("Petugas yang mencatat dokumen harus diisi.");
        }
        return actor;
    }

    private static Instant requireTime(Instant now) {
        return Objects.requireNonNull(now, "now");
    }
}

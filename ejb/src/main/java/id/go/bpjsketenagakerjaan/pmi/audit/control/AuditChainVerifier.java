package id.go.bpjsketenagakerjaan.pmi.audit.control;

import java.time.Instant;

/**
 * Walks audit entries in id order and reports the first that does not fit the chain: a gap, a wrong link to the
 * previous entry, or content that no longer matches its hash.
 */
public final class AuditChainVerifier {

    /** The fields of one stored entry, as read back. */
    public record Link(long id, Instant occurredAt, String actor, String action, String subject, String detail,
                       String prevHash, String hash) {
    }

    private String previous = AuditHash.GENESIS;
    private long expectedId = 1;
    private long checked;
    private Long brokenAt;
    private String problem;

    public static Link linkOf(id.go.bpjsketenagakerjaan.pmi.audit.entity.AuditEntry entry) {
        return new Link(entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getAction(), entry.getSubject(),
                entry.getDetail(), entry.getPrevHash(), entry.getHash());
    }

    /** Checks the next entry; returns false once the chain is broken (further entries are not checked). */
    public boolean accept(Link link) {
        if (brokenAt != null) {
            return false;
        }
        if (link.id() != expectedId) {
            return broken(expectedId, "Entri " + expectedId + " hilang.");
        }
        if (!link.prevHash().equals(previous)) {
            return broken(link.id(), "Entri " + link.id() + " tidak merujuk entri sebelumnya.");
        }
        String recomputed = AuditHash.of(previous, link.id(), link.occurredAt(), link.actor(), link.action(),
                link.subject(), link.detail());
        if (!recomputed.equals(link.hash())) {
            return broken(link.id(), "Isi entri " + link.id() + " telah diubah.");
        }
        previous = link.hash();
        expectedId++;
        checked++;
        return true;
    }

    private boolean broken(long id, String why) {
        brokenAt = id;
        problem = why;
        return false;
    }

    public long checked() { return checked; }
    public Long brokenAt() { return brokenAt; }
    public String problem() { return problem; }
    public long nextId() { return expectedId; }
}

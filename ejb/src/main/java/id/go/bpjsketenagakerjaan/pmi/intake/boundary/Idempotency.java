package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import id.go.bpjsketenagakerjaan.pmi.intake.entity.IdempotencyRecord;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys, in the caller's transaction. {@link #begin} inserts the key (and flushes, so the unique
 * constraint is taken at once: a concurrent request with the same key waits on it, then fails and is retried as a
 * replay) before the effect; {@link #complete} stores the response. Commit makes both durable with the effect.
 */
@Dependent
public class Idempotency {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    public sealed interface Start permits Replay, Fresh {
    }

    public record Replay(ApiResponse response) implements Start {
    }

    public record Fresh(IdempotencyRecord record) implements Start {
    }

    public Start begin(String client, String key, String operation, String requestHash, Instant now) {
        Optional<IdempotencyRecord> existing = em.createNamedQuery(IdempotencyRecord.BY_KEY, IdempotencyRecord.class)
                .setParameter("client", client).setParameter("key", key).getResultStream().findFirst();
        if (existing.isPresent()) {
            IdempotencyRecord record = existing.get();
            if (!record.getOperation().equals(operation) || !record.getRequestHash().equals(requestHash)) {
                throw new IdempotencyConflictException("Idempotency-Key " + key
                        + " sudah dipakai untuk permintaan lain; gunakan kunci baru untuk permintaan baru.");
            }
            if (record.getResponseStatus() == null) {
                throw new IdempotencyConflictException("Permintaan dengan Idempotency-Key " + key + " masih diproses.");
            }
            return new Replay(new ApiResponse(record.getResponseStatus(), record.getResponseBody(), true));
        }
        IdempotencyRecord record = new IdempotencyRecord(client, key, operation, requestHash, now);
        em.persist(record);
        em.flush();
        return new Fresh(record);
    }

    public ApiResponse complete(Start start, int status, String body) {
        if (start instanceof Fresh fresh) {
            fresh.record().complete(status, body);
            em.flush();
        }
        return new ApiResponse(status, body, false);
    }
}

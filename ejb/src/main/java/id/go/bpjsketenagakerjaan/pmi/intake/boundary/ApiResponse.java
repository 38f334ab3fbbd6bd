package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import java.io.Serializable;

/**
 * What a write answered: HTTP status and JSON body, exactly as stored with its Idempotency-Key, and whether it is a
 * replay of the first answer.
 */
public record ApiResponse(int status, String body, boolean replayed) implements Serializable {
}

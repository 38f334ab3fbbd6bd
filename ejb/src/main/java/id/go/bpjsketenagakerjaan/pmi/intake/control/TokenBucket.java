package id.go.bpjsketenagakerjaan.pmi.intake.control;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled continuously at {@code perMinute}; each request
 * takes one. Time is passed in (nanoseconds from any fixed origin) so the rule is testable without sleeping.
 */
public final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    public TokenBucket(int capacity, int perMinute, long nowNanos) {
        if (capacity <= 0 || perMinute <= 0) {
            throw new IllegalArgumentException("capacity and rate must be positive");
        }
        this.capacity = capacity;
        this.perNano = perMinute / 60e9;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /** Takes a token if there is one. */
    public synchronized boolean tryTake(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Whole seconds until the next token, at least 1. */
    public synchronized long secondsUntilNext(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - last;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * perNano);
            last = nowNanos;
        }
    }
}

package id.go.bpjsketenagakerjaan.pmi.intake.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One {@link TokenBucket} per client, in this JVM's memory. In a cluster of N instances behind a load balancer a
 * client gets up to N times its limit; the limit protects each instance, not the agency-wide quota.
 */
public final class RateLimiter {

    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    public RateLimiter() {
        this(System::nanoTime);
    }

    public RateLimiter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    public Decision take(String client, int burst, int perMinute) {
        long now = nanoClock.getAsLong();
        TokenBucket bucket = buckets.computeIfAbsent(client + "|" + burst + "|" + perMinute,
                k -> new TokenBucket(burst, perMinute, now));
        if (bucket.tryTake(now)) {
            return new Decision(true, 0);
        }
        return new Decision(false, bucket.secondsUntilNext(now));
    }
}

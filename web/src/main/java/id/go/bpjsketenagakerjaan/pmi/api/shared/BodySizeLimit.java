package id.go.bpjsketenagakerjaan.pmi.api.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies over {@link #LIMIT} with 413: at once when Content-Length says so, otherwise when the stream
 * (chunked uploads) passes the limit while being read.
 */
@Provider
@PreMatching
@Priority(100)
public class BodySizeLimit implements ContainerRequestFilter {

    public static final long LIMIT = 15L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > LIMIT) {
                    request.abortWith(ProblemMapper.response(Problems.of(new PayloadTooLargeException(LIMIT))));
                    return;
                }
            } catch (NumberFormatException e) {
                // the container refuses a malformed length itself
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), LIMIT));
        }
    }

    /** Throws {@link PayloadTooLargeException} once more than {@code limit} bytes have been read. */
    public static final class Bounded extends FilterInputStream {
        private final long limit;
        private long count;

        public Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}

package id.go.bpjsketenagakerjaan.pmi.api.shared;

import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What JSON-B lets through, refused before it binds, with 400 naming the field:
 * <ul>
 *   <li>bytes that are not valid UTF-8 (RFC 8259): the JSON parser would quietly turn them into U+FFFD and a name with
 *   a replacement character would be stored; the error names the body and the byte offset;</li>
 *   <li>a value of the wrong shape for its field ({@link JsonShape}): JSON-B would bind {@code [24,25]} to a number
 *   field as 25.</li>
 * </ul>
 * A body that is not JSON at all is left to JSON-B, whose error the problem mapper reports. The body is already
 * bounded by {@link BodySizeLimit}, so reading it whole is safe.
 */
@Provider
public class StrictJsonBody implements ReaderInterceptor {

    /** One factory: {@code Json.createReader} looks the provider up through the ServiceLoader on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            byte[] body = context.getInputStream().readAllBytes();
            int bad = firstMalformedByte(body);
            if (bad >= 0) {
                throw new InvalidInputException("body", "Isi permintaan bukan UTF-8 yang sah (byte ke-" + bad + ")");
            }
            InvalidInputException.throwIfAny(JsonShape.problems(parsed(body), context.getGenericType()));
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    /** The body as a JSON tree, or null when it is not JSON (JSON-B then says why). */
    private static JsonValue parsed(byte[] body) {
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (JsonException e) {
            return null;
        }
    }

    /** The offset of the first byte that is not well-formed UTF-8 (surrogates and overlong forms included), or -1. */
    static int firstMalformedByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return decoder.flush(out).isError() ? in.position() : -1;
            }
            out.clear();
        }
    }
}

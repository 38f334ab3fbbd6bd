package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Property: whatever bad payload reaches the claim and registration endpoints (wrong types, missing or oversized
 * fields, broken UTF-8, unknown enum values, future dates, negative or absurd amounts, invalid NIKs, huge strings,
 * injection strings, truncated JSON), the answer is a 4xx problem+json without a stack trace, never a 5xx, and no row
 * of any intake table changes ({@link RowCountProbe}).
 *
 * <p>Each payload is a valid request (the two control tests prove the bases are accepted) with one to three
 * mutations, each of which alone makes it invalid. QuickTheories generates them, shrinks a failing one to a smallest
 * failing example and reports it with its seed; {@code -Dpmi.property.seed=<seed>} replays that run. The number of
 * examples is bounded so the properties take well under a minute once the server is up;
 * {@code -Dpmi.property.examples=<n>} runs more of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeApiPropertiesIT {

    static final String EKLAIM = "pmi_demo_e-klaim_2026";
    static final String SISKOP = "pmi_demo_siskop2mi_2026";
    static final int EXAMPLES = 60;
    /** A participant registered before the claims are thrown; female, born 1 January 1990 as its NIK says. */
    static final String CLAIM_NIK = "5203014101905001";
    /** Never registered: the base registration would register it if a mutation failed to invalidate it. */
    static final String NEW_NIK = "5203014101905002";
    static final String INJECTION = "' OR '1'='1'; DROP TABLE claim; -- <script>alert(1)</script> ${jndi:ldap://x/a} ../../etc/passwd";
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application().addClass(RowCountProbe.class);
    }

    @ArquillianResource
    URL base;

    /** HTTP/1.1: Payara Micro's HTTP/2 cleartext (h2c) now and then drops a shared connection under large bodies (README). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    // ---- the properties ------------------------------------------------------------------------------------

    @Test
    void aBadClaimGetsA4xxProblemAndWritesNothing() throws Exception {
        HttpResponse<String> registered = post("registrations", SISKOP, registration(CLAIM_NIK).getBytes(StandardCharsets.UTF_8));
        assertTrue(registered.statusCode() == 201 || registered.statusCode() == 409, registered.body());
        theory().forAll(badClaims()).checkAssert(payload -> refusedAndNothingWritten("claims", EKLAIM, payload));
    }

    @Test
    void aBadRegistrationGetsA4xxProblemAndWritesNothing() {
        theory().forAll(badRegistrations()).checkAssert(payload -> refusedAndNothingWritten("registrations", SISKOP, payload));
    }

    /** The control: without mutations the claim base is accepted, so the refusals above are the mutations' doing. */
    @Test
    void theClaimBaseIsAValidClaim() throws Exception {
        String nik = "5203014101905004";
        assertEquals(201, post("registrations", SISKOP, registration(nik).getBytes(StandardCharsets.UTF_8)).statusCode());
        Map<String, Object> claim = claimBase();
        claim.put("participantNik", nik);
        HttpResponse<String> response = post("claims", EKLAIM, Json.write(claim).getBytes(StandardCharsets.UTF_8));
        assertEquals(201, response.statusCode(), response.body());
    }

    @Test
    void theRegistrationBaseIsAValidRegistration() throws Exception {
        HttpResponse<String> response = post("registrations", SISKOP, registration("5203014101905003").getBytes(StandardCharsets.UTF_8));
        assertEquals(201, response.statusCode(), response.body());
    }

    /** Not left to chance: an array where one value belongs is refused naming each field, and nothing is written. */
    @Test
    void anArrayWhereOneValueBelongsIsRefusedNamingTheField() throws Exception {
        Map<String, Object> registration = withPlacement(registrationBase(NEW_NIK), "contractMonths", List.of(24, 120));
        registration.put("fullName", List.of("Siti Aminah", "Budi"));
        String before = rowCounts();
        HttpResponse<String> response = post("registrations", SISKOP, Json.write(registration).getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"field\":\"fullName\"") && response.body().contains("\"field\":\"placement.contractMonths\""),
                response.body());
        assertEquals(before, rowCounts());
    }

    private static QuickTheory theory() {
        int examples = Integer.getInteger("pmi.property.examples", EXAMPLES);
        QuickTheory theory = QuickTheory.qt().withExamples(examples).withShrinkCycles(30);
        String seed = System.getProperty("pmi.property.seed");
        return seed == null || seed.isBlank() ? theory : theory.withFixedSeed(Long.parseLong(seed.strip()));
    }

    private void refusedAndNothingWritten(String path, String key, Payload payload) {
        try {
            String before = rowCounts();
            HttpResponse<String> response = post(path, key, payload.body());
            int status = response.statusCode();
            assertTrue(status >= 400 && status < 500, payload + " → " + status + " " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    payload + " → " + response.headers().map());
            assertFalse(response.body().contains("Exception") || response.body().contains("\tat ")
                    || response.body().contains("Payara"), "no stack trace or server name: " + response.body());
            assertEquals(before, rowCounts(), payload + " wrote nothing");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- generators -----------------------------------------------------------------------------------------

    /** A request body and what was done to it, for the report of a failing example. */
    record Payload(String description, byte[] body) {
        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return description + ": " + (text.length() > 300 ? text.substring(0, 300) + "…(" + body.length + " bytes)" : text);
        }
    }

    /** One change to a JSON tree that alone makes it invalid. */
    record Mutation(String description, UnaryOperator<Map<String, Object>> change) {
        @Override
        public String toString() {
            return description;
        }
    }

    @SafeVarargs
    private static <T> Gen<T> pick(T... values) {
        return Generate.pick(Arrays.asList(values));
    }

    private static Gen<Mutation> set(String description, String field, Gen<?> values) {
        return values.map(v -> new Mutation(description + " " + v, m -> with(m, field, v)));
    }

    static Gen<Payload> badClaims() {
        List<String> required = List.of("incidentKind", "incidentDate", "unitCode", "channel", "benefits", "payeeName",
                "payeeBankCode", "payeeAccountNo", "participantNik");
        Map<String, Integer> sizes = Map.of("incidentKind", 40, "incidentPlace", 200, "unitCode", 20, "payeeName", 120,
                "payeeBankCode", 20, "payeeAccountNo", 30, "participantPassportNo", 20);
        Gen<Mutation> mutation = Generate.oneOf(
                missing(required),
                oversized(sizes),
                wrongType(List.of("incidentKind", "incidentDate", "unitCode", "channel", "benefits", "payeeName",
                        "participantNik", "documents", "circumstances")),
                set("unknown channel", "channel", pick("FAX", "e_klaim", "", "WALK_IN_BOGUS", INJECTION)),
                pick("CIRCUMSTANCE_X", "", INJECTION).map(v ->
                        new Mutation("unknown circumstance " + v, m -> with(m, "circumstances", List.of(v)))),
                pick("SURAT_PALSU", "", INJECTION).map(v -> new Mutation("unknown document type " + v,
                        m -> with(m, "documents", List.of(document(v, "surat.pdf", "JVBERi0xLjQK")))))
                , pick("JKM_BOGUS", INJECTION.substring(0, 40)).map(v -> new Mutation("unknown benefit " + v,
                        m -> with(m, "benefits", List.of(benefit(v, 1000))))),
                set("unknown unit", "unitCode", pick("UNIT-X", INJECTION.substring(0, 20))),
                inAnArray(List.of("incidentKind", "incidentDate", "unitCode", "channel", "payeeName", "participantNik")),
                set("unknown incident kind", "incidentKind", pick("KIND_BOGUS", INJECTION.substring(0, 40))),
                Generate.range(1, 20_000).map(d -> new Mutation("incident " + d + " days ahead",
                        m -> with(m, "incidentDate", LocalDate.now(WIB).plusDays(d).toString()))),
                set("bad date", "incidentDate", pick("2026-02-30", "10/01/2026", "kemarin", "2026-13-01", "")),
                badAmounts().map(a -> new Mutation("amount " + a, m -> with(m, "benefits", List.of(benefit("JKM_DEATH_D", a))))),
                pick(List.of(), Collections.nCopies(11, benefit("JKM_DEATH_D", 1000))).map(v ->
                        new Mutation(v.size() + " benefit lines", m -> with(m, "benefits", v))),
                set("participantNik", "participantNik", invalidNiks()),
                pick("UEsDBA==", "PGh0bWw+PHNjcmlwdD4=", "!!!bukan base64!!!", "").map(v -> new Mutation("document content " + v,
                        m -> with(m, "documents", List.of(document("DEATH_CERTIFICATE", "surat.pdf", v))))),
                pick("../../etc/passwd.pdf", "surat.exe", "a\u0000b.pdf", "").map(v -> new Mutation("document name " + v,
                        m -> with(m, "documents", List.of(document("DEATH_CERTIFICATE", v, "JVBERi0xLjQKJSVFT0YK"))))));
        return payloads(IntakeApiPropertiesIT::claimBase, mutation, "payeeName");
    }

    static Gen<Payload> badRegistrations() {
        List<String> required = List.of("fullName", "sex", "birthDate", "placement");
        Map<String, Integer> sizes = Map.of("fullName", 120, "passportNo", 20, "kpjNo", 30, "addressLine", 200,
                "noNikReason", 200);
        Gen<Mutation> mutation = Generate.oneOf(
                missing(required),
                pick("channel", "destinationCountry").map(f -> new Mutation("placement without " + f,
                        m -> withPlacement(m, f, null))),
                Generate.constant(new Mutation("neither NIK nor noNikReason", m -> with(m, "nik", null))),
                oversized(sizes),
                Generate.range(121, 5000).map(n -> new Mutation("employerName of " + n,
                        m -> withPlacement(m, "employerName", "E".repeat(n)))),
                wrongType(List.of("nik", "fullName", "sex", "birthDate", "placement", "registeredOn")),
                set("unknown sex", "sex", pick("LAKI", "female", "", INJECTION)),
                inAnArray(List.of("nik", "fullName", "sex", "birthDate")),
                pick("PENYELUNDUP", "", INJECTION).map(v -> new Mutation("unknown placement channel " + v,
                        m -> withPlacement(m, "channel", v))),
                Generate.range(0, 20_000).map(d -> new Mutation("born " + d + " days ahead",
                        m -> with(m, "birthDate", LocalDate.now(WIB).plusDays(d).toString()))),
                Generate.range(1, 20_000).map(d -> new Mutation("registered " + d + " days ahead",
                        m -> with(m, "registeredOn", LocalDate.now(WIB).plusDays(d).toString()))),
                pick(0, -1, -24, 121, 9999, Integer.MIN_VALUE).map(v -> new Mutation("contractMonths " + v,
                        m -> withPlacement(m, "contractMonths", v))),
                pick("1e400", "\"dua puluh\"", "[24]").map(v -> new Mutation("contractMonths " + v,
                        m -> withPlacement(m, "contractMonths", new Json.Raw(v)))),
                pick("tw", "TWN", "T1", "", INJECTION).map(v -> new Mutation("destinationCountry " + v,
                        m -> withPlacement(m, "destinationCountry", v))),
                set("provinceCode", "provinceCode", pick("1", "ab", "123", INJECTION)),
                set("nik", "nik", invalidNiks()));
        return payloads(() -> registrationBase(NEW_NIK), mutation, "fullName");
    }

    /** The base with 1–3 mutations, serialised; sometimes broken as bytes instead (bad UTF-8, truncation, no object). */
    private static Gen<Payload> payloads(java.util.function.Supplier<Map<String, Object>> base, Gen<Mutation> mutation,
                                         String textField) {
        Gen<Payload> mutated = SourceDSL.lists().of(mutation).ofSizeBetween(1, 3).map(changes -> {
            Map<String, Object> json = base.get();
            for (Mutation m : changes) {
                json = m.change().apply(json);
            }
            return new Payload(changes.toString(), Json.write(json).getBytes(StandardCharsets.UTF_8));
        });
        Gen<Payload> brokenUtf8 = pick(textField, "unitCode", "nik", "tidakDikenal").zip(
                pick(new byte[]{(byte) 0xC3, 0x28}, new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xE2, (byte) 0x82},
                        new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xC0, (byte) 0xAF}), (field, bad) -> {
            String marker = "@@RUSAK@@";
            Map<String, Object> json = base.get();
            json.put(field, (json.get(field) instanceof String text ? text : "x") + marker);
            String text = Json.write(json);
            int at = text.indexOf(marker);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bad);
            out.writeBytes(text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
            return new Payload("broken UTF-8 " + Arrays.toString(bad) + " in " + field, out.toByteArray());
        });
        Gen<Payload> truncated = Generate.range(1, 99).map(percent -> {
            byte[] bytes = Json.write(base.get()).getBytes(StandardCharsets.UTF_8);
            int length = Math.max(1, Math.min(bytes.length - 1, bytes.length * percent / 100));
            return new Payload("truncated at " + length, Arrays.copyOf(bytes, length));
        });
        Gen<Payload> notAnObject = pick("", "null", "[]", "42", "\"klaim\"", "{}", "{\"a\":", "<klaim/>")
                .map(text -> new Payload("body " + text, text.getBytes(StandardCharsets.UTF_8)));
        return Generate.frequency(Pair.of(8, mutated), Pair.of(1, brokenUtf8), Pair.of(1, truncated), Pair.of(1, notAnObject));
    }

    private static Gen<Mutation> missing(List<String> fields) {
        return Generate.pick(fields).zip(Generate.booleans(), (f, asNull) -> new Mutation(
                (asNull ? "null " : "no ") + f, m -> asNull ? with(m, f, null) : without(m, f)));
    }

    private static Gen<Mutation> oversized(Map<String, Integer> maxSizes) {
        return Generate.pick(List.copyOf(maxSizes.keySet())).zip(Generate.range(1, 200_000), pick("x", "é", "漢", "🙂", " "),
                (f, extra, unit) -> {
                    // mostly a little too long; one in fifty huge
                    int length = maxSizes.get(f) + (extra % 50 == 0 ? extra : 1 + extra % 300);
                    return new Mutation(f + " of " + length + " × '" + unit + "'", m -> with(m, f, "A" + unit.repeat(length)));
                });
    }

    /** The field's own valid value, wrapped in an array: JSON-B alone would bind it (keeping the last element). */
    private static Gen<Mutation> inAnArray(List<String> fields) {
        return Generate.pick(fields).zip(Generate.booleans(), (f, twice) -> new Mutation(f + " in an array" + (twice ? " twice" : ""),
                m -> m.get(f) == null ? with(m, f, List.of()) : with(m, f, twice ? List.of(m.get(f), m.get(f)) : List.of(m.get(f)))));
    }

    private static Gen<Mutation> wrongType(List<String> fields) {
        return Generate.pick(fields).zip(pick("{\"a\":1}", "[1,2]", "true", "12345678901234567890", "-0.5", "[]", "{}"),
                (f, v) -> new Mutation(f + " = " + v, m -> with(m, f, wrongFor(f, new Json.Raw(v)))));
    }

    /**
     * A value of a type the field does not take: lists get a string, the placement object a string, text fields an
     * object or a list (JSON-B reads a number or boolean as its text, which a free-text field may well accept),
     * dates and enums the generated raw value.
     */
    private static Object wrongFor(String field, Json.Raw value) {
        if (field.equals("benefits") || field.equals("documents") || field.equals("circumstances")) {
            return value.text().startsWith("[") ? "bukan daftar" : value;
        }
        if (field.equals("placement")) {
            return value.text().startsWith("{") ? "bukan objek" : value;
        }
        if (TEXT_FIELDS.contains(field) && !value.text().startsWith("{") && !value.text().startsWith("[")) {
            return new Json.Raw("{\"teks\":" + value.text() + "}");
        }
        return value;
    }

    private static final Set<String> TEXT_FIELDS = Set.of("incidentKind", "unitCode", "payeeName", "participantNik", "nik",
            "fullName");

    private static Gen<Object> badAmounts() {
        return Generate.oneOf(
                Generate.longRange(-100_000_000_000_000L, -1L).map(cents -> (Object) BigDecimal.valueOf(cents, 2)),
                Generate.longRange(1_000_000_000_001L, Long.MAX_VALUE).map(cents -> (Object) BigDecimal.valueOf(cents, 2)),
                pick("0.001", "1e400", "-1e-400", "\"banyak\"", "null", "1500000.999", "NaN", "[1000]")
                        .map(text -> (Object) new Json.Raw(text)));
    }

    private static Gen<String> invalidNiks() {
        Gen<String> digits015 = SourceDSL.strings().betweenCodePoints('0', '9').ofLengthBetween(0, 15);
        Gen<String> digits1740 = SourceDSL.strings().betweenCodePoints('0', '9').ofLengthBetween(17, 40);
        Gen<String> letters = SourceDSL.strings().betweenCodePoints('a', 'z').ofLength(16);
        // 16 digits with an impossible province (99) or birth date (day 00)
        Gen<String> badProvince = SourceDSL.strings().betweenCodePoints('0', '9').ofLength(4).map(s -> "99" + s + "4101900001");
        Gen<String> badDay = SourceDSL.strings().betweenCodePoints('0', '9').ofLength(4).map(s -> "520301001390" + s);
        return Generate.oneOf(digits015, digits1740, letters, badProvince, badDay,
                pick("' OR 1=1 --      ", "5203014101９05001", "５２０３０１４１０１９０５００１"));
    }

    // ---- bases ---------------------------------------------------------------------------------------------

    static Map<String, Object> claimBase() {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("participantNik", CLAIM_NIK);
        claim.put("incidentKind", "DEATH_OTHER");
        claim.put("incidentDate", LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(10).toString());
        claim.put("incidentCountry", "TW");
        claim.put("unitCode", "KP-JKT");
        claim.put("channel", "E_KLAIM");
        claim.put("benefits", List.of(benefit("JKM_DEATH_D", 1500000)));
        claim.put("payeeName", "Budi Hartono");
        claim.put("payeeBankCode", "BRI");
        claim.put("payeeAccountNo", "0123456789");
        return claim;
    }

    static Map<String, Object> registrationBase(String nik) {
        Map<String, Object> placement = new LinkedHashMap<>();
        placement.put("channel", "AGENCY");
        placement.put("agencyName", "PT Maju Jaya");
        placement.put("agencyLicence", "SIP3MI-123");
        placement.put("destinationCountry", "TW");
        placement.put("employerName", "Chen Family");
        placement.put("jobTitle", "Caregiver");
        placement.put("contractMonths", 24);
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("nik", nik);
        registration.put("passportNo", "P" + nik.substring(9));
        registration.put("fullName", "Siti Aminah");
        registration.put("sex", "FEMALE");
        registration.put("birthDate", "1990-01-01");
        registration.put("placement", placement);
        return registration;
    }

    static String registration(String nik) {
        return Json.write(registrationBase(nik));
    }

    static Map<String, Object> benefit(String code, Object amount) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("benefitCode", code);
        line.put("amount", amount);
        return line;
    }

    static Map<String, Object> document(String type, String name, String base64) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", type);
        document.put("fileName", name);
        document.put("contentType", "application/pdf");
        document.put("contentBase64", base64);
        return document;
    }

    private static Map<String, Object> with(Map<String, Object> json, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(json);
        copy.put(field, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> json, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(json);
        copy.remove(field);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withPlacement(Map<String, Object> json, String field, Object value) {
        Object placement = json.get("placement");
        if (!(placement instanceof Map)) {
            return json; // already broken by another mutation
        }
        return with(json, "placement", with((Map<String, Object>) placement, field, value));
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------

    private String rowCounts() throws java.io.IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("api/it-probe/row-counts")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /**
     * Sends the body; a 429 (the client's rate limit, checked before the body is read) is waited out and the body sent
     * again, so that a refusal always comes from the payload and many examples can run.
     */
    private HttpResponse<String> post(String path, String key, byte[] body) throws java.io.IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("api/v1/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "ApiKey " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429 || attempt == 30) {
                return response;
            }
            Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
        }
    }

    private java.net.URI uri(String path) {
        try {
            return base.toURI().resolve(path);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Just enough JSON writing for generated trees: maps, lists, strings, numbers, booleans, null and raw text. */
    static final class Json {

        /** Written as is: wrong types, malformed numbers. */
        record Raw(String text) {
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof Raw raw) {
                out.append(raw.text());
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(String.valueOf(e.getKey()), out);
                    out.append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append(']');
            } else if (value instanceof Number || value instanceof Boolean) {
                out.append(value instanceof java.math.BigDecimal b ? b.toPlainString() : value.toString());
            } else {
                String s = value.toString();
                out.append('"');
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (c) {
                        case '"' -> out.append("\\\"");
                        case '\\' -> out.append("\\\\");
                        case '\n' -> out.append("\\n");
                        default -> {
                            if (c < 0x20) {
                                out.append(String.format("\\u%04x", (int) c));
                            } else {
                                out.append(c);
                            }
                        }
                    }
                }
                out.append('"');
            }
        }
    }
}

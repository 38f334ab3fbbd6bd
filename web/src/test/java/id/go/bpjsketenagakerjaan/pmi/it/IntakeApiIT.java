package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The intake API over HTTP as its clients use it: API keys, scopes, rate limit, idempotency keys, natural
 * duplicates, field-named problems with nothing written, the SISKOP2MI CSV import and the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeApiIT {

    static final String EKLAIM = "pmi_demo_e-klaim_2026";
    static final String SISKOP = "pmi_demo_siskop2mi_2026";
    static final String SLOW = "pmi_demo_jmo-lambat_2026";
    static final String PEDULI = "pmi_demo_peduli-wni_2026";
    static final AtomicInteger SERIAL = new AtomicInteger(100);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL base;

    /** HTTP/1.1: Payara Micro's HTTP/2 cleartext (h2c) now and then drops a shared connection under large bodies (README). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    // ---- claims -------------------------------------------------------------------------------------------

    @Test
    void aClaimFiledWithAKeyIsFiledOnceAndTheRetryReplaysIt() throws Exception {
        String nik = registerNewParticipant();
        String key = UUID.randomUUID().toString();
        String body = claim(nik, LocalDate.now().minusDays(3), "1500000", null);
        HttpResponse<String> first = post("claims", EKLAIM, key, body);
        assertEquals(201, first.statusCode(), first.body());
        String claimNo = claimNo(first.body());

        HttpResponse<String> retry = post("claims", EKLAIM, key, body);
        assertEquals(201, retry.statusCode(), retry.body());
        assertEquals(claimNo, claimNo(retry.body()), "the replay carries the first claim number");
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(1, claimCount(nik), "the retry created nothing");

        HttpResponse<String> other = post("claims", EKLAIM, key, claim(nik, LocalDate.now().minusDays(4), "1500000", null));
        assertProblem(other, 409, null);
        assertEquals(1, claimCount(nik));

        HttpResponse<String> status = get("claims/" + claimNo, EKLAIM);
        assertEquals(200, status.statusCode(), status.body());
        assertTrue(status.body().contains("\"claimNo\":\"" + claimNo + "\""), status.body());
    }

    /**
     * Several clients send the same Idempotency-Key and body at the same moment: the unique key in the database lets
     * one insert through, the others wait for it and replay its answer (or, while it is still running, get 409
     * "masih diproses"). Exactly one claim exists afterwards and a later retry replays it.
     */
    @Test
    void concurrentRequestsWithOneKeyCreateExactlyOneClaimAndAllGetItsAnswer() throws Exception {
        String nik = registerNewParticipant();
        String key = UUID.randomUUID().toString();
        String body = claim(nik, LocalDate.now().minusDays(2), "1500000", null);
        int clients = 8;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(clients);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < clients; i++) {
            sent.add(pool.submit(() -> {
                together.await();
                return post("claims", EKLAIM, key, body);
            }));
        }
        java.util.Set<String> claimNos = new java.util.HashSet<>();
        int created = 0;
        for (var future : sent) {
            HttpResponse<String> response = future.get(2, java.util.concurrent.TimeUnit.MINUTES);
            if (response.statusCode() == 201) {
                claimNos.add(claimNo(response.body()));
                if (response.headers().firstValue("Idempotent-Replayed").isEmpty()) {
                    created++;
                }
            } else {
                assertProblem(response, 409, null);
                assertTrue(response.body().contains("masih diproses"), "only 'still in progress' may refuse: " + response.body());
            }
        }
        pool.shutdown();
        assertEquals(1, created, "exactly one request did the work");
        assertEquals(1, claimNos.size(), "every 201 carries the same claim: " + claimNos);
        assertEquals(1, claimCount(nik), "one claim in the database");
        HttpResponse<String> later = post("claims", EKLAIM, key, body);
        assertEquals(201, later.statusCode(), later.body());
        assertEquals(claimNos.iterator().next(), claimNo(later.body()));
        assertEquals("true", later.headers().firstValue("Idempotent-Replayed").orElse(""));
    }

    @Test
    void aNaturalDuplicateWithoutKeyIsRefusedWithTheExistingClaimNumber() throws Exception {
        String nik = registerNewParticipant();
        String body = claim(nik, LocalDate.now().minusDays(10), "2000000", null);
        HttpResponse<String> first = post("claims", EKLAIM, null, body);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> again = post("claims", EKLAIM, null, body);
        assertProblem(again, 409, null);
        assertTrue(again.body().contains("\"existingClaimNo\":\"" + claimNo(first.body()) + "\""), again.body());
        assertEquals(1, claimCount(nik));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        String nik = registerNewParticipant();
        LocalDate past = LocalDate.now().minusDays(5);
        assertProblem(post("claims", EKLAIM, null, "{\"participantNik\": \"" + nik + "\", "), 400, "body");
        assertProblem(post("claims", EKLAIM, null, claim(nik, past, "1000", null).replace("\"E_KLAIM\"", "\"FAX\"")), 400, "channel");
        assertProblem(post("claims", EKLAIM, null, claim(nik, LocalDate.now().plusDays(2), "1000", null)), 400, "incidentDate");
        assertProblem(post("claims", EKLAIM, null, claim(nik, past, "-5", null)), 400, "benefits[0].amount");
        assertProblem(post("claims", EKLAIM, null, claim(nik, past, "99999999999999", null)), 400, "benefits[0].amount");
        assertProblem(post("claims", EKLAIM, null, claim("5203014101900000".replace("52", "99"), past, "1000", null)), 400, "participantNik");
        assertProblem(post("claims", EKLAIM, null, claim(nik, past, "\"banyak\"", null)), 400, null);
        assertProblem(post("claims", EKLAIM, null, claim(nik, past, "1000",
                "[{\"type\":\"DEATH_CERTIFICATE\",\"fileName\":\"x.pdf\",\"contentType\":\"application/pdf\",\"contentBase64\":\"PGh0bWw+\"}]")),
                400, "documents[0]");
        HttpResponse<String> xml = http.send(request("claims", EKLAIM).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<claim/>")).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(xml, 415, null);
        assertEquals(0, claimCount(nik), "nothing was written");
        assertProblem(get("claims/KLM-2026-999999", EKLAIM), 404, null);
    }

    @Test
    void aClaimWithADocumentStoresTheDocument() throws Exception {
        String nik = registerNewParticipant();
        String pdf = java.util.Base64.getEncoder().encodeToString("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes());
        HttpResponse<String> filed = post("claims", EKLAIM, UUID.randomUUID().toString(), claim(nik, LocalDate.now().minusDays(1), "1000",
                "[{\"type\":\"DEATH_CERTIFICATE\",\"fileName\":\"surat.pdf\",\"contentType\":\"application/pdf\",\"contentBase64\":\"" + pdf + "\"}]"));
        assertEquals(201, filed.statusCode(), filed.body());
        assertTrue(filed.body().contains("DEATH_CERTIFICATE"), filed.body());
    }

    @Test
    void aDocumentIsCheckedByContentAndSizeAndARefusalNamesItsPlaceInTheList() throws Exception {
        String nik = registerNewParticipant();
        LocalDate incident = LocalDate.now().minusDays(2);
        String pdf = java.util.Base64.getEncoder().encodeToString("%PDF-1.4\n%%EOF\n".getBytes());
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, big, 0, 9);
        String tooBig = java.util.Base64.getEncoder().encodeToString(big);
        String png = java.util.Base64.getEncoder().encodeToString(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        String good = "{\"type\":\"DEATH_CERTIFICATE\",\"fileName\":\"surat.pdf\",\"contentType\":\"application/pdf\",\"contentBase64\":\"" + pdf + "\"}";
        assertProblem(post("claims", EKLAIM, null, claim(nik, incident, "1000", "[" + good
                + ",{\"type\":\"DEATH_CERTIFICATE\",\"fileName\":\"besar.pdf\",\"contentBase64\":\"" + tooBig + "\"}]")), 400, "documents[1]");
        assertProblem(post("claims", EKLAIM, null, claim(nik, incident, "1000",
                "[{\"type\":\"DEATH_CERTIFICATE\",\"fileName\":\"foto.pdf\",\"contentBase64\":\"" + png + "\"}]")), 400, "documents[0]");
        assertProblem(post("claims", EKLAIM, null, claim(nik, incident, "1000",
                "[{\"type\":\"DEATH_CERTIFICATE\",\"fileName\":\"surat.pdf\",\"contentType\":\"image/png\",\"contentBase64\":\"" + pdf + "\"}]")), 400, "documents[0]");
        assertProblem(post("claims", EKLAIM, null, claim(nik, incident, "1000",
                "[{\"type\":\"SURAT_LAIN\",\"fileName\":\"surat.pdf\",\"contentBase64\":\"" + pdf + "\"}]")), 400, null);
        assertEquals(0, claimCount(nik), "a claim with a refused document is not filed at all");
    }

    @Test
    void aClaimWithFilesAsMultipartIsCheckedLikeBase64Documents() throws Exception {
        String nik = registerNewParticipant();
        LocalDate incident = LocalDate.now().minusDays(4);
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes();
        String key = UUID.randomUUID().toString();
        byte[] body = multipart(claim(nik, incident, "1000", null), "DEATH_CERTIFICATE", "surat.pdf", "application/pdf", pdf);
        HttpResponse<String> filed = postMultipart(key, body);
        assertEquals(201, filed.statusCode(), filed.body());
        assertTrue(filed.body().contains("\"documentsReceived\":[\"DEATH_CERTIFICATE\"]"), filed.body());
        HttpResponse<String> retry = postMultipart(key, body);
        assertEquals(claimNo(filed.body()), claimNo(retry.body()), "a retry with its key replays");
        assertEquals(1, claimCount(nik));

        String other = registerNewParticipant();
        assertProblem(postMultipart(null, multipart(claim(other, incident, "1000", null), "DEATH_CERTIFICATE", "surat.pdf",
                "application/pdf", "<html><script>alert(1)</script></html>".getBytes())), 400, "documents[0]");
        assertProblem(postMultipart(null, multipart(claim(other, incident, "1000", null), "SURAT_SAKTI", "surat.pdf",
                "application/pdf", pdf)), 400, "documents[0].type");
        assertProblem(postMultipart(null, multipart(null, "DEATH_CERTIFICATE", "surat.pdf", "application/pdf", pdf)), 400, "claim");
        assertProblem(postMultipart(null, multipart(claim(other, incident, "-1", null), "DEATH_CERTIFICATE", "surat.pdf",
                "application/pdf", pdf)), 400, "benefits[0].amount");
        assertProblem(postMultipart(null, multipart(claim(other, incident, "1000", null), "DEATH_CERTIFICATE", "surat.exe",
                "application/pdf", pdf)), 400, "documents[0]");
        assertEquals(0, claimCount(other), "nothing of a refused claim was written");
    }

    static byte[] multipart(String claimJson, String partName, String fileName, String contentType, byte[] content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String boundary = "----pmi-uji-batas";
        if (claimJson != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"claim\"\r\n"
                    + "Content-Type: application/json\r\n\r\n" + claimJson + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private HttpResponse<String> postMultipart(String idempotencyKey, byte[] body) throws Exception {
        HttpRequest.Builder builder = request("claims/multipart", EKLAIM)
                .header("Content-Type", "multipart/form-data; boundary=----pmi-uji-batas");
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- authentication, scopes, rate limit ---------------------------------------------------------------

    @Test
    void clientsAreAuthenticatedScopedAndRateLimited() throws Exception {
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(api("claims/KLM-2026-100000")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(none, 401, null);
        assertTrue(none.headers().firstValue("WWW-Authenticate").isPresent());
        assertFalse(none.headers().firstValue("Set-Cookie").isPresent(), "the API never starts a session");
        assertProblem(get("claims/KLM-2026-100000", "pmi_wrong_key"), 401, null);
        // e-klaim may file claims but not register workers
        assertProblem(post("registrations", EKLAIM, null, registration(nextNik())), 403, null);
        // jmo-lambat: burst 3, one per minute
        int limited = 0;
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = get("claims/KLM-2026-100000", SLOW);
            if (response.statusCode() == 429) {
                limited++;
                assertProblem(response, 429, null);
                assertTrue(response.headers().firstValue("Retry-After").isPresent());
            }
        }
        assertTrue(limited >= 2, "requests over the burst are refused");
    }

    @Test
    void apiAnswersCarryTheHardeningHeadersAndAreNeverCached() throws Exception {
        for (HttpResponse<String> response : List.of(get("claims/KLM-2026-999999", EKLAIM), get("claims/KLM-2026-999999", null),
                post("registrations", SISKOP, null, "{"))) {
            var headers = response.headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), response.uri().toString());
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""));
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"), headers.map().toString());
            assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""));
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""));
        }
    }

    @Test
    void registrationsMatchByNikAndPassportOnlyIsTheException() throws Exception {
        String nik = nextNik();
        HttpResponse<String> first = post("registrations", SISKOP, UUID.randomUUID().toString(), registration(nik));
        assertEquals(201, first.statusCode(), first.body());
        assertProblem(post("registrations", SISKOP, null, registration(nik)), 409, null);
        assertProblem(post("registrations", SISKOP, null, registration("1234")), 400, "nik");
        String passportOnly = registration(null).replace("\"nik\":null,", "\"noNikReason\":\"PMI masuk kembali tanpa KTP\",");
        HttpResponse<String> exception = post("registrations", SISKOP, null, passportOnly);
        assertEquals(201, exception.statusCode(), exception.body());
        assertTrue(exception.body().contains("\"passportOnly\":true"), exception.body());
        HttpResponse<String> extended = post("contract-extensions", SISKOP, UUID.randomUUID().toString(),
                "{\"nik\":\"" + nik + "\",\"months\":12}");
        assertEquals(200, extended.statusCode(), extended.body());
        HttpResponse<String> paid = post("contributions", SISKOP, UUID.randomUUID().toString(),
                "{\"nik\":\"" + nik + "\",\"tranche\":\"BEFORE_WORK\",\"paidOn\":\"" + LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")) + "\",\"paymentRef\":\"VA-1\"}");
        assertEquals(201, paid.statusCode(), paid.body());
        assertProblem(post("contributions", SISKOP, null,
                "{\"nik\":\"" + nik + "\",\"tranche\":\"BEFORE_WORK\",\"paidOn\":\"" + LocalDate.now().plusDays(3) + "\"}"), 400, "paidOn");
        HttpResponse<String> coverage = get("participants/" + nik + "/coverage", SISKOP);
        assertEquals(200, coverage.statusCode(), coverage.body());
        assertTrue(coverage.body().contains("\"payments\":[{"), coverage.body());
        assertProblem(get("participants/5203014101909999/coverage", SISKOP), 404, null);
    }

    // ---- every write: retries, conflicting keys, natural duplicates; every endpoint: its errors -----------

    @Test
    void everyParticipantWriteReplaysARetryWithItsKeyAndRefusesTheKeyWithAnotherBody() throws Exception {
        String nik = nextNik();
        String key = UUID.randomUUID().toString();
        String registration = registration(nik);
        HttpResponse<String> registered = post("registrations", SISKOP, key, registration);
        assertEquals(201, registered.statusCode(), registered.body());
        HttpResponse<String> again = post("registrations", SISKOP, key, registration);
        assertEquals(201, again.statusCode(), "a retry with the same key and body replays: " + again.body());
        assertEquals(registered.body(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertProblem(post("registrations", SISKOP, key, registration(nextNik())), 409, null);

        String extendKey = UUID.randomUUID().toString();
        String extension = "{\"nik\":\"" + nik + "\",\"months\":12}";
        HttpResponse<String> extended = post("contract-extensions", SISKOP, extendKey, extension);
        assertEquals(200, extended.statusCode(), extended.body());
        HttpResponse<String> extendedAgain = post("contract-extensions", SISKOP, extendKey, extension);
        assertEquals(extended.body(), extendedAgain.body(), "the retry did not extend the contract a second time");
        assertTrue(extendedAgain.body().contains("\"extensionMonths\":12"), extendedAgain.body());
        assertProblem(post("contract-extensions", SISKOP, extendKey, "{\"nik\":\"" + nik + "\",\"months\":6}"), 409, null);

        String payKey = UUID.randomUUID().toString();
        String contribution = "{\"nik\":\"" + nik + "\",\"tranche\":\"BEFORE_WORK\",\"paidOn\":\""
                + LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")) + "\",\"paymentRef\":\"VA-2\"}";
        HttpResponse<String> paid = post("contributions", SISKOP, payKey, contribution);
        assertEquals(201, paid.statusCode(), paid.body());
        HttpResponse<String> paidAgain = post("contributions", SISKOP, payKey, contribution);
        assertEquals(201, paidAgain.statusCode(), paidAgain.body());
        assertEquals(field(paid.body(), "paymentId"), field(paidAgain.body(), "paymentId"));
        assertProblem(post("contributions", SISKOP, payKey, contribution.replace("VA-2", "VA-3")), 409, null);
        // the natural duplicate without a key: the same tranche paid twice for one placement
        assertProblem(post("contributions", SISKOP, null, contribution.replace("VA-2", "VA-4")), 400, "tranche");
        assertEquals(1, count(get("participants/" + nik + "/coverage", SISKOP).body(), "\"paymentId\""));
    }

    @Test
    void aPassportOnlyParticipantIsNotRegisteredTwiceWithoutAKey() throws Exception {
        String passportOnly = registration(null).replace("\"nik\":null,", "\"noNikReason\":\"KTP hilang\",");
        assertEquals(201, post("registrations", PEDULI, null, passportOnly).statusCode());
        HttpResponse<String> again = post("registrations", SISKOP, null, passportOnly);
        assertProblem(again, 409, null);
        assertTrue(again.body().contains("\"existing\""), again.body());
    }

    @Test
    void everyEndpointRefusesBadInputNamingTheField() throws Exception {
        String nik = registerNewParticipant();
        assertProblem(get("claims/klaim-saya", EKLAIM), 400, null);
        assertProblem(get("participants/123/coverage", SISKOP), 400, null);
        assertProblem(get("participants/123/claims", EKLAIM), 400, null);
        assertProblem(get("participants/5203014101909998/claims", EKLAIM), 404, null);
        assertProblem(post("contract-extensions", SISKOP, null, "{\"nik\":\"" + nik + "\",\"months\":0}"), 400, "months");
        assertProblem(post("contract-extensions", SISKOP, null, "{\"nik\":\"5203014101909997\",\"months\":6}"), 400, "nik");
        assertProblem(post("contract-extensions", SISKOP, null, "{\"nik\":\"" + nik + "\",\"months\":6,\"placementId\":1}"), 400, "placementId");
        assertProblem(post("contributions", SISKOP, null, "{\"nik\":\"" + nik + "\",\"tranche\":\"SELAMANYA\",\"paidOn\":\"2026-01-15\"}"), 400, null);
        assertProblem(post("contributions", SISKOP, null, "{\"nik\":\"" + nik + "\",\"tranche\":\"BEFORE_WORK\"}"), 400, "paidOn");
        assertEquals(0, count(get("participants/" + nik + "/coverage", SISKOP).body(), "\"paymentId\""), "nothing was paid");
        assertProblem(upload("imports", SISKOP, null, "bukan,judul\n1,2\n"), 400, "file");
        assertProblem(upload("imports", SISKOP, null, ""), 400, null);
        assertProblem(get("imports/999999", SISKOP), 404, null);
        assertProblem(get("imports/abc", SISKOP), 404, null);
    }

    @Test
    void anImportRetriedWithItsKeyReplaysAndAnotherClientCannotSeeIt() throws Exception {
        String csv = "nik,passport_no,full_name,sex,birth_date,placement_channel,agency_name,agency_licence,destination_country,employer_name,job_title,contract_months\n"
                + nextNik() + ",,Dewi Lestari,P,1990-01-01,AGENCY,PT Maju,SIP-1,SG,Tan,Caregiver,24\n";
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = upload("imports", SISKOP, key, csv);
        assertEquals(202, first.statusCode(), first.body());
        HttpResponse<String> retry = upload("imports", SISKOP, key, csv);
        assertEquals(202, retry.statusCode(), retry.body());
        assertEquals(field(first.body(), "importId"), field(retry.body(), "importId"));
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertProblem(upload("imports", SISKOP, key, csv + nextNik() + ",,Lain,P,1990-01-01,AGENCY,PT Maju,SIP-1,SG,Tan,Caregiver,24\n"), 409, null);
        // Peduli WNI registers workers but has no imports scope: not even the status of someone else's import
        assertProblem(get("imports/" + field(first.body(), "importId"), PEDULI), 403, null);
    }

    @Test
    void clientsOutsideTheirScopeAreRefusedOnEveryKindOfEndpoint() throws Exception {
        String nik = registerNewParticipant();
        assertProblem(post("claims", SISKOP, null, claim(nik, LocalDate.now().minusDays(2), "1000", null)), 403, null);
        assertProblem(post("contributions", EKLAIM, null, "{\"nik\":\"" + nik + "\",\"tranche\":\"BEFORE_WORK\",\"paidOn\":\"2026-01-15\"}"), 403, null);
        assertProblem(post("contract-extensions", EKLAIM, null, "{\"nik\":\"" + nik + "\",\"months\":6}"), 403, null);
        assertProblem(upload("imports", EKLAIM, null, "nik\n"), 403, null);
        assertProblem(get("claims/KLM-2026-100000", SISKOP), 403, null);
        assertEquals(0, claimCount(nik), "nothing was filed by the refused client");
        assertEquals(0, count(get("participants/" + nik + "/coverage", SISKOP).body(), "\"paymentId\""));
    }

    @Test
    void theRateLimitAlsoStopsWritesAndNothingOverTheLimitIsWritten() throws Exception {
        String nik = registerNewParticipant();
        int created = 0;
        int limited = 0;
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = post("claims", SLOW, null, claim(nik, LocalDate.now().minusDays(20 + i), "1000", null));
            if (response.statusCode() == 429) {
                limited++;
                assertProblem(response, 429, null);
            } else if (response.statusCode() == 201) {
                created++;
            }
        }
        assertTrue(limited >= 2, "writes over the burst are refused");
        assertEquals(created, claimCount(nik), "only the requests within the limit were filed");
    }

    // ---- bulk import --------------------------------------------------------------------------------------

    @Test
    void aCsvImportReportsExactlyTheBadRowsAndTheSameFileIsNotImportedTwice() throws Exception {
        String good1 = nextNik();
        String good2 = nextNik();
        String csv = "nik,passport_no,full_name,sex,birth_date,placement_channel,agency_name,agency_licence,destination_country,employer_name,job_title,contract_months\n"
                + good1 + ",B" + good1.substring(10) + ",Rina Marlina,P,1990-01-01,AGENCY,PT Maju,SIP-1,TW,Chen,Caregiver,24\n"
                + "12345,,Tanpa NIK,P,1990-01-01,AGENCY,PT Maju,SIP-1,TW,Chen,Caregiver,24\n"
                + good2 + ",,Sri Wahyuni,P,1990-01-01,PERSEORANGAN,,,HK,Wong,Domestic,24\n"
                + nextNik() + ",,Salah Bulan,P,1990-01-01,AGENCY,PT Maju,SIP-1,TW,Chen,Caregiver,abc\n"
                + good1 + ",,Ganda,P,1990-01-01,AGENCY,PT Maju,SIP-1,TW,Chen,Caregiver,24\n"
                + nextNik() + ",B" + good1.substring(10) + ",Paspor Ganda,P,1990-01-01,AGENCY,PT Maju,SIP-1,TW,Chen,Caregiver,24\n";
        HttpResponse<String> upload = http.send(request("imports", SISKOP).header("Content-Type", "text/csv")
                .header("X-File-Name", "siskop2mi-uji.csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, upload.statusCode(), upload.body());
        String id = field(upload.body(), "importId");
        String status = "";
        for (int i = 0; i < 120 && !status.contains("\"COMPLETED\"") && !status.contains("\"FAILED\""); i++) {
            Thread.sleep(500);
            status = get("imports/" + id, SISKOP).body();
        }
        assertTrue(status.contains("\"status\":\"COMPLETED\""), status);
        assertTrue(status.contains("\"acceptedRows\":2"), status);
        assertTrue(status.contains("\"rejectedRows\":4"), status);
        assertTrue(status.contains("{\"field\":\"nik\",\"reason\":") && status.contains("\"row\":3"), status);
        assertTrue(status.contains("\"field\":\"contract_months\""), status);
        assertTrue(status.contains("\"row\":6"), status);
        // a passport taken by a row above in the same file names the passport column
        assertTrue(status.contains("{\"field\":\"passport_no\",\"reason\":") && status.contains("\"row\":7"), status);
        assertFalse(status.contains("\"row\":2,"), status);
        assertEquals(200, get("participants/" + good2 + "/coverage", SISKOP).statusCode());

        // staff follow the same import on the imports page: its progress, then its rejected rows with field and reason
        Browser manager = new Browser(base);
        manager.login("manajer", "Demo#2026");
        HttpResponse<String> page = manager.get("imports.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("siskop2mi-uji.csv") && page.body().contains("pmi-import-status\">Selesai<"), page.body());
        assertTrue(page.body().contains("6 / 6"), "all six rows processed: " + page.body());
        HttpResponse<String> rejected = manager.ajax("imports.xhtml", page.body(), "imports", "imports:files:0:show",
                "imports:files:0:show", "imports:problems", java.util.Map.of());
        assertTrue(rejected.body().contains("contract_months") && rejected.body().contains(">nik<"), rejected.body());
        Browser adjudicator = new Browser(base);
        adjudicator.login("adjudikator", "Demo#2026");
        assertEquals(403, adjudicator.get("imports.xhtml").statusCode(), "adjudicators do not monitor imports");

        HttpResponse<String> again = http.send(request("imports", SISKOP).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(again, 409, null);
        assertTrue(again.body().contains("\"existing\":\"" + id + "\""), again.body());
    }

    // ---- OpenAPI ------------------------------------------------------------------------------------------

    @Test
    void theOpenApiDocumentIsValidAndDescribesEveryEndpoint() throws Exception {
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(base.toURI().resolve("/openapi").toString()))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, doc.statusCode());
        // Payara adds a top-level "endpoints" map (its own extension, not an OpenAPI field); drop it before validating
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(doc.body());
        tree.remove("endpoints");
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(mapper.writeValueAsString(tree), null, null);
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(), "validator: " + result.getMessages());
        var paths = result.getOpenAPI().getPaths();
        String prefix = base.getPath().endsWith("/") ? base.getPath() + "api/v1/" : base.getPath() + "/api/v1/";
        for (String path : List.of("claims", "claims/multipart", "claims/{claimNo}", "registrations", "contract-extensions", "contributions",
                "participants/{nik}/coverage", "participants/{nik}/claims", "imports", "imports/{id}")) {
            boolean found = paths.keySet().stream().anyMatch(p -> p.endsWith("/api/v1/" + path));
            assertTrue(found, "OpenAPI describes " + prefix + path + " in " + paths.keySet());
        }
        paths.forEach((p, item) -> item.readOperations().forEach(op -> {
            if (p.contains("/api/v1/")) {
                assertTrue(op.getSummary() != null && op.getResponses().size() >= 3, p + " is documented with its errors");
            }
        }));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private String registerNewParticipant() throws Exception {
        String nik = nextNik();
        HttpResponse<String> response = post("registrations", SISKOP, null, registration(nik));
        assertEquals(201, response.statusCode(), response.body());
        return nik;
    }

    private static String nextNik() {
        return "520301410190" + String.format("%04d", SERIAL.incrementAndGet() + (int) (ProcessHandle.current().pid() % 50) * 100);
    }

    private static String registration(String nik) {
        return "{\"nik\":" + (nik == null ? "null" : "\"" + nik + "\"") + ",\"passportNo\":\"X" + UUID.randomUUID().toString().substring(0, 7).toUpperCase()
                + "\",\"fullName\":\"Siti Aminah\",\"sex\":\"FEMALE\",\"birthDate\":\"1990-01-01\","
                + "\"placement\":{\"channel\":\"AGENCY\",\"agencyName\":\"PT Maju Jaya\",\"agencyLicence\":\"SIP3MI-123\","
                + "\"destinationCountry\":\"TW\",\"employerName\":\"Chen Family\",\"jobTitle\":\"Caregiver\",\"contractMonths\":24}}";
    }

    private static String claim(String nik, LocalDate incident, String amount, String documents) {
        return "{\"participantNik\":\"" + nik + "\",\"incidentKind\":\"DEATH_OTHER\",\"incidentDate\":\"" + incident
                + "\",\"incidentCountry\":\"TW\",\"unitCode\":\"KP-JKT\",\"channel\":\"E_KLAIM\","
                + "\"benefits\":[{\"benefitCode\":\"JKM_DEATH_D\",\"amount\":" + amount + "}],"
                + "\"payeeName\":\"Budi Hartono\",\"payeeBankCode\":\"BRI\",\"payeeAccountNo\":\"0123456789\""
                + (documents == null ? "" : ",\"documents\":" + documents) + "}";
    }

    private static int count(String body, String needle) {
        int count = 0;
        for (int at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private HttpResponse<String> upload(String path, String key, String idempotencyKey, String csv) throws Exception {
        HttpRequest.Builder builder = request(path, key).header("Content-Type", "text/csv");
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(builder.POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int claimCount(String nik) throws Exception {
        HttpResponse<String> response = get("participants/" + nik + "/claims", EKLAIM);
        assertEquals(200, response.statusCode(), response.body());
        Matcher m = Pattern.compile("\"claimNo\"").matcher(response.body());
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static String claimNo(String body) {
        Matcher m = Pattern.compile("\"claimNo\":\"([^\"]+)\"").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    private static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map().toString());
        assertTrue(response.body().contains("\"status\":" + status), response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("at id.go") || response.body().contains("Payara"),
                "no stack trace or server name: " + response.body());
        if (field != null) {
            assertTrue(response.body().contains("\"field\":\"" + field + "\""), "names " + field + ": " + response.body());
        }
        assertNotEquals("", response.body());
    }

    private URI api(String path) throws Exception {
        return base.toURI().resolve("api/v1/" + path);
    }

    private HttpRequest.Builder request(String path, String key) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(api(path)).timeout(Duration.ofSeconds(60));
        if (key != null) {
            builder.header("Authorization", "ApiKey " + key);
        }
        return builder;
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        return http.send(request(path, key).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String key, String idempotencyKey, String json) throws Exception {
        HttpRequest.Builder builder = request(path, key).header("Content-Type", "application/json");
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

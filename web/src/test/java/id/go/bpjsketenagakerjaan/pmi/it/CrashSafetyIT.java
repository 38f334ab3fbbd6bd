package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bpjsketenagakerjaan.pmi.demo.DemoDataLoader;
import id.go.bpjsketenagakerjaan.pmi.intake.control.Sha256;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crash safety (issue 10, item 2): Payara Micro runs as a separate process on an H2 file database and is killed with
 * SIGKILL in the middle of (a) a SISKOP2MI bulk import, (b) the release of a payment batch and (c) a burst of API
 * claim intake with Idempotency-Keys. Right after each kill the database file is inspected directly (what a crash
 * leaves behind), then the server is restarted on the same file and the work is finished over HTTP; finally the
 * invariants are counted exactly in the database: nothing acknowledged lost, nothing doubled, no batch half released,
 * the audit chain intact. Each test starts from its own fresh database. Runs in the {@code crash} profile
 * ({@code ./mvnw verify -Pcrash}, also run by {@code .ci/run}): six cold boots do not fit the default build.
 */
class CrashSafetyIT {

    static final String EKLAIM = "pmi_demo_e-klaim_2026";
    static final String SISKOP = "pmi_demo_siskop2mi_2026";
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Duration WORK_TIMEOUT = Duration.ofMinutes(5);
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(PayaraProcess.HTTP_VERSION)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private PayaraProcess server;

    @AfterEach
    void killServer() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
    }

    // ---- (c) a burst of API intake --------------------------------------------------------------------------

    record Attempt(String key, String nik, String body, int status, String response) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    @Test
    void everyAcknowledgedClaimSurvivesAKillAndRetriesCreateNothingNew() throws Exception {
        server = new PayaraProcess("intake-burst").start();
        int threads = 6;
        List<String> niks = new ArrayList<>();
        for (int i = 0; i < threads * 2; i++) {
            niks.add(register(nik(7000 + i)));
        }
        List<Attempt> attempts = new CopyOnWriteArrayList<>();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        LocalDate today = LocalDate.now(WIB);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; i < 80; i++) {
                    String nik = niks.get(thread * 2 + i % 2);
                    String key = UUID.randomUUID().toString();
                    String body = claim(nik, today.minusDays(1 + i / 2));
                    try {
                        HttpResponse<String> response = post("claims", EKLAIM, key, body);
                        attempts.add(new Attempt(key, nik, body, response.statusCode(), response.body()));
                        if (response.statusCode() == 201) {
                            acknowledged.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException killed) {
                        attempts.add(new Attempt(key, nik, body, -1, null)); // in flight at the kill: outcome unknown
                        return;
                    }
                }
            });
        }
        awaitCount(acknowledged, 40, "acknowledged claims before the kill");
        server.kill();
        pool.shutdown();
        assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES), "the client threads end once the server is gone");
        List<Attempt> acked = attempts.stream().filter(Attempt::acknowledged).toList();
        assertTrue(attempts.stream().anyMatch(a -> a.status() == -1), "the kill hit requests in flight");
        assertTrue(attempts.stream().noneMatch(a -> a.status() >= 500), "no 5xx before the kill: "
                + attempts.stream().filter(a -> a.status() >= 500).map(Attempt::response).findFirst().orElse(""));

        // what the crash left: every acknowledged request is there, completed, with exactly its claim
        try (Connection db = server.database()) {
            for (Attempt attempt : acked) {
                assertEquals(List.of(claimNo(attempt.response())), strings(db,
                        "SELECT c.claim_no FROM idempotency_record r JOIN claim c ON r.response_body LIKE '%\"' || c.claim_no || '\"%'"
                                + " WHERE r.idem_key = ? AND r.response_status = 201", attempt.key()),
                        "acknowledged request " + attempt.key() + " is persisted with its claim");
            }
            assertEquals(0, count(db, "SELECT COUNT(*) FROM idempotency_record WHERE response_status IS NULL"),
                    "no half-done idempotency record");
        }

        server.start();
        Map<String, String> claimOfKey = new LinkedHashMap<>();
        for (Attempt attempt : attempts) {
            HttpResponse<String> retry = post("claims", EKLAIM, attempt.key(), attempt.body());
            assertEquals(201, retry.statusCode(), attempt.key() + ": " + retry.body());
            if (attempt.acknowledged()) {
                assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""), "replayed " + attempt.key());
                assertEquals(attempt.response(), retry.body(), "the first answer, byte for byte");
            }
            claimOfKey.put(attempt.key(), claimNo(retry.body()));
        }
        for (Attempt attempt : attempts) {
            HttpResponse<String> again = post("claims", EKLAIM, attempt.key(), attempt.body());
            assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""), "replayed " + attempt.key());
            assertEquals(claimOfKey.get(attempt.key()), claimNo(again.body()));
        }
        assertEquals(attempts.size(), claimOfKey.values().stream().distinct().count(), "one claim per key, none shared");
        for (String nik : niks) {
            long keys = attempts.stream().filter(a -> a.nik().equals(nik)).count();
            assertEquals(keys, claimsOf(nik), "claims of " + nik + " = keys sent for it");
        }
        assertAuditChainIntact();
        server.kill();

        try (Connection db = server.database()) {
            assertEquals(attempts.size(), count(db, "SELECT COUNT(*) FROM claim c JOIN participant p ON p.id = c.participant_id"
                    + " WHERE p.nik LIKE '5203014101907%'"), "claims of the burst's participants = keys");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM (SELECT participant_id FROM claim"
                    + " GROUP BY participant_id, benefit_code, incident_date HAVING COUNT(*) > 1)"), "no natural duplicate");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM idempotency_record WHERE response_status IS NULL"));
            assertChainIntactInDatabase(db);
        }
    }

    // ---- (a) a bulk import ----------------------------------------------------------------------------------

    @Test
    void anImportKilledMidWayResumesFromItsCheckpointAndWritesEveryRowOnce() throws Exception {
        int rows = 3000;
        StringBuilder csv = new StringBuilder("nik,passport_no,full_name,sex,birth_date,placement_channel,agency_name,"
                + "agency_licence,destination_country,employer_name,job_title,contract_months\n");
        Map<Integer, String> expectedRejections = new TreeMap<>();
        String previousNik = null;
        for (int i = 1; i <= rows; i++) {
            int rowNo = i + 1; // the header is row 1
            String nik = nik(i);
            if (i % 100 == 37) {
                nik = "12345";
                expectedRejections.put(rowNo, "nik");
            } else if (i % 150 == 75) {
                nik = previousNik; // registered one row earlier
                expectedRejections.put(rowNo, "nik");
            }
            csv.append(nik).append(",,Pekerja ").append(i).append(",P,1990-01-01,AGENCY,PT Maju,SIP-1,TW,Chen,Caregiver,24\n");
            previousNik = nik;
        }
        int expectedAccepted = rows - expectedRejections.size();

        server = new PayaraProcess("bulk-import").start();
        HttpResponse<String> upload = http.send(request("imports", SISKOP).header("Content-Type", "text/csv")
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("X-File-Name", "siskop2mi-crash.csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, upload.statusCode(), upload.body());
        long importId = JSON.readTree(upload.body()).get("importId").asLong();

        JsonNode atKill = awaitImport(importId, s -> s.get("processedRows").asInt() >= 500 || isFinished(s));
        server.kill();
        int processedAtKill = atKill.get("processedRows").asInt();
        assertFalse(isFinished(atKill), "the import was still running at the kill: " + atKill);

        try (Connection db = server.database()) {
            int checkpoint = (int) count(db, "SELECT last_row FROM import_file WHERE id = ?", importId);
            assertTrue(checkpoint >= processedAtKill && checkpoint < rows + 1, "checkpoint " + checkpoint + " after "
                    + processedAtKill + " rows reported");
            assertEquals(checkpoint - 1, count(db, "SELECT COUNT(DISTINCT row_no) FROM import_row WHERE import_id = ?", importId),
                    "the report holds exactly the rows up to the committed checkpoint");
            assertEquals(count(db, "SELECT COUNT(*) FROM import_row WHERE import_id = ? AND outcome = 'ACCEPTED'", importId),
                    count(db, "SELECT COUNT(*) FROM participant WHERE nik LIKE '520301410190%'"),
                    "each accepted row committed with its participant");
            assertEquals(count(db, "SELECT accepted_rows + rejected_rows FROM import_file WHERE id = ?", importId), checkpoint - 1,
                    "counters committed with the checkpoint");
        }

        server.start(); // ImportResumer starts a new execution after the committed checkpoint
        JsonNode done = awaitImport(importId, CrashSafetyIT::isFinished);
        assertEquals("COMPLETED", done.get("status").asText(), done.toString());
        assertEquals(rows, done.get("totalRows").asInt());
        assertEquals(rows, done.get("processedRows").asInt());
        assertEquals(expectedAccepted, done.get("acceptedRows").asInt(), done.toString());
        assertEquals(expectedRejections.size(), done.get("rejectedRows").asInt(), done.toString());
        Map<Integer, String> reported = new TreeMap<>();
        for (JsonNode rejected : done.get("rejected")) {
            assertNull(reported.put(rejected.get("row").asInt(), rejected.get("field").asText()), "row reported once: " + rejected);
        }
        assertEquals(expectedRejections, reported, "exactly the bad rows, each naming its field");
        assertAuditChainIntact();
        server.kill();

        try (Connection db = server.database()) {
            assertEquals(expectedAccepted, count(db, "SELECT COUNT(*) FROM participant WHERE nik LIKE '520301410190%'"),
                    "every good row registered, once");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM (SELECT nik FROM participant WHERE nik IS NOT NULL GROUP BY nik"
                    + " HAVING COUNT(*) > 1)"), "no NIK twice");
            assertEquals(rows, count(db, "SELECT COUNT(DISTINCT row_no) FROM import_row WHERE import_id = ?", importId));
            assertEquals(expectedAccepted, count(db, "SELECT COUNT(*) FROM import_row WHERE import_id = ? AND outcome = 'ACCEPTED'",
                    importId), "one ACCEPTED report row per good row");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM (SELECT row_no FROM import_row WHERE import_id = ? GROUP BY row_no"
                    + " HAVING COUNT(DISTINCT outcome) > 1 OR SUM(CASE WHEN outcome = 'ACCEPTED' THEN 1 ELSE 0 END) > 1)", importId));
            assertChainIntactInDatabase(db);
        }
    }

    // ---- (b) releasing a payment batch ----------------------------------------------------------------------

    @Test
    void aBatchKilledDuringReleaseIsReleasedOrNotNeverHalfAndNoClaimIsPaidTwice() throws Exception {
        server = new PayaraProcess("batch-release").start();
        Browser supervisor = new Browser(server.base());
        supervisor.login("supervisor", DemoDataLoader.DEMO_PASSWORD);
        String page = supervisor.get("batches.xhtml").body();
        String valueDate = LocalDate.now(WIB).plusDays(1).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        HttpResponse<String> drafted = supervisor.ajax("batches.xhtml", page, "batchesForm", "batchesForm:draft",
                "batchesForm:draftPanel", "batchesForm", Map.of("batchesForm:valueDate_input", valueDate, "batchesForm:bankCode_input", ""));
        assertEquals(200, drafted.statusCode());
        assertTrue(drafted.body().contains("klaim dimasukkan ke"), "a batch was drafted: " + drafted.body());

        // fire the release and kill the server while it works on it
        Browser releasing = supervisor;
        String draftedPage = page;
        CompletableFuture<HttpResponse<String>> release = CompletableFuture.supplyAsync(() -> {
            try {
                return releasing.ajax("batches.xhtml", draftedPage, "batchesForm", "batchesForm:release", "batchesForm:release",
                        "batchesForm", Map.of());
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        });
        long delayMillis = Long.getLong("crash.releaseKillDelayMillis", 40);
        release.completeOnTimeout(null, delayMillis, TimeUnit.MILLISECONDS).join();
        server.kill();
        HttpResponse<String> answered = release.getNow(null);
        boolean acknowledged = answered != null && answered.body().contains("dirilis. Checksum");

        long batchId;
        try (Connection db = server.database()) {
            batchId = count(db, "SELECT MIN(id) FROM payment_batch");
            String status = assertBatchWhole(db, batchId);
            if (acknowledged) {
                assertEquals("RELEASED", status, "an acknowledged release survives the kill");
            }
            assertNoClaimPaidTwice(db);
        }

        server.start();
        supervisor = new Browser(server.base());
        supervisor.login("supervisor", DemoDataLoader.DEMO_PASSWORD);
        page = supervisor.get("batches.xhtml").body();
        if (page.contains("pmi-batch-DRAFT")) { // the kill won: release it now, from a fresh view
            HttpResponse<String> opened = supervisor.ajax("batches.xhtml", page, "batchesForm", "batchesForm:batches:0:openBatch",
                    "batchesForm:batches:0:openBatch", "batchesForm", Map.of());
            assertTrue(opened.body().contains("batchesForm:release"), "the draft batch opens with its release button");
            HttpResponse<String> released = supervisor.ajax("batches.xhtml", page, "batchesForm", "batchesForm:release",
                    "batchesForm:release", "batchesForm", Map.of());
            assertTrue(released.body().contains("dirilis. Checksum"), released.body());
        }
        HttpResponse<String> again = supervisor.ajax("batches.xhtml", page, "batchesForm", "batchesForm:draft",
                "batchesForm:draftPanel", "batchesForm", Map.of("batchesForm:valueDate_input", valueDate, "batchesForm:bankCode_input", ""));
        assertTrue(again.body().contains("Tidak ada klaim disetujui yang belum masuk batch"),
                "a second draft finds no approved claim left to pay: " + again.body());
        assertAuditChainIntact();
        server.kill();

        try (Connection db = server.database()) {
            assertEquals("RELEASED", assertBatchWhole(db, batchId));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM payment_batch"), "no second batch");
            assertEquals(count(db, "SELECT COUNT(*) FROM claim WHERE status = 'APPROVED'"),
                    count(db, "SELECT COUNT(*) FROM payment WHERE batch_id = ?", batchId), "each approved claim once in the batch");
            assertNoClaimPaidTwice(db);
            assertChainIntactInDatabase(db);
        }
    }

    /** DRAFT without a file, or RELEASED with the file whose SHA-256 is stored and whose lines and total are the batch's. */
    private static String assertBatchWhole(Connection db, long batchId) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(
                "SELECT status, file_sha256, file_content, line_count, total_amount, released_at FROM payment_batch WHERE id = ?")) {
            statement.setLong(1, batchId);
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next(), "batch " + batchId);
                String status = rs.getString(1);
                String sha = rs.getString(2);
                String file = rs.getString(3);
                long lines = count(db, "SELECT COUNT(*) FROM payment WHERE batch_id = ?", batchId);
                assertEquals(lines, rs.getInt(4), "line count matches the payments");
                assertEquals(0, rs.getBigDecimal(5).compareTo(sum(db, batchId)), "total matches the payments");
                if (status.equals("DRAFT")) {
                    assertNull(sha, "a draft has no checksum");
                    assertNull(file, "a draft has no file");
                    assertNull(rs.getTimestamp(6));
                } else {
                    assertEquals("RELEASED", status);
                    assertNotNull(file, "a released batch has its file");
                    assertEquals(sha, Sha256.hex(file.getBytes(StandardCharsets.UTF_8)), "file and checksum agree");
                    assertEquals(lines + 1, file.lines().count(), "header plus one line per payment");
                    assertNotNull(rs.getTimestamp(6));
                }
                return status;
            }
        }
    }

    private static java.math.BigDecimal sum(Connection db, long batchId) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT COALESCE(SUM(amount), 0) FROM payment WHERE batch_id = ?")) {
            statement.setLong(1, batchId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    private static void assertNoClaimPaidTwice(Connection db) throws SQLException {
        assertEquals(0, count(db, "SELECT COUNT(*) FROM (SELECT claim_id FROM payment WHERE status <> 'VOIDED'"
                + " GROUP BY claim_id HAVING COUNT(*) > 1)"), "no claim with two live payments");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM (SELECT active_claim_id FROM payment WHERE active_claim_id IS NOT NULL"
                + " GROUP BY active_claim_id HAVING COUNT(*) > 1)"), "no claim with two active payments");
    }

    // ---- audit ----------------------------------------------------------------------------------------------

    /** The auditor's page walks the whole chain on the server ({@code AuditTrailService.verify}). */
    private void assertAuditChainIntact() throws Exception {
        Browser auditor = new Browser(server.base());
        auditor.login("auditor", DemoDataLoader.DEMO_PASSWORD);
        String page = auditor.get("audit.xhtml").body();
        HttpResponse<String> verified = auditor.ajax("audit.xhtml", page, "audit", "audit:verify", "audit:verify", "audit:result",
                Map.of());
        assertEquals(200, verified.statusCode());
        Matcher intact = Pattern.compile("Rantai utuh, entri diperiksa \\((\\d+)\\)").matcher(verified.body());
        assertTrue(intact.find(), "the audit chain verifies: " + verified.body());
        assertTrue(Long.parseLong(intact.group(1)) > 0, "entries were checked");
    }

    /** The same check on the file itself: ids without gaps and each entry's previous hash is its predecessor's hash. */
    private static void assertChainIntactInDatabase(Connection db) throws SQLException {
        assertEquals(0, count(db, "SELECT COUNT(*) FROM audit_entry a JOIN audit_entry b ON b.id = a.id + 1 WHERE b.prev_hash <> a.hash"),
                "each entry links to its predecessor");
        assertEquals(count(db, "SELECT COUNT(*) FROM audit_entry"), count(db, "SELECT COALESCE(MAX(id), 0) FROM audit_entry"),
                "no gap in the chain");
        assertEquals(count(db, "SELECT COALESCE(MAX(id), 0) FROM audit_entry"), count(db, "SELECT last_id FROM audit_chain_head"),
                "the chain head points at the last entry");
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static boolean isFinished(JsonNode status) {
        String s = status.get("status").asText();
        return s.equals("COMPLETED") || s.equals("FAILED");
    }

    private JsonNode awaitImport(long importId, java.util.function.Predicate<JsonNode> until) throws Exception {
        long deadline = System.nanoTime() + WORK_TIMEOUT.toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get("imports/" + importId, SISKOP);
            assertEquals(200, response.statusCode(), response.body());
            status = JSON.readTree(response.body());
            if (until.test(status)) {
                return status;
            }
            Thread.sleep(100);
        }
        return fail("import " + importId + " did not get there within " + WORK_TIMEOUT + ": " + status + "\n" + server.tail());
    }

    private void awaitCount(AtomicInteger counter, int target, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WORK_TIMEOUT.toNanos();
        while (counter.get() < target) {
            if (System.nanoTime() > deadline) {
                fail("only " + counter.get() + " " + what + " within " + WORK_TIMEOUT);
            }
            Thread.sleep(20);
        }
    }

    /** A valid NIK (Lombok Timur, female, born 01-01-1990) with the given serial. */
    private static String nik(int serial) {
        return "520301410190" + String.format("%04d", serial);
    }

    private String register(String nik) throws Exception {
        String body = "{\"nik\":\"" + nik + "\",\"passportNo\":\"X" + nik.substring(9) + "\",\"fullName\":\"Siti Aminah\","
                + "\"sex\":\"FEMALE\",\"birthDate\":\"1990-01-01\",\"placement\":{\"channel\":\"AGENCY\",\"agencyName\":\"PT Maju Jaya\","
                + "\"agencyLicence\":\"SIP3MI-123\",\"destinationCountry\":\"TW\",\"employerName\":\"Chen Family\","
                + "\"jobTitle\":\"Caregiver\",\"contractMonths\":24}}";
        HttpResponse<String> response = post("registrations", SISKOP, UUID.randomUUID().toString(), body);
        assertEquals(201, response.statusCode(), response.body());
        return nik;
    }

    private static String claim(String nik, LocalDate incident) {
        return "{\"participantNik\":\"" + nik + "\",\"incidentKind\":\"DEATH_OTHER\",\"incidentDate\":\"" + incident
                + "\",\"incidentCountry\":\"TW\",\"unitCode\":\"KP-JKT\",\"channel\":\"E_KLAIM\","
                + "\"benefits\":[{\"benefitCode\":\"JKM_DEATH_D\",\"amount\":1500000}],"
                + "\"payeeName\":\"Budi Hartono\",\"payeeBankCode\":\"BRI\",\"payeeAccountNo\":\"0123456789\"}";
    }

    private long claimsOf(String nik) throws Exception {
        HttpResponse<String> response = get("participants/" + nik + "/claims", EKLAIM);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("claims").size();
    }

    private static String claimNo(String body) throws IOException {
        return JSON.readTree(body).get("claims").get(0).get("claimNo").asText();
    }

    private HttpRequest.Builder request(String path, String apiKey) {
        return HttpRequest.newBuilder(URI.create(server.base() + "api/v1/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "ApiKey " + apiKey);
    }

    private HttpResponse<String> get(String path, String apiKey) throws IOException, InterruptedException {
        return http.send(request(path, apiKey).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String apiKey, String idempotencyKey, String json)
            throws IOException, InterruptedException {
        return http.send(request(path, apiKey).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getLong(1);
            }
        }
    }

    private static List<String> strings(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}

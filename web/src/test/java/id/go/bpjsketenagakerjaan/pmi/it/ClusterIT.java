package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bpjsketenagakerjaan.pmi.demo.DemoDataLoader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cluster (issue 10, item 4): two Payara Micro processes on loopback form one Payara data grid (Hazelcast over
 * TCP, no multicast) and share one database, an H2 server started by this test in place of Oracle. Each test sends
 * its requests to both instances, as a load balancer would; the last one kills instance A and carries on with A's
 * session on B. Runs in the {@code cluster} profile ({@code ./mvnw verify -Pcluster}, also run by {@code .ci/run}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final String EKLAIM = "pmi_demo_e-klaim_2026";
    static final String SISKOP = "pmi_demo_siskop2mi_2026";
    /** The SLA watch ticks this often on both instances during the test (every five minutes in production). */
    static final int SLA_EVERY_SECONDS = 5;
    static final ObjectMapper JSON = new ObjectMapper();

    static Server database;
    static String databaseUrl;
    static PayaraProcess a;
    static PayaraProcess b;
    static Instant bothUp;

    private final HttpClient http = HttpClient.newBuilder().version(PayaraProcess.HTTP_VERSION)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startCluster() throws Exception {
        Path war = Path.of(System.getProperty("pmi.war", "target/pmi-claims.war")).toAbsolutePath();
        Path dir = war.getParent().resolve("cluster");
        Files.createDirectories(dir);
        int dbPort = PayaraProcess.freePort();
        database = Server.createTcpServer("-tcpPort", Integer.toString(dbPort), "-ifNotExists",
                "-baseDir", dir.resolve("db-" + UUID.randomUUID()).toString()).start();
        databaseUrl = "jdbc:h2:tcp://localhost:" + dbPort + "/pmi;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH";
        int gridA = PayaraProcess.freePort();
        int gridB = PayaraProcess.freePort();
        String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        String cluster = "pmi-cluster-it-" + UUID.randomUUID().toString().substring(0, 8);
        a = new PayaraProcess("cluster-a").withDatabase(databaseUrl).clustered(cluster, members, gridA)
                .withProperty("pmi.sla-escalation.every-seconds", Integer.toString(SLA_EVERY_SECONDS));
        b = new PayaraProcess("cluster-b").withDatabase(databaseUrl).clustered(cluster, members, gridB)
                .withProperty("pmi.sla-escalation.every-seconds", Integer.toString(SLA_EVERY_SECONDS));
        a.start(); // A migrates the schema and loads the demo data; B finds both done
        b.start();
        bothUp = Instant.now();
        assertTrue(Files.readString(b.log()).contains("DG Size: 2"), "B joined A's data grid:\n" + b.tail());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        try {
            if (a != null) {
                a.kill();
            }
            if (b != null) {
                b.kill();
            }
        } finally {
            if (database != null) {
                database.stop();
            }
        }
    }

    @Test
    @Order(1)
    void anIdempotencyKeyUsedOnAIsHonouredOnB() throws Exception {
        String nik = register(a, "5203014101908801");
        String key = UUID.randomUUID().toString();
        String claim = claim(nik);
        HttpResponse<String> first = post(a, "claims", EKLAIM, key, claim);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> retryOnB = post(b, "claims", EKLAIM, key, claim);
        assertEquals(201, retryOnB.statusCode(), retryOnB.body());
        assertEquals("true", retryOnB.headers().firstValue("Idempotent-Replayed").orElse(""), "B replays A's answer");
        assertEquals(first.body(), retryOnB.body(), "the first answer, byte for byte");
        HttpResponse<String> otherBody = post(b, "claims", EKLAIM, key, claim.replace("1500000", "1600000"));
        assertEquals(409, otherBody.statusCode(), "the key with another body is refused on B too: " + otherBody.body());
        assertEquals(1, JSON.readTree(get(b, "participants/" + nik + "/claims", EKLAIM).body()).get("claims").size(),
                "one claim for the key, whichever instance answered");
    }

    @Test
    @Order(2)
    void aChangeMadeOnAIsSeenOnBAtOnce() throws Exception {
        String nik = register(a, "5203014101908802");
        String before = get(b, "participants/" + nik + "/coverage", SISKOP).body(); // B has read the participant
        HttpResponse<String> extended = post(a, "contract-extensions", SISKOP, UUID.randomUUID().toString(),
                "{\"nik\":\"" + nik + "\",\"months\":12}");
        assertEquals(200, extended.statusCode(), extended.body());
        HttpResponse<String> paid = post(a, "contributions", SISKOP, UUID.randomUUID().toString(),
                "{\"nik\":\"" + nik + "\",\"tranche\":\"BEFORE_WORK\",\"paidOn\":\"" + LocalDate.now(ZoneId.of("Asia/Jakarta"))
                        + "\",\"paymentRef\":\"VA-CLUSTER\"}");
        assertEquals(201, paid.statusCode(), paid.body());
        String onA = get(a, "participants/" + nik + "/coverage", SISKOP).body();
        String onB = get(b, "participants/" + nik + "/coverage", SISKOP).body(); // at once: no wait, no retry
        assertNotEquals(before, onB, "B does not answer from what it read before the change");
        assertEquals(JSON.readTree(onA), JSON.readTree(onB), "B sees exactly what A wrote");
        assertTrue(onB.contains("\"payments\":[{"), "the payment made on A: " + onB);
    }

    @Test
    @Order(3)
    void theSlaWatchRunsOncePerTickForTheWholeCluster() throws Exception {
        Duration watch = Duration.ofSeconds(SLA_EVERY_SECONDS * 8L);
        Instant from = bothUp.plusSeconds(SLA_EVERY_SECONDS);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), from.plus(watch)).toMillis()));
        List<Attempt> attempts = attemptsBetween(from, from.plus(watch));
        Set<String> instances = new TreeSet<>();
        attempts.forEach(attempt -> instances.add(attempt.instance()));
        assertEquals(Set.of(a.pid(), b.pid()), pids(instances), "both instances' timers fired: " + attempts);
        List<Attempt> runs = attempts.stream().filter(Attempt::ran).toList();
        long ticks = attempts.stream().map(attempt -> attempt.at().getEpochSecond() / SLA_EVERY_SECONDS).distinct().count();
        assertTrue(ticks >= 5, "the watch ticked during " + watch + ": " + attempts);
        assertTrue(runs.size() <= ticks, runs.size() + " runs in " + ticks + " ticks: " + attempts);
        assertTrue(runs.size() >= ticks - 1, "a tick with no run at all: " + attempts);
        assertTrue(attempts.size() >= ticks + ticks / 2, "most ticks were attempted by both instances: " + attempts);
        Duration lease = Duration.ofMillis(SLA_EVERY_SECONDS * 800L);
        for (int i = 1; i < runs.size(); i++) {
            Duration apart = Duration.between(runs.get(i - 1).at(), runs.get(i).at());
            assertTrue(apart.compareTo(lease) >= 0, "two runs " + apart + " apart, within one lease: " + runs);
        }
    }

    @Test
    @Order(4)
    void aSessionStartedOnAContinuesOnBAfterAIsKilled() throws Exception {
        Browser onA = new Browser(a.base());
        onA.login("supervisor", DemoDataLoader.DEMO_PASSWORD);
        HttpResponse<String> queueOnA = onA.get("approvals.xhtml");
        assertEquals(200, queueOnA.statusCode());
        assertTrue(queueOnA.uri().getPath().endsWith("/approvals.xhtml"), "logged in on A: " + queueOnA.uri());
        Browser onB = onA.on(b.base());
        HttpResponse<String> queueOnB = onB.get("approvals.xhtml");
        assertEquals(200, queueOnB.statusCode(), queueOnB.body());
        assertTrue(queueOnB.uri().getPath().endsWith("/approvals.xhtml"), "B knows the session, no login: " + queueOnB.uri());
        assertTrue(queueOnB.body().contains("supervisor"), "B shows the supervisor's page");

        a.kill();

        HttpResponse<String> afterKill = onB.get("claims.xhtml");
        assertEquals(200, afterKill.statusCode());
        assertTrue(afterKill.uri().getPath().endsWith("/claims.xhtml"), "still logged in on B: " + afterKill.uri());
        // a page A rendered is posted to B: its view (a view-scoped bean in the session) was replicated too
        Map<String, String> switchToEnglish = new LinkedHashMap<>();
        switchToEnglish.put("menuForm", "menuForm");
        switchToEnglish.put("menuForm:langEn", "menuForm:langEn");
        switchToEnglish.put("jakarta.faces.ViewState", Browser.viewState(queueOnA.body()));
        switchToEnglish.put("primefaces.nonce", Browser.nonce(queueOnA.body()));
        HttpResponse<String> posted = onB.post("approvals.xhtml", switchToEnglish);
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains("lang=\"en\""), "the post from A's page took effect on B:\n" + posted.body());
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    record Attempt(String instance, Instant at, boolean ran) {
    }

    private static List<Attempt> attemptsBetween(Instant from, Instant to) throws Exception {
        try (Connection db = DriverManager.getConnection(databaseUrl, "pmi", "pmi");
             PreparedStatement query = db.prepareStatement("SELECT instance_name, attempted_at, ran FROM job_run"
                     + " WHERE job_name = 'sla-escalation' AND attempted_at >= ? AND attempted_at < ? ORDER BY attempted_at")) {
            query.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(from, ZoneOffset.UTC)));
            query.setTimestamp(2, Timestamp.valueOf(LocalDateTime.ofInstant(to, ZoneOffset.UTC)));
            List<Attempt> attempts = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    attempts.add(new Attempt(rs.getString(1), rs.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC),
                            rs.getInt(3) == 1));
                }
            }
            return attempts;
        }
    }

    /** An instance writes its JVM name ({@code pid@host}) in front of its timer's name. */
    private static Set<Long> pids(Set<String> instances) {
        Set<Long> pids = new TreeSet<>();
        instances.forEach(instance -> pids.add(Long.parseLong(instance.substring(0, instance.indexOf('@')))));
        return pids;
    }

    private String register(PayaraProcess server, String nik) throws Exception {
        String body = "{\"nik\":\"" + nik + "\",\"passportNo\":\"X" + nik.substring(9) + "\",\"fullName\":\"Siti Aminah\","
                + "\"sex\":\"FEMALE\",\"birthDate\":\"1990-01-01\",\"placement\":{\"channel\":\"AGENCY\",\"agencyName\":\"PT Maju Jaya\","
                + "\"agencyLicence\":\"SIP3MI-123\",\"destinationCountry\":\"TW\",\"employerName\":\"Chen Family\","
                + "\"jobTitle\":\"Caregiver\",\"contractMonths\":24}}";
        HttpResponse<String> response = post(server, "registrations", SISKOP, UUID.randomUUID().toString(), body);
        assertEquals(201, response.statusCode(), response.body());
        return nik;
    }

    private static String claim(String nik) {
        return "{\"participantNik\":\"" + nik + "\",\"incidentKind\":\"DEATH_OTHER\",\"incidentDate\":\""
                + LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(3) + "\",\"incidentCountry\":\"TW\",\"unitCode\":\"KP-JKT\","
                + "\"channel\":\"E_KLAIM\",\"benefits\":[{\"benefitCode\":\"JKM_DEATH_D\",\"amount\":1500000}],"
                + "\"payeeName\":\"Budi Hartono\",\"payeeBankCode\":\"BRI\",\"payeeAccountNo\":\"0123456789\"}";
    }

    private HttpRequest.Builder request(PayaraProcess server, String path, String apiKey) {
        URL base = server.base();
        return HttpRequest.newBuilder(URI.create(base + "api/v1/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "ApiKey " + apiKey);
    }

    private HttpResponse<String> get(PayaraProcess server, String path, String apiKey) throws Exception {
        HttpResponse<String> response = http.send(request(server, path, apiKey).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private HttpResponse<String> post(PayaraProcess server, String path, String apiKey, String idempotencyKey, String json)
            throws Exception {
        return http.send(request(server, path, apiKey).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

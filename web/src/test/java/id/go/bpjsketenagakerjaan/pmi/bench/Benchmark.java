package id.go.bpjsketenagakerjaan.pmi.bench;

import id.go.bpjsketenagakerjaan.pmi.db.generator.LoadDatabase;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national-scale benchmark (issue 9), run by {@code ./mvnw -Pbenchmark -DskipTests package}: loads (or reuses)
 * an H2 file database with the generated population, measures the JDBC baselines in this process, starts Payara
 * Micro with {@code -Xmx1g} on the database, logs in like a browser, drives the pages and the intake API with wrk
 * (Debian package {@code wrk}) and prints one table: target, measured, baseline, ratio.
 *
 * <p>Baselines run before the server opens the database file (H2 embedded allows one process), in the same run.
 */
public final class Benchmark {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final String OPEN = "('RECEIVED', 'DOCUMENTS_INCOMPLETE', 'VERIFICATION', 'INFORMATION_REQUESTED', "
            + "'ADJUDICATION', 'AWAITING_APPROVAL', 'RETURNED_FOR_CORRECTION', 'APPROVED', 'APPEALED')";
    private static final String BENCH_KEY = "pmi_bench_intake_key_2026_0123456789abcdef";

    private final Map<String, String> options;
    private final Path dir;
    private final String url;
    private final int seconds;
    private final int port;
    private final List<String[]> table = new ArrayList<>();
    private final Map<String, List<String>> profiles = new LinkedHashMap<>();

    private Benchmark(Map<String, String> options) {
        this.options = options;
        this.dir = Path.of(options.getOrDefault("dir", "target/benchmark")).toAbsolutePath();
        // QUERY_CACHE_SIZE=0: H2 otherwise hands a session the previous result of the same statement while no table
        // changed, which a read-only round always gets and a live system with writes rarely does
        this.url = "jdbc:h2:file:" + dir.resolve("pmi") + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=0";
        this.seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        this.port = Integer.parseInt(options.getOrDefault("port", "18380"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new Benchmark(options).run();
    }

    private void run() throws Exception {
        Files.createDirectories(dir);
        long started = System.nanoTime();
        LoadDatabase.main(new String[]{"--url", url + ";CACHE_SIZE=1048576",
                "--participants", options.getOrDefault("participants", "1000000"),
                "--claims", options.getOrDefault("claims", "2000000")});
        row("data load (generator, reused if present)", "< 600 s", secs(System.nanoTime() - started), "", "");

        Map<String, Double> baselines = new LinkedHashMap<>();
        List<String[]> importRows = importRows(Integer.parseInt(options.getOrDefault("import-rows", "20000")));
        try (Connection c = DriverManager.getConnection(url, "pmi", "pmi")) {
            baselines.put("workbench", p95(() -> workbenchSql(c), 20));
            baselines.put("approvals", p95(() -> approvalsSql(c), 20));
            // one user: the dashboard's dozen scans take seconds each at full size; twenty at once would only queue
            baselines.put("dashboard", p95(() -> dashboardSql(c), 1));
            baselines.put("insert", rawInsertRowsPerSecond(c, importRows));
            System.out.println("BENCHMARK baselines (p95 ms; insert rows/s): " + baselines);
            benchClient(c);
            sampleNiks(c);
        }

        int soakMinutes = Integer.parseInt(options.getOrDefault("soak-minutes", "0"));
        // the soak reads the server's heap: the database then runs in its own process (this one), as Oracle does in
        // production, so H2's page cache filling up is not mistaken for the application's heap growing
        org.h2.tools.Server database = soakMinutes > 0 ? org.h2.tools.Server.createTcpServer("-tcpPort", "0",
                "-baseDir", dir.toString()).start() : null;
        // embedded, H2's page cache lives in the server's 1 GB heap: bounded to 32 MB (its estimate; about 400 MB
        // of heap were held at the default on the 2 M-claim database, and one start ran out of memory)
        Process server = startServer(database == null ? url + ";CACHE_SIZE=32768"
                : "jdbc:h2:tcp://localhost:" + database.getPort() + "/pmi;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH");
        try {
            long ready = waitReady(server, base("login.xhtml"), dir.resolve("payara.log"));
            row("server start on the loaded database to login page", "", secs(ready), "", "");
            // twenty users of each page: twenty sessions, one per wrk connection
            List<String> adjudicators = logins("adjudikator", USERS);
            List<String> supervisors = logins("supervisor", USERS);
            List<String> managers = logins("manajer", USERS);
            String adjudicator = adjudicators.get(0);
            String manager = managers.get(0);
            if (soakMinutes > 0) {
                boolean passed = new Soak(this, server, soakMinutes).run(adjudicator, manager);
                print();
                if (!passed) {
                    throw new IllegalStateException("soak failed: errors or heap growth, see the table above");
                }
                return;
            }
            long first = System.nanoTime();
            HttpResponse<Void> cold = Benchmark.http1().build().send(HttpRequest.newBuilder(base("dashboard.xhtml"))
                    .header("Cookie", manager).build(), HttpResponse.BodyHandlers.discarding());
            row("management dashboard, first request after start (computes its snapshot)", "", fmt((System.nanoTime() - first)
                    / 1e6) + " ms (HTTP " + cold.statusCode() + ")", "", "");
            for (int repeat = 1; repeat <= 2; repeat++) {
                // a few seconds of the same load first, so the JIT and the caches are warm when measuring starts
                if (repeat == 1) {
                    for (Map.Entry<String, List<String>> page : Map.of("workbench.xhtml", adjudicators,
                            "approvals.xhtml", supervisors, "dashboard.xhtml", managers).entrySet()) {
                        wrk(page.getKey(), page.getValue(), USERS, null, Math.max(1, seconds / 4));
                    }
                }
                boolean profiled = repeat == 1;
                Wrk queue = profiled(server, profiled, "workbench", () -> wrk("workbench.xhtml", adjudicators, USERS, null, seconds));
                page("adjudicator workbench (my + team queue), 20 users #" + repeat, "p95 <= 150 ms", queue,
                        baselines.get("workbench"));
                Wrk approvals = profiled(server, profiled, "approvals", () -> wrk("approvals.xhtml", supervisors, USERS, null, seconds));
                page("supervisor approval queue, 20 users #" + repeat, "p95 <= 150 ms", approvals,
                        baselines.get("approvals"));
                Wrk dashboard = profiled(server, profiled, "dashboard", () -> wrk("dashboard.xhtml", managers, USERS, null, seconds));
                page("management dashboard, 20 users #" + repeat, "p95 <= 250 ms", dashboard, baselines.get("dashboard"));
                heap(server, repeat);
            }
            Wrk staticFile = wrk("jakarta.faces.resource/pmi.css.xhtml?ln=pmi", null, 16, null);
            String intakeScript = intakeScript();
            Wrk intake = profiled(server, true, "intake", () -> wrk("api/v1/claims", null, 16, intakeScript));
            row("claim intake API, 16 clients: claims/s", ">= 500/s", fmt(intake.rate()) + "/s",
                    fmt(staticFile.rate()) + "/s (static)", ratio(intake.rate(), staticFile.rate()));
            // a 4xx is the API refusing a request (a natural duplicate of a claim filed in the round), not an error
            row("claim intake API: p99, errors", "<= 200 ms, 0", fmt(intake.p99) + " ms, " + intake.failures()
                            + " (" + intake.refused + " refused as 4xx)",
                    fmt(staticFile.p99) + " ms, " + staticFile.failures(), ratio(intake.p99, staticFile.p99));
            double imported = profiled(server, true, "import", () -> importRowsPerSecond(importRows));
            row("bulk registration import (Jakarta Batch): rows/s", ">= 10000/s and >= 50 % of raw",
                    fmt(imported) + "/s", fmt(baselines.get("insert")) + "/s (raw JDBC)", ratio(imported, baselines.get("insert")));
            heap(server, 3);
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            if (database != null) {
                database.stop();
            }
        }
        runCommand();
        print();
    }

    /**
     * The README's run command as a developer types it after a build (warm: compiled, everything downloaded), timed
     * from the command to its login page answering. On its own port; it uses the project's {@code ./data} as the
     * command always does. Where {@code ./data} is absent (a fresh clone) the command's first start creates it with
     * the demo data; that start is printed on its own row and the command is timed again on the data it left.
     */
    private void runCommand() throws Exception {
        Path root = Path.of(options.getOrDefault("root", "..")).toAbsolutePath().normalize();
        if (!Files.exists(root.resolve("data"))) {
            timeRunCommand(root, "run command (README), warm build, first start (creates ./data, loads the demo data)", "",
                    "run-command-first.log");
        }
        timeRunCommand(root, "run command (README), warm build, to login page", "<= 30 s", "run-command.log");
    }

    private void timeRunCommand(Path root, String what, String target, String logName) throws Exception {
        int runPort = port + 1;
        // offline: the benchmark's own build has just fetched everything the command needs (that is "warm")
        List<String> command = List.of(root.resolve("mvnw").toString(), "-o", "-q", "-Prun", "-DskipTests", "package",
                "-Dpmi.http.port=" + runPort);
        Path log = dir.resolve(logName);
        Process run = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            long ready = waitReady(run, URI.create("http://localhost:" + runPort + "/login.xhtml"), log);
            row(what, target, secs(ready), "", "");
        } catch (IllegalStateException failed) {
            // the table above is printed all the same; this row says why it has no figure
            row(what, target, "failed: " + failed.getMessage(), "", "");
        } finally {
            // Payara Micro ends before the next start: it holds ./data and the port
            List<ProcessHandle> server = run.descendants().toList();
            server.forEach(ProcessHandle::destroy);
            run.destroy();
            for (ProcessHandle p : server) {
                try {
                    p.onExit().get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException stuck) {
                    p.destroyForcibly();
                }
            }
            run.waitFor(60, TimeUnit.SECONDS);
        }
    }

    // ---- baselines over JDBC -----------------------------------------------------------------------------------

    interface Sql {
        void run() throws SQLException;
    }

    private static final List<String> OPEN_STATUSES = List.of("RECEIVED", "DOCUMENTS_INCOMPLETE", "VERIFICATION",
            "INFORMATION_REQUESTED", "ADJUDICATION", "AWAITING_APPROVAL", "RETURNED_FOR_CORRECTION", "APPROVED", "APPEALED");
    private static final String ROW = "SELECT c.id, c.claim_no, p.full_name, p.nik, c.benefit_code, c.status, u.name, "
            + "c.assigned_to, c.incident_date, c.claimed_amount, c.received_at, c.status_changed_at, u.time_zone FROM claim c "
            + "JOIN participant p ON p.id = c.participant_id JOIN service_unit u ON u.id = c.service_unit_id WHERE ";

    /**
     * The rows of both workbench tables, hand-written: my queue (count and first page through ix_claim_assigned) and
     * the team queue (count up to 1,001 and the 20 oldest, one status at a time through ix_claim_status_received).
     */
    private static void workbenchSql(Connection c) throws SQLException {
        String mine = "c.assigned_to = 'adjudikator' AND c.status IN " + OPEN;
        scalar(c, "SELECT COUNT(*) FROM claim c WHERE " + mine);
        drain(c, ROW + mine + " ORDER BY c.received_at, c.id FETCH FIRST 20 ROWS ONLY");
        String team = " AND (c.assigned_to IS NULL OR c.assigned_to <> 'adjudikator') ORDER BY c.status, c.received_at, c.id";
        int counted = 0;
        for (String status : OPEN_STATUSES) {
            counted += ids(c, "SELECT c.id FROM claim c WHERE c.status = '" + status + "'" + team
                    + " FETCH FIRST " + (1_001 - counted) + " ROWS ONLY").size();
            if (counted > 1_000) {
                break;
            }
        }
        List<long[]> heads = new ArrayList<>();
        for (String status : OPEN_STATUSES) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT c.id, c.received_at FROM claim c "
                    + "WHERE c.status = '" + status + "'" + team + " FETCH FIRST 20 ROWS ONLY")) {
                while (rs.next()) {
                    heads.add(new long[]{rs.getTimestamp(2).getTime(), rs.getLong(1)});
                }
            }
        }
        heads.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        drain(c, ROW + "c.id IN (" + heads.stream().limit(20).map(h -> String.valueOf(h[1]))
                .reduce((a, b) -> a + ", " + b).orElse("-1") + ")");
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The approval queue for a supervisor with the Rp 50 jt limit: count up to 1,001 and the first page, oldest first. */
    private static void approvalsSql(Connection c) throws SQLException {
        String where = " FROM claim c WHERE c.status = 'AWAITING_APPROVAL' AND c.recommended_by <> 'supervisor' "
                + "AND NOT EXISTS (SELECT 1 FROM claim_status_event e WHERE e.claim_id = c.id AND e.actor = 'supervisor' "
                + "AND e.to_status NOT IN ('APPROVED', 'RETURNED_FOR_CORRECTION', 'REJECTED', 'PAID', 'CLOSED')) "
                + "AND c.recommended_amount <= 50000000";
        String order = " ORDER BY c.status, c.status_changed_at, c.id";
        if (ids(c, "SELECT c.id" + where + order + " FETCH FIRST 1001 ROWS ONLY").size() <= 1_000) {
            scalar(c, "SELECT SUM(c.recommended_amount)" + where);
        }
        drain(c, "SELECT c.id, c.claim_no, p.full_name, c.benefit_code, c.recommended_amount, c.recommended_by, u.name, "
                + "c.status_changed_at" + where.replace(" FROM claim c ", " FROM claim c JOIN participant p ON p.id = "
                + "c.participant_id JOIN service_unit u ON u.id = c.service_unit_id ") + order + " FETCH FIRST 20 ROWS ONLY");
    }

    /** The dashboard's figures as DashboardService asks for them (participants protected, claims by dimension). */
    private static void dashboardSql(Connection c) throws SQLException {
        String prot = "EXISTS (SELECT 1 FROM placement pl0 JOIN contribution_payment cp0 ON cp0.placement_id = pl0.id "
                + "WHERE pl0.participant_id = p.id)";
        drain(c, "SELECT COALESCE(p.destination_country, '-'), COALESCE(p.province_code, '-'), p.participant_type, "
                + "COUNT(*) FROM participant p WHERE " + prot + " GROUP BY COALESCE(p.destination_country, '-'), "
                + "COALESCE(p.province_code, '-'), p.participant_type");
        drain(c, "SELECT COALESCE(u.unit_type, 'UNRECORDED'), COUNT(*) FROM participant p JOIN placement pl ON "
                + "pl.participant_id = p.id LEFT JOIN service_unit u ON u.id = pl.service_unit_id WHERE " + prot
                + " AND pl.id = (SELECT MAX(pl2.id) FROM placement pl2 WHERE pl2.participant_id = p.id) "
                + "GROUP BY COALESCE(u.unit_type, 'UNRECORDED') ORDER BY 2 DESC");
        scalar(c, "SELECT COUNT(*) FROM claim c");
        drain(c, "SELECT c.status, COUNT(*) FROM claim c GROUP BY c.status ORDER BY 2 DESC");
        drain(c, "SELECT c.benefit_code, COUNT(*) FROM claim c GROUP BY c.benefit_code ORDER BY 2 DESC");
        drain(c, "SELECT u.name, COUNT(*) FROM claim c JOIN service_unit u ON u.id = c.service_unit_id GROUP BY u.name "
                + "ORDER BY 2 DESC");
        drain(c, "SELECT c.rejection_reason, COUNT(*) FROM claim c WHERE c.rejection_reason IS NOT NULL "
                + "GROUP BY c.rejection_reason ORDER BY 2 DESC");
    }

    private static void scalar(Connection c, String sql) throws SQLException {
        drain(c, sql);
    }

    private static void drain(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    /** 95th percentile in ms of {@code sql} run by {@code users} threads for the configured seconds. */
    private double p95(Sql sql, int users) throws Exception {
        sql.run();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            futures.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                do {
                    long t = System.nanoTime();
                    sql.run();
                    times.add(System.nanoTime() - t);
                } while (System.nanoTime() < until);
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        all.sort(Long::compare);
        return all.get((int) Math.min(all.size() - 1, Math.ceil(all.size() * 0.95) - 1)) / 1e6;
    }

    /** Registration rows (province 96, not used by the generator or the demo data) in the import's CSV layout. */
    private static List<String[]> importRows(int n) {
        List<String[]> rows = new ArrayList<>();
        long run = System.currentTimeMillis() / 1000 % 9_000;
        for (int i = 0; i < n; i++) {
            int district = 1 + (int) ((run * n + i) / 9_999 % 40);
            int serial = 1 + (int) ((run * n + i) % 9_999);
            String nik = String.format("9601%02d%02d%02d%02d%04d", district, 41 + i % 28, 1 + i % 12, 90 + i % 10, serial);
            rows.add(new String[]{nik, "", "Peserta Uji " + i, "P", String.format("19%02d-%02d-%02d", 90 + i % 10, 1 + i % 12,
                    1 + i % 28), "AGENCY", "PT Maju", "SIP-1", "TW", "Chen", "Caregiver", "24"});
        }
        return rows;
    }

    /** The same rows into participant with a raw JDBC batch, rolled back: the ceiling for the import. */
    private static double rawInsertRowsPerSecond(Connection c, List<String[]> rows) throws SQLException {
        c.setAutoCommit(false);
        long t = System.nanoTime();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO participant (id, nik, full_name, sex, birth_date, "
                + "participant_type, registered_at, nik_exception, version) VALUES (?, ?, ?, ?, ?, 'CPMI', CURRENT_TIMESTAMP, 0, 0)")) {
            long id = 9_000_000_000L;
            for (String[] r : rows) {
                insert.setLong(1, id++);
                insert.setString(2, r[0]);
                insert.setString(3, r[2]);
                insert.setString(4, r[3]);
                insert.setDate(5, java.sql.Date.valueOf(r[4]));
                insert.addBatch();
                if (id % 1_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        double perSecond = rows.size() / ((System.nanoTime() - t) / 1e9);
        c.rollback();
        c.setAutoCommit(true);
        return perSecond;
    }

    /** An API client for the benchmark with a rate limit that does not throttle it (the demo clients' would). */
    private static void benchClient(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM api_client WHERE name = 'benchmark'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(BENCH_KEY.getBytes(StandardCharsets.UTF_8)));
            s.execute("INSERT INTO api_client (id, name, integration, active, rate_per_minute, burst, created_at, created_by) "
                    + "VALUES (1, 'benchmark', 'E_KLAIM', 1, 10000000, 100000, CURRENT_TIMESTAMP, 'benchmark')");
            for (String scope : List.of("claims:write", "claims:read", "imports:write", "participants:read")) {
                s.execute("INSERT INTO api_client_scope (client_id, scope) VALUES (1, '" + scope + "')");
            }
            s.execute("INSERT INTO api_key (id, client_id, key_prefix, key_hash, issued_at, issued_by) VALUES (1, 1, '"
                    + BENCH_KEY.substring(0, 12) + "', '" + hash + "', CURRENT_TIMESTAMP, 'benchmark')");
        }
    }

    /** Participants abroad or returned, for the intake requests (written before the server takes the database). */
    private void sampleNiks(Connection c) throws Exception {
        List<String> niks = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT nik FROM participant "
                + "WHERE nik IS NOT NULL AND participant_type = 'PMI' ORDER BY RAND() FETCH FIRST 5000 ROWS ONLY")) {
            while (rs.next()) {
                niks.add(rs.getString(1));
            }
        }
        Files.write(dir.resolve("niks.txt"), niks);
    }

    // ---- the server ----------------------------------------------------------------------------------------------

    private Process startServer(String databaseUrl) throws IOException {
        List<String> command = List.of("java", "-Xmx1g", "-Dpmi.demo-data=true", "-DDB_URL=" + databaseUrl,
                "-jar", options.get("payara"), "--nocluster", "--port", String.valueOf(port), "--contextroot", "/",
                "--deploy", options.get("war"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("payara.log").toFile()).start();
    }

    private static long waitReady(Process server, URI loginPage, Path log) throws Exception {
        long t = System.nanoTime();
        HttpClient http = Benchmark.http1().build();
        while (System.nanoTime() - t < TimeUnit.MINUTES.toNanos(15)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(loginPage).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return System.nanoTime() - t;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro not ready after 15 minutes; see " + log);
    }

    /** HTTP/1.1 as wrk and browsers behind the load balancer speak it (the client's h2c upgrade lost a login). */
    static HttpClient.Builder http1() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    }

    URI base(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    /** Form login as a browser does it (view state and PrimeFaces' CSP nonce); returns the session cookie. */
    /** Concurrent users of each page in the rounds. */
    static final int USERS = 20;

    private List<String> logins(String user, int sessions) throws Exception {
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            cookies.add(login(user));
        }
        return cookies;
    }

    String login(String user) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = http1().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = http.send(HttpRequest.newBuilder(base("login.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", user);
        fields.put("login:password", "Demo#2026");
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", first(VIEW_STATE, page));
        Matcher nonce = NONCE.matcher(page);
        fields.put("primefaces.nonce", nonce.find() ? nonce.group(1) : "");
        String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).reduce((a, b) -> a + "&" + b).orElseThrow();
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(base("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (after.uri().getPath().endsWith("login.xhtml")) {
            throw new IllegalStateException("login as " + user + " failed");
        }
        // every cookie the login left (the session cookie is named by SessionCookieSettings, PMISESSION)
        String header = cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString)
                .reduce((a, b) -> a + "; " + b).orElse("");
        if (header.isEmpty()) {
            throw new IllegalStateException("no session cookie for " + user);
        }
        return header;
    }

    static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in page");
        }
        return m.group(1);
    }

    // ---- wrk ---------------------------------------------------------------------------------------------------

    /** {@code errors}: wrk's count (connection, timeout and every status >= 400); {@code serverErrors}: 5xx only. */
    record Wrk(double requests, double seconds, double p95, double p99, long errors, long serverErrors, long refused) {

        /** Failures of the server or the connection: everything but a 4xx answer. */
        long failures() {
            return errors - refused;
        }

        double rate() {
            return requests / seconds;
        }
    }

    private static final Pattern WRK_RESULT = Pattern.compile(
            "RESULT requests=(\\d+) seconds=([0-9.]+) p95=([0-9.]+) p99=([0-9.]+) errors=(\\d+) server=(\\d+) refused=(\\d+)");

    /** wrk with {@code connections} connections for the configured seconds; a Lua script reports p95/p99/errors. */
    private Wrk wrk(String path, String cookie, int connections, String requestScript) throws Exception {
        return wrk(path, cookie, connections, requestScript, seconds);
    }

    Wrk wrk(String path, String cookie, int connections, String requestScript, int durationSeconds) throws Exception {
        return wrk(path, cookie == null ? List.of() : List.of(cookie), connections, requestScript, durationSeconds);
    }

    /**
     * With several {@code sessions}, wrk runs one thread per connection and each thread sends one session's cookie:
     * that many users, each with their own session, as a page's users are (twenty connections on one session made
     * the server replicate one ever-growing session on every request).
     */
    Wrk wrk(String path, List<String> sessions, int connections, String requestScript, int durationSeconds) throws Exception {
        Path script = Files.createTempFile(dir, "report-", ".lua");
        if (sessions.size() > 1) {
            if (requestScript != null) {
                throw new IllegalArgumentException("requestScript: not with several sessions");
            }
            requestScript = "local sessions = {" + sessions.stream().map(c -> "\"" + c.replace("\"", "\\\"") + "\"")
                    .reduce((a, b) -> a + ", " + b).orElseThrow() + "}\n" + """
                    local users = 0
                    setup = function(thread)
                      users = users + 1
                      thread:set("session", sessions[(users - 1) % #sessions + 1])
                    end
                    request = function()
                      return wrk.format(nil, nil, { ["Cookie"] = session })
                    end
                    """;
        }
        // counts 5xx apart from 4xx (a refusal such as 409 for a natural duplicate is an answer, not a failure)
        String report = """
                local counted = {}
                local own_setup = setup
                setup = function(thread)
                  table.insert(counted, thread)
                  if own_setup then own_setup(thread) end
                end
                server_errors = 0
                refusals = 0
                response = function(status, headers, body)
                  if status >= 500 then server_errors = server_errors + 1
                  elseif status >= 400 then refusals = refusals + 1 end
                end
                done = function(summary, latency, requests)
                  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
                    + summary.errors.write + summary.errors.timeout
                  local server, refused = 0, 0
                  for _, thread in ipairs(counted) do
                    server = server + (thread:get("server_errors") or 0)
                    refused = refused + (thread:get("refusals") or 0)
                  end
                  io.write(string.format("RESULT requests=%d seconds=%.3f p95=%.3f p99=%.3f errors=%d server=%d refused=%d\\n",
                    summary.requests, summary.duration / 1e6, latency:percentile(95) / 1e3,
                    latency:percentile(99) / 1e3, errors, server, refused))
                end
                """;
        Files.writeString(script, (requestScript == null ? "" : requestScript) + report);
        int threads = sessions.size() > 1 ? connections : 2;
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + durationSeconds + "s",
                "--timeout", "30s", "-s", script.toString()));
        if (sessions.size() == 1) {
            command.addAll(List.of("-H", "Cookie: " + sessions.get(0)));
        }
        command.add(base(path).toString());
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Matcher m = WRK_RESULT.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk gave no result for " + path + ":\n" + out);
        }
        return new Wrk(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6)), Long.parseLong(m.group(7)));
    }

    /** POSTs claims for participants sampled from the database, each with its own idempotency key and incident date. */
    String intakeScript() throws Exception {
        // the server holds the embedded database now: the sample was taken before it started
        List<String> niks = Files.readAllLines(dir.resolve("niks.txt"));
        StringBuilder lua = new StringBuilder("local niks = {");
        for (String nik : niks) {
            lua.append('"').append(nik).append("\",");
        }
        long run = System.currentTimeMillis() / 1000;
        lua.append("}\nlocal counter = 0\nlocal tid = 0\nlocal threads = {}\n")
                .append("setup = function(thread) thread:set(\"tid\", #threads); table.insert(threads, thread) end\n")
                .append("init = function(args) tid = tonumber(wrk.thread:get(\"tid\") or 0) end\n")
                .append("request = function()\n  counter = counter + 1\n  local n = counter * 2 + tid\n")
                .append("  local nik = niks[(n % #niks) + 1]\n")
                .append("  local day = os.date(\"!%Y-%m-%d\", os.time() - 86400 * (1 + math.floor(n / #niks) % 300))\n")
                .append("  local body = '{\"participantNik\":\"' .. nik .. '\",\"incidentKind\":\"WORK_ACCIDENT\",\"incidentDate\":\"' .. day ..\n")
                .append("    '\",\"incidentCountry\":\"TW\",\"unitCode\":\"KP-JKT\",\"channel\":\"E_KLAIM\",' ..\n")
                .append("    '\"benefits\":[{\"benefitCode\":\"MEDICAL_ABROAD\",\"amount\":1500000}],' ..\n")
                .append("    '\"payeeName\":\"Penerima Uji\",\"payeeBankCode\":\"BRI\",\"payeeAccountNo\":\"' .. string.format(\"%010d\", n) .. '\"}'\n")
                .append("  return wrk.format(\"POST\", nil, {[\"Content-Type\"] = \"application/json\",\n")
                .append("    [\"Authorization\"] = \"ApiKey ").append(BENCH_KEY).append("\",\n")
                .append("    [\"Idempotency-Key\"] = \"bench-").append(run).append("-\" .. tid .. \"-\" .. counter}, body)\nend\n");
        return lua.toString();
    }

    private double importRowsPerSecond(List<String[]> rows) throws Exception {
        StringBuilder csv = new StringBuilder("nik,passport_no,full_name,sex,birth_date,placement_channel,agency_name,"
                + "agency_licence,destination_country,employer_name,job_title,contract_months\n");
        for (String[] r : rows) {
            csv.append(String.join(",", r)).append('\n');
        }
        HttpClient http = Benchmark.http1().build();
        long t = System.nanoTime();
        HttpResponse<String> upload = http.send(HttpRequest.newBuilder(base("api/v1/imports"))
                .header("Authorization", "ApiKey " + BENCH_KEY).header("Content-Type", "text/csv")
                .header("Idempotency-Key", "bench-import-" + System.nanoTime())
                .header("X-File-Name", "benchmark.csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (upload.statusCode() != 202) {
            throw new IllegalStateException("import refused: " + upload.statusCode() + " " + upload.body());
        }
        String id = first(Pattern.compile("\"importId\":(\\d+)"), upload.body());
        String status = "";
        while (!status.contains("\"COMPLETED\"") && !status.contains("\"FAILED\"")) {
            Thread.sleep(200);
            status = http.send(HttpRequest.newBuilder(base("api/v1/imports/" + id))
                    .header("Authorization", "ApiKey " + BENCH_KEY).build(), HttpResponse.BodyHandlers.ofString()).body();
        }
        double perSecond = rows.size() / ((System.nanoTime() - t) / 1e9);
        if (!status.contains("\"acceptedRows\":" + rows.size())) {
            System.out.println("Import did not accept every row: " + status.substring(0, Math.min(600, status.length())));
        }
        return perSecond;
    }

    /** Heap in use after a full collection, read with jcmd (no growth across the repeats = no leak). */
    private void heap(Process server, int repeat) throws Exception {
        long usedMb = heapAfterGc(server);
        boolean oom = Files.readString(dir.resolve("payara.log")).contains("OutOfMemoryError");
        row("server heap after GC (-Xmx1g), after round " + repeat, "no OOM, no growth",
                (usedMb < 0 ? "?" : usedMb + " MB") + (oom ? ", OOM!" : ", no OOM"), "", "");
    }

    /** The server's heap in use after a full collection, in MB (-1 when jcmd gives no figure). */
    long heapAfterGc(Process server) throws Exception {
        String pid = String.valueOf(server.pid());
        new ProcessBuilder("jcmd", pid, "GC.run").redirectErrorStream(true).start().waitFor();
        Process info = new ProcessBuilder("jcmd", pid, "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor();
        Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
    }

    Path dir() {
        return dir;
    }

    // ---- table ---------------------------------------------------------------------------------------------------

    private void page(String what, String target, Wrk run, double baseline) {
        // wrk counts only answers received in the round: none means every page took longer than the round
        String measured = run.requests == 0 ? "no page answered within " + fmt(run.seconds) + " s"
                : "p95 " + fmt(run.p95) + " ms, " + (long) run.requests + " pages";
        row(what, target, measured + (run.errors > 0 ? " (" + run.errors + " errors)" : ""),
                "p95 " + fmt(baseline) + " ms (JDBC)", ratio(run.p95, baseline));
    }

    void row(String what, String target, String measured, String baseline, String ratio) {
        table.add(new String[]{what, target, measured, baseline, ratio});
        System.out.println("BENCHMARK | " + String.join(" | ", what, target, measured, baseline, ratio));
    }

    void print() {
        System.out.println();
        System.out.println("| what | target | measured | baseline (same run) | ratio |");
        System.out.println("|---|---|---|---|---|");
        for (String[] r : table) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + ", Java " + System.getProperty("java.version") + ", " + LocalDate.now());
        profiles.forEach((round, lines) -> {
            System.out.println();
            System.out.println("Server profile, " + round + " round (JFR, " + dir.resolve(round + ".jfr") + "):");
            lines.forEach(line -> System.out.println("  " + line));
        });
    }

    interface Round<T> {
        T run() throws Exception;
    }

    /** Runs a round with a flight recording on the server when asked, and keeps its summary for the report. */
    private <T> T profiled(Process server, boolean profile, String name, Round<T> round) throws Exception {
        if (!profile) {
            return round.run();
        }
        Profile.start(server, name);
        try {
            return round.run();
        } finally {
            List<String> summary = Profile.summary(Profile.stop(server, name, dir.resolve(name + ".jfr")), 8);
            profiles.put(name, summary);
            summary.forEach(line -> System.out.println("BENCHMARK profile " + name + ": " + line));
        }
    }

    private static String secs(long nanos) {
        return fmt(nanos / 1e9) + " s";
    }

    static String fmt(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(double measured, double baseline) {
        return baseline <= 0 ? "" : String.format(Locale.ROOT, "%.2f", measured / baseline);
    }
}

package id.go.bpjsketenagakerjaan.pmi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro as a separate operating-system process on a file database, for the crash tests: started with the
 * application WAR, waited for until {@code /health} answers, and ended only with {@code kill -9}
 * ({@link Process#destroyForcibly()} sends SIGKILL on Linux), so nothing gets a chance to shut down cleanly. Every
 * process is also killed by a JVM shutdown hook, so an aborted test run leaves no server behind. The server's output
 * goes to {@code target/crash/<name>/server-<n>.log} for diagnosis.
 */
final class PayaraProcess implements AutoCloseable {

    /**
     * A boot takes ~35 s on an idle 2-core machine and was seen taking 8 minutes at load average 31; wait generously
     * but never forever ({@code -Dcrash.bootTimeoutMinutes} to change).
     */
    static final Duration BOOT_TIMEOUT = Duration.ofMinutes(Long.getLong("crash.bootTimeoutMinutes", 15));

    /** Healthy within this long after the log says "ready", or the start is given up on (see {@link #start()}). */
    static final Duration READY_BUT_UNHEALTHY = Duration.ofMinutes(3);

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "kill-payara-micro"));
    }

    private final Path dir;
    private final Path db;
    /**
     * HTTP/1.1 as a load balancer's health probe speaks it. The client's default is an h2c upgrade, and Payara Micro's
     * HTTP/2 cleartext has dropped shared connections before (README); the suspected cause of one CI run waiting 15
     * minutes for {@code /health} on a server that had logged "ready". Should it recur, the failure now gives the last
     * answer and a thread dump.
     */
    static final HttpClient.Version HTTP_VERSION = HttpClient.Version.HTTP_1_1;

    private final HttpClient http = HttpClient.newBuilder().version(HTTP_VERSION).connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private Path log;
    private int port;
    private int starts;
    private String databaseUrl;
    private List<String> clusterArguments = List.of("--nocluster");
    private final List<String> properties = new ArrayList<>();

    /** A server whose files (database, logs, Payara's root directory) live under {@code target/crash/<name>}. */
    PayaraProcess(String name) throws IOException {
        Path war = Path.of(System.getProperty("pmi.war", "target/pmi-claims.war")).toAbsolutePath();
        this.dir = war.getParent().resolve("crash").resolve(name);
        deleteTree(dir);
        Files.createDirectories(dir);
        this.db = dir.resolve("crash-db");
    }

    /** The JDBC URL exactly as an operator would configure it. */
    String dbUrl() {
        return databaseUrl != null ? databaseUrl : "jdbc:h2:file:" + db + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** A shared database (an H2 server, for the cluster test) instead of this server's own file. */
    PayaraProcess withDatabase(String url) {
        this.databaseUrl = url;
        return this;
    }

    /**
     * A member of a Payara data grid found over TCP on loopback (no multicast), listening for the grid on
     * {@code gridPort}. Host-aware partitioning is off: every member shares 127.0.0.1, and with it on Hazelcast would
     * keep no backup of a session on another member of the same host.
     */
    PayaraProcess clustered(String clusterName, String members, int gridPort) {
        this.clusterArguments = List.of("--clustername", clusterName, "--clustermode", "tcpip:" + members,
                "--startport", Integer.toString(gridPort), "--interfaces", "127.0.0.1", "--nohostaware", "--name", name());
        return this;
    }

    /** A system property for the server's JVM (MicroProfile Config reads it). */
    PayaraProcess withProperty(String key, String value) {
        properties.add("-D" + key + "=" + value);
        return this;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    private String name() {
        return dir.getFileName().toString();
    }

    Path dir() {
        return dir;
    }

    /**
     * Starts the server on a free port and returns when {@code /health} answers 200. A server that logged "ready" but
     * does not answer healthy within {@link #READY_BUT_UNHEALTHY} is given up on once: its last answer and threads are
     * kept and printed, and it is started again (a second such start fails the test).
     */
    PayaraProcess start() throws Exception {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        String firstAttempt = launchAndAwaitHealth();
        if (firstAttempt != null) {
            System.err.println("[PayaraProcess " + name() + "] " + firstAttempt + "\nstarting it once more");
            String secondAttempt = launchAndAwaitHealth();
            if (secondAttempt != null) {
                throw new AssertionError(secondAttempt + "\n(the start before failed alike: " + firstAttempt + ")");
            }
        }
        return this;
    }

    /** Null when healthy; otherwise why not, after the process was killed (it had logged "ready"). */
    private String launchAndAwaitHealth() throws Exception {
        starts++;
        port = freePort();
        log = dir.resolve("server-" + starts + ".log");
        Path jar = Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")).toAbsolutePath();
        Path war = Path.of(System.getProperty("pmi.war", "target/pmi-claims.war")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dpmi.demo-data=true", "-DDB_URL=" + dbUrl()));
        command.addAll(properties);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(clusterArguments);
        command.addAll(List.of("--port", Integer.toString(port), "--contextroot", "/",
                "--rootdir", dir.resolve("payara-root-" + starts).toString(),
                "--deploy", war.toString()));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RUNNING.add(process);
        return awaitHealth();
    }

    private String awaitHealth() throws Exception {
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        long readySince = 0;
        URI health = URI.create("http://localhost:" + port + "/health");
        String lastAnswer = "no answer yet";
        String givenUp = null;
        while (givenUp == null) {
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro exited with " + process.exitValue() + " while starting; see " + log
                        + "\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return null;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
            } catch (IOException notYet) {
                lastAnswer = notYet.toString(); // not listening yet, or no answer within 5 s
            }
            long now = System.nanoTime();
            if (readySince == 0 && loggedReady()) {
                readySince = now;
            }
            if (now > deadline) {
                givenUp = "did not report healthy within " + BOOT_TIMEOUT;
            } else if (readySince != 0 && now - readySince > READY_BUT_UNHEALTHY.toNanos()) {
                givenUp = "logged ready but did not report healthy within " + READY_BUT_UNHEALTHY + " after";
            } else {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            }
        }
        String threads = dumpThreads();
        kill();
        String why = "Payara Micro " + givenUp + "; last answer of " + health + ": " + lastAnswer + "; threads: " + threads
                + "; see " + log + "\n" + tail();
        if (readySince == 0) {
            throw new AssertionError(why); // a boot that never got to "ready" is not tried again
        }
        return why;
    }

    private boolean loggedReady() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains(") ready in ");
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String abbreviate(String body) {
        String line = body.replaceAll("\\s+", " ");
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    /** The server's threads at the moment it is given up on (jcmd of the running JDK), for the diagnosis. */
    private String dumpThreads() throws InterruptedException {
        Path file = dir.resolve("threads-" + starts + ".txt");
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(file.toFile()).start();
            if (!dump.waitFor(60, TimeUnit.SECONDS)) {
                dump.destroyForcibly();
            }
            return file.toString();
        } catch (IOException e) {
            return "none (" + e.getMessage() + ")";
        }
    }

    /** SIGKILL: the process gets no chance to commit, flush or close anything. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("Payara Micro (pid " + process.pid() + ") survived SIGKILL for 60 s");
        }
        RUNNING.remove(process);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    URL base() {
        try {
            return URI.create("http://localhost:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A direct connection to the database file, for exact counts; only while the server is down (H2 locks the file).
     * Opening it recovers the file exactly as the next server start would.
     */
    Connection database() throws SQLException {
        if (alive()) {
            throw new IllegalStateException("the server holds the database file; kill it first");
        }
        return DriverManager.getConnection(dbUrl(), "pmi", "pmi");
    }

    /** The last lines of the current log, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

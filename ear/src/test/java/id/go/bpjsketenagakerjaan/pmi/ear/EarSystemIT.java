package id.go.bpjsketenagakerjaan.pmi.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on Payara Server full profile, as production runs it: a fresh domain on its own ports, asadmin deploy,
 * then HTTP from outside. The server is unzipped from Maven Central by the build.
 */
class EarSystemIT {

    private static final String DOMAIN = "pmi-ear-it";
    private static final int PORT_BASE = 28000;
    private static final int ADMIN_PORT = PORT_BASE + 48;
    private static final int HTTP_PORT = PORT_BASE + 80;

    private static Path payaraHome;
    private static Path ear;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startDomainAndDeploy() throws Exception {
        payaraHome = Path.of(System.getProperty("payara.home"));
        ear = Path.of(System.getProperty("pmi.ear"));
        asadmin(60, "delete-domain", DOMAIN); // left over from an interrupted run, if any
        run(120, true, "create-domain", "--nopassword=true", "--portbase", String.valueOf(PORT_BASE), DOMAIN);
        run(240, true, "start-domain", DOMAIN);
        run(300, true, "--port", String.valueOf(ADMIN_PORT), "deploy", "--name", "pmi-claims", ear.toString());
    }

    @AfterAll
    static void stopDomain() throws Exception {
        if (payaraHome != null) {
            asadmin(120, "stop-domain", "--kill=true", DOMAIN);
            asadmin(60, "delete-domain", DOMAIN);
        }
    }

    @Test
    void theEarHoldsEachModuleOnceAndLibrariesInLib() throws IOException {
        try (ZipFile zip = new ZipFile(ear.toFile())) {
            Set<String> entries = zip.stream().map(ZipEntry::getName).collect(Collectors.toSet());
            assertThat(entries).contains("pmi-ejb.jar", "pmi-web.war", "META-INF/application.xml");
            assertThat(entries).anyMatch(name -> name.startsWith("lib/") && name.endsWith(".jar"));
            Path war = Files.createTempFile("pmi-web", ".war");
            try {
                Files.copy(zip.getInputStream(zip.getEntry("pmi-web.war")), war, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                try (ZipFile warZip = new ZipFile(war.toFile())) {
                    List<String> ejbCopies = warZip.stream().map(ZipEntry::getName)
                            .filter(name -> name.contains("pmi-ejb") || name.contains("/boundary/")).toList();
                    assertThat(ejbCopies).as("the web module must not carry the EJB module a second time").isEmpty();
                }
            } finally {
                Files.deleteIfExists(war);
            }
        }
    }

    @Test
    void theLoginPageAnswers() throws Exception {
        HttpResponse<String> response = get("/login.xhtml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Kata sandi");
    }

    @Test
    void protectedPagesRedirectToTheLogin() throws Exception {
        HttpResponse<String> response = get("/claims.xhtml");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));
    }

    @Test
    void healthAnswers() throws Exception {
        HttpResponse<String> response = get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(60)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void asadmin(int timeoutSeconds, String... arguments) throws Exception {
        run(timeoutSeconds, false, arguments);
    }

    private static void run(int timeoutSeconds, boolean mustSucceed, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(payaraHome.resolve("bin/asadmin").toString());
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("asadmin", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        if (!finished) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " timed out:\n" + output);
        }
        if (mustSucceed && process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed:\n" + output);
        }
    }
}

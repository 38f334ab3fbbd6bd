package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenID Connect option switched on by configuration ({@code PMI_AUTH=oidc}) and run against
 * {@link FakeOidcProvider}, which the application under test serves itself: no real identity provider is reachable
 * from the test machines. Arquillian's container configuration is shared by all tests, so this class starts its own
 * Payara Micro with the OpenID Connect settings on a free port.
 */
class OidcLoginIT {

    private static Process server;
    private static URI base;
    private static String issuer;

    @BeforeAll
    static void start() throws Exception {
        File war = new File("target/oidc-login-it.war");
        TestDeployments.application().addClass(FakeOidcProvider.class).as(ZipExporter.class).exportTo(war, true);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = URI.create("http://localhost:" + port + "/");
        issuer = "http://localhost:" + port + "/api/it-oidc";
        server = new ProcessBuilder("java", "-Xmx768m", "-Dpmi.demo-data=true",
                "-DDB_URL=jdbc:h2:mem:pmi-oidc;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "-DPMI_AUTH=oidc", "-DPMI_OIDC_ISSUER=" + issuer, "-DPMI_OIDC_CLIENT_ID=" + FakeOidcProvider.CLIENT_ID,
                "-DPMI_OIDC_CLIENT_SECRET=rahasia-uji", "-DPMI_OIDC_ROLE_MAP=" + FakeOidcProvider.GROUP + "=ADJUDICATOR",
                "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"), "--nocluster",
                "--port", String.valueOf(port), "--contextroot", "/", "--deploy", war.getAbsolutePath())
                .redirectErrorStream(true).redirectOutput(new File("target/oidc-login-it-server.log")).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (true) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara Micro ended; see target/oidc-login-it-server.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Payara Micro not ready in 600 s; see target/oidc-login-it-server.log");
            }
            Thread.sleep(1000);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void aStaffLoginGoesThroughTheProviderAndItsGroupBecomesTheRole() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(base.resolve("claims.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(page.statusCode() == 302 || page.statusCode() == 303, page.statusCode() + " " + page.body());
        String location = page.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith(issuer + "/authorize?"), "to the provider's authorization endpoint: " + location);
        Map<String, String> query = query(URI.create(location));
        assertEquals(FakeOidcProvider.CLIENT_ID, query.get("client_id"));
        assertEquals("code", query.get("response_type"));
        assertTrue(query.get("scope").contains("openid"), query.toString());
        assertTrue(query.get("redirect_uri").endsWith("/oidc-callback"), query.toString());
        assertFalse(location.contains("rahasia"), "the client secret never travels through the browser");

        // the provider would authenticate the user and send the browser back with a code
        HttpResponse<String> callback = browser.send(HttpRequest.newBuilder(URI.create(query.get("redirect_uri") + "?code="
                + URLEncoder.encode(query.get("nonce"), StandardCharsets.UTF_8) + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(callback.statusCode() == 302 || callback.statusCode() == 303, callback.statusCode() + " " + callback.body());
        assertEquals(base.resolve("/").toString(), callback.headers().firstValue("Location").orElse(""),
                "logged in, the callback sends the user to the start page");

        HttpResponse<String> claims = browser.send(HttpRequest.newBuilder(base.resolve("claims.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, claims.statusCode(), claims.body());
        assertTrue(claims.body().contains("Daftar Klaim"), "the adjudicator sees the claims list");
        HttpResponse<String> audit = browser.send(HttpRequest.newBuilder(base.resolve("audit.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, audit.statusCode(), "the provider's group gave ADJUDICATOR only, not AUDITOR");
    }

    @Test
    void theApiKeepsItsKeysAndNeverSendsAClientToTheProvider() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(base.resolve("api/v1/claims/KLM-2026-999999")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> withKey = client.send(HttpRequest.newBuilder(base.resolve("api/v1/claims/KLM-2026-999999"))
                .header("Authorization", "ApiKey " + IntakeApiIT.EKLAIM).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, withKey.statusCode(), withKey.body());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}

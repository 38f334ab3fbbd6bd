package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.demo.DemoDataLoader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A person at a browser: form login against the database users, the claims list, lock-out, health. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSupervisorLogsInAndSeesTheWorkbenchAndTheClaimsList() throws Exception {
        Browser browser = new Browser(base);
        HttpResponse<String> workbench = browser.login("supervisor", DemoDataLoader.DEMO_PASSWORD);
        assertEquals(200, workbench.statusCode());
        assertTrue(workbench.uri().getPath().endsWith("/workbench.xhtml"), workbench.uri().toString());
        assertTrue(workbench.body().contains("KLM-2026-"), "the team queue lists open claims");
        HttpResponse<String> claims = browser.get("claims.xhtml");
        assertEquals(200, claims.statusCode());
        assertTrue(claims.body().contains("KLM-2026-"), "the lazy table shows claims from the database");
        assertTrue(claims.body().contains("Daftar Klaim"), "Bahasa Indonesia is the default");
        assertTrue(Pattern.compile("3209\\*{10}\\d{2}").matcher(claims.body()).find(), "NIK masked, region code kept");
        assertFalse(Pattern.compile("\\b3209\\d{12}\\b").matcher(claims.body()).find(), "no full NIK in the list");
    }

    @Test
    void aManagerSeesTheClaimsListWithMaskedNik() throws Exception {
        HttpResponse<String> claims = new Browser(base).login("manajer", DemoDataLoader.DEMO_PASSWORD);
        assertTrue(claims.uri().getPath().endsWith("/claims.xhtml"), claims.uri().toString());
        assertFalse(Pattern.compile("\\b3209\\d{12}\\b").matcher(claims.body()).find(), "no full NIK for a manager");
    }

    @Test
    void pagesNeedALogin() throws Exception {
        HttpResponse<String> response = new Browser(base).get("claims.xhtml");
        assertTrue(response.uri().getPath().endsWith("/login.xhtml"), response.uri().toString());
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
        HttpResponse<String> response = new Browser(base).login("adjudikator", "wrong-password");
        assertTrue(response.body().contains("Nama pengguna atau kata sandi salah"), response.body());
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            new Browser(base).login("auditor", "wrong-" + attempt);
        }
        HttpResponse<String> response = new Browser(base).login("auditor", DemoDataLoader.DEMO_PASSWORD);
        assertTrue(response.body().contains("Akun terkunci"), response.body());
        assertFalse(response.uri().getPath().endsWith("/claims.xhtml"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = new Browser(base).get("login.xhtml");
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
        assertFalse(csp.substring(csp.indexOf("script-src")).contains("unsafe-inline"), "no inline script allowed: " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", login.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(login.headers().allValues("Set-Cookie").stream().allMatch(c -> c.contains("HttpOnly")));
        assertFalse(login.body().contains("Payara Server") || login.body().contains(".java:"), "no server version or stack trace");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxBeforeAndAfterLogin() throws Exception {
        Browser browser = new Browser(base);
        List<String> cookies = new ArrayList<>(browser.get("login.xhtml").headers().allValues("Set-Cookie"));
        // the login renews the session id: the new cookie is set on the redirect after the post
        for (Optional<HttpResponse<String>> r = Optional.of(browser.login("adjudikator", DemoDataLoader.DEMO_PASSWORD));
             r.isPresent(); r = r.get().previousResponse()) {
            cookies.addAll(r.get().headers().allValues("Set-Cookie"));
        }
        List<String> session = cookies.stream().filter(c -> c.startsWith("PMISESSION=")).toList();
        assertFalse(session.isEmpty(), "a session cookie was set: " + cookies);
        for (String cookie : session) {
            String lower = cookie.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
            assertTrue(lower.contains(";samesite=lax"), cookie);
            assertTrue(lower.contains(";httponly"), cookie);
        }
    }

    @Test
    void aForgedPostWithoutTheFormTokensIsRefusedAndChangesNothing() throws Exception {
        Browser browser = new Browser(base);
        browser.login("supervisor", DemoDataLoader.DEMO_PASSWORD);
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("workbench", "workbench");
        forged.put("workbench:reassignTo", "adjudikator2");
        forged.put("workbench:reassign", "");
        forged.put("jakarta.faces.ViewState", "1234567890:1234567890");
        HttpResponse<String> response = browser.post("workbench.xhtml", forged);
        assertFalse(response.body().contains("ditugaskan"), "nothing was reassigned");
        assertTrue(response.statusCode() >= 400 || response.uri().getPath().endsWith("/login.xhtml"),
                response.statusCode() + " " + response.uri());
    }

    @Test
    void theSameEventReadsOneHourLaterForATaipeiUserThanForAJakartaUser() throws Exception {
        // a claim of the Taiwan unit: the supervisor (head office, WIB) and the Taiwan desk officer may both open it
        Browser supervisor = new Browser(base);
        supervisor.login("supervisor", DemoDataLoader.DEMO_PASSWORD);
        Matcher row = Pattern.compile("claim\\.xhtml\\?id=(\\d+)\"[^>]*>KLM-[\\d-]+<.*?</tr>", Pattern.DOTALL)
                .matcher(supervisor.get("claims.xhtml").body());
        String taiwanClaim = null;
        while (taiwanClaim == null && row.find()) {
            taiwanClaim = row.group(0).contains("Unit Layanan Taiwan") ? row.group(1) : null;
        }
        assertTrue(taiwanClaim != null, "the claims list shows a claim of the Taiwan unit");
        String inJakarta = supervisor.get("claim.xhtml?id=" + taiwanClaim).body();

        Browser taipei = new Browser(base);
        taipei.login("petugas.taipei", DemoDataLoader.DEMO_PASSWORD);
        String inTaipei = taipei.get("claim.xhtml?id=" + taiwanClaim).body();

        List<LocalDateTime> jakartaTimes = historyTimes(inJakarta);
        List<LocalDateTime> taipeiTimes = historyTimes(inTaipei);
        assertFalse(jakartaTimes.isEmpty(), "the claim's history lists its events");
        assertEquals(jakartaTimes.stream().map(t -> t.plusHours(1)).toList(), taipeiTimes,
                "every event of the history, an hour later in Taipei than in Jakarta");
        assertEquals("Zona waktu: WIB", zoneInHeader(inJakarta));
        assertEquals("Zona waktu: Asia/Taipei", zoneInHeader(inTaipei));
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    /** The times of the claim page's status history, top to bottom. */
    private static List<LocalDateTime> historyTimes(String claimPage) {
        int start = claimPage.indexOf("id=\"claimForm:tabs:history\"");
        assertTrue(start >= 0, "the page shows the claim's history");
        String table = claimPage.substring(start, claimPage.indexOf("</table>", start));
        Matcher time = Pattern.compile("\\b\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}\\b").matcher(table);
        List<LocalDateTime> times = new ArrayList<>();
        while (time.find()) {
            times.add(LocalDateTime.parse(time.group(), SHOWN));
        }
        return times;
    }

    private static String zoneInHeader(String page) {
        Matcher zone = Pattern.compile("id=\"viewerZone\"[^>]*>.*?pmi-sr-only\">([^<]*)</span>([^<]*)</span>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(zone.find(), "the header names the viewer's time zone");
        return (zone.group(1) + " " + zone.group(2)).replaceAll("\\s+", " ").strip();
    }

    @Test
    void healthAnswersWithoutALogin() throws Exception {
        // Payara serves health at the server root; the test deployment has its own context root
        HttpResponse<String> response = new Browser(base).get("/health");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("UP"));
    }

    /** A page of the claims list turned by AJAX, as the table's paginator asks for it. */
    private static HttpResponse<String> nextClaimsPage(Browser browser, String page) throws Exception {
        return browser.ajax("claims.xhtml", page, "claimsForm", "claimsForm:claims", "claimsForm:claims", "claimsForm:claims",
                Map.of("claimsForm:claims_pagination", "true", "claimsForm:claims_first", "20", "claimsForm:claims_rows", "20",
                        "claimsForm:claims_skipChildren", "true", "claimsForm:claims_encodeFeature", "true"));
    }

    private static boolean endedAtLogin(HttpResponse<String> response) {
        return response.uri().getPath().endsWith("/login.xhtml") && "ended=all".equals(response.uri().getQuery())
                && response.body().contains("Sesi Anda telah diakhiri");
    }

    @Test
    void logoutEverywhereEndsTheOtherSessionsOfTheUserAtTheirNextPageOrAjaxRequest() throws Exception {
        Browser laptop = new Browser(base);
        Browser phone = new Browser(base);
        Browser tablet = new Browser(base);
        for (Browser b : new Browser[] {laptop, phone, tablet}) {
            assertTrue(b.login("adjudikator2", DemoDataLoader.DEMO_PASSWORD).uri().getPath().endsWith("/workbench.xhtml"));
        }
        String claims = tablet.get("claims.xhtml").body();
        HttpResponse<String> before = nextClaimsPage(tablet, claims);
        assertTrue(before.body().contains("<partial-response") && !before.body().contains("<redirect"),
                "an AJAX request of a live session is answered normally:\n" + before.body());

        String workbench = laptop.get("workbench.xhtml").body();
        Map<String, String> menu = new LinkedHashMap<>();
        menu.put("menuForm", "menuForm");
        menu.put("menuForm:logoutAll", "menuForm:logoutAll");
        menu.put("jakarta.faces.ViewState", Browser.viewState(workbench));
        menu.put("primefaces.nonce", Browser.nonce(workbench));
        HttpResponse<String> ended = laptop.post("workbench.xhtml", menu);
        assertTrue(endedAtLogin(ended), "the session that asked ends with the reason: " + ended.uri());

        HttpResponse<String> other = phone.get("workbench.xhtml");
        assertTrue(endedAtLogin(other), "the other session is ended at its next page: " + other.uri() + "\n" + other.body());
        assertTrue(phone.get("workbench.xhtml").uri().getPath().endsWith("/login.xhtml"), "and stays ended");

        HttpResponse<String> ajax = nextClaimsPage(tablet, claims);
        assertTrue(ajax.body().contains("<partial-response><redirect url=\"") && ajax.body().contains("/login.xhtml?ended=all"),
                "an AJAX request of an ended session gets the partial redirect to the login page:\n" + ajax.body());
        assertTrue(tablet.get("workbench.xhtml").uri().getPath().endsWith("/login.xhtml"), "its session is gone too");

        HttpResponse<String> again = new Browser(base).login("adjudikator2", DemoDataLoader.DEMO_PASSWORD);
        assertTrue(again.uri().getPath().endsWith("/workbench.xhtml"), "a new login works: " + again.uri());

        Browser auditor = new Browser(base);
        auditor.login("auditor", DemoDataLoader.DEMO_PASSWORD);
        String audit = auditor.get("audit.xhtml").body();
        assertTrue(audit.contains("SESSIONS_ENDED") && audit.contains("user:adjudikator2"), "the logout everywhere is audited");
    }

    @Test
    void theChangePasswordPageNamesTheFieldOfEachRefusalAndTheChangeEndsTheOldPassword() throws Exception {
        Browser browser = new Browser(base);
        browser.login("supervisor2", DemoDataLoader.DEMO_PASSWORD);
        assertEquals(200, browser.get("password.xhtml").statusCode(), "any user may change their password");

        String weak = browser.changePassword(DemoDataLoader.DEMO_PASSWORD, "Pendek#1", "Pendek#1").body();
        assertBetween(weak, "Kata sandi baru: paling sedikit 12 karakter", "id=\"password:newPassword\"", "id=\"password:repeat\"");
        String oneKind = browser.changePassword(DemoDataLoader.DEMO_PASSWORD, "kebuntehpuncakbogor", "kebuntehpuncakbogor").body();
        assertBetween(oneKind, "Kata sandi baru: pakai paling sedikit tiga", "id=\"password:newPassword\"", "id=\"password:repeat\"");
        String mismatch = browser.changePassword(DemoDataLoader.DEMO_PASSWORD, "Kebun-Teh-Puncak-7", "Kebun-Teh-Puncak-8").body();
        assertBetween(mismatch, "Ulangi kata sandi baru: tidak sama", "id=\"password:repeat\"", "id=\"password:change\"");
        assertFalse(mismatch.contains("Kata sandi baru:"), "the new password itself was fine");
        String wrong = browser.changePassword("Salah#2026xyz", "Kebun-Teh-Puncak-7", "Kebun-Teh-Puncak-7").body();
        assertBetween(wrong, "Kata sandi saat ini: salah", "id=\"password:current\"", "id=\"password:newPassword\"");
        assertTrue(new Browser(base).login("supervisor2", DemoDataLoader.DEMO_PASSWORD).uri().getPath().endsWith("/workbench.xhtml"),
                "nothing was changed by the refusals");

        HttpResponse<String> done = browser.changePassword(DemoDataLoader.DEMO_PASSWORD, "Kebun-Teh-Puncak-7", "Kebun-Teh-Puncak-7");
        assertTrue(done.body().contains("Kata sandi telah diganti"), done.body());
        assertTrue(browser.get("workbench.xhtml").uri().getPath().endsWith("/workbench.xhtml"), "this session carries on");
        assertTrue(new Browser(base).login("supervisor2", DemoDataLoader.DEMO_PASSWORD).uri().getPath().endsWith("/login.xhtml"),
                "the old password no longer works");
        assertTrue(new Browser(base).login("supervisor2", "Kebun-Teh-Puncak-7").uri().getPath().endsWith("/workbench.xhtml"),
                "the new one does, without a further change");
    }

    /** The message stands between the two markers of the page: next to its field (the layout's growl repeats it above). */
    private static void assertBetween(String html, String message, String after, String before) {
        int from = html.indexOf(after);
        int to = html.indexOf(before);
        assertTrue(from >= 0 && to > from, "the page has " + after + " before " + before + ":\n" + html);
        assertTrue(html.substring(from, to).contains(message), "'" + message + "' stands after " + after + " and before "
                + before + ":\n" + html.substring(from, to));
    }
}

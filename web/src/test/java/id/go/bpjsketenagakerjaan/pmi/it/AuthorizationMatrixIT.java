package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.demo.DemoDataLoader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Every page and every API endpoint asked by every role, every integration client and anonymously, compared with the
 * allow/deny tables below. The server decides: the menu only hides what these answers already refuse.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    /** Demo users by role; null is the anonymous visitor. */
    private static final String[] USERS = {"adjudikator", "supervisor", "manajer", "auditor", "admin", "petugas", null};

    /** Page → the users that may open it (Y) in the order of USERS. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        //                                   adj sup mgr aud adm bro anon
        EXPECTED.put("workbench.xhtml",      "Y   Y   -   -   -   -   -");
        EXPECTED.put("claims.xhtml",         "Y   Y   Y   -   -   -   -");
        EXPECTED.put("approvals.xhtml",      "-   Y   -   -   -   -   -");
        EXPECTED.put("batches.xhtml",        "-   Y   -   -   -   -   -");
        EXPECTED.put("dashboard.xhtml",      "-   Y   Y   -   Y   -   -");
        EXPECTED.put("service-units.xhtml",  "Y   Y   Y   -   Y   Y   -");
        EXPECTED.put("desk/claim.xhtml",     "Y   -   -   -   -   Y   -");
        EXPECTED.put("desk/register.xhtml",  "Y   -   -   -   -   Y   -");
        EXPECTED.put("imports.xhtml",        "-   -   Y   -   Y   -   -");
        EXPECTED.put("audit.xhtml",          "-   -   -   Y   Y   -   -");
        EXPECTED.put("admin/service-units.xhtml", "-   -   -   -   Y   -   -");
        EXPECTED.put("admin/users.xhtml",    "-   -   -   -   Y   -   -");
        EXPECTED.put("admin/authority.xhtml","-   -   -   -   Y   -   -");
        EXPECTED.put("admin/catalogue.xhtml","-   -   -   -   Y   -   -");
        EXPECTED.put("admin/holidays.xhtml", "-   -   -   -   Y   -   -");
        EXPECTED.put("password.xhtml",       "Y   Y   Y   Y   Y   Y   -");
        EXPECTED.put("login.xhtml",          "Y   Y   Y   Y   Y   Y   Y");
    }

    /** API callers: the demo integration clients by key, then staff with a logged-in session, then nobody. */
    private static final String[] API_CALLERS = {"pmi_demo_e-klaim_2026", "pmi_demo_jmo_2026", "pmi_demo_siskop2mi_2026",
            "pmi_demo_peduli-wni_2026", "adjudikator", "supervisor", "manajer", "auditor", "admin", "petugas", null};
    private static final int CLIENTS = 4;

    /**
     * Endpoint → callers allowed (Y) in the order of API_CALLERS. A client outside its scope gets 403, staff and the
     * anonymous 401: a back-office session is no API credential. Write bodies are well formed but name a NIK that
     * fails the domain check, so an allowed caller gets 400 and nothing is written.
     */
    private static final Map<ApiCall, String> API_EXPECTED = new LinkedHashMap<>();

    record ApiCall(String method, String path, String contentType, String body) {
        @Override
        public String toString() {
            return method + " /api/v1/" + path;
        }
    }

    static {
        String badNik = "9903014101900000";
        String claim = "{\"participantNik\":\"" + badNik + "\",\"incidentKind\":\"DEATH_OTHER\",\"incidentDate\":\"2026-01-10\","
                + "\"incidentCountry\":\"TW\",\"unitCode\":\"KP-JKT\",\"channel\":\"E_KLAIM\","
                + "\"benefits\":[{\"benefitCode\":\"JKM_DEATH_D\",\"amount\":1000}],"
                + "\"payeeName\":\"Budi\",\"payeeBankCode\":\"BRI\",\"payeeAccountNo\":\"0123456789\"}";
        String registration = "{\"nik\":\"" + badNik + "\",\"fullName\":\"Siti\",\"sex\":\"FEMALE\",\"birthDate\":\"1990-01-01\","
                + "\"placement\":{\"channel\":\"AGENCY\",\"destinationCountry\":\"TW\",\"contractMonths\":24}}";
        String json = "application/json";
        //                                                                                                        ekl jmo sis ped adj sup mgr aud adm bro anon
        API_EXPECTED.put(new ApiCall("POST", "claims", json, claim),                                                 "Y   Y   -   -   -   -   -   -   -   -   -");
        API_EXPECTED.put(new ApiCall("POST", "claims/multipart", "multipart/form-data; boundary=----pmi-uji-batas",
                new String(IntakeApiIT.multipart(claim, "DEATH_CERTIFICATE", "surat.pdf", "application/pdf",
                        "%PDF-1.4\n%%EOF\n".getBytes()), java.nio.charset.StandardCharsets.UTF_8)),                          "Y   Y   -   -   -   -   -   -   -   -   -");
        API_EXPECTED.put(new ApiCall("GET", "claims/KLM-2026-999999", null, null),                                  "Y   Y   -   -   -   -   -   -   -   -   -");
        API_EXPECTED.put(new ApiCall("POST", "registrations", json, registration),                                  "-   -   Y   Y   -   -   -   -   -   -   -");
        API_EXPECTED.put(new ApiCall("POST", "contract-extensions", json, "{\"nik\":\"" + badNik + "\",\"months\":12}"), "-   -   Y   Y   -   -   -   -   -   -   -");
        API_EXPECTED.put(new ApiCall("POST", "contributions", json, "{\"nik\":\"" + badNik
                + "\",\"tranche\":\"BEFORE_WORK\",\"paidOn\":\"2026-01-15\"}"),                                   "-   -   Y   Y   -   -   -   -   -   -   -");
        API_EXPECTED.put(new ApiCall("GET", "participants/3209014101900001/coverage", null, null),                  "Y   Y   Y   Y   -   -   -   -   -   -   -");
        API_EXPECTED.put(new ApiCall("GET", "participants/3209014101900001/claims", null, null),                    "Y   Y   Y   Y   -   -   -   -   -   -   -");
        API_EXPECTED.put(new ApiCall("POST", "imports", "text/csv", "bukan,judul,yang,benar\n1,2,3,4\n"),           "-   -   Y   -   -   -   -   -   -   -   -");
        API_EXPECTED.put(new ApiCall("GET", "imports/999999", null, null),                                          "-   -   Y   -   -   -   -   -   -   -   -");
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyPageAnswersEveryRoleAsTheTableSays() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (int u = 0; u < USERS.length; u++) {
            Browser browser = new Browser(base);
            if (USERS[u] != null) {
                browser.login(USERS[u], DemoDataLoader.DEMO_PASSWORD);
            }
            for (Map.Entry<String, String> page : EXPECTED.entrySet()) {
                boolean expected = page.getValue().split("\\s+")[u].equals("Y");
                HttpResponse<String> response = browser.get(page.getKey());
                boolean allowed = response.statusCode() == 200 && response.uri().getPath().endsWith("/" + page.getKey());
                boolean refused = response.statusCode() == 403 || response.uri().getPath().endsWith("/login.xhtml");
                if (expected != allowed || (!expected && !refused)) {
                    mismatches.add((USERS[u] == null ? "anonymous" : USERS[u]) + " " + page.getKey() + ": expected "
                            + (expected ? "allow" : "deny") + ", got " + response.statusCode() + " at " + response.uri().getPath());
                }
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    @Test
    void everyApiEndpointAnswersEveryClientRoleAndTheAnonymousAsTheTableSays() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (int c = 0; c < API_CALLERS.length; c++) {
            String caller = API_CALLERS[c];
            boolean client = c < CLIENTS;
            Browser browser = new Browser(base);
            if (caller != null && !client) {
                browser.login(caller, DemoDataLoader.DEMO_PASSWORD);
            }
            for (Map.Entry<ApiCall, String> entry : API_EXPECTED.entrySet()) {
                ApiCall call = entry.getKey();
                boolean expected = entry.getValue().split("\\s+")[c].equals("Y");
                HttpResponse<String> response = client
                        ? browser.sendWithApiKey(caller, call.method(), "api/v1/" + call.path(), call.contentType(), call.body())
                        : browser.send(call.method(), "api/v1/" + call.path(), call.contentType(), call.body());
                int status = response.statusCode();
                boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
                boolean ok = expected
                        ? status != 401 && status != 403 && status < 500 && (status < 400 || problem)
                        : status == (client ? 403 : 401) && problem;
                if (!ok) {
                    mismatches.add((caller == null ? "anonymous" : caller) + " " + call + ": expected "
                            + (expected ? "allow" : "deny (" + (client ? 403 : 401) + ")") + ", got " + status + " " + response.body());
                }
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    @Test
    void aBranchOfficerCannotReadAnotherUnitsClaimByChangingTheIdInTheAddress() throws Exception {
        Browser supervisor = new Browser(base);
        supervisor.login("supervisor", DemoDataLoader.DEMO_PASSWORD);
        String list = supervisor.get("claims.xhtml").body();
        Matcher row = Pattern.compile("claim\\.xhtml\\?id=(\\d+)\"[^>]*>(KLM-[\\d-]+)<.*?</tr>", Pattern.DOTALL).matcher(list);
        String otherUnitId = null;
        String otherUnitClaim = null;
        while (row.find()) {
            if (!row.group(0).contains("Kantor Cabang Cirebon")) {
                otherUnitId = row.group(1);
                otherUnitClaim = row.group(2);
                break;
            }
        }
        assertTrue(otherUnitId != null, "the list shows a claim of another unit");
        Browser officer = new Browser(base);
        officer.login("petugas", DemoDataLoader.DEMO_PASSWORD);
        HttpResponse<String> page = officer.get("claim.xhtml?id=" + otherUnitId);
        assertFalse(page.body().contains(otherUnitClaim), "another unit's claim is not shown");
        assertTrue(page.body().contains("tidak ditemukan"), "it looks like a claim that does not exist");
        assertEquals(page.statusCode() == 200 || page.statusCode() == 404, true);
    }
}

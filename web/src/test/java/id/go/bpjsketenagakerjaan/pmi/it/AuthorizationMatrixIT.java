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
 * Every page asked by every role and anonymously, compared with the allow/deny table below. The server decides: the
 * menu only hides what these answers already refuse.
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
        EXPECTED.put("audit.xhtml",          "-   -   -   Y   Y   -   -");
        EXPECTED.put("admin/service-units.xhtml", "-   -   -   -   Y   -   -");
        EXPECTED.put("admin/users.xhtml",    "-   -   -   -   Y   -   -");
        EXPECTED.put("admin/authority.xhtml","-   -   -   -   Y   -   -");
        EXPECTED.put("admin/catalogue.xhtml","-   -   -   -   Y   -   -");
        EXPECTED.put("admin/holidays.xhtml", "-   -   -   -   Y   -   -");
        EXPECTED.put("login.xhtml",          "Y   Y   Y   Y   Y   Y   Y");
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

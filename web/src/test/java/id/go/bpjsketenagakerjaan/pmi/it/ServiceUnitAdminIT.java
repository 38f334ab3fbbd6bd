package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.demo.DemoDataLoader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service units as reference data over HTTP: the fact sheet's units come from the migration with their parent office,
 * the demo adds the rest under them, an administrator creates a unit (bad input refused field by field, nothing
 * written) and its change is audited; the page is refused to everyone else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceUnitAdminIT {

    private static final String PAGE = "admin/service-units.xhtml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorSeesTheReferenceUnitsAndCreatesOneWithEveryProblemNamed() throws Exception {
        Browser browser = new Browser(base);
        browser.login("admin", DemoDataLoader.DEMO_PASSWORD);
        HttpResponse<String> page = browser.get(PAGE);
        assertEquals(200, page.statusCode());
        String body = page.body();
        for (String code : new String[] {"KP-JKT", "KC-CRB", "LN-TPE", "LN-HKG", "LN-SEL", "LN-BWN", "LG-CGK", "LG-KNO",
                "LG-DPS", "LG-LOP", "LG-YIA", "KCP-IDM", "KC-MLG"}) {
            assertTrue(body.contains(">" + code + "<"), code + " is listed");
        }
        assertTrue(body.contains("Ciayumajakuning"), "the Cirebon branch's area");
        assertEquals(1, Pattern.compile("pmi-mono[^>]*>KC-CRB<").matcher(body).results().count(),
                "one Cirebon branch: the demo does not add the seeded one again");
        assertEquals(2, body.split(">KC-CRB<div", -1).length - 1, "the Indramayu district unit and LTSA are under Cirebon");

        Map<String, String> bad = form(body, "LG-TST", "Lounge Uji", "LOUNGE", "Jawa Timur", "ID", "WITA", "");
        String refused = browser.post(PAGE, bad).body();
        assertTrue(refused.contains("Zona waktu: WITA tidak dikenal"), "the time zone is named");
        assertTrue(refused.contains("Kantor induk: wajib dipilih"), "the parent office is named");
        assertFalse(browser.get(PAGE).body().contains(">LG-TST<"), "nothing was written");

        String fresh = browser.get(PAGE).body();
        String created = browser.post(PAGE, form(fresh, "LG-TST", "Lounge Uji", "LOUNGE", "Jawa Timur", "ID", "Asia/Jakarta",
                "1")).body();
        assertTrue(created.contains("Unit layanan dibuat."), created);
        assertTrue(created.contains(">LG-TST<"), "the new unit is listed");
        assertTrue(created.contains("kantor induk: KP-JKT"), "its audit row names the parent office");

        HttpResponse<String> cirebon = browser.get("service-unit.xhtml?id=2");
        assertEquals(200, cirebon.statusCode());
        assertTrue(cirebon.body().contains("Kantor Pusat Jakarta (KP-JKT)"), "the parent office is shown");
    }

    @Test
    void othersAreRefusedThePage() throws Exception {
        for (String user : new String[] {"manajer", "supervisor", "adjudikator"}) {
            Browser browser = new Browser(base);
            browser.login(user, DemoDataLoader.DEMO_PASSWORD);
            HttpResponse<String> response = browser.get(PAGE);
            assertEquals(403, response.statusCode(), user);
            assertFalse(response.body().contains("KC-CRB"), user + " sees no unit");
        }
    }

    private static Map<String, String> form(String html, String code, String name, String type, String province,
                                            String country, String zone, String parentId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("unitAdminForm", "unitAdminForm");
        fields.put("unitAdminForm:code", code);
        fields.put("unitAdminForm:name", name);
        fields.put("unitAdminForm:type_input", type);
        fields.put("unitAdminForm:province", province);
        fields.put("unitAdminForm:countryCode", country);
        fields.put("unitAdminForm:timeZone", zone);
        fields.put("unitAdminForm:parentId_input", parentId);
        fields.put("unitAdminForm:serviceArea", "Bandara uji");
        fields.put("unitAdminForm:save", "");
        fields.put("jakarta.faces.ViewState", Browser.viewState(html));
        fields.put("primefaces.nonce", Browser.nonce(html));
        return fields;
    }
}

package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.bpjsketenagakerjaan.pmi.demo.DemoDataLoader;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administration pages driven over HTTP as a browser posts them (users, authority limits, benefit catalogue), the
 * dashboard's chart drill-down, and the Excel/PDF exports with identity numbers masked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesIT {

    private static final Pattern MASKED_NIK = Pattern.compile("\\d{4}\\*{10}\\d{2}");
    private static final Pattern FULL_NIK = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");
    private static final Pattern TOTAL = Pattern.compile("\\d+–\\d+ / (\\d+)");
    private static final Pattern ISSUED = Pattern.compile("id=\"issuedPassword\"[^>]*>([^<]+)<");
    private static final String NEW_PASSWORD = "Kebun-Teh-Puncak-7";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL base;

    private Browser as(String user) throws Exception {
        Browser browser = new Browser(base);
        HttpResponse<String> landing = browser.login(user, DemoDataLoader.DEMO_PASSWORD);
        assertFalse(landing.uri().getPath().endsWith("/login.xhtml"), user + " is logged in");
        return browser;
    }

    private static Map<String, String> form(String formId, String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.put("jakarta.faces.ViewState", Browser.viewState(html));
        fields.put("primefaces.nonce", Browser.nonce(html));
        return fields;
    }

    private static Map<String, String> newUser(String html, String username, String role) {
        Map<String, String> fields = form("newUser", html);
        fields.put("newUser:username", username);
        fields.put("newUser:fullName", "Rina Kusuma");
        fields.put("newUser:roles", role);
        fields.put("newUser:unit_input", "");
        fields.put("newUser:level_input", "");
        fields.put("newUser:create", "");
        return fields;
    }

    @Test
    void anAdministratorCreatesAUserWhoThenLogsInAndTheChangeIsAudited() throws Exception {
        Browser admin = as("admin");
        HttpResponse<String> page = admin.get("admin/users.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("supervisor"), "the demo users are listed");

        HttpResponse<String> created = admin.post("admin/users.xhtml", newUser(page.body(), "adjudikator9", "ADJUDICATOR"));
        Matcher issued = Pattern.compile("id=\"issuedPassword\"[^>]*>([^<]+)<").matcher(created.body());
        assertTrue(issued.find(), "the one-time password is shown once:\n" + created.body());
        String password = issued.group(1).strip();
        assertTrue(created.body().contains("adjudikator9"), "the new user is listed");

        Browser newcomer = new Browser(base);
        HttpResponse<String> landing = newcomer.login("adjudikator9", password);
        assertTrue(landing.uri().getPath().endsWith("/password.xhtml"),
                "the new user logs in with the one-time password and must replace it first: " + landing.uri());
        assertTrue(newcomer.changePassword(password, NEW_PASSWORD, NEW_PASSWORD).body().contains("Kata sandi telah diganti"));
        HttpResponse<String> workbench = newcomer.get("workbench.xhtml");
        assertTrue(workbench.statusCode() == 200 && workbench.uri().getPath().endsWith("/workbench.xhtml"),
                "an adjudicator opens the workbench: " + workbench.uri());
        assertEquals(403, newcomer.get("admin/users.xhtml").statusCode(), "and not the administration");

        HttpResponse<String> again = admin.post("admin/users.xhtml", newUser(admin.get("admin/users.xhtml").body(), "adjudikator9", "AUDITOR"));
        assertTrue(again.body().contains("sudah dipakai"), "a taken username is refused next to the field");

        String audit = admin.get("audit.xhtml").body();
        assertTrue(audit.contains("USER_CREATED") && audit.contains("user:adjudikator9"), "the creation is in the audit trail");
        assertFalse(audit.contains(password), "never the password");
    }

    @Test
    void anAdministratorCanNeverBeMadeAnApprover() throws Exception {
        Browser admin = as("admin");
        HttpResponse<String> plain = admin.post("admin/users.xhtml",
                newUser(admin.get("admin/users.xhtml").body(), "admin2", "ADMIN"));
        assertTrue(plain.body().contains("id=\"issuedPassword\""), "a plain administrator is created");
        Map<String, String> both = newUser(admin.get("admin/users.xhtml").body(), "admin3", "ADMIN");
        both.put("newUser:level_input", "SUPERVISOR");
        HttpResponse<String> answer = admin.post("admin/users.xhtml", both);
        assertFalse(answer.body().contains("id=\"issuedPassword\""), "nothing is created");
        assertTrue(answer.body().contains("hanya untuk peran SUPERVISOR"), "an authority level is refused to an ADMIN");
        assertEquals(403, admin.get("approvals.xhtml").statusCode(), "the approval queue stays closed to an ADMIN");
    }

    /** Posts the button {@code action} of the users table row of {@code username}. */
    private static HttpResponse<String> rowAction(Browser admin, String username, String action) throws Exception {
        String html = admin.get("admin/users.xhtml").body();
        Matcher row = Pattern.compile("data-ri=\"(\\d+)\"(?:(?!data-ri=).)*?class=\"pmi-mono\">" + Pattern.quote(username) + "</span>",
                Pattern.DOTALL).matcher(html);
        assertTrue(row.find(), username + " is listed");
        Map<String, String> fields = form("usersForm", html);
        fields.put("usersForm:users:" + row.group(1) + ":" + action, "");
        return admin.post("admin/users.xhtml", fields);
    }

    @Test
    void lockUnlockAndPasswordResetTakeEffectAtTheNextLogin() throws Exception {
        Browser admin = as("admin");
        rowAction(admin, "auditor", "lock");
        HttpResponse<String> locked = new Browser(base).login("auditor", DemoDataLoader.DEMO_PASSWORD);
        assertTrue(locked.uri().getPath().endsWith("/login.xhtml"), "a locked account cannot log in");

        rowAction(admin, "auditor", "unlock");
        as("auditor");

        HttpResponse<String> reset = rowAction(admin, "auditor", "reset");
        Matcher issued = Pattern.compile("id=\"issuedPassword\"[^>]*>([^<]+)<").matcher(reset.body());
        assertTrue(issued.find(), "the new password is shown once");
        HttpResponse<String> old = new Browser(base).login("auditor", DemoDataLoader.DEMO_PASSWORD);
        assertTrue(old.uri().getPath().endsWith("/login.xhtml"), "the old password no longer works");
        HttpResponse<String> fresh = new Browser(base).login("auditor", issued.group(1).strip());
        assertFalse(fresh.uri().getPath().endsWith("/login.xhtml"), "the new one does");

        String audit = admin.get("audit.xhtml").body();
        for (String action : new String[] {"USER_LOCKED", "USER_UNLOCKED", "USER_PASSWORD_RESET"}) {
            assertTrue(audit.contains(action), action + " is in the audit trail");
        }
        assertTrue(audit.contains("sebelum: aktif=true") && audit.contains("sesudah: aktif=false"), "with before and after");
    }

    private Browser session(String user, String password) throws Exception {
        Browser browser = new Browser(base);
        HttpResponse<String> landing = browser.login(user, password);
        assertFalse(landing.uri().getPath().endsWith("/login.xhtml"), user + " is logged in");
        return browser;
    }

    private static boolean endedAtLogin(HttpResponse<String> response) {
        return response.uri().getPath().endsWith("/login.xhtml") && "ended=all".equals(response.uri().getQuery())
                && response.body().contains("Sesi Anda telah diakhiri");
    }

    @Test
    void anAdministratorsResetEndsTheUsersSessionsAndForcesAChangeAtTheNextLogin() throws Exception {
        Browser office = session("deputi2", DemoDataLoader.DEMO_PASSWORD);
        Browser home = session("deputi2", DemoDataLoader.DEMO_PASSWORD);
        assertTrue(office.get("approvals.xhtml").uri().getPath().endsWith("/approvals.xhtml"));

        Browser admin = as("admin");
        Matcher issued = ISSUED.matcher(rowAction(admin, "deputi2", "reset").body());
        assertTrue(issued.find(), "the new password is shown once");
        String password = issued.group(1).strip();

        assertTrue(endedAtLogin(office.get("approvals.xhtml")), "the reset ends one session");
        assertTrue(endedAtLogin(home.get("workbench.xhtml")), "and the other");

        Browser fresh = new Browser(base);
        HttpResponse<String> landing = fresh.login("deputi2", password);
        assertTrue(landing.uri().getPath().endsWith("/password.xhtml"), "the next login leads to the change: " + landing.uri());
        assertTrue(landing.body().contains("diterbitkan oleh administrator"), "saying why");
        assertTrue(fresh.get("approvals.xhtml").uri().getPath().endsWith("/password.xhtml"), "every page leads there until it is done");
        assertTrue(fresh.get("claims.xhtml").uri().getPath().endsWith("/password.xhtml"));
        assertTrue(admin.get("admin/users.xhtml").body().contains("Wajib ganti kata sandi"), "the list shows the pending change");

        assertTrue(fresh.changePassword(password, NEW_PASSWORD, NEW_PASSWORD).body().contains("Kata sandi telah diganti"));
        HttpResponse<String> approvals = fresh.get("approvals.xhtml");
        assertTrue(approvals.uri().getPath().endsWith("/approvals.xhtml"), "then the pages open: " + approvals.uri());
        assertTrue(session("deputi2", NEW_PASSWORD).get("approvals.xhtml").uri().getPath().endsWith("/approvals.xhtml"),
                "and the next login goes straight in");

        String audit = admin.get("audit.xhtml").body();
        assertTrue(audit.contains("USER_PASSWORD_RESET") && audit.contains("wajib_ganti_sandi=true"),
                "the reset is audited: " + audit.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
        assertTrue(audit.contains("PASSWORD_CHANGED"), "and the user's own change");
        assertFalse(audit.contains(password) || audit.contains(NEW_PASSWORD), "never a password");
    }

    @Test
    void anAdministratorEndsAUsersSessions() throws Exception {
        Browser manager = session("manajer", DemoDataLoader.DEMO_PASSWORD);
        assertTrue(manager.get("claims.xhtml").uri().getPath().endsWith("/claims.xhtml"));
        Browser admin = as("admin");
        assertTrue(rowAction(admin, "manajer", "endSessions").body().contains("Semua sesi manajer diakhiri"));
        assertTrue(endedAtLogin(manager.get("claims.xhtml")), "the manager's session is ended");
        assertTrue(session("manajer", DemoDataLoader.DEMO_PASSWORD).get("claims.xhtml").uri().getPath().endsWith("/claims.xhtml"),
                "a new login works with the same password");
        assertTrue(admin.get("audit.xhtml").body().contains("USER_SESSIONS_ENDED"), "audited");
    }

    /** Opens the edit form of {@code username} and saves it with one role and no unit. */
    private static HttpResponse<String> editRoles(Browser admin, String editPage, String role) throws Exception {
        assertTrue(editPage.contains("id=\"editUser\""), "the edit form is open");
        Map<String, String> fields = form("editUser", editPage);
        fields.put("editUser:roles", role);
        fields.put("editUser:unit_input", "");
        fields.put("editUser:save", "");
        return admin.post("admin/users.xhtml", fields);
    }

    @Test
    void aRoleEditTakesEffectAtTheUsersNextLoginAndIsAudited() throws Exception {
        Browser admin = as("admin");
        Matcher issued = ISSUED.matcher(admin.post("admin/users.xhtml", newUser(admin.get("admin/users.xhtml").body(),
                "peran.uji", "ADJUDICATOR")).body());
        assertTrue(issued.find());
        Browser user = new Browser(base);
        user.login("peran.uji", issued.group(1).strip());
        user.changePassword(issued.group(1).strip(), NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(user.get("workbench.xhtml").uri().getPath().endsWith("/workbench.xhtml"), "an adjudicator at first");
        assertEquals(403, user.get("audit.xhtml").statusCode());

        HttpResponse<String> saved = editRoles(admin, rowAction(admin, "peran.uji", "edit").body(), "AUDITOR");
        assertTrue(saved.body().contains("Peran dan unit peran.uji disimpan"), saved.body());

        assertTrue(endedAtLogin(user.get("workbench.xhtml")), "the session holding the old roles is ended");
        Browser again = session("peran.uji", NEW_PASSWORD);
        assertEquals(200, again.get("audit.xhtml").statusCode(), "at the next login the user is an auditor");
        assertEquals(403, again.get("workbench.xhtml").statusCode(), "and no longer an adjudicator");

        String audit = admin.get("audit.xhtml").body();
        assertTrue(audit.contains("USER_CHANGED") && audit.contains("peran=ADJUDICATOR") && audit.contains("peran=AUDITOR"),
                "the change is audited with before and after");
    }

    @Test
    void aStaleEditGetsTheConcurrentChangeMessageAndAnAdministratorKeepsTheirOwnAdminRole() throws Exception {
        Browser first = as("admin");
        String stalePage = rowAction(first, "adjudikator2", "edit").body();
        Browser second = as("admin");
        rowAction(second, "adjudikator2", "lock");
        rowAction(second, "adjudikator2", "unlock");

        HttpResponse<String> stale = editRoles(first, stalePage, "MANAGER");
        assertTrue(stale.body().contains("telah diubah sejak ditampilkan"), "the stale edit is refused clearly:\n" + stale.body());
        Matcher trace = Pattern.compile(".{0,80}(Exception:|\\.java:\\d).{0,80}").matcher(stale.body());
        assertFalse(trace.find(), () -> "no stack trace: " + trace.group());
        assertTrue(session("adjudikator2", DemoDataLoader.DEMO_PASSWORD).get("workbench.xhtml").uri().getPath()
                .endsWith("/workbench.xhtml"), "the roles are unchanged");

        HttpResponse<String> self = editRoles(first, rowAction(first, "admin", "edit").body(), "AUDITOR");
        assertTrue(self.body().contains("tidak boleh melepas peran ADMIN dari dirinya sendiri"), self.body());
        assertEquals(200, first.get("admin/users.xhtml").statusCode(), "the administrator stays one");
    }

    @Test
    void loweringASupervisorsLimitRoutesLargerClaimsAway() throws Exception {
        Browser supervisor = as("supervisor");
        long before = queueCount(supervisor.get("approvals.xhtml").body());
        assertTrue(before > 0, "the demo data has claims waiting for the supervisor");

        Browser admin = as("admin");
        HttpResponse<String> page = admin.get("admin/authority.xhtml");
        assertTrue(page.body().contains("Rp 50.000.000"), "the limit is shown in rupiah");
        Map<String, String> fields = form("authForm", page.body());
        fields.put("authForm:code_input", "SUPERVISOR");
        fields.put("authForm:limit_input", "Rp 1");
        fields.put("authForm:limit_hinput", "1");
        fields.put("authForm:approvals_input", "1");
        fields.put("authForm:note", "uji perutean");
        fields.put("authForm:save", "");
        HttpResponse<String> saved = admin.post("admin/authority.xhtml", fields);
        assertTrue(saved.body().contains("uji perutean"), "the change is in the history:\n" + saved.body());
        assertTrue(saved.body().contains("Rp 1 "), "with the new limit");

        long after = queueCount(supervisor.get("approvals.xhtml").body());
        assertTrue(after < before, "claims above Rp 1 now go to a higher level: " + before + " -> " + after);
    }

    private static long queueCount(String html) {
        Matcher count = Pattern.compile("id=\"queueCount\">(\\d+)<").matcher(html);
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }

    @Test
    void anAdministratorAddsACatalogueVersionAndTheOldOneEndsTheDayBefore() throws Exception {
        Browser admin = as("admin");
        HttpResponse<String> page = admin.get("admin/catalogue.xhtml");
        assertTrue(page.body().contains("JKM_DEATH_D"), "the catalogue is listed");
        assertTrue(page.body().contains("menunggu konfirmasi"), "unconfirmed amounts are marked");
        Map<String, String> fields = form("newVersion", page.body());
        fields.put("newVersion:code_input", "JKM_DEATH_D");
        fields.put("newVersion:validFrom_input", "01-01-2030");
        fields.put("newVersion:amount_input", "Rp 90.000.000");
        fields.put("newVersion:amount_hinput", "90000000");
        fields.put("newVersion:cap_input", "");
        fields.put("newVersion:cap_hinput", "");
        fields.put("newVersion:legalBasis", "Peraturan uji 2030");
        fields.put("newVersion:confidence_input", "SINGLE_SOURCE");
        fields.put("newVersion:add", "");
        HttpResponse<String> added = admin.post("admin/catalogue.xhtml", fields);
        assertTrue(added.body().contains("JKM_DEATH_D v2"), "the new version is confirmed:\n" + added.body());
        String list = admin.get("admin/catalogue.xhtml").body();
        assertTrue(list.contains("Rp 90.000.000"), "the new amount is listed");
        assertTrue(list.contains("2029-12-31"), "the previous version ends the day before");
    }

    @Test
    void aClickOnTheStatusChartOpensExactlyTheClaimsOfThatStatus() throws Exception {
        Browser manager = as("manajer");
        HttpResponse<String> dashboard = manager.get("dashboard.xhtml");
        Matcher firstStatus = Pattern.compile("id=\"dashForm:statusTable_data\".*?<tr[^>]*>\\s*<td[^>]*>([^<]+)</td>\\s*<td[^>]*>(\\d+)</td>",
                Pattern.DOTALL).matcher(dashboard.body());
        assertTrue(firstStatus.find(), "the status table lists the first bar");
        String label = firstStatus.group(1).strip();
        long expected = Long.parseLong(firstStatus.group(2));

        Map<String, String> click = form("dashForm", dashboard.body());
        click.put("jakarta.faces.partial.ajax", "true");
        click.put("jakarta.faces.source", "dashForm:statusChart");
        click.put("jakarta.faces.partial.execute", "dashForm:statusChart");
        click.put("jakarta.faces.behavior.event", "itemSelect");
        click.put("jakarta.faces.partial.event", "itemSelect");
        click.put("itemIndex", "0");
        click.put("dataSetIndex", "0");
        click.put("data", String.valueOf(expected));
        HttpResponse<String> answer = manager.post("dashboard.xhtml", click);
        Matcher redirect = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(answer.body());
        assertTrue(redirect.find(), "the click answers with a redirect:\n" + answer.body());
        String url = redirect.group(1).replace("&amp;", "&");
        assertTrue(url.contains("/claims.xhtml?status="), url);

        HttpResponse<String> list = manager.get(url.substring(url.indexOf("claims.xhtml")));
        assertEquals(200, list.statusCode());
        Matcher total = TOTAL.matcher(list.body());
        assertTrue(total.find(), "the list reports its total");
        assertEquals(expected, Long.parseLong(total.group(1)), "the list holds exactly the claims of the bar");
        assertTrue(list.body().contains(label), "the slice is named above the list");

        // payouts by month: the month with the most approvals, opened by its address
        Matcher tbody = Pattern.compile("id=\"dashForm:payoutTable_data\"(.*?)</tbody>", Pattern.DOTALL).matcher(dashboard.body());
        assertTrue(tbody.find(), "the payouts table is shown");
        Matcher month = Pattern.compile("<td[^>]*>(\\d{4}-\\d{2})</td>\\s*<td[^>]*>(\\d+)</td>").matcher(tbody.group(1));
        String busiest = null;
        long approvals = -1;
        while (month.find()) {
            if (Long.parseLong(month.group(2)) > approvals) {
                busiest = month.group(1);
                approvals = Long.parseLong(month.group(2));
            }
        }
        assertTrue(busiest != null, "the payouts table lists months");
        Matcher monthTotal = TOTAL.matcher(manager.get("claims.xhtml?month=" + busiest).body());
        assertTrue(monthTotal.find());
        assertEquals(approvals, Long.parseLong(monthTotal.group(1)), "the claims approved in " + busiest);
    }

    @Test
    void exportsOfTheClaimsListAreValidFilesWithMaskedNiks() throws Exception {
        Browser manager = as("manajer");
        HttpResponse<String> page = manager.get("claims.xhtml");
        Matcher total = TOTAL.matcher(page.body());
        assertTrue(total.find());
        long rows = Long.parseLong(total.group(1));
        assertTrue(rows > 0, "the demo data has claims");
        assertTrue(MASKED_NIK.matcher(page.body()).find(), "the list shows masked NIKs");

        Map<String, String> xlsx = form("claimsForm", page.body());
        xlsx.put("claimsForm:claimsXlsx", "");
        HttpResponse<byte[]> excel = manager.postForBytes("claims.xhtml", xlsx);
        assertEquals(200, excel.statusCode());
        assertTrue(excel.headers().firstValue("Content-Disposition").orElse("").contains("klaim.xlsx"), excel.headers().toString());
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            DataFormatter formatter = new DataFormatter();
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells.add(formatter.formatCellValue(cell));
                }
            }
            assertEquals(rows + 1, sheet.getPhysicalNumberOfRows(), "a header and every claim of the list, not only a page");
        }
        String excelText = String.join("\n", cells);
        assertTrue(MASKED_NIK.matcher(excelText).find(), "the Excel file carries the masked NIK");
        assertFalse(FULL_NIK.matcher(excelText).find(), "and never a full one");

        Map<String, String> pdf = form("claimsForm", manager.get("claims.xhtml").body());
        pdf.put("claimsForm:claimsPdf", "");
        HttpResponse<byte[]> document = manager.postForBytes("claims.xhtml", pdf);
        assertEquals(200, document.statusCode());
        assertEquals("%PDF", new String(document.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(document.body());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        reader.close();
        // narrow PDF cells wrap a NIK over lines: read the text without its line breaks too
        String joined = text.toString().replaceAll("\\s+", "");
        assertTrue(MASKED_NIK.matcher(joined).find(), "the PDF carries the masked NIK:\n" + text);
        assertFalse(Pattern.compile("NIK\\d{16}").matcher(joined).find(), "and never a full one");
        assertFalse(FULL_NIK.matcher(text).find(), "nor any 16-digit number");
    }

    @Test
    void theWorkbenchQueueExportsMaskedNiksToo() throws Exception {
        Browser adjudicator = as("adjudikator");
        String html = adjudicator.get("workbench.xhtml").body();
        Matcher form = Pattern.compile("<form id=\"([^\"]+)\"[^>]*>(?:(?!</form>).)*?queues:teamXlsx", Pattern.DOTALL).matcher(html);
        assertTrue(form.find(), "the team queue has an Excel button");
        String formId = form.group(1);
        Map<String, String> fields = form(formId, html);
        fields.put(formId + ":queues:teamXlsx", "");
        HttpResponse<byte[]> excel = adjudicator.postForBytes("workbench.xhtml", fields);
        assertEquals(200, excel.statusCode());
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(formatter.formatCellValue(cell)).append('\n');
                }
            }
        }
        assertTrue(MASKED_NIK.matcher(text).find(), "the queue export carries masked NIKs:\n" + text);
        assertFalse(FULL_NIK.matcher(text).find(), "and never a full one");
    }
}

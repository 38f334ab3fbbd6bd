package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The back office in a real browser (headless Debian chromium at 1366×768): each role's start page and menu, the
 * adjudicator's and the supervisor's daily work, batches, the dashboard, the language switch, an expired session, and
 * axe-core on the main pages. Screenshots of every step land in {@code target/screenshots/}. Each test works on demo
 * claims no other test of this class touches.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL base;

    private record Landing(String user, String page, List<String> menuHas, List<String> menuLacks) {
    }

    @Test
    void eachRoleLandsOnItsStartPageWithItsMenu() {
        List<Landing> landings = List.of(
                new Landing("adjudikator", "/workbench.xhtml", List.of("Meja kerja", "Daftar Klaim", "Klaim Loket"),
                        List.of("Persetujuan", "Batch Pembayaran", "Dasbor", "Jejak audit")),
                new Landing("supervisor", "/workbench.xhtml", List.of("Meja kerja", "Persetujuan", "Batch Pembayaran", "Dasbor"),
                        List.of("Klaim Loket", "Jejak audit")),
                new Landing("kacab", "/workbench.xhtml", List.of("Meja kerja", "Persetujuan", "Batch Pembayaran"),
                        List.of("Klaim Loket", "Jejak audit")),
                new Landing("manajer", "/claims.xhtml", List.of("Daftar Klaim", "Unit Layanan", "Dasbor"),
                        List.of("Meja kerja", "Persetujuan", "Batch Pembayaran", "Jejak audit")),
                new Landing("auditor", "/audit.xhtml", List.of("Jejak audit"),
                        List.of("Meja kerja", "Daftar Klaim", "Persetujuan", "Dasbor")),
                new Landing("admin", "/audit.xhtml", List.of("Jejak audit", "Dasbor", "Unit Layanan"),
                        List.of("Meja kerja", "Persetujuan", "Batch Pembayaran")),
                new Landing("petugas", "/desk/claim.xhtml", List.of("Klaim Loket", "Pendaftaran Loket"),
                        List.of("Meja kerja", "Daftar Klaim", "Persetujuan", "Dasbor")));
        try (Screen screen = new Screen(base, "roles")) {
            screen.open("login.xhtml");
            screen.shot("login");
            for (Landing landing : landings) {
                screen.login(landing.user());
                assertTrue(screen.path().endsWith(landing.page()), landing.user() + " lands on " + screen.url());
                List<String> menu = screen.menu();
                assertTrue(menu.containsAll(landing.menuHas()), landing.user() + "'s menu " + menu);
                assertTrue(landing.menuLacks().stream().noneMatch(menu::contains), landing.user() + "'s menu " + menu);
                assertFalse(screen.heading().isBlank(), landing.user() + "'s page has a heading");
                screen.shot(landing.user());
                screen.logout();
                assertTrue(screen.path().endsWith("/login.xhtml"), "logging out shows the login page: " + screen.url());
            }
        }
    }

    @Test
    void anAdjudicatorFiltersTheWorkbenchOpensAClaimVerifiesItsDocumentsAndRecommends() {
        // KLM-2026-000003 waits for information from the participant, its documents received but not yet verified
        String claimNo = "KLM-2026-000003";
        try (Screen screen = new Screen(base, "adjudicate")) {
            screen.login("adjudikator");
            assertTrue(screen.path().endsWith("/workbench.xhtml"), screen.url());
            screen.shot("workbench");
            By mineRows = By.cssSelector("[id='workbench:queues:mine'] tbody tr");
            assertTrue(screen.all(mineRows).size() > 1, "my queue lists claims");
            screen.type(By.cssSelector("[id='workbench:queues:mine'] thead input.ui-column-filter"), claimNo);
            screen.until("the queue filtered to " + claimNo, () -> screen.all(mineRows).size() == 1
                    && screen.all(mineRows).get(0).getText().contains(claimNo));
            screen.shot("workbench-filtered");

            screen.go(By.linkText(claimNo));
            assertTrue(screen.path().endsWith("/claim.xhtml"), screen.url());
            assertTrue(screen.heading().contains(claimNo), screen.heading());
            assertEquals("Menunggu informasi", screen.text(By.cssSelector(".pmi-claim-head .pmi-status")));
            screen.shot("claim");

            screen.click(By.id("claimForm:infoReceived"));
            By verify = By.xpath("//*[@id='claimForm:tabs:documents']//button[.//span[normalize-space()='Verifikasi']]");
            int documents = screen.all(verify).size();
            assertTrue(documents > 0, "received documents wait for verification");
            for (int i = 0; i < documents; i++) {
                screen.click(verify);
            }
            screen.until("every document verified", () -> screen.all(verify).isEmpty());
            assertEquals(documents, screen.all(By.cssSelector("[id='claimForm:tabs:documents'] .pmi-doc-VERIFIED")).size());
            screen.shot("documents-verified");

            screen.click(By.id("claimForm:startAdjudication"));
            assertEquals("Penetapan", screen.text(By.cssSelector(".pmi-claim-head .pmi-status")));
            screen.click(By.id("claimForm:recommend"));
            screen.click(By.id("recommendForm:calculate"));
            screen.find(By.cssSelector("[id='recommendForm'] .pmi-decision"));
            if (screen.find(By.id("recommendForm:amount_input")).getAttribute("value").isBlank()) {
                screen.type(By.id("recommendForm:amount_input"), "5000000"); // the calculator offered no amount
            }
            assertNoRawCode("the calculator's explanation", screen.text(By.cssSelector("[id='recommendForm'] .pmi-decision")));
            screen.type(By.id("recommendForm:explanation"), "Dokumen lengkap, sesuai tabel manfaat");
            screen.shot("recommend-dialog");
            screen.click(By.id("recommendForm:send"));
            screen.until("the claim awaiting approval", () -> screen.text(By.cssSelector(".pmi-claim-head .pmi-status"))
                    .equals("Menunggu persetujuan"));
            assertTrue(screen.text(By.cssSelector("[id='claimForm']")).contains("adjudikator"), "the recommender is shown");
            // the stored explanation, the rule version and the history quoting it, hidden tabs included
            String explanation = (String) screen.driver().executeScript("return document.querySelector('.pmi-explanation').textContent");
            assertTrue(explanation.contains("Direkomendasikan"), explanation);
            assertNoRawCode("the claim page", explanation + "\n" + screen.driver().executeScript(
                    "return [...document.querySelectorAll('main .pmi-facts, main [id=\"claimForm:tabs:history\"]')]"
                            + ".map(e => e.textContent).join('\\n')") + "\n" + screen.text(By.tagName("main")));
            screen.click(By.xpath("//*[@id='claimForm:tabs']//a[normalize-space()='Penjelasan perhitungan']"));
            screen.shot("recommended");
        }
    }

    @Test
    void aSupervisorApprovesSelectedClaimsAfterConfirmingTheirCountAndSum() {
        try (Screen screen = new Screen(base, "approve")) {
            screen.login("supervisor");
            screen.go(By.linkText("Persetujuan"));
            assertTrue(screen.path().endsWith("/approvals.xhtml"), screen.url());
            screen.shot("approval-queue");
            List<WebElement> rows = screen.all(By.cssSelector("[id='approvalsForm:queue'] tbody tr[data-ri]"));
            assertTrue(rows.size() >= 2, "at least two recommended demo claims wait: " + rows.size());
            List<String> chosen = new ArrayList<>();
            BigInteger sum = BigInteger.ZERO;
            for (WebElement row : rows.subList(rows.size() - 2, rows.size())) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                chosen.add(cells.get(1).getText().strip());
                sum = sum.add(rupiah(cells.get(4).getText().lines().findFirst().orElseThrow()));
                screen.click(row.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")));
            }
            screen.click(By.id("approvalsForm:bulkApprove"));
            screen.find(By.id("approvalsForm:bulkDlg"));
            assertEquals("2", screen.text(By.id("selectedCount")));
            assertEquals(sum, rupiah(screen.text(By.id("selectedSum"))), "the dialog's sum of " + chosen);
            screen.shot("confirm-dialog");

            screen.click(By.id("approvalsForm:confirmBulk"));
            By outcomes = By.cssSelector("[id='approvalsForm:outcomes'] tbody tr");
            screen.until("an outcome per chosen claim", () -> screen.all(outcomes).size() == 2);
            String outcomeText = screen.text(By.id("approvalsForm:outcomes"));
            chosen.forEach(claimNo -> assertTrue(outcomeText.contains(claimNo), claimNo + " in " + outcomeText));
            screen.shot("outcomes");
        }
    }

    @Test
    void aSupervisorBuildsReleasesAndDownloadsAPaymentBatch() throws Exception {
        try (Screen screen = new Screen(base, "batch")) {
            screen.login("supervisor");
            screen.go(By.linkText("Batch Pembayaran"));
            assertTrue(screen.path().endsWith("/batches.xhtml"), screen.url());
            screen.shot("batches");
            screen.click(By.id("batchesForm:draft"));
            screen.find(By.id("batchesForm:detail"));
            int lines = Integer.parseInt(screen.text(By.id("lineCount")));
            assertTrue(lines > 0, "approved demo claims make up the draft");
            screen.shot("draft");

            screen.click(By.id("batchesForm:release"));
            screen.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
            screen.until("the batch released", () -> screen.present(By.id("batchesForm:download")));
            assertEquals("Dirilis", screen.text(By.cssSelector("[id='batchesForm:detail'] .ui-panel-titlebar .pmi-status")));
            screen.shot("released");

            screen.click(By.id("batchesForm:download"));
            Path file = screen.downloaded();
            String content = Files.readString(file);
            List<String> references = screen.all(By.cssSelector("[id='batchesForm:lines'] tbody tr td:first-child")).stream()
                    .map(WebElement::getText).map(String::strip).toList();
            assertEquals(lines, references.size());
            references.forEach(reference -> assertTrue(content.contains(reference), reference + " in the bank file " + file));
        }
    }

    @Test
    void aManagerOpensTheDashboardDrillsDownFromAChartAndOpensTheClaimsList() {
        try (Screen screen = new Screen(base, "dashboard")) {
            screen.login("manajer");
            screen.go(By.linkText("Dasbor"));
            assertTrue(screen.path().endsWith("/dashboard.xhtml"), screen.url());
            screen.until("the charts drawn", () -> screen.all(By.cssSelector("main canvas")).size() >= 8);
            assertTrue(Integer.parseInt(screen.text(By.id("kpiClaims")).replace(".", "")) > 0, "claims counted");
            screen.shot("dashboard");

            // drill down: a click on the first bar of the status chart opens the claims list narrowed to that status
            WebElement canvas = screen.find(By.cssSelector("[id$='statusChart'] canvas"));
            @SuppressWarnings("unchecked")
            List<Number> bar = (List<Number>) screen.driver().executeScript("""
                    const chart = Chart.getChart(arguments[0]);
                    const horizontal = chart.options.indexAxis === 'y';
                    const bar = chart.getDatasetMeta(0).data.find(b => Math.abs(b.base - (horizontal ? b.x : b.y)) > 6);
                    return horizontal ? [(bar.x + bar.base) / 2, bar.y] : [bar.x, (bar.y + bar.base) / 2];""", canvas);
            new org.openqa.selenium.interactions.Actions(screen.driver())
                    .moveToElement(canvas, (int) (bar.get(0).doubleValue() - canvas.getSize().getWidth() / 2.0),
                            (int) (bar.get(1).doubleValue() - canvas.getSize().getHeight() / 2.0))
                    .click().perform();
            screen.until("the drill-down opened the claims list", () -> screen.url().contains("claims.xhtml?"));
            assertTrue(screen.url().contains("status="), screen.url());
            screen.until("the narrowed list shown", () -> screen.present(By.cssSelector("[id='claimsForm:claims'] tbody tr[data-ri]")));
            screen.shot("drill-down");

            screen.open("dashboard.xhtml");
            screen.until("the charts drawn", () -> screen.all(By.cssSelector("main canvas")).size() >= 8);
            screen.go(By.linkText("Daftar Klaim"));
            assertTrue(screen.path().endsWith("/claims.xhtml"), screen.url());
            assertTrue(screen.all(By.cssSelector("[id='claimsForm:claims'] tbody tr[data-ri]")).size() > 0, "claims listed");
            screen.shot("claims");
        }
    }

    @Test
    void switchingTheLanguageChangesTheLabels() {
        try (Screen screen = new Screen(base, "language")) {
            screen.open("login.xhtml");
            assertTrue(screen.text(By.cssSelector("label[for='login:username']")).startsWith("Nama pengguna"));
            screen.go(By.id("login:langEn"));
            assertTrue(screen.text(By.cssSelector("label[for='login:username']")).startsWith("Username"));
            assertEquals("en", screen.find(By.tagName("html")).getAttribute("lang"));
            screen.shot("login-en");
            screen.login("supervisor");
            assertEquals("Adjudicator workbench", screen.heading());
            assertTrue(screen.menu().containsAll(List.of("Workbench", "Approvals", "Payment Batches", "Dashboard")), screen.menu().toString());
            screen.shot("workbench-en");
            screen.go(By.id("menuForm:langId"));
            assertEquals("Meja kerja pemeriksa", screen.heading());
            assertTrue(screen.menu().containsAll(List.of("Meja kerja", "Persetujuan", "Batch Pembayaran", "Dasbor")), screen.menu().toString());
            assertEquals("id", screen.find(By.tagName("html")).getAttribute("lang"));
            screen.shot("workbench-id");
        }
    }

    @Test
    void anExpiredSessionSendsTheUserToLoginAndBackToTheSamePage() {
        try (Screen screen = new Screen(base, "session")) {
            screen.login("adjudikator");
            WebElement first = screen.find(By.cssSelector("[id='workbench:queues:mine'] tbody tr[data-ri] a"));
            String claimNo = first.getText().strip();
            screen.go(first);
            String claimUrl = screen.url();
            assertTrue(claimUrl.contains("claim.xhtml?id="), claimUrl);

            screen.driver().manage().deleteAllCookies(); // what an expired session looks like to the browser
            screen.driver().navigate().refresh();
            screen.settle();
            assertTrue(screen.path().endsWith("/login.xhtml"), "sent to the login page: " + screen.url());
            screen.shot("login-after-expiry");
            screen.login("adjudikator");
            assertEquals(claimUrl, screen.url(), "back on the page the user was on");
            assertTrue(screen.heading().contains(claimNo), screen.heading());
            screen.shot("back-on-claim");

            // the same while the page talks to the server by AJAX (filtering the workbench)
            screen.open("workbench.xhtml");
            screen.driver().manage().deleteAllCookies();
            screen.type(By.cssSelector("[id='workbench:queues:mine'] thead input.ui-column-filter"), "KLM");
            screen.until("sent to the login page", () -> screen.path().endsWith("/login.xhtml"));
            screen.login("adjudikator");
            assertTrue(screen.path().endsWith("/workbench.xhtml"), "back on the workbench: " + screen.url());
            screen.shot("back-on-workbench");
        }
    }

    @Test
    void theMainPagesHaveNoSeriousOrCriticalAccessibilityViolation() {
        List<String> violations = new ArrayList<>();
        try (Screen screen = new Screen(base, "accessibility")) {
            screen.open("login.xhtml");
            violations.addAll(screen.seriousAccessibilityViolations());
            screen.login("supervisor");
            violations.addAll(screen.seriousAccessibilityViolations());
            screen.open("claims.xhtml");
            screen.go(By.cssSelector("[id='claimsForm:claims'] tbody tr[data-ri] a"));
            assertTrue(screen.path().endsWith("/claim.xhtml"), screen.url());
            violations.addAll(screen.seriousAccessibilityViolations());
            screen.open("approvals.xhtml");
            violations.addAll(screen.seriousAccessibilityViolations());
            screen.open("dashboard.xhtml");
            violations.addAll(screen.seriousAccessibilityViolations());
        }
        assertTrue(violations.isEmpty(), violations.size() + " serious or critical axe-core violations:\n" + String.join("\n", violations));
    }

    /** An enum or catalogue code as the calculator writes it (WORK_ACCIDENT, SINGLE_SOURCE, MEDICAL_ABROAD). */
    private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

    private static void assertNoRawCode(String where, String text) {
        Matcher code = RAW_CODE.matcher(text);
        boolean found = code.find();
        assertFalse(found, where + " shows the raw code " + (found ? code.group() : "") + " in:\n" + text);
    }

    private static final List<String> EVERY_ROLE = List.of("adjudikator", "supervisor", "manajer", "auditor", "admin", "petugas",
            "petugas.taipei");

    @Test
    void theTopMenuFitsOneRowAt1366InBothLanguagesForEveryRole() {
        try (Screen screen = new Screen(base, "menu-1366")) {
            screen.resize(1366, 768);
            for (String user : EVERY_ROLE) {
                screen.login(user);
                for (String language : List.of("en", "id")) {
                    screen.go(By.id(language.equals("en") ? "menuForm:langEn" : "menuForm:langId"));
                    Map<String, Number> layout = screen.headerLayout();
                    screen.shot(user + "-" + language);
                    String seen = user + " in " + language + ": " + layout + " " + screen.menu();
                    assertEquals(1366, layout.get("width").intValue(), seen);
                    assertEquals(0, layout.get("toggleShown").intValue(), "the whole menu, no menu button: " + seen);
                    assertTrue(layout.get("items").intValue() > 0, seen);
                    assertEquals(1, layout.get("rows").intValue(), "the menu items in one row: " + seen);
                    assertEquals(layout.get("itemHeight").doubleValue(), layout.get("listHeight").doubleValue(), 1.0,
                            "the menubar is one item high: " + seen);
                    assertTrue(layout.get("headerHeight").doubleValue() < 1.5 * layout.get("itemHeight").doubleValue(),
                            "brand, menu, user, language and log-out in one line: " + seen);
                    assertTrue(layout.get("overlap").doubleValue() <= 0, "brand, items and user box side by side: " + seen);
                    assertTrue(layout.get("overflow").intValue() <= 0, "no horizontal scrolling: " + seen);
                }
                screen.logout();
            }
        }
    }

    @Test
    void onATabletTheMainPagesFitTheWidthAndTheMenuOpensFromItsButtonByKeyboard() {
        try (Screen screen = new Screen(base, "tablet")) {
            screen.login("supervisor");
            String claim = screen.driver().findElement(By.cssSelector("[id='workbench:queues:team'] tbody tr[data-ri] a")).getAttribute("href");
            for (int[] size : new int[][] {{1024, 768}, {768, 1024}}) {
                screen.resize(size[0], size[1]);
                String name = size[0] + "x" + size[1];
                for (String page : List.of("workbench.xhtml", "approvals.xhtml", "dashboard.xhtml", claim)) {
                    if (page.startsWith("http")) {
                        screen.driver().get(page);
                        screen.settle();
                    } else {
                        screen.open(page);
                    }
                    if (page.equals("dashboard.xhtml")) {
                        screen.until("the charts drawn", () -> screen.all(By.cssSelector("main canvas")).size() >= 8);
                    }
                    Map<String, Number> layout = screen.headerLayout();
                    String label = page.startsWith("http") ? "claim" : page.replace(".xhtml", "");
                    screen.shot(name + "-" + label);
                    assertEquals(size[0], layout.get("width").intValue(), layout.toString());
                    assertTrue(layout.get("overflow").intValue() <= 0, label + " at " + name + " scrolls sideways: " + layout);
                    assertEquals(1, layout.get("toggleShown").intValue(), "the menu folds behind its button at " + name);
                    assertEquals(0, layout.get("items").intValue(), "the folded menu hides its items at " + name);
                }

                // the keyboard opens the menu, lands on its first entry, follows it, and Escape folds it again
                WebElement toggle = screen.find(By.id("menuToggle"));
                assertEquals("false", toggle.getAttribute("aria-expanded"));
                toggle.sendKeys(Keys.ENTER);
                screen.until("the menu open", () -> "true".equals(screen.find(By.id("menuToggle")).getAttribute("aria-expanded")));
                Map<String, Number> open = screen.headerLayout();
                assertTrue(open.get("items").intValue() >= 4, "the supervisor's menu shown: " + open);
                assertTrue(open.get("overflow").intValue() <= 0, "the open menu fits the width: " + open);
                assertTrue(screen.find(By.linkText("Dasbor")).isDisplayed());
                screen.shot(name + "-menu-open");
                WebElement focused = screen.driver().switchTo().activeElement();
                assertEquals("Meja kerja", focused.getText().strip(), "the first entry has the focus");
                focused.sendKeys(Keys.ESCAPE);
                screen.until("the menu folded", () -> "false".equals(screen.find(By.id("menuToggle")).getAttribute("aria-expanded")));
                assertEquals("menuToggle", screen.driver().switchTo().activeElement().getAttribute("id"), "focus back on the button");
                assertEquals(0, screen.headerLayout().get("items").intValue(), "folded again");
                screen.driver().switchTo().activeElement().sendKeys(Keys.SPACE);
                screen.until("the menu open", () -> "true".equals(screen.find(By.id("menuToggle")).getAttribute("aria-expanded")));
                assertEquals("Meja kerja", screen.driver().switchTo().activeElement().getText().strip());
                screen.press(screen.driver().switchTo().activeElement(), Keys.ENTER);
                assertTrue(screen.path().endsWith("/workbench.xhtml"), "the first entry followed: " + screen.url());
            }
        }
    }

    /** The rupiah amount of a text like "Rp 12.500.000" (whole rupiah; the demo amounts have no sen). */
    private static BigInteger rupiah(String text) {
        String digits = text.replaceAll(",\\d{1,2}$", "").replaceAll("\\D", "");
        return new BigInteger(digits);
    }
}

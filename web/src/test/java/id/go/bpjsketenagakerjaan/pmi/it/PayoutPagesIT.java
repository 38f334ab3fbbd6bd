package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.demo.DemoDataLoader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The approval queue and the payment batches page: open to supervisors, refused to everyone else. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayoutPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSupervisorSeesTheApprovalQueueWithItsTotalsAndTheBatchesPage() throws Exception {
        Browser browser = new Browser(base);
        browser.login("supervisor", DemoDataLoader.DEMO_PASSWORD);
        HttpResponse<String> approvals = browser.get("approvals.xhtml");
        assertEquals(200, approvals.statusCode());
        assertTrue(approvals.uri().getPath().endsWith("/approvals.xhtml"), approvals.uri().toString());
        assertTrue(approvals.body().contains("KLM-2026-"), "a recommended demo claim waits for approval");
        assertTrue(Pattern.compile("id=\"queueCount\">[1-9]\\d*<").matcher(approvals.body()).find(), "the queue's count is shown");
        assertTrue(Pattern.compile("id=\"queueSum\">Rp[\\s\\u00A0]*[1-9][\\d.]*<").matcher(approvals.body()).find(),
                "the queue's sum is shown in rupiah");
        HttpResponse<String> batches = browser.get("batches.xhtml");
        assertEquals(200, batches.statusCode());
        assertTrue(batches.body().contains("Batch pembayaran"), "the batches page in Bahasa Indonesia");
    }

    @Test
    void aManagerIsRefusedBothPages() throws Exception {
        Browser browser = new Browser(base);
        browser.login("manajer", DemoDataLoader.DEMO_PASSWORD);
        for (String page : new String[] {"approvals.xhtml", "batches.xhtml"}) {
            HttpResponse<String> response = browser.get(page);
            assertEquals(403, response.statusCode(), page);
            assertFalse(response.body().contains("KLM-2026-"), page + " shows no claim");
        }
    }
}

package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.casework.boundary.IntakeRequest;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.IntakeResult;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SignalKind;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.demo.DemoDataLoader;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.DeskService;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.DeskUnit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.ServiceUnitService;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.UnitAccessDeniedException;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary.UnitFilter;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
 * The walk-in desk, the service-unit pages and the management dashboard. The desk is driven through its boundary in
 * the container as the branch officer 'petugas' (@RunAs probe); the pages are fetched over HTTP as a browser would.
 */
@ExtendWith(ArquillianExtension.class)
class DeskAndDashboardIT {

    private static final Pattern FULL_NIK = Pattern.compile("\\b\\d{16}\\b");

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withRoleProbes()
                .addClasses(DeskAndDashboardIT.class, AsBranchOfficer.class, DeskProbe.class, Browser.class);
    }

    @EJB
    DeskService desk;

    @EJB
    ServiceUnitService units;

    @EJB
    AsBranchOfficer officer;

    @EJB
    DeskProbe probe;

    @ArquillianResource
    URL base;

    private IntakeRequest request(long participantId, String unitCode, LocalDate incidentDate, String account,
                                  List<IntakeRequest.BenefitRequest> benefits) {
        return new IntakeRequest(participantId, "WORK_ACCIDENT", incidentDate, "Taoyuan", "TW", unitCode,
                Channel.E_KLAIM /* ignored at the desk: the unit decides */, benefits, "Penerima IT", "BRI", account, Set.of());
    }

    @Test
    void theBranchOfficerFilesAWalkInClaimAtTheirUnitWithTheUnitsChannelAndSeesTheDuplicateWarningFirst() throws Exception {
        probe.ensureBranchOfficer();
        List<DeskUnit> deskUnits = officer.call(() -> desk.units());
        assertEquals(List.of("KC-CRB"), deskUnits.stream().map(DeskUnit::getCode).toList(), "only the officer's own unit");
        assertEquals(Channel.BRANCH_WALK_IN, deskUnits.get(0).getChannel());

        Object[] participant = probe.participantWithPassport(3);
        long participantId = ((Number) participant[0]).longValue();
        assertEquals(participantId, officer.call(() -> desk.find((String) participant[1])).get(0).getId(), "found by passport");
        String account = "77" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        LocalDate incident = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(20);
        IntakeRequest claim = request(participantId, "KC-CRB", incident, account,
                List.of(new IntakeRequest.BenefitRequest("MEDICAL_ABROAD", new BigDecimal("2500000"))));

        long before = probe.claims();
        officer.call(() -> desk.preview(claim));
        assertEquals(before, probe.claims(), "a preview writes nothing");
        IntakeResult filed = officer.call(() -> desk.file(claim));
        assertEquals(1, filed.claims().size());
        List<Object[]> stored = probe.channelsAndUnits(List.of(filed.claims().get(0).claimNo()));
        assertEquals(Channel.BRANCH_WALK_IN, stored.get(0)[0], "the channel comes from the unit type, not the request");
        assertEquals("KC-CRB", stored.get(0)[1]);

        IntakeResult again = officer.call(() -> desk.preview(claim));
        assertTrue(again.claims().get(0).signals().stream()
                        .anyMatch(s -> s.kind() == SignalKind.SAME_NIK_OR_PASSPORT_SAME_BENEFIT),
                "the same claim again shows the duplicate warning before saving: " + again);
    }

    @Test
    void badInputNamesEveryFieldAndAnotherUnitIsRefusedWithNothingSaved() throws Exception {
        probe.ensureBranchOfficer();
        long participantId = ((Number) probe.participantWithPassport(5)[0]).longValue();
        long before = probe.claims();
        IntakeRequest bad = new IntakeRequest(participantId, "WORK_ACCIDENT", LocalDate.now().plusDays(3), null, "Taiwan",
                "KC-CRB", null, List.of(new IntakeRequest.BenefitRequest("MEDICAL_ABROAD", new BigDecimal("-1"))),
                "Penerima", "BRI", "12-ab", Set.of());
        Exception refused = assertThrows(Exception.class, () -> officer.call(() -> desk.file(bad)));
        InvalidInputException invalid = assertInstanceOf(InvalidInputException.class, refused);
        List<String> fields = invalid.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("incidentDate", "incidentCountry", "payee")), fields.toString());

        IntakeRequest elsewhere = request(participantId, "LN-TPE", LocalDate.now().minusDays(5), "1234567890",
                List.of(new IntakeRequest.BenefitRequest("MEDICAL_ABROAD", BigDecimal.TEN)));
        InvalidInputException otherUnit = assertInstanceOf(InvalidInputException.class,
                assertThrows(Exception.class, () -> officer.call(() -> desk.file(elsewhere))));
        assertEquals("unitCode", otherUnit.field());
        assertEquals(before, probe.claims(), "nothing saved");
    }

    @Test
    void theBranchOfficerSeesOnlyTheirOwnServiceUnit() throws Exception {
        probe.ensureBranchOfficer();
        long own = probe.unitId("KC-CRB");
        long other = probe.unitId("LN-TPE");
        assertEquals(1L, officer.call(() -> units.count(UnitFilter.all())));
        assertEquals(own, officer.call(() -> units.page(UnitFilter.all(), 0, 20)).get(0).getId());
        assertEquals("KC-CRB", officer.call(() -> units.detail(own)).getUnit().getCode());
        assertInstanceOf(UnitAccessDeniedException.class,
                assertThrows(Exception.class, () -> officer.call(() -> units.detail(other))), "another unit is refused");
    }

    @Test
    @RunAsClient
    void aManagerOpensTheDashboardAndAServiceUnitPageWithFiguresAndNoNik() throws Exception {
        Browser browser = new Browser(base);
        browser.login("manajer", DemoDataLoader.DEMO_PASSWORD);
        HttpResponse<String> dashboard = browser.get("dashboard.xhtml");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("Dasbor Manajemen"), "Bahasa Indonesia first");
        Matcher participants = Pattern.compile("id=\"kpiParticipants\">\\s*([\\d.]+)").matcher(dashboard.body());
        assertTrue(participants.find(), "protected participants shown");
        assertTrue(Long.parseLong(participants.group(1).replace(".", "")) > 0, "there are protected participants");
        Matcher claims = Pattern.compile("id=\"kpiClaims\">\\s*([\\d.]+)").matcher(dashboard.body());
        assertTrue(claims.find() && Long.parseLong(claims.group(1).replace(".", "")) >= 60, "the demo claims are counted");
        assertTrue(dashboard.body().contains("dashForm:statusChart"), "charts rendered");
        assertTrue(Pattern.compile("id=\"dashAsOf\"[^>]*>Angka per \\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}").matcher(dashboard.body()).find(),
                "says when the figures were computed");
        assertFalse(FULL_NIK.matcher(dashboard.body()).find(), "no NIK on the dashboard");

        HttpResponse<String> list = browser.get("service-units.xhtml");
        assertEquals(200, list.statusCode());
        Matcher link = Pattern.compile("service-unit\\.xhtml\\?id=(\\d+)\">Kantor Cabang Cirebon").matcher(list.body());
        assertTrue(link.find(), "the list links each unit");
        HttpResponse<String> unit = browser.get("service-unit.xhtml?id=" + link.group(1));
        assertEquals(200, unit.statusCode());
        Matcher open = Pattern.compile("id=\"kpiOpen\">(\\d+)<").matcher(unit.body());
        assertTrue(open.find(), "open workload shown");
        assertTrue(Integer.parseInt(open.group(1)) > 0, "Cirebon has open demo claims");
        assertTrue(unit.body().contains("unitForm:throughputChart"), "weekly throughput chart");
        assertFalse(FULL_NIK.matcher(unit.body()).find());
    }

    @Test
    @RunAsClient
    void theDeskFormsOpenForAnAdjudicatorAndTheDashboardIsClosedToThem() throws Exception {
        Browser browser = new Browser(base);
        browser.login("adjudikator", DemoDataLoader.DEMO_PASSWORD);
        HttpResponse<String> claimForm = browser.get("desk/claim.xhtml");
        assertEquals(200, claimForm.statusCode());
        assertTrue(claimForm.body().contains("deskClaim:submit"), "the claim form renders");
        HttpResponse<String> registration = browser.get("desk/register.xhtml");
        assertEquals(200, registration.statusCode());
        assertTrue(registration.body().contains("deskReg:tabs:register"), "the registration form renders");
        HttpResponse<String> dashboard = browser.get("dashboard.xhtml");
        assertFalse(dashboard.statusCode() == 200 && dashboard.body().contains("kpiParticipants"),
                "an adjudicator does not see the management dashboard");
    }
}

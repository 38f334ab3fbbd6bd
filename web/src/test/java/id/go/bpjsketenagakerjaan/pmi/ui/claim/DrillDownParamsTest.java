package id.go.bpjsketenagakerjaan.pmi.ui.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimDrillDown;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.RejectionReason;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DrillDownParamsTest {

    private static Map<String, String> decode(String query) {
        return Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    @Test
    void aSliceSurvivesTheRoundTripThroughTheAddress() {
        ClaimDrillDown drill = new ClaimDrillDown(ClaimStatus.REJECTED, "JKM_DEATH", "Kantor Cabang Cirebon & Sekitarnya",
                RejectionReason.CLAIM_EXPIRED, YearMonth.of(2026, 5), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        String query = DrillDownParams.query(drill);
        assertEquals("status=REJECTED&benefit=JKM_DEATH&unit=Kantor+Cabang+Cirebon+%26+Sekitarnya&reason=CLAIM_EXPIRED"
                + "&month=2026-05&from=2026-01-01&to=2026-03-31", query);
        DrillDownParams.Parsed parsed = DrillDownParams.parse(decode(query));
        assertEquals(drill, parsed.drill());
        assertEquals(List.of(), parsed.invalid());
    }

    @Test
    void emptyPartsAreLeftOut() {
        assertEquals("status=PAID", DrillDownParams.query(new ClaimDrillDown(ClaimStatus.PAID, null, null, null, null, null, null)));
        assertTrue(DrillDownParams.parse(Map.of()).drill().isEmpty());
    }

    @Test
    void unreadableValuesAreNamedAndIgnored() {
        DrillDownParams.Parsed parsed = DrillDownParams.parse(Map.of("status", "NONSENSE", "month", "2026-13",
                "from", "01-02-2026", "benefit", "x' OR 1=1", "unit", "Kantor Cabang Cirebon"));
        assertEquals(new ClaimDrillDown(null, null, "Kantor Cabang Cirebon", null, null, null, null), parsed.drill());
        assertEquals(List.of("status", "benefit", "month", "from"), parsed.invalid());
    }

    @Test
    void aRangeEndingBeforeItStartsLosesItsEnd() {
        DrillDownParams.Parsed parsed = DrillDownParams.parse(Map.of("from", "2026-05-01", "to", "2026-04-01"));
        assertEquals(LocalDate.of(2026, 5, 1), parsed.drill().receivedFrom());
        assertEquals(null, parsed.drill().receivedTo());
        assertEquals(List.of("to"), parsed.invalid());
    }
}

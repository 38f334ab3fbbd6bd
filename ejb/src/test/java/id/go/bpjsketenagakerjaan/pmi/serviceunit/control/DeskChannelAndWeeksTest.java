package id.go.bpjsketenagakerjaan.pmi.serviceunit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeskChannelAndWeeksTest {

    @Test
    void theChannelComesFromTheUnitType() {
        assertEquals(Channel.BRANCH_WALK_IN, DeskChannel.of(ServiceUnitType.BRANCH));
        assertEquals(Channel.BRANCH_WALK_IN, DeskChannel.of(ServiceUnitType.DISTRICT));
        assertEquals(Channel.OVERSEAS_UNIT, DeskChannel.of(ServiceUnitType.OVERSEAS));
        assertEquals(Channel.LOUNGE, DeskChannel.of(ServiceUnitType.LOUNGE));
        assertEquals(Channel.LTSA, DeskChannel.of(ServiceUnitType.LTSA));
    }

    @Test
    void lastWeeksAreIsoWeeksEndingWithTheCurrentOne() {
        ZoneId taipei = ZoneId.of("Asia/Taipei");
        Instant sundayNightInTaipei = LocalDate.of(2026, 1, 4).atTime(23, 30).atZone(taipei).toInstant();
        List<IsoWeeks.Week> weeks = IsoWeeks.lastWeeks(8, sundayNightInTaipei, taipei);
        assertEquals(8, weeks.size());
        assertEquals("2026-W01", weeks.get(7).label(), "29 Dec 2025 - 4 Jan 2026 is ISO week 1 of 2026");
        assertEquals(LocalDate.of(2025, 12, 29), weeks.get(7).monday());
        assertEquals("2025-W46", weeks.get(0).label());
        assertEquals(weeks.get(6).end(), weeks.get(7).start());
    }

    @Test
    void lastMonthsEndWithTheCurrentMonth() {
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        List<IsoWeeks.Month> months = IsoWeeks.lastMonths(12, LocalDate.of(2026, 3, 15).atStartOfDay(wib).toInstant(), wib);
        assertEquals("2025-04", months.get(0).label());
        assertEquals("2026-03", months.get(11).label());
    }
}

package id.go.bpjsketenagakerjaan.pmi.claim.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.ParticipantType;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DaysWaitingTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Test
    void zeroOnTheDayOfReceiptAndOneFromTheNextMidnightInTheUnitsZone() {
        Instant received = Instant.parse("2026-03-02T16:30:00Z"); // 23:30 WIB on 2 March
        assertThat(DaysWaiting.of(received, received.plus(Duration.ofMinutes(20)), WIB)).isZero();
        assertThat(DaysWaiting.of(received, received.plus(Duration.ofMinutes(31)), WIB)).isEqualTo(1); // 00:01 WIB 3 March
        // 23:30 WIB is already 01:30 on 3 March in Jayapura: the same instant is day 0 there until the next midnight
        assertThat(DaysWaiting.of(received, Instant.parse("2026-03-03T14:59:00Z"), WIT)).isZero();
        assertThat(DaysWaiting.of(received, Instant.parse("2026-03-03T15:00:00Z"), WIT)).isEqualTo(1);
    }

    @Test
    void countsCalendarDaysIncludingWeekendsAndHolidays() {
        Instant received = Instant.parse("2026-03-16T02:00:00Z"); // Monday before the Nyepi and Idulfitri days
        assertThat(DaysWaiting.of(received, Instant.parse("2026-03-25T02:00:00Z"), WIB)).isEqualTo(9);
    }

    @Test
    void neverNegativeWhenTheClockIsBehindTheReceipt() {
        Instant received = Instant.parse("2026-03-16T02:00:00Z");
        assertThat(DaysWaiting.of(received, received.minus(Duration.ofDays(2)), WIB)).isZero();
    }

    @Test
    void aHoldAndAReturnDoNotResetDaysWaitingButRestartTheSlaClock() {
        Instant t0 = Instant.parse("2026-03-02T02:00:00Z");
        ServiceUnit unit = new ServiceUnit("KDEI-TPE", "KDEI Taipei", ServiceUnitType.OVERSEAS, "-", "TW", TAIPEI);
        Participant participant = Participant.withNik("3209014107900001", "C1234567", "Siti Aminah", "P",
                LocalDate.of(1990, 7, 1), ParticipantType.PMI, "TW", t0);
        Claim claim = Claim.receive("KLM-1", participant, "MEDICAL_ABROAD", Channel.E_KLAIM, LocalDate.of(2026, 2, 20),
                new BigDecimal("45000000"), unit, "eklaim", t0);
        claim.startVerification("ayu", t0.plus(Duration.ofDays(1)));
        claim.markDocumentsIncomplete("Surat keterangan rumah sakit belum ada", "ayu", t0.plus(Duration.ofDays(2)));
        claim.startVerification("ayu", t0.plus(Duration.ofDays(8)));
        Instant now = t0.plus(Duration.ofDays(9));

        assertThat(claim.getReceivedAt()).isEqualTo(t0);
        assertThat(DaysWaiting.of(claim.getReceivedAt(), now, unit.zone())).isEqualTo(9);
        Optional<SlaClock> clock = SlaPolicy.withDefaultTargets(Set.of()).currentClock(claim.getHistory(), unit.zone());
        assertThat(clock).get().extracting(SlaClock::startedAt).isEqualTo(t0.plus(Duration.ofDays(8)));
    }
}

package id.go.bpjsketenagakerjaan.pmi.participant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
import id.go.bpjsketenagakerjaan.pmi.participant.control.FamilyRelation;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParticipantTest {

    static final Instant T0 = Instant.parse("2026-01-05T03:00:00Z");

    private static Participant siti() {
        return Participant.withNik("3209014107900001", "C1234567", "Siti Aminah", "P", LocalDate.of(1990, 7, 1),
                ParticipantType.CPMI, null, T0);
    }

    private static Placement placement(LocalDate registeredOn, String country) {
        return new Placement(PlacementChannel.AGENCY, "PT Bina Karya", "SIP3MI-1", country, "Chen", "Perawat", null,
                24, registeredOn, null, "petugas", T0);
    }

    @Test
    void theLatestPlacementIsCurrentAndSetsTheDestination() {
        Participant p = siti();
        p.addPlacement(placement(LocalDate.of(2025, 1, 1), "TW"));
        Placement second = p.addPlacement(placement(LocalDate.of(2026, 1, 1), "HK"));
        assertThat(p.currentPlacement()).containsSame(second);
        assertThat(p.getDestinationCountry()).isEqualTo("HK");
        assertThat(second.getParticipant()).isSameAs(p);
    }

    @Test
    void placementsGuardTheAgencyChannelAndLength() {
        assertThatThrownBy(() -> new Placement(PlacementChannel.AGENCY, null, null, "TW", "E", "J", null, 12,
                LocalDate.of(2026, 1, 1), null, "x", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Placement(PlacementChannel.PERSEORANGAN, "PT", "L", "TW", "E", "J", null, 12,
                LocalDate.of(2026, 1, 1), null, "x", T0)).isInstanceOf(IllegalArgumentException.class);
        Placement placement = placement(LocalDate.of(2026, 1, 1), "TW");
        placement.extend(6);
        assertThat(placement.totalMonths()).isEqualTo(30);
        assertThatThrownBy(() -> placement.extend(91)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFamilyNikIsRecordedOnceAndNeverTheWorkersOwn() {
        Participant p = siti();
        p.addFamilyMember(new FamilyMember(FamilyRelation.SPOUSE, "Agus", "3209010505880003", "L", null, null, false, false, T0));
        assertThatThrownBy(() -> p.addFamilyMember(new FamilyMember(FamilyRelation.SIBLING, "X", "3209010505880003",
                "L", null, null, false, false, T0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.addFamilyMember(new FamilyMember(FamilyRelation.SIBLING, "X", "3209014107900001",
                "P", null, null, false, false, T0))).isInstanceOf(IllegalArgumentException.class);
        assertThat(p.getFamilyMembers()).hasSize(1);
    }

    @Test
    void onlyChildrenCarrySchoolLevelAndBecomeScholarshipChildren() {
        FamilyMember child = new FamilyMember(FamilyRelation.CHILD, "Bunga", null, "P", LocalDate.of(2015, 3, 2), null,
                false, false, T0);
        assertThat(child.getSchoolLevel()).isEqualTo(SchoolLevel.NONE);
        child.changeSchoolLevel(SchoolLevel.SD, false, false);
        assertThat(child.toChild().level()).isEqualTo(SchoolLevel.SD);
        assertThatThrownBy(() -> new FamilyMember(FamilyRelation.CHILD, "X", null, null, null, SchoolLevel.SD, false, false, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FamilyMember(FamilyRelation.SPOUSE, "X", null, null, null, SchoolLevel.SD, false, false, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBankAccountIsRecordedOnceAndAnHeirsAccountNeedsAFamilyMember() {
        Participant p = siti();
        p.addBankAccount(new BankAccount(null, "009", "BNI", "0123456789", "Siti Aminah", "x", T0));
        assertThatThrownBy(() -> p.addBankAccount(new BankAccount(null, "009", "BNI", "0123456789", "Siti", "x", T0)))
                .isInstanceOf(IllegalArgumentException.class);
        FamilyMember stranger = new FamilyMember(FamilyRelation.SPOUSE, "Z", null, null, null, null, false, false, T0);
        assertThatThrownBy(() -> p.addBankAccount(new BankAccount(stranger, "002", "BRI", "9876543210", "Z", "x", T0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(p.getBankAccounts().get(0).maskedAccountNo()).isEqualTo("******6789");
    }

    @Test
    void theTypeFollowsDepartureAndReturn() {
        Participant p = siti();
        p.departed();
        assertThat(p.getType()).isEqualTo(ParticipantType.PMI);
        p.returned();
        assertThat(p.getType()).isEqualTo(ParticipantType.PMI_PURNA);
    }

    @Test
    void thePassportOnlyExceptionEndsWhenTheNikIsSupplied() {
        Participant p = Participant.passportOnly("C7654321", "Nur", "P", LocalDate.of(1990, 7, 1), ParticipantType.CPMI, null, T0);
        p.explainMissingNik("PMI masuk kembali tanpa KTP");
        assertThat(p.isNikException()).isTrue();
        assertThatThrownBy(() -> p.recordPassport(null, null)).isInstanceOf(IllegalArgumentException.class);
        p.supplyNik("3209014107900001", "petugas", T0);
        assertThat(p.isNikException()).isFalse();
        assertThat(p.getNikExceptionReason()).isNull();
        assertThat(p.getLastModifiedBy()).isEqualTo("petugas");
        assertThatThrownBy(() -> p.supplyNik("3209014107900001", "petugas", T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> siti().explainMissingNik("x")).isInstanceOf(IllegalStateException.class);
    }
}

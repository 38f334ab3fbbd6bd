package id.go.bpjsketenagakerjaan.pmi.demo;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageEventKind;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageRecord;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PaymentPolicy;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Tranche;
import id.go.bpjsketenagakerjaan.pmi.coverage.entity.ContributionPayment;
import id.go.bpjsketenagakerjaan.pmi.coverage.entity.CoverageEvent;
import id.go.bpjsketenagakerjaan.pmi.participant.control.FamilyRelation;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.BankAccount;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.FamilyMember;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.ParticipantType;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Placement;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Gives the demo participants what the registry and the coverage ledger hold: an address, a placement (mostly
 * through a P3MI, some perseorangan), the contributions with computed amounts, embarkation (and return for the
 * PMI purna), a spouse and children for some, and a bank account. Deterministic (fixed seed).
 */
final class DemoParticipants {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String[][] AGENCIES = {
            {"PT Bina Karya Mandiri", "SIP3MI-0123/2021"}, {"PT Duta Jasa Pratama", "SIP3MI-0456/2020"},
            {"PT Sumber Rezeki Abadi", "SIP3MI-0789/2022"}};
    private static final String[] EMPLOYERS = {"Chen Family", "Lee Household", "Formosa Plastics Corp.",
            "Sime Darby Plantation", "Wong Elderly Care", "Hyundai Shipyard Subcontractor"};
    private static final String[] JOBS = {"Penata laksana rumah tangga", "Perawat lansia", "Operator pabrik",
            "Pekerja perkebunan", "Pekerja konstruksi"};
    private static final String[] CHILD_NAMES = {"Aditya", "Bunga", "Cahya", "Dinda", "Fikri", "Gita"};
    private static final SchoolLevel[] LEVELS = {SchoolLevel.TK, SchoolLevel.SD, SchoolLevel.SMP, SchoolLevel.SMA};

    private final EntityManager em;
    private final PaymentPolicy payments = new PaymentPolicy();

    DemoParticipants(EntityManager em) {
        this.em = em;
    }

    /**
     * Completes the demo's own participants that have no placement yet. Only those: the demo data may be loaded into
     * a database that already holds a generated population (the benchmark's million participants did not fit the heap).
     */
    void enrich(List<Participant> participants) {
        Random random = new Random(7);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.now(WIB);
        int i = 0;
        for (Participant participant : participants) {
            if (!participant.getPlacements().isEmpty()) {
                continue;
            }
            enrich(participant, i++, random, today, now);
        }
    }

    private void enrich(Participant participant, int i, Random random, LocalDate today, Instant now) {
        String nik = participant.getNik();
        if (nik != null) {
            participant.moveTo("Desa Sukamaju RT 0" + (1 + i % 9) + " RW 0" + (1 + i % 5), nik.substring(0, 2), nik.substring(0, 4));
        }
        participant.assignKpj(String.format("2600%07d", participant.getId()));
        boolean returned = participant.getType() == ParticipantType.PMI_PURNA;
        boolean perseorangan = i % 7 == 3;
        int months = returned ? 12 : (i % 3 == 0 ? 12 : 24);
        LocalDate registeredOn = participant.getRegisteredAt().atZone(WIB).toLocalDate();
        LocalDate embarked = registeredOn.plusDays(20 + random.nextInt(40));
        String country = participant.getDestinationCountry() == null ? "TW" : participant.getDestinationCountry();
        String[] agency = AGENCIES[i % AGENCIES.length];
        Placement placement = participant.addPlacement(new Placement(
                perseorangan ? PlacementChannel.PERSEORANGAN : PlacementChannel.AGENCY,
                perseorangan ? null : agency[0], perseorangan ? null : agency[1], country,
                EMPLOYERS[i % EMPLOYERS.length], JOBS[i % JOBS.length], embarked, months, registeredOn, null, "demo", now));
        em.flush();

        CoverageRecord record = new CoverageRecord(placement.getId(), placement.getChannel(), registeredOn,
                placement.getContractStart(), months, 0, List.of(), List.of());
        List<CoverageRecord.Payment> paid = new ArrayList<>();
        if (!perseorangan) {
            paid.add(pay(placement, record, Tranche.BEFORE_WORK, registeredOn, today, now));
            record = new CoverageRecord(record.placementId(), record.channel(), registeredOn, record.contractStart(),
                    months, 0, paid, List.of());
        }
        paid.add(pay(placement, record, Tranche.DURING_AFTER, registeredOn.plusDays(7), today, now));

        if (!embarked.isAfter(today)) {
            em.persist(new CoverageEvent(placement, CoverageEventKind.EMBARKATION, embarked, null, null, "demo", now));
            participant.departed();
            LocalDate back = embarked.plusMonths(months).plusDays(3);
            if (returned && !back.isAfter(today)) {
                em.persist(new CoverageEvent(placement, CoverageEventKind.DEBARKATION, back, null, null, "demo", now));
            }
        }
        if (participant.getType() == ParticipantType.PMI_PURNA) {
            participant.returned();
        }

        if (i % 2 == 0) {
            LocalDate spouseBirth = participant.getBirthDate().minusYears(2);
            participant.addFamilyMember(new FamilyMember(FamilyRelation.SPOUSE, "Pasangan " + participant.getFullName(),
                    null, "P".equals(participant.getSex()) ? "L" : "P", spouseBirth, null, false, false, now));
            int children = 1 + i % 3;
            for (int c = 0; c < children; c++) {
                LocalDate birth = participant.getBirthDate().plusYears(20 + 3L * c);
                if (birth.isAfter(today)) {
                    continue;
                }
                participant.addFamilyMember(new FamilyMember(FamilyRelation.CHILD, CHILD_NAMES[(i + c) % CHILD_NAMES.length],
                        null, c % 2 == 0 ? "L" : "P", birth, LEVELS[(i + c) % LEVELS.length], false, false, now));
            }
        }
        participant.addBankAccount(new BankAccount(null, "009", "Bank Negara Indonesia",
                String.format("01%08d", participant.getId()), participant.getFullName(), "demo", now));
        participant.touch("demo", now);
    }

    private CoverageRecord.Payment pay(Placement placement, CoverageRecord record, Tranche tranche, LocalDate paidOn,
                                       LocalDate today, Instant now) {
        LocalDate day = paidOn.isAfter(today) ? today : paidOn;
        ContributionPayment payment = new ContributionPayment(placement,
                payments.quote(record, tranche, 0, null, day, today), day, "DEMO-" + placement.getId() + "-" + tranche,
                "demo", now);
        em.persist(payment);
        return payment.toRecord();
    }
}

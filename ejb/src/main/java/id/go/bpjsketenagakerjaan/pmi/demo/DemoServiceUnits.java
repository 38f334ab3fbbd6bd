package id.go.bpjsketenagakerjaan.pmi.demo;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageRecord;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PaymentPolicy;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Tranche;
import id.go.bpjsketenagakerjaan.pmi.coverage.entity.ContributionPayment;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.ParticipantType;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Placement;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.OutreachAudience;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.OutreachEvent;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * The demo's part of the service network (district units, a branch and an LTSA under their parent offices; the
 * units the fact sheet names are reference data seeded by V13), "Dekati Kami" socialisation
 * sessions at several units, and workers registered at those units in the weeks after them (with their first
 * contribution paid), so the unit pages and the dashboard have something to show. Deterministic (fixed seed).
 * Called by DemoDataLoader after DemoParticipants: {@code DemoServiceUnits.load(em);}
 */
public final class DemoServiceUnits {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String[] FIRST = {"Sri", "Nur", "Dewi", "Ani", "Yanti", "Rahmat", "Suparmi", "Lilis", "Imas", "Kokom"};
    private static final String[] LAST = {"Rahayu", "Wulandari", "Susanti", "Handayani", "Kurniasih", "Hidayat", "Maryati"};

    private record Outreach(String unitCode, int daysAgo, String title, String place, OutreachAudience audience,
                            int attendees, int registrationsAfter, String regency) {
    }

    private static final List<Outreach> EVENTS = List.of(
            new Outreach("KC-CRB", 150, "Dekati Kami: Sosialisasi Pelindungan PMI", "Balai Desa Gebang, Cirebon", OutreachAudience.CPMI, 120, 9, "3209"),
            new Outreach("KC-CRB", 60, "Dekati Kami: Keluarga PMI Sadar Jaminan Sosial", "Kantor Kecamatan Astanajapura", OutreachAudience.PMI_FAMILIES, 85, 6, "3209"),
            new Outreach("KC-CRB", 12, "Dekati Kami bersama Aparat Desa", "Pendopo Kabupaten Cirebon", OutreachAudience.VILLAGE_OFFICIALS, 40, 3, "3209"),
            new Outreach("KCP-IDM", 90, "Dekati Kami: Desa Migran Produktif", "Balai Desa Juntinyuat, Indramayu", OutreachAudience.CPMI, 150, 14, "3212"),
            new Outreach("KCP-IDM", 20, "Sosialisasi P3MI Indramayu", "Aula Disnaker Indramayu", OutreachAudience.P3MI, 30, 5, "3212"),
            new Outreach("LTSA-NTB", 45, "Dekati Kami: Calon PMI Lombok Timur", "LTSA Selong", OutreachAudience.CPMI, 200, 18, "5203"),
            new Outreach("LTSA-IDM", 30, "Dekati Kami di LTSA", "LTSA Indramayu", OutreachAudience.CPMI, 90, 8, "3212"),
            new Outreach("KC-MLG", 75, "Sosialisasi PMI Purna", "Gedung Serbaguna Kepanjen", OutreachAudience.PMI_PURNA, 60, 2, "3507"),
            new Outreach("LN-TPE", 40, "Dekati Kami: PMI di Taipei", "KDEI Taipei", OutreachAudience.GENERAL, 300, 0, null),
            new Outreach("KCP-CLP", 100, "Dekati Kami: SMK Migran", "SMK Negeri 1 Cilacap", OutreachAudience.SCHOOL, 180, 7, "3301"));

    private DemoServiceUnits() {
    }

    public static void load(EntityManager em) {
        // Korea, Brunei and the Juanda lounge are reference data (V13); these are the demo's part of the network
        demoUnit(em, new ServiceUnit("KCP-IDM", "Kantor Cabang Perintis Indramayu", ServiceUnitType.DISTRICT, "Jawa Barat",
                "ID", WIB), "KC-CRB", "Kabupaten Indramayu");
        demoUnit(em, new ServiceUnit("KCP-CLP", "Kantor Cabang Perintis Cilacap", ServiceUnitType.DISTRICT, "Jawa Tengah",
                "ID", WIB), "KP-JKT", "Kabupaten Cilacap");
        demoUnit(em, new ServiceUnit("KC-DPS", "Kantor Cabang Denpasar", ServiceUnitType.BRANCH, "Bali", "ID",
                ZoneId.of("Asia/Makassar")), "KP-JKT", "Bali");
        demoUnit(em, new ServiceUnit("LTSA-IDM", "LTSA Indramayu", ServiceUnitType.LTSA, "Jawa Barat", "ID", WIB),
                "KC-CRB", "Kabupaten Indramayu");
        em.flush();
        Random random = new Random(11);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.now(WIB);
        PaymentPolicy payments = new PaymentPolicy();
        int serial = 7000;
        for (Outreach outreach : EVENTS) {
            ServiceUnit unit = em.createQuery("SELECT u FROM ServiceUnit u WHERE u.code = :c", ServiceUnit.class)
                    .setParameter("c", outreach.unitCode()).getResultStream().findFirst().orElse(null);
            if (unit == null) {
                continue;
            }
            LocalDate heldOn = today.minusDays(outreach.daysAgo());
            em.persist(new OutreachEvent(unit, heldOn, outreach.title(), outreach.place(), outreach.audience(),
                    outreach.attendees(), null, "demo", heldOn.atTime(15, 0).atZone(WIB).toInstant()));
            for (int r = 0; r < outreach.registrationsAfter(); r++) {
                LocalDate registeredOn = heldOn.plusDays(random.nextInt(Math.min(35, outreach.daysAgo() + 1)));
                if (registeredOn.isAfter(today)) {
                    registeredOn = today;
                }
                register(em, payments, unit, outreach.regency(), registeredOn, serial++, random, now, today);
            }
        }
        em.flush();
    }

    /** A unit seeded by V13 (reference data); the demo never creates it. */
    static ServiceUnit seeded(EntityManager em, String code) {
        return em.createQuery("SELECT u FROM ServiceUnit u WHERE u.code = :c", ServiceUnit.class).setParameter("c", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Unit " + code + " tidak ada: V13__service_unit_reference.sql belum dijalankan"));
    }

    /** A demo unit under {@code parentCode}, created once (an existing code is kept as it is). */
    static ServiceUnit demoUnit(EntityManager em, ServiceUnit unit, String parentCode, String area) {
        ServiceUnit existing = em.createQuery("SELECT u FROM ServiceUnit u WHERE u.code = :c", ServiceUnit.class)
                .setParameter("c", unit.getCode()).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        em.persist(unit.within(seeded(em, parentCode), area));
        return unit;
    }

    private static void register(EntityManager em, PaymentPolicy payments, ServiceUnit unit, String regency,
                                 LocalDate registeredOn, int serial, Random random, Instant now, LocalDate today) {
        boolean female = random.nextInt(4) != 0;
        LocalDate birth = LocalDate.of(1985 + random.nextInt(18), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String nik = String.format("%s%02d%02d%02d%02d%04d", regency, 1 + random.nextInt(30),
                birth.getDayOfMonth() + (female ? 40 : 0), birth.getMonthValue(), birth.getYear() % 100, serial);
        String country = new String[]{"TW", "HK", "MY", "KR", "SG"}[random.nextInt(5)];
        Participant participant = Participant.withNik(nik, "C" + (5000000 + serial),
                FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)], female ? "P" : "L", birth,
                ParticipantType.CPMI, country, registeredOn.atTime(10, 0).atZone(WIB).toInstant());
        participant.moveTo("Desa Sukamaju RT 02 RW 03", regency.substring(0, 2), regency);
        em.persist(participant);
        Placement placement = participant.addPlacement(new Placement(PlacementChannel.AGENCY, "PT Bina Karya Mandiri",
                "SIP3MI-0123/2021", country, "Household " + serial, "Penata laksana rumah tangga", null, 24,
                registeredOn, unit.getId(), "demo", now));
        em.flush();
        CoverageRecord record = new CoverageRecord(placement.getId(), placement.getChannel(), registeredOn, null, 24, 0,
                List.of(), List.of());
        em.persist(new ContributionPayment(placement, payments.quote(record, Tranche.BEFORE_WORK, 0, null, registeredOn, today),
                registeredOn, "DEMO-OUT-" + serial, "demo", now));
    }
}

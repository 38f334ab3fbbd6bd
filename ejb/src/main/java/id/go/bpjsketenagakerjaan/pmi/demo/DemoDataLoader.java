package id.go.bpjsketenagakerjaan.pmi.demo;

import id.go.bpjsketenagakerjaan.pmi.casework.entity.CaseFile;
import id.go.bpjsketenagakerjaan.pmi.claim.control.ClaimCircumstance;
import id.go.bpjsketenagakerjaan.pmi.claim.control.ClaimContext;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentRequirements;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType;
import id.go.bpjsketenagakerjaan.pmi.claim.control.UploadPolicy;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimDocument;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.DocumentFile;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Payee;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.RejectionReason;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.ParticipantType;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.security.control.PasswordHashing;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads demo users, service units, participants and claims in every state into an empty database when
 * {@code pmi.demo-data=true} (the README's run command sets it). Never on by default.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoDataLoader {

    public static final String DEMO_PASSWORD = "Demo#2026";
    static final List<DemoUser> USERS = List.of(
            new DemoUser("adjudikator", "Ayu Lestari", Set.of(Roles.ADJUDICATOR)),
            new DemoUser("adjudikator2", "Bima Santoso", Set.of(Roles.ADJUDICATOR)),
            new DemoUser("supervisor", "Citra Dewi", Set.of(Roles.SUPERVISOR)),
            new DemoUser("manajer", "Dimas Pratama", Set.of(Roles.MANAGER)),
            new DemoUser("auditor", "Eka Wulandari", Set.of(Roles.AUDITOR)),
            new DemoUser("admin", "Fajar Nugroho", Set.of(Roles.ADMIN)));
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final String[] BENEFITS = {"JKM_DEATH_D", "JKM_DEATH_BA", "MEDICAL_ABROAD", "FAILED_DEPARTURE",
            "PROBLEM_RETURN", "TRANSPORT", "HEARING_AID", "GLASSES", "MISMATCHED_PLACEMENT", "TERMINATION_UNILATERAL"};
    private static final String[] NAMES = {"Siti Aminah", "Nur Hidayah", "Dewi Sartika", "Rina Marlina", "Sri Wahyuni",
            "Agus Salim", "Budi Hartono", "Wati Suryani", "Yuli Astuti", "Lina Marlina", "Eko Prasetyo", "Tuti Alawiyah"};

    record DemoUser(String username, String fullName, Set<String> roles) {
    }

    /** Demo usernames and their roles, for the start-up banner and the README. */
    public static java.util.Map<String, Set<String>> demoUsers() {
        java.util.Map<String, Set<String>> users = new java.util.LinkedHashMap<>();
        USERS.forEach(user -> users.put(user.username(), user.roles()));
        users.put("petugas", Set.of(Roles.BRANCH_OFFICER + " (Kantor Cabang Cirebon)"));
        users.put(DemoBranchOfficers.TAIPEI_USERNAME, Set.of(Roles.BRANCH_OFFICER + " (Unit Layanan Taiwan, Asia/Taipei)"));
        DemoPayoutUsers.levels().forEach((username, level) ->
                users.put(username, Set.of(Roles.SUPERVISOR + " (batas " + level + ")")));
        return users;
    }

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    private final UploadPolicy uploadPolicy = new UploadPolicy();

    @Inject
    @ConfigProperty(name = "pmi.demo-data", defaultValue = "false")
    boolean enabled;

    /** True when this start loaded the demo data into an empty database (DemoPopulation adds to it only then). */
    private boolean loadedNow;

    public boolean loadedNow() {
        return loadedNow;
    }

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult() > 0) {
            LOG.info("Demo data already present");
            return;
        }
        // the head office, Cirebon, Taiwan, Hong Kong and Soekarno-Hatta are reference data (V13); the demo adds the rest
        List<ServiceUnit> units = List.of(
                DemoServiceUnits.seeded(em, "KP-JKT"),
                DemoServiceUnits.seeded(em, "KC-CRB"),
                DemoServiceUnits.demoUnit(em, new ServiceUnit("KC-MLG", "Kantor Cabang Malang", ServiceUnitType.BRANCH, "Jawa Timur", "ID",
                        ZoneId.of("Asia/Jakarta")), "KP-JKT", "Malang Raya"),
                DemoServiceUnits.seeded(em, "LN-TPE"),
                DemoServiceUnits.seeded(em, "LN-HKG"),
                DemoServiceUnits.seeded(em, "LG-CGK"),
                DemoServiceUnits.demoUnit(em, new ServiceUnit("LTSA-NTB", "LTSA Lombok Timur", ServiceUnitType.LTSA, "Nusa Tenggara Barat",
                        "ID", ZoneId.of("Asia/Makassar")), "KP-JKT", "Kabupaten Lombok Timur"));
        for (DemoUser user : USERS) {
            em.persist(new AppUser(user.username(), user.fullName(), passwordHashing.hash(DEMO_PASSWORD.toCharArray()),
                    units.get(0).getId(), user.roles()));
        }
        DemoPayoutUsers.load(em, passwordHashing, DEMO_PASSWORD, units.get(0).getId());
        new DemoParticipants(em).enrich(loadClaims(units));
        DemoBranchOfficers.load(em, passwordHashing);
        DemoServiceUnits.load(em);
        loadedNow = true;
        LOG.info(() -> "Demo data loaded: users " + USERS.stream().map(DemoUser::username).toList()
                + " with password " + DEMO_PASSWORD);
    }

    /** The demo's 60 participants with a claim each; returns the participants, for {@link DemoParticipants}. */
    private List<Participant> loadClaims(List<ServiceUnit> units) {
        List<Participant> participants = new java.util.ArrayList<>();
        Random random = new Random(42);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String[] countries = {"TW", "MY", "HK", "KR", "JP", "SG"};
        for (int i = 0; i < 60; i++) {
            LocalDate birth = LocalDate.of(1980 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean female = i % 3 != 0;
            String nik = String.format("3209%02d%02d%02d%02d%04d", 1 + random.nextInt(40),
                    birth.getDayOfMonth() + (female ? 40 : 0), birth.getMonthValue(), birth.getYear() % 100, i + 1);
            Participant participant = Participant.withNik(nik, "C" + (4000000 + i), NAMES[i % NAMES.length],
                    female ? "P" : "L", birth, i % 5 == 0 ? ParticipantType.PMI_PURNA : ParticipantType.PMI,
                    countries[i % countries.length], now.minus(400 + random.nextInt(300), ChronoUnit.DAYS));
            em.persist(participant);
            participants.add(participant);
            Instant received = now.minus(1 + random.nextInt(40), ChronoUnit.DAYS);
            String benefit = BENEFITS[i % BENEFITS.length];
            BigDecimal amount = BigDecimal.valueOf(1_000_000L * (1 + random.nextInt(50))).setScale(2);
            ServiceUnit unit = units.get(i % units.size());
            CaseFile caseFile = new CaseFile(String.format("KS-2026-%06d", i + 1), participant, incidentKindOf(benefit),
                    received.atZone(ZoneId.of("Asia/Jakarta")).toLocalDate().minusDays(10), "Kota " + (i % 7 + 1),
                    participant.getDestinationCountry(), unit, "sistem", received);
            em.persist(caseFile);
            Claim claim = Claim.file(caseFile, String.format("KLM-2026-%06d", i + 1), benefit,
                    Channel.values()[i % Channel.values().length], amount,
                    new Payee(participant.getFullName(), "BRI", String.format("0021%08d", 10000 + i)),
                    requiredDocuments(benefit), "sistem", received);
            walk(claim, i % 9, received);
            em.persist(claim);
        }
        return participants;
    }

    private static String incidentKindOf(String benefit) {
        return switch (benefit) {
            case "JKM_DEATH_D", "JKM_DEATH_BA" -> "DEATH_OTHER";
            case "FAILED_DEPARTURE", "MISMATCHED_PLACEMENT", "PROBLEM_RETURN", "TERMINATION_UNILATERAL" -> benefit;
            default -> "WORK_ACCIDENT";
        };
    }

    private static List<DocumentType> requiredDocuments(String benefit) {
        ClaimContext context = benefit.startsWith("JKM_DEATH")
                ? ClaimContext.of(ClaimCircumstance.PARTICIPANT_DIED) : ClaimContext.none();
        return DocumentRequirements.requiredFor(benefit, context).required();
    }

    /** A one-page PDF standing in for a scanned document, so the viewer has something to show. */
    private DocumentFile demoFile(DocumentType type, Instant at) {
        byte[] pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                + "% contoh " + type.labelId()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DocumentFile file = new DocumentFile(uploadPolicy.check(type.name().toLowerCase() + ".pdf", "application/pdf", pdf),
                pdf, "adjudikator", at);
        em.persist(file);
        return file;
    }

    /** Moves a demo claim along the real workflow so the lists show every state with a true history. */
    private void walk(Claim claim, int depth, Instant at) {
        Instant t = at.plus(1, ChronoUnit.HOURS);
        if (depth == 1) {
            claim.markDocumentsIncomplete("Surat keterangan kematian belum ada", "adjudikator", t);
            return;
        }
        if (depth == 0) {
            return;
        }
        claim.assignTo("adjudikator", "supervisor", t);
        claim.startVerification("adjudikator", t);
        for (ClaimDocument document : claim.getDocuments()) {
            claim.receiveDocument(document.getType(), demoFile(document.getType(), t), "adjudikator", t);
            if (depth > 2) {
                claim.verifyDocument(document.getType(), "adjudikator", t);
            }
        }
        if (depth == 2) {
            claim.requestInformation("Mohon kirim resume medis dari rumah sakit", "adjudikator", t);
            return;
        }
        if (depth == 3) {
            return;
        }
        claim.startAdjudication("adjudikator", t);
        if (depth == 4) {
            return;
        }
        if (depth == 8) {
            claim.reject(RejectionReason.NOT_COVERED_ON_INCIDENT_DATE, "Insiden di luar masa perlindungan", "adjudikator", t);
            return;
        }
        claim.recommend(claim.getClaimedAmount(), claim.getBenefitCode() + "@2023-03-01", "Sesuai tabel manfaat", "adjudikator", t);
        if (depth == 5) {
            return;
        }
        claim.approvePayout("supervisor", t);
        if (depth == 6) {
            return;
        }
        claim.markPaid("TRF-" + claim.getClaimNo(), "sistem", t);
        claim.close("sistem", t);
    }
}

package id.go.bpjsketenagakerjaan.pmi.db.generator;

import id.go.bpjsketenagakerjaan.pmi.db.generator.ReferenceData.ClaimedBenefit;
import id.go.bpjsketenagakerjaan.pmi.db.generator.ReferenceData.Incident;
import id.go.bpjsketenagakerjaan.pmi.db.generator.ReferenceData.Phase;
import id.go.bpjsketenagakerjaan.pmi.db.generator.ReferenceData.Regency;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Writes a synthetic population into the schema of the Flyway migrations with plain JDBC batches: service network,
 * participants with valid NIKs, placements, contributions, coverage events, cases and claims in every status with
 * their status history, document checklists and approvals. One {@link Random} drawn in a fixed order makes it
 * deterministic for a seed, sizes and reference day; keys come from blocks reserved on the application's sequences
 * ({@link SequenceBlock}), so the application keeps working on the loaded database.
 *
 * <p>Claims: every participant owes its share of the requested claims ({@code claims / participants}, spread
 * evenly); incidents are drawn in the fact sheet's proportions and the participant's timeline (registration,
 * departure, contract, return, death) is shaped so each incident falls in a window where it could happen. What a
 * participant cannot take (a dead worker files nothing more) is carried to the next one.
 *
 * <p>Not generated: family members, bank accounts, payment batches, fraud signals, document files (checklists
 * carry states but no scans), audit entries.
 */
public final class PopulationGenerator {

    /** Upper bound of claims for one participant, including what was carried over from earlier ones. */
    public static final int MAX_CLAIMS_PER_PARTICIPANT = 4;
    /** Largest average the carrying scheme reliably reaches. */
    public static final int MAX_AVERAGE_CLAIMS = 2;

    /** The tables the generator writes, parents before children. */
    static final List<String> TABLES = List.of("participant", "placement", "contribution_payment", "coverage_event",
            "case_file", "claim", "claim_status_event", "claim_document", "payout_approval");

    private static final Logger LOG = Logger.getLogger(PopulationGenerator.class.getName());
    private static final String ACTOR = "generator";
    private static final String[] STATUSES = {"RECEIVED", "DOCUMENTS_INCOMPLETE", "VERIFICATION",
            "INFORMATION_REQUESTED", "ADJUDICATION", "AWAITING_APPROVAL", "RETURNED_FOR_CORRECTION", "APPROVED", "PAID",
            "CLOSED", "REJECTED", "WITHDRAWN", "APPEALED"};
    /** How each status is reached from RECEIVED along transitions the claim's state machine allows. */
    private static final Map<String, List<String>> PATHS = Map.ofEntries(
            Map.entry("RECEIVED", List.of("RECEIVED")),
            Map.entry("DOCUMENTS_INCOMPLETE", List.of("RECEIVED", "DOCUMENTS_INCOMPLETE")),
            Map.entry("VERIFICATION", List.of("RECEIVED", "VERIFICATION")),
            Map.entry("INFORMATION_REQUESTED", List.of("RECEIVED", "VERIFICATION", "INFORMATION_REQUESTED")),
            Map.entry("ADJUDICATION", List.of("RECEIVED", "VERIFICATION", "ADJUDICATION")),
            Map.entry("AWAITING_APPROVAL", List.of("RECEIVED", "VERIFICATION", "ADJUDICATION", "AWAITING_APPROVAL")),
            Map.entry("RETURNED_FOR_CORRECTION", List.of("RECEIVED", "VERIFICATION", "ADJUDICATION",
                    "AWAITING_APPROVAL", "RETURNED_FOR_CORRECTION")),
            Map.entry("APPROVED", List.of("RECEIVED", "VERIFICATION", "ADJUDICATION", "AWAITING_APPROVAL", "APPROVED")),
            Map.entry("PAID", List.of("RECEIVED", "VERIFICATION", "ADJUDICATION", "AWAITING_APPROVAL", "APPROVED",
                    "PAID")),
            Map.entry("CLOSED", List.of("RECEIVED", "VERIFICATION", "ADJUDICATION", "AWAITING_APPROVAL", "APPROVED",
                    "PAID", "CLOSED")),
            Map.entry("REJECTED", List.of("RECEIVED", "VERIFICATION", "ADJUDICATION", "REJECTED")),
            Map.entry("WITHDRAWN", List.of("RECEIVED", "VERIFICATION", "WITHDRAWN")),
            Map.entry("APPEALED", List.of("RECEIVED", "VERIFICATION", "ADJUDICATION", "REJECTED", "APPEALED")));
    private static final Weighted<String> OPEN = new Weighted<String>()
            .add("RECEIVED", 14).add("DOCUMENTS_INCOMPLETE", 10).add("VERIFICATION", 18).add("INFORMATION_REQUESTED", 8)
            .add("ADJUDICATION", 15).add("AWAITING_APPROVAL", 15).add("RETURNED_FOR_CORRECTION", 4).add("APPROVED", 8)
            .add("PAID", 5).add("APPEALED", 3);
    private static final Weighted<String> FINAL = new Weighted<String>()
            .add("CLOSED", 75).add("REJECTED", 18).add("WITHDRAWN", 5).add("APPEALED", 0.5).add("PAID", 1.5);
    private static final Weighted<String> REJECTIONS = new Weighted<String>()
            .add("NOT_COVERED_ON_INCIDENT_DATE", 25).add("DOCUMENTS_NOT_PROVIDED", 20).add("EXCLUDED_CAUSE", 15)
            .add("BENEFIT_NOT_IN_PHASE", 10).add("DOCUMENTS_INVALID", 10).add("DUPLICATE_CLAIM", 8)
            .add("CLAIM_EXPIRED", 5).add("FRAUD_SUSPECTED", 2);
    private static final long[] JHT_MONTHLY = {50_000, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000};
    private static final Map<Integer, Long> PACKAGES = Map.of(6, 108_000L, 12, 189_000L, 24, 332_500L);
    private static final Map<String, String> OVERSEAS_UNITS = Map.of("TW", "Taiwan", "HK", "Hong Kong",
            "KR", "Korea Selatan", "BN", "Brunei Darussalam");
    private static final Map<String, String> OVERSEAS_ZONES = Map.of("TW", "Asia/Taipei", "HK", "Asia/Hong_Kong",
            "KR", "Asia/Seoul", "BN", "Asia/Brunei");
    private static final String[][] LOUNGES = {{"Soekarno-Hatta", "36"}, {"Kualanamu", "12"}, {"Ngurah Rai", "51"},
            {"Lombok Praya", "52"}, {"Yogyakarta", "34"}};

    private Connection connection;
    private final GeneratorSettings settings;
    private final Random random;
    private final LocalDate today;
    /** The population's "now": noon of the reference day in Jakarta (05:00 UTC). */
    private final Instant now;

    // service network, by what a worker or a claim needs
    private final Map<String, List<Long>> homeUnitsByProvince = new HashMap<>();
    private final Map<String, Long> ltsaByRegency = new HashMap<>();
    private final Map<String, Long> overseasByCountry = new HashMap<>();
    private final List<Long> lounges = new ArrayList<>();
    private final List<Long> allHomeUnits = new ArrayList<>();
    private final Weighted<String> adjudicators = new Weighted<>();
    private final Weighted<String> supervisors = new Weighted<>();
    private final Map<String, Integer> nikCounters = new HashMap<>();

    private SequenceBlock participantIds, placementIds, paymentIds, coverageIds, caseIds, claimIds, eventIds,
            documentIds, approvalIds, caseNumbers, claimNumbers;
    private BatchTable participants, placements, payments, coverage, cases, claims, events, documents, approvals;
    private final Map<String, Long> statusCounts = new LinkedHashMap<>();
    private long unitsInserted = -1;
    private long claimsWritten;
    private long forcedStatus;

    public PopulationGenerator(GeneratorSettings settings) {
        if (settings.claims() > (long) settings.participants() * MAX_AVERAGE_CLAIMS) {
            throw new IllegalArgumentException("claims: at most " + MAX_AVERAGE_CLAIMS + " per participant on average, got "
                    + settings.claims() + " for " + settings.participants() + " participants");
        }
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.today = settings.today();
        this.now = today.atTime(5, 0).toInstant(ZoneOffset.UTC);
        for (int i = 1; i <= 300; i++) {
            adjudicators.add(String.format("adj.%03d", i), 1);
        }
        // the demo adjudicators own a share of the work like any colleague, a little more so their queues show it
        adjudicators.add("adjudikator", 2).add("adjudikator2", 2);
        for (int i = 1; i <= 120; i++) {
            supervisors.add(String.format("spv.%03d", i), 1);
        }
        supervisors.add("supervisor", 2).add("supervisor2", 2);
    }

    /**
     * Completes the service network and reserves the keys, committed: quick, so a caller can do it before the
     * application serves anyone and write the rows later ({@link #generate(Connection)}) on another connection.
     */
    public void prepare(Connection connection) throws SQLException {
        if (unitsInserted >= 0) {
            return;
        }
        this.connection = connection;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long units = ensureNetwork();
            connection.commit();
            reserveKeys();
            connection.commit();
            unitsInserted = units;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Generates into the connection's database (preparing first if needed), committing every chunk. */
    public GenerationSummary generate(Connection connection) throws SQLException {
        long started = System.nanoTime();
        prepare(connection);
        this.connection = connection;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            rows.put("service_unit", unitsInserted);
            loadNikCounters();
            openTables();
            long owed = 0;
            int n = settings.participants();
            // the claims are shared out over all but the last 1 %, who take what the others could not
            int sharing = Math.max(1, n - Math.max(1, n / 100));
            for (int i = 0; i < n; i++) {
                long share = i >= sharing ? 0
                        : (long) (i + 1) * settings.claims() / sharing - (long) i * settings.claims() / sharing;
                owed += share;
                owed -= participant((int) Math.min(owed, MAX_CLAIMS_PER_PARTICIPANT));
                if ((i + 1) % 1_000 == 0) {
                    flushAll();
                }
                if ((i + 1) % settings.chunkSize() == 0) {
                    connection.commit();
                    if ((i + 1) % 100_000 == 0) {
                        int done = i + 1;
                        LOG.info(() -> "Generated " + done + " participants, " + claimsWritten + " claims");
                    }
                }
            }
            if (owed > 0) {
                throw new IllegalStateException(owed + " claims could not be placed; use fewer claims per participant");
            }
            flushAll();
            connection.commit();
            for (BatchTable table : tables()) {
                rows.put(table.table(), table.written());
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            closeTables();
            connection.setAutoCommit(autoCommit);
        }
        return new GenerationSummary(rows, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Claims written per status, in the state machine's order (for the caller's log and the tests). */
    public Map<String, Long> statusCounts() {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String status : STATUSES) {
            ordered.put(status, statusCounts.getOrDefault(status, 0L));
        }
        return ordered;
    }

    // ---- service network ------------------------------------------------------------------------------------

    private record Unit(String code, String name, String type, String provinceCode, String country, String zone) {
    }

    /**
     * The network of the fact sheet: 322 branch offices, 235 domestic district units, 4 overseas units, 5 airport
     * lounges and LTSA centres. A unit already present with the same type and name (the demo's) is reused.
     */
    private long ensureNetwork() throws SQLException {
        Map<String, Long> existingByName = new HashMap<>();
        List<Object[]> existing = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, unit_type, name, province, country_code FROM service_unit")) {
            while (rs.next()) {
                existingByName.put(rs.getString(2) + "|" + rs.getString(3), rs.getLong(1));
                existing.add(new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            }
        }
        List<Unit> wanted = new ArrayList<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        ReferenceData.PROVINCES.keySet().forEach(code -> weights.put(code, 1.0));
        for (Regency regency : ReferenceData.ORIGINS.items()) {
            weights.merge(regency.provinceCode(), 3.0, Double::sum);
        }
        addDomestic(wanted, weights, 322, "BRANCH", "KC", "Kantor Cabang");
        addDomestic(wanted, weights, 235, "DISTRICT", "KCP", "Kantor Cabang Perintis");
        OVERSEAS_UNITS.forEach((country, name) -> wanted.add(new Unit("LN-" + country, "Unit Layanan " + name,
                "OVERSEAS", null, country, OVERSEAS_ZONES.get(country))));
        for (int i = 0; i < LOUNGES.length; i++) {
            wanted.add(new Unit(String.format("LG-%02d", i + 1), "Lounge BP2MI " + LOUNGES[i][0], "LOUNGE",
                    LOUNGES[i][1], "ID", zoneOf(LOUNGES[i][1])));
        }
        for (Regency regency : ReferenceData.ORIGINS.items()) {
            wanted.add(new Unit("LTSA-" + regency.code(), "LTSA " + regency.name().replace("Kabupaten ", ""), "LTSA",
                    regency.provinceCode(), "ID", zoneOf(regency.provinceCode())));
        }
        // The reference units of V13 (Cirebon, the overseas units, the lounges) count towards the network's size, so
        // a type gets only as many new units as it lacks, whatever their names.
        Map<String, Long> existingPerType = new HashMap<>();
        existing.forEach(unit -> existingPerType.merge((String) unit[1], 1L, Long::sum));
        Map<String, Long> wantedPerType = new HashMap<>();
        wanted.forEach(unit -> wantedPerType.merge(unit.type(), 1L, Long::sum));
        Map<String, Long> toAdd = new HashMap<>();
        wantedPerType.forEach((type, count) -> toAdd.put(type, Math.max(0, count - existingPerType.getOrDefault(type, 0L))));
        List<Unit> missing = new ArrayList<>();
        for (Unit unit : wanted) {
            if (!existingByName.containsKey(unit.type() + "|" + unit.name()) && toAdd.get(unit.type()) > 0) {
                missing.add(unit);
                toAdd.merge(unit.type(), -1L, Long::sum);
            }
        }
        long inserted = 0;
        if (!missing.isEmpty()) {
            SequenceBlock ids = SequenceBlock.reserve(connection, "service_unit_seq", 50, missing.size());
            try (BatchTable table = new BatchTable(connection, "service_unit", "id", "code", "name", "unit_type",
                    "province", "country_code", "time_zone", "version")) {
                for (Unit unit : missing) {
                    long id = ids.next();
                    table.row(id, unit.code(), unit.name(), unit.type(),
                            unit.provinceCode() == null ? null : ReferenceData.PROVINCES.get(unit.provinceCode()),
                            unit.country(), unit.zone(), 0);
                    existing.add(new Object[]{id, unit.type(), unit.name(),
                            unit.provinceCode() == null ? null : ReferenceData.PROVINCES.get(unit.provinceCode()),
                            unit.country()});
                }
                table.flush();
                inserted = table.written();
            }
        }
        Map<String, String> provinceCodes = new HashMap<>();
        ReferenceData.PROVINCES.forEach((code, name) -> provinceCodes.put(name, code));
        for (Object[] unit : existing) {
            long id = (Long) unit[0];
            String type = (String) unit[1];
            String name = (String) unit[2];
            String province = unit[3] == null ? null : provinceCodes.get((String) unit[3]);
            switch (type) {
                case "BRANCH", "DISTRICT" -> {
                    if (province != null) {
                        homeUnitsByProvince.computeIfAbsent(province, p -> new ArrayList<>()).add(id);
                        allHomeUnits.add(id);
                    }
                }
                case "OVERSEAS" -> overseasByCountry.putIfAbsent((String) unit[4], id);
                case "LOUNGE" -> lounges.add(id);
                case "LTSA" -> ReferenceData.ORIGINS.items().stream()
                        .filter(r -> name.equals("LTSA " + r.name().replace("Kabupaten ", "")))
                        .findFirst().ifPresent(r -> ltsaByRegency.putIfAbsent(r.code(), id));
                default -> { }
            }
        }
        // sorted so the draw does not depend on the order the database returned the rows in
        homeUnitsByProvince.values().forEach(list -> list.sort(Long::compare));
        allHomeUnits.sort(Long::compare);
        lounges.sort(Long::compare);
        return inserted;
    }

    private static void addDomestic(List<Unit> wanted, Map<String, Double> weights, int count, String type,
                                    String codePrefix, String namePrefix) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        // largest remainder: every province at least one unit, the rest in proportion to the weights
        Map<String, Integer> counts = new LinkedHashMap<>();
        int assigned = 0;
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            double exact = count * weight.getValue() / total;
            int whole = Math.max(1, (int) Math.floor(exact));
            counts.put(weight.getKey(), whole);
            assigned += whole;
            remainders.add(Map.entry(weight.getKey(), exact - Math.floor(exact)));
        }
        remainders.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        for (int i = 0; assigned < count; i = (i + 1) % remainders.size()) {
            counts.merge(remainders.get(i).getKey(), 1, Integer::sum);
            assigned++;
        }
        counts.forEach((province, n) -> {
            for (int i = 1; i <= n; i++) {
                wanted.add(new Unit(String.format("%s-%s-%02d", codePrefix, province, i),
                        namePrefix + " " + ReferenceData.PROVINCES.get(province) + " " + i, type, province, "ID",
                        zoneOf(province)));
            }
        });
    }

    private static String zoneOf(String provinceCode) {
        int code = Integer.parseInt(provinceCode);
        if (code >= 81) {
            return "Asia/Jayapura";
        }
        if ((code >= 51 && code <= 53) || (code >= 63 && code <= 76)) {
            return "Asia/Makassar";
        }
        return "Asia/Jakarta";
    }

    // ---- keys and statements -----------------------------------------------------------------------------------

    private void reserveKeys() throws SQLException {
        long p = settings.participants();
        long c = settings.claims();
        participantIds = SequenceBlock.reserve(connection, "participant_seq", 50, p);
        placementIds = SequenceBlock.reserve(connection, "placement_seq", 50, p);
        paymentIds = SequenceBlock.reserve(connection, "contribution_payment_seq", 50, 4 * p);
        coverageIds = SequenceBlock.reserve(connection, "coverage_event_seq", 50, 4 * p);
        caseIds = SequenceBlock.reserve(connection, "case_file_seq", 50, c);
        caseNumbers = SequenceBlock.reserve(connection, "case_no_seq", 1, c);
        claimIds = SequenceBlock.reserve(connection, "claim_seq", 50, c);
        claimNumbers = SequenceBlock.reserve(connection, "claim_no_seq", 1, c);
        eventIds = SequenceBlock.reserve(connection, "claim_status_event_seq", 50, 7 * c);
        documentIds = SequenceBlock.reserve(connection, "claim_document_seq", 50, 8 * c);
        approvalIds = SequenceBlock.reserve(connection, "payout_approval_seq", 50, c);
    }

    /** NIK serials continue after the ones an earlier run wrote, so a second run adds rather than collides. */
    private void loadNikCounters() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT SUBSTR(nik, 1, 4), MAX(SUBSTR(nik, 5, 2)) FROM participant "
                     + "WHERE nik IS NOT NULL AND SUBSTR(nik, 5, 2) >= '41' GROUP BY SUBSTR(nik, 1, 4)")) {
            while (rs.next()) {
                nikCounters.put(rs.getString(1), (Integer.parseInt(rs.getString(2)) - 40) * 9_999);
            }
        }
    }

    private void openTables() throws SQLException {
        participants = new BatchTable(connection, "participant", "id", "nik", "passport_no", "kpj_no", "full_name",
                "sex", "birth_date", "participant_type", "destination_country", "nik_exception", "registered_at",
                "version", "passport_expiry", "address_line", "province_code", "regency_code", "nik_exception_reason",
                "last_modified_by", "last_modified_at");
        placements = new BatchTable(connection, "placement", "id", "participant_id", "channel", "agency_name",
                "agency_licence", "destination_country", "employer_name", "job_title", "contract_start",
                "contract_months", "extension_months", "registered_on", "service_unit_id", "created_by", "created_at",
                "version");
        payments = new BatchTable(connection, "contribution_payment", "id", "participant_id", "placement_id",
                "tranche", "paid_on", "months", "monthly_amount", "amount", "explanation", "payment_ref",
                "recorded_by", "recorded_at");
        coverage = new BatchTable(connection, "coverage_event", "id", "participant_id", "placement_id", "kind",
                "event_date", "end_date", "note", "recorded_by", "recorded_at", "version");
        cases = new BatchTable(connection, "case_file", "id", "case_no", "participant_id", "incident_kind",
                "incident_date", "incident_place", "incident_country", "owner_unit_id", "assigned_to", "opened_at",
                "opened_by", "version");
        claims = new BatchTable(connection, "claim", "id", "claim_no", "participant_id", "benefit_code", "status",
                "channel", "incident_date", "claimed_amount", "recommended_amount", "service_unit_id", "assigned_to",
                "recommended_by", "received_at", "status_changed_at", "last_modified_by", "version", "case_id",
                "payee_name", "payee_bank_code", "payee_account_no", "rule_version", "recommendation_note",
                "rejection_reason", "last_modified_at", "sla_warned_at", "sla_escalated_at", "sla_next_check_at");
        events = new BatchTable(connection, "claim_status_event", "id", "claim_id", "from_status", "to_status",
                "actor", "occurred_at", "reason");
        documents = new BatchTable(connection, "claim_document", "id", "claim_id", "doc_type", "required", "state",
                "changed_by", "changed_at", "rejection_note", "file_id", "version");
        approvals = new BatchTable(connection, "payout_approval", "id", "claim_id", "cycle_no", "approval_no",
                "approver", "level_code", "amount", "approved_at");
    }

    /** In foreign-key order. */
    private List<BatchTable> tables() {
        return List.of(participants, placements, payments, coverage, cases, claims, events, documents, approvals);
    }

    private void flushAll() throws SQLException {
        for (BatchTable table : tables()) {
            table.flush();
        }
    }

    private void closeTables() throws SQLException {
        for (BatchTable table : new BatchTable[]{participants, placements, payments, coverage, cases, claims, events,
                documents, approvals}) {
            if (table != null) {
                table.close();
            }
        }
    }

    // ---- one participant ---------------------------------------------------------------------------------------

    /** What happens to a worker, in days after the reference day's registration. */
    private static final class Timeline {
        LocalDate registered;
        LocalDate embarked;          // null: never left
        LocalDate failedDeparture;   // null: did not fail
        LocalDate contractEnd;
        LocalDate debarked;          // null: still abroad (or died abroad)
        LocalDate homeArrival;
        LocalDate died;
        int contractMonths;
        int extensionMonths;
    }

    /**
     * Writes one participant with up to {@code target} claims and returns how many claims were written.
     */
    private int participant(int target) throws SQLException {
        List<Incident> incidents = planIncidents(target);
        boolean death = incidents.stream().anyMatch(Incident::death);
        boolean failed = incidents.stream().anyMatch(Incident::failedDeparture);
        boolean needsDeparture = incidents.stream().anyMatch(i -> i.phase() != Phase.BEFORE);
        boolean needsReturn = incidents.stream().anyMatch(i -> i.phase() == Phase.AFTER);
        boolean jht = incidents.stream().anyMatch(Incident::needsJht) || random.nextInt(10) == 0;

        Timeline t = new Timeline();
        int[] contractChoices = {6, 12, 12, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24};
        t.contractMonths = contractChoices[random.nextInt(contractChoices.length)];
        t.extensionMonths = random.nextInt(10) == 0 ? 1 + random.nextInt(12) : 0;
        int totalMonths = t.contractMonths + t.extensionMonths;
        int departDelay = 14 + random.nextInt(76);
        // registrations grow year on year (fact sheet: 235 thousand in 2021 to ~592 thousand in 2024): skew recent
        int maxAge = 6 * 365;
        int minAge = 0;
        if (needsReturn) {
            minAge = departDelay + totalMonths * 31 + 45;
        } else if (needsDeparture) {
            minAge = departDelay + 10;
        } else if (failed || !incidents.isEmpty()) {
            minAge = 30;
        }
        minAge = Math.min(minAge, maxAge - 1);
        int age = minAge + (int) ((maxAge - minAge) * Math.pow(random.nextDouble(), 1.6));
        t.registered = today.minusDays(age);
        LocalDate plannedDeparture = t.registered.plusDays(departDelay);
        Phase deathPhase = incidents.stream().filter(Incident::death).map(Incident::phase).findFirst().orElse(null);
        if (failed) {
            long window = Math.min(140, Math.max(1, age - 1));
            t.failedDeparture = t.registered.plusDays(1 + random.nextInt((int) window));
        } else if (deathPhase == Phase.BEFORE) {
            t.died = t.registered.plusDays(random.nextInt((int) Math.max(1, Math.min(departDelay - 1, age - 1))));
        } else if (!plannedDeparture.isAfter(today.minusDays(1)) && (needsDeparture || random.nextInt(20) != 0)) {
            t.embarked = plannedDeparture;
            t.contractEnd = t.embarked.plusMonths(totalMonths);
            if (deathPhase == Phase.DURING) {
                t.died = between(t.embarked, min(t.contractEnd, today.minusDays(1)));
            } else {
                LocalDate debark = t.contractEnd.plusDays(random.nextInt(30));
                if (debark.isBefore(today.minusDays(3))) {
                    t.debarked = debark;
                    t.homeArrival = debark.plusDays(1 + random.nextInt(2));
                    if (deathPhase == Phase.AFTER) {
                        t.died = between(t.debarked, min(t.debarked.plusDays(29), today.minusDays(1)));
                    }
                }
            }
        }
        if (needsReturn && t.debarked == null || needsDeparture && t.embarked == null
                || deathPhase == Phase.AFTER && t.died == null) {
            // the timeline could not host the incidents (e.g. not departed yet): this worker files nothing
            incidents = List.of();
        }

        boolean female = random.nextInt(100) < 70;
        LocalDate birth = t.registered.minusYears(19 + random.nextInt(27)).minusDays(random.nextInt(365));
        Regency origin = ReferenceData.ORIGINS.pick(random);
        String country = ReferenceData.COUNTRIES.pick(random);
        boolean withoutNik = random.nextInt(100) == 0;
        long participantId = participantIds.next();
        String type = t.embarked == null ? "CPMI" : t.debarked != null ? "PMI_PURNA" : "PMI";
        String first = female ? pick(ReferenceData.FEMALE_NAMES) : pick(ReferenceData.MALE_NAMES);
        String fullName = first + " " + pick(ReferenceData.FAMILY_NAMES);
        String nik = withoutNik ? null : nik(origin, birth, female);
        Instant registeredAt = t.registered.atTime(2 + random.nextInt(8), random.nextInt(60)).toInstant(ZoneOffset.UTC);
        participants.row(participantId, nik, String.format("E%07d", participantId % 10_000_000),
                String.format("77%010d", participantId), fullName, female ? "P" : "L", birth, type, country,
                withoutNik ? 1 : 0, registeredAt, 0, t.registered.plusYears(5), "Desa " + pick(ReferenceData.FAMILY_NAMES)
                        + " RT 0" + (1 + random.nextInt(9)) + " RW 0" + (1 + random.nextInt(9)),
                origin.provinceCode(), origin.code(),
                withoutNik ? "PMI masuk kembali tanpa NIK; paspor dipakai sampai NIK didapat" : null, ACTOR, registeredAt);

        boolean agency = random.nextInt(100) < 85;
        List<Long> homeUnits = homeUnitsByProvince.getOrDefault(origin.provinceCode(), allHomeUnits);
        long homeUnit = homeUnits.get(random.nextInt(homeUnits.size()));
        Long ltsa = ltsaByRegency.get(origin.code());
        long registrationUnit = ltsa != null && random.nextInt(3) == 0 ? ltsa : homeUnit;
        long placementId = placementIds.next();
        String agencyName = agency ? pick(ReferenceData.AGENCIES) : null;
        placements.row(placementId, participantId, agency ? "AGENCY" : "PERSEORANGAN", agencyName,
                agency ? "SIP3MI-" + (100 + random.nextInt(900)) + "/" + (2015 + random.nextInt(9)) : null, country,
                "Employer " + country + "-" + (1 + random.nextInt(50_000)), ReferenceData.JOBS.pick(random),
                t.embarked, t.contractMonths, t.extensionMonths, t.registered, registrationUnit, ACTOR, registeredAt, 0);

        long jhtBalance = contributions(participantId, placementId, agency, t, jht);
        coverageEvents(participantId, placementId, t);

        int written = 0;
        for (Incident incident : incidents) {
            int room = target - written;
            if (room <= 0) {
                break;
            }
            written += incident(participantId, fullName, origin, country, homeUnit, incident, t, jhtBalance, room);
        }
        return written;
    }

    /** Incidents to file {@code target} claims; a death or a failed departure ends the worker's story. */
    private List<Incident> planIncidents(int target) {
        List<Incident> planned = new ArrayList<>();
        int claimsPlanned = 0;
        int tries = 0;
        while (claimsPlanned < target && tries < 12) {
            tries++;
            Incident incident = ReferenceData.INCIDENTS.pick(random);
            boolean ends = incident.death() || incident.failedDeparture();
            boolean ended = planned.stream().anyMatch(i -> i.death() || i.failedDeparture());
            if (!planned.isEmpty() && (ends || ended) || planned.contains(incident)) {
                continue;
            }
            planned.add(incident);
            claimsPlanned += incident.benefits().size();
        }
        return planned;
    }

    private String nik(Regency origin, LocalDate birth, boolean female) {
        int counter = nikCounters.merge(origin.code(), 1, Integer::sum) - 1;
        int district = 41 + counter / 9_999;
        if (district > 99) {
            throw new IllegalStateException("NIK serials of regency " + origin.code() + " exhausted");
        }
        return String.format("%s%02d%02d%02d%02d%04d", origin.code(), district,
                birth.getDayOfMonth() + (female ? 40 : 0), birth.getMonthValue(), birth.getYear() % 100,
                1 + counter % 9_999);
    }

    /** Payments per Pasal 18; returns the JHT savings paid (0 without JHT). */
    private long contributions(long participantId, long placementId, boolean agency, Timeline t, boolean jht)
            throws SQLException {
        LocalDate paid = t.registered;
        if (agency) {
            payment(participantId, placementId, "BEFORE_WORK", paid, 0, null, 37_500,
                    "Iuran JKK + JKM sebelum bekerja melalui P3MI: " + rupiah(37_500) + " (Pasal 18)");
        }
        if (t.embarked == null && t.failedDeparture == null) {
            return 0;
        }
        LocalDate during = t.embarked != null ? t.embarked.minusDays(1 + random.nextInt(7)) : t.registered.plusDays(1);
        if (during.isBefore(t.registered)) {
            during = t.registered;
        }
        long amount = PACKAGES.get(t.contractMonths);
        payment(participantId, placementId, "DURING_AFTER", during, t.contractMonths, null, amount,
                "Iuran JKK + JKM selama dan setelah bekerja, kontrak " + t.contractMonths + " bulan: " + rupiah(amount)
                        + " (Pasal 18)");
        if (t.extensionMonths > 0 && t.contractEnd != null) {
            LocalDate extension = t.embarked.plusMonths(t.contractMonths).minusDays(10 + random.nextInt(20));
            if (extension.isBefore(today)) {
                long extra = 13_500L * t.extensionMonths;
                payment(participantId, placementId, "EXTENSION", extension, t.extensionMonths, null, extra,
                        "Perpanjangan " + t.extensionMonths + " bulan × " + rupiah(13_500) + " = " + rupiah(extra)
                                + " (Pasal 18)");
            }
        }
        if (jht && t.embarked != null) {
            long monthly = JHT_MONTHLY[random.nextInt(JHT_MONTHLY.length)];
            int months = 6 + random.nextInt(19);
            long total = monthly * months;
            payment(participantId, placementId, "VOLUNTARY_JHT", during, months, monthly, total,
                    "Iuran JHT sukarela " + rupiah(monthly) + " × " + months + " bulan = " + rupiah(total));
            return total;
        }
        return 0;
    }

    private void payment(long participantId, long placementId, String tranche, LocalDate paidOn, int months,
                         Long monthly, long amount, String explanation) throws SQLException {
        long id = paymentIds.next();
        payments.row(id, participantId, placementId, tranche, paidOn, months,
                monthly == null ? null : BigDecimal.valueOf(monthly).setScale(2), BigDecimal.valueOf(amount).setScale(2),
                explanation, "VA-" + id, "siskop2mi", paidOn.atTime(3, 0).toInstant(ZoneOffset.UTC));
    }

    private void coverageEvents(long participantId, long placementId, Timeline t) throws SQLException {
        if (t.failedDeparture != null) {
            event(participantId, placementId, "FAILED_DEPARTURE", t.failedDeparture, null, "Gagal berangkat");
        }
        if (t.embarked != null) {
            event(participantId, placementId, "EMBARKATION", t.embarked, null, "Berangkat dari debarkasi/embarkasi");
            if (t.debarked == null && t.died == null && t.contractEnd.isAfter(today.plusMonths(6)) && random.nextInt(8) == 0) {
                LocalDate leave = t.embarked.plusMonths(12);
                if (leave.plusDays(30).isBefore(today)) {
                    event(participantId, placementId, "LEAVE", leave, leave.plusDays(14 + random.nextInt(16)),
                            "Cuti di Indonesia");
                }
            }
        }
        if (t.debarked != null) {
            event(participantId, placementId, "DEBARKATION", t.debarked, null, null);
            event(participantId, placementId, "HOME_ARRIVAL", t.homeArrival, null, null);
        }
        if (t.died != null) {
            event(participantId, placementId, "DEATH", t.died, null, "Meninggal dunia");
        }
    }

    private void event(long participantId, long placementId, String kind, LocalDate on, LocalDate end, String note)
            throws SQLException {
        coverage.row(coverageIds.next(), participantId, placementId, kind, on, end, note, ACTOR,
                on.plusDays(1).atTime(3, 0).toInstant(ZoneOffset.UTC), 0);
    }

    // ---- incidents and claims ----------------------------------------------------------------------------------

    private int incident(long participantId, String fullName, Regency origin, String country, long homeUnit,
                         Incident incident, Timeline t, long jhtBalance, int room) throws SQLException {
        LocalDate date = incidentDate(incident, t);
        if (date == null || incident.needsJht() && jhtBalance == 0) {
            return 0;
        }
        boolean abroad = incident.phase() == Phase.DURING;
        Long overseas = abroad ? overseasByCountry.get(country) : null;
        long unit;
        String channel;
        int roll = random.nextInt(100);
        if (overseas != null && roll < 40) {
            unit = overseas;
            channel = "OVERSEAS_UNIT";
        } else if (incident.kind().equals("PROBLEM_RETURN") && !lounges.isEmpty() && roll < 70) {
            unit = lounges.get(random.nextInt(lounges.size()));
            channel = "LOUNGE";
        } else if (incident.failedDeparture() && ltsaByRegency.containsKey(origin.code()) && roll < 25) {
            unit = ltsaByRegency.get(origin.code());
            channel = "LTSA";
        } else {
            unit = homeUnit;
            channel = roll < 60 ? "BRANCH_WALK_IN" : roll < 82 ? "E_KLAIM" : "JMO";
        }
        Instant received = date.plusDays(2 + random.nextInt(60)).atTime(1 + random.nextInt(9), random.nextInt(60))
                .toInstant(ZoneOffset.UTC);
        Instant latest = now.minus(2, ChronoUnit.HOURS);
        if (received.isAfter(latest)) {
            received = latest.minus(random.nextInt(600), ChronoUnit.MINUTES);
        }
        String adjudicator = adjudicators.pick(random);
        long caseId = caseIds.next();
        cases.row(caseId, String.format("KS-%d-%06d", received.atOffset(ZoneOffset.UTC).getYear(), caseNumbers.next()),
                participantId, incident.kind(), date, abroad ? "Kota " + country : origin.name(),
                abroad ? country : "ID", unit, adjudicator, received, "sistem", 0);
        int written = 0;
        for (ClaimedBenefit benefit : incident.benefits()) {
            if (written == room) {
                break;
            }
            long amount = benefit.code().equals("JHT_BALANCE") ? jhtBalance
                    : benefit.code().equals("SCHOLARSHIP")
                    ? ReferenceData.SCHOLARSHIP_RATES[random.nextInt(ReferenceData.SCHOLARSHIP_RATES.length)]
                    : draw(benefit);
            String payee = incident.death()
                    ? pick(random.nextBoolean() ? ReferenceData.FEMALE_NAMES : ReferenceData.MALE_NAMES) + " "
                    + fullName.substring(fullName.indexOf(' ') + 1) : fullName;
            claim(participantId, caseId, benefit.code(), channel, date, amount, unit, received, adjudicator, payee);
            written++;
        }
        return written;
    }

    private LocalDate incidentDate(Incident incident, Timeline t) {
        LocalDate yesterday = today.minusDays(1);
        if (incident.death()) {
            return t.died;
        }
        if (incident.failedDeparture()) {
            return t.failedDeparture;
        }
        return switch (incident.phase()) {
            case BEFORE -> {
                LocalDate end = min(yesterday, t.registered.plusDays(149));
                if (t.embarked != null) {
                    end = min(end, t.embarked.minusDays(1));
                }
                if (t.failedDeparture != null) {
                    end = min(end, t.failedDeparture);
                }
                if (t.died != null) {
                    end = min(end, t.died.minusDays(1));
                }
                yield end.isBefore(t.registered) ? null : between(t.registered, end);
            }
            case DURING -> {
                if (t.embarked == null) {
                    yield null;
                }
                LocalDate end = min(yesterday, t.debarked != null ? t.debarked.minusDays(1) : t.contractEnd.plusDays(30));
                if (t.died != null) {
                    end = min(end, t.died.minusDays(1));
                }
                yield end.isBefore(t.embarked) ? null : between(t.embarked, end);
            }
            case AFTER -> {
                if (t.debarked == null) {
                    yield null;
                }
                LocalDate end = min(yesterday, t.debarked.plusDays(29));
                if (t.died != null) {
                    end = min(end, t.died.minusDays(1));
                }
                yield end.isBefore(t.debarked) ? null : between(t.debarked, end);
            }
        };
    }

    private void claim(long participantId, long caseId, String benefit, String channel, LocalDate incidentDate,
                       long claimed, long unit, Instant received, String adjudicator, String payee)
            throws SQLException {
        String status = statusFor(received);
        List<String> path = PATHS.get(status);
        long claimId = claimIds.next();
        String claimNo = String.format("KLM-%d-%06d", received.atOffset(ZoneOffset.UTC).getYear(), claimNumbers.next());
        BigDecimal claimedAmount = BigDecimal.valueOf(claimed).setScale(2);
        boolean recommended = path.contains("AWAITING_APPROVAL");
        String approver = pickApprover(claimed, adjudicator);
        // steps hours to days apart, squeezed to end before "now"
        Instant[] at = new Instant[path.size()];
        long[] gaps = new long[path.size()];
        long sum = 0;
        for (int i = 1; i < path.size(); i++) {
            gaps[i] = 60 + random.nextInt(5 * 24 * 60);
            sum += gaps[i];
        }
        long room = Math.max(0, Duration.between(received, now.minus(1, ChronoUnit.HOURS)).toMinutes());
        double scale = sum > room ? (double) room / sum : 1.0;
        at[0] = received;
        for (int i = 1; i < path.size(); i++) {
            at[i] = at[i - 1].plus(Math.max(1, (long) (gaps[i] * scale)), ChronoUnit.MINUTES);
        }
        String rejection = path.contains("REJECTED") ? REJECTIONS.pick(random) : null;
        String lastActor = "sistem";
        for (int i = 0; i < path.size(); i++) {
            String to = path.get(i);
            String actor = switch (to) {
                case "RECEIVED", "PAID", "CLOSED" -> "sistem";
                case "APPROVED", "RETURNED_FOR_CORRECTION" -> approver;
                default -> adjudicator;
            };
            String reason = switch (to) {
                case "RECEIVED" -> "Diterima melalui " + channel;
                case "DOCUMENTS_INCOMPLETE" -> "Dokumen wajib belum lengkap";
                case "INFORMATION_REQUESTED" -> "Mohon kirim keterangan tambahan dari pemberi kerja";
                case "AWAITING_APPROVAL" -> "Sesuai tabel manfaat Permenaker 4/2023";
                case "RETURNED_FOR_CORRECTION" -> "Periksa kembali perhitungan dan dokumen";
                case "PAID" -> "Transfer TRF-" + claimNo;
                case "REJECTED" -> rejection;
                case "WITHDRAWN" -> "Ditarik atas permintaan pemohon";
                case "APPEALED" -> "Keberatan pemohon atas penolakan";
                default -> null;
            };
            events.row(eventIds.next(), claimId, i == 0 ? null : path.get(i - 1), to, actor, at[i], reason);
            lastActor = actor;
        }
        Instant changed = at[path.size() - 1];
        boolean clocked = switch (status) {
            case "RECEIVED", "VERIFICATION", "ADJUDICATION", "RETURNED_FOR_CORRECTION", "APPEALED", "AWAITING_APPROVAL" -> true;
            default -> false;
        };
        // long-stuck claims were warned and escalated by the SLA watch when their time came
        boolean stuck = clocked && changed.isBefore(now.minus(14, ChronoUnit.DAYS));
        boolean assigned = !status.equals("RECEIVED") && !status.equals("DOCUMENTS_INCOMPLETE");
        claims.row(claimId, claimNo, participantId, benefit, status, channel, incidentDate, claimedAmount,
                recommended ? claimedAmount : null, unit, assigned ? adjudicator : null,
                recommended ? adjudicator : null, received, changed, lastActor, path.size() - 1, caseId, payee,
                ReferenceData.BANKS.pick(random), String.format("%010d", random.nextInt(1_000_000_000) + 1_000_000_000L),
                recommended ? benefit + "@2023-03-01" : null,
                recommended ? "Dihitung dari tabel manfaat: " + rupiah(claimed) : null, rejection, changed,
                stuck ? changed.plus(3, ChronoUnit.DAYS) : null, stuck ? changed.plus(6, ChronoUnit.DAYS) : null,
                clocked && !stuck ? changed : null);
        if (path.contains("APPROVED")) {
            approvals.row(approvalIds.next(), claimId, 1, 1, approver, claimed > 50_000_000 ? "BRANCH_HEAD" : "SUPERVISOR",
                    claimedAmount, at[path.indexOf("APPROVED")]);
        }
        List<String> docs = ReferenceData.documentsFor(benefit);
        boolean verified = path.contains("ADJUDICATION");
        for (int d = 0; d < docs.size(); d++) {
            String state;
            if (verified) {
                state = "VERIFIED";
            } else if (status.equals("DOCUMENTS_INCOMPLETE")) {
                state = d == docs.size() - 1 || random.nextInt(3) == 0 ? "MISSING" : "RECEIVED";
            } else if (status.equals("RECEIVED")) {
                state = random.nextInt(3) == 0 ? "MISSING" : "RECEIVED";
            } else {
                state = random.nextInt(2) == 0 ? "VERIFIED" : "RECEIVED";
            }
            boolean touched = !state.equals("MISSING");
            documents.row(documentIds.next(), claimId, docs.get(d), 1, state, touched ? adjudicator : null,
                    touched ? at[Math.min(1, path.size() - 1)] : null, null, null, 0);
        }
        statusCounts.merge(status, 1L, Long::sum);
        claimsWritten++;
    }

    /** The first claims cycle through every status so even a tiny population shows each; then by age. */
    private String statusFor(Instant received) {
        if (forcedStatus < STATUSES.length) {
            return STATUSES[(int) forcedStatus++];
        }
        long days = Duration.between(received, now).toDays();
        double open = days <= 30 ? 0.85 : days <= 90 ? 0.45 : days <= 365 ? 0.08 : 0.02;
        return random.nextDouble() < open ? OPEN.pick(random) : FINAL.pick(random);
    }

    /** An approver who is not the adjudicator, with authority for the amount (branch head above Rp 50 jt). */
    private String pickApprover(long amount, String adjudicator) {
        if (amount > 50_000_000) {
            return random.nextInt(4) == 0 ? "kacab" : String.format("kacab.%03d", 1 + random.nextInt(40));
        }
        String approver = supervisors.pick(random);
        return approver.equals(adjudicator) ? "supervisor2" : approver;
    }

    // ---- small helpers -----------------------------------------------------------------------------------------

    private long draw(ClaimedBenefit benefit) {
        if (benefit.maxAmount() == benefit.minAmount()) {
            return benefit.minAmount();
        }
        long thousands = (benefit.maxAmount() - benefit.minAmount()) / 1_000;
        return benefit.minAmount() + 1_000L * (long) (random.nextDouble() * (thousands + 1));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String rupiah(long amount) {
        return "Rp " + String.format("%,d", amount).replace(',', '.');
    }
}

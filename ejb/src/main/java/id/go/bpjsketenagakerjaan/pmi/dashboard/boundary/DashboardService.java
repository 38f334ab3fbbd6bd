package id.go.bpjsketenagakerjaan.pmi.dashboard.boundary;

import id.go.bpjsketenagakerjaan.pmi.casework.boundary.HolidayCalendar;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStage;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.dashboard.control.Provinces;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.control.IsoWeeks;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.control.SlaCompliance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read models for management: protected participants, claims by status, benefit and unit, payouts by month of
 * approval, the SLA trend per ISO week and the top rejection reasons. Queries only, each a grouped SQL statement
 * (the SLA trend reads one projected row per stage finished in the last weeks, never a claim entity). No NIK is
 * ever selected.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.SUPERVISOR, Roles.ADMIN})
public class DashboardService {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final int MONTHS = 12;
    static final int WEEKS = 8;
    static final int TOP_REASONS = 10;
    static final int MAX_STAGE_EXITS = 200_000;
    /** A participant is protected once a contribution has been paid for one of their placements. */
    private static final String PROTECTED = "EXISTS (SELECT 1 FROM placement pl0 JOIN contribution_payment cp0 "
            + "ON cp0.placement_id = pl0.id WHERE pl0.participant_id = p.id)";
    private static final String OPEN = inList(Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isOpen).map(Enum::name).toList());
    private static final String CLOCKED = inList(Arrays.stream(ClaimStatus.values())
            .filter(s -> SlaStage.of(s).isPresent()).map(Enum::name).toList());

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Working days skip the public holidays of the calendar administrators keep, as the queues' clocks do. */
    @Inject
    HolidayCalendar holidays;

    @Inject
    DashboardSnapshots snapshots;

    /**
     * The figures for the range, from a snapshot at most {@code pmi.dashboard.max-age-seconds} old (see
     * {@link DashboardSnapshots}); {@link Dashboard#getAsOf()} says when they were computed.
     */
    public Dashboard overview(DashboardFilter filter) {
        DashboardFilter f = filter == null ? DashboardFilter.none() : filter;
        return snapshots.of(f, () -> compute(f));
    }

    private Dashboard compute(DashboardFilter f) {
        Instant now = Instant.now(clock);
        String range = range(f);
        // one pass over the participants (the EXISTS makes it the costliest scan), summed three ways here
        @SuppressWarnings("unchecked")
        List<Object[]> cells = em.createNativeQuery("SELECT COALESCE(p.destination_country, '-'), "
                + "COALESCE(p.province_code, '-'), p.participant_type, COUNT(*) FROM participant p WHERE " + PROTECTED
                + " GROUP BY COALESCE(p.destination_country, '-'), COALESCE(p.province_code, '-'), p.participant_type")
                .getResultList();
        return new Dashboard(now,
                cells.stream().mapToLong(cell -> ((Number) cell[3]).longValue()).sum(),
                sums(cells, 0, Function.identity()),
                sums(cells, 1, code -> "-".equals(code) ? "-" : Provinces.name(code)),
                sums(cells, 2, Function.identity()),
                groups("SELECT COALESCE(u.unit_type, 'UNRECORDED'), COUNT(*) FROM participant p "
                        + "JOIN placement pl ON pl.participant_id = p.id LEFT JOIN service_unit u ON u.id = pl.service_unit_id "
                        + "WHERE " + PROTECTED + " AND pl.id = (SELECT MAX(pl2.id) FROM placement pl2 WHERE pl2.participant_id = p.id) "
                        + "GROUP BY COALESCE(u.unit_type, 'UNRECORDED') ORDER BY 2 DESC", List.of(), Function.identity()),
                count("SELECT COUNT(*) FROM claim c WHERE 1 = 1" + range, rangeParams(f)),
                groups("SELECT c.status, COUNT(*) FROM claim c WHERE 1 = 1" + range + " GROUP BY c.status ORDER BY 2 DESC",
                        rangeParams(f), Function.identity()),
                groups("SELECT c.benefit_code, COUNT(*) FROM claim c WHERE 1 = 1" + range
                        + " GROUP BY c.benefit_code ORDER BY 2 DESC", rangeParams(f), Function.identity()),
                groups("SELECT u.name, COUNT(*) FROM claim c JOIN service_unit u ON u.id = c.service_unit_id WHERE 1 = 1"
                        + range + " GROUP BY u.name ORDER BY 2 DESC", rangeParams(f), Function.identity()),
                payoutsByMonth(now),
                slaTrend(now),
                slaComplianceNow(now),
                groups("SELECT c.rejection_reason, COUNT(*) FROM claim c WHERE c.rejection_reason IS NOT NULL" + range
                        + " GROUP BY c.rejection_reason ORDER BY 2 DESC", rangeParams(f), Function.identity())
                        .stream().limit(TOP_REASONS).toList());
    }

    /**
     * Sum of recommended amounts of claims now APPROVED, PAID or CLOSED, by the month (WIB) of their latest approval
     * in the status history; last {@value #MONTHS} months.
     */
    private List<PeriodAmount> payoutsByMonth(Instant now) {
        List<IsoWeeks.Month> months = IsoWeeks.lastMonths(MONTHS, now, WIB);
        StringBuilder select = new StringBuilder("SELECT 0");
        List<Object> params = new ArrayList<>();
        for (IsoWeeks.Month month : months) {
            int a = params.size() + 1;
            select.append(", SUM(CASE WHEN e.occurred_at >= ?").append(a).append(" AND e.occurred_at < ?").append(a + 1)
                    .append(" THEN c.recommended_amount ELSE 0 END)")
                    .append(", SUM(CASE WHEN e.occurred_at >= ?").append(a + 2).append(" AND e.occurred_at < ?").append(a + 3)
                    .append(" THEN 1 ELSE 0 END)");
            params.addAll(List.of(ts(month.start()), ts(month.end()), ts(month.start()), ts(month.end())));
        }
        params.add(ts(months.get(0).start()));
        Object[] row = (Object[]) bind(em.createNativeQuery(select + " FROM claim c JOIN claim_status_event e ON e.claim_id = c.id"
                + " WHERE c.status IN ('APPROVED', 'PAID', 'CLOSED') AND e.to_status = 'APPROVED'"
                + " AND e.occurred_at = (SELECT MAX(e2.occurred_at) FROM claim_status_event e2"
                + " WHERE e2.claim_id = c.id AND e2.to_status = 'APPROVED') AND e.occurred_at >= ?" + params.size()), params)
                .getSingleResult();
        List<PeriodAmount> result = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            BigDecimal amount = row[1 + 2 * i] == null ? BigDecimal.ZERO : new BigDecimal(row[1 + 2 * i].toString());
            long claims = row[2 + 2 * i] == null ? 0 : ((Number) row[2 + 2 * i]).longValue();
            result.add(new PeriodAmount(months.get(i).label(), claims, 0, amount.setScale(0, java.math.RoundingMode.HALF_UP)));
        }
        return result;
    }

    /**
     * Per ISO week (WIB): of the SLA stages that ended in that week (a status event leaving a clocked stage for
     * another stage or for a status without a clock), how many ended before their deadline. The stage is taken to
     * have started at the latest event that entered the status it left (the same approximation as the lists: the
     * last status change).
     */
    private List<PeriodAmount> slaTrend(Instant now) {
        List<IsoWeeks.Week> weeks = IsoWeeks.lastWeeks(WEEKS, now, WIB);
        @SuppressWarnings("unchecked")
        List<Object[]> exits = em.createNativeQuery("SELECT e.from_status, e.to_status, e.occurred_at, "
                        + "(SELECT MAX(s.occurred_at) FROM claim_status_event s WHERE s.claim_id = e.claim_id "
                        + "AND s.to_status = e.from_status AND s.occurred_at <= e.occurred_at), u.time_zone "
                        + "FROM claim_status_event e JOIN claim c ON c.id = e.claim_id "
                        + "JOIN service_unit u ON u.id = c.service_unit_id "
                        + "WHERE e.occurred_at >= ?1 AND e.from_status IN " + CLOCKED)
                .setParameter(1, ts(weeks.get(0).start())).setMaxResults(MAX_STAGE_EXITS).getResultList();
        long[] ended = new long[weeks.size()];
        long[] onTime = new long[weeks.size()];
        for (Object[] exit : exits) {
            Optional<SlaStage> stage = SlaStage.of(ClaimStatus.valueOf((String) exit[0]));
            Optional<SlaStage> next = SlaStage.of(ClaimStatus.valueOf((String) exit[1]));
            Instant endedAt = instant(exit[2]);
            Instant startedAt = instant(exit[3]);
            if (stage.isEmpty() || stage.equals(next) || startedAt == null) {
                continue;
            }
            for (int i = 0; i < weeks.size(); i++) {
                if (!endedAt.isBefore(weeks.get(i).start()) && endedAt.isBefore(weeks.get(i).end())) {
                    ended[i]++;
                    if (compliance().metTarget(stage.get(), startedAt, endedAt, ZoneId.of((String) exit[4]))) {
                        onTime[i]++;
                    }
                }
            }
        }
        List<PeriodAmount> trend = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            trend.add(new PeriodAmount(weeks.get(i).label(), ended[i], onTime[i], null));
        }
        return trend;
    }

    /** Share of open claims whose current stage has not passed its deadline (cut-offs in WIB). */
    private BigDecimal slaComplianceNow(Instant now) {
        Map<SlaStage, Instant> cutoffs = compliance().cutoffs(now, WIB);
        StringBuilder breached = new StringBuilder("SUM(CASE WHEN ");
        List<Object> params = new ArrayList<>();
        for (SlaStage stage : SlaStage.values()) {
            if (!params.isEmpty()) {
                breached.append(" OR ");
            }
            params.add(ts(cutoffs.get(stage)));
            breached.append("(c.status IN ").append(inList(SlaCompliance.statusesOf(stage).stream().map(Enum::name).toList()))
                    .append(" AND c.status_changed_at < ?").append(params.size()).append(')');
        }
        breached.append(" THEN 1 ELSE 0 END)");
        Object[] row = (Object[]) bind(em.createNativeQuery("SELECT COUNT(*), " + breached + " FROM claim c WHERE c.status IN "
                + OPEN), params).getSingleResult();
        long open = ((Number) row[0]).longValue();
        long late = row[1] == null ? 0 : ((Number) row[1]).longValue();
        return SlaCompliance.percent(open - late, open);
    }

    /** Counts of {@code cells} (keys..., count) summed by the key in {@code column}, largest first. */
    private static List<CountRow> sums(List<Object[]> cells, int column, Function<String, String> name) {
        Map<String, Long> sums = new java.util.HashMap<>();
        for (Object[] cell : cells) {
            sums.merge(cell[column] == null ? "-" : cell[column].toString(), ((Number) cell[cell.length - 1]).longValue(),
                    Long::sum);
        }
        return sums.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new CountRow(e.getKey(), name.apply(e.getKey()), e.getValue(), null)).toList();
    }

    private long count(String sql, List<Object> params) {
        return ((Number) bind(em.createNativeQuery(sql), params).getSingleResult()).longValue();
    }

    private List<CountRow> groups(String sql, List<Object> params, Function<String, String> name) {
        List<CountRow> rows = new ArrayList<>();
        for (Object result : bind(em.createNativeQuery(sql), params).getResultList()) {
            Object[] row = (Object[]) result;
            String key = row[0] == null ? "-" : row[0].toString();
            rows.add(new CountRow(key, name.apply(key), ((Number) row[1]).longValue(), null));
        }
        return rows;
    }

    private static String range(DashboardFilter f) {
        return (f.from() == null ? "" : " AND c.received_at >= ?1") + (f.to() == null ? "" : " AND c.received_at < ?" + (f.from() == null ? 1 : 2));
    }

    private static List<Object> rangeParams(DashboardFilter f) {
        List<Object> params = new ArrayList<>();
        if (f.from() != null) {
            params.add(ts(f.from().atStartOfDay(WIB).toInstant()));
        }
        if (f.to() != null) {
            params.add(ts(f.to().plusDays(1).atStartOfDay(WIB).toInstant()));
        }
        return params;
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static String inList(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp " + value.getClass());
    }

    private SlaCompliance compliance() {
        return new SlaCompliance(holidays.slaPolicy());
    }
}

package id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary;

import id.go.bpjsketenagakerjaan.pmi.casework.boundary.HolidayCalendar;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStage;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.control.IsoWeeks;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.control.OutreachAttribution;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.control.SlaCompliance;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.OutreachEvent;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Service units with their workload: open claims, backlog age, SLA compliance, throughput per ISO week, and their
 * outreach events with the registrations that followed. Read by management and case workers; a branch officer sees
 * only their own unit (row-level check: other units are not listed, and asking for one is refused with UnitAccessDeniedException). Every figure
 * comes from a grouped query; no claim is loaded as an entity.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.SUPERVISOR, Roles.ADJUDICATOR, Roles.ADMIN, Roles.BRANCH_OFFICER})
public class ServiceUnitService {

    static final int WEEKS = 8;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_EVENTS = 50;
    private static final Map<String, String> SORTABLE = Map.of("code", "u.code", "name", "u.name", "type", "u.type",
            "province", "u.province", "region", "u.province");
    private static final String OPEN = inList(Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isOpen)
            .map(Enum::name).toList());

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** Working days skip the public holidays of the calendar administrators keep, as the queues' clocks do. */
    @Inject
    HolidayCalendar holidays;

    public long count(UnitFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(u) FROM ServiceUnit u" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /** One page of units with their figures, sorted and filtered in the database. */
    public List<UnitRow> page(UnitFilter filter, int first, int pageSize) {
        UnitFilter f = filter == null ? UnitFilter.all() : filter;
        String order = SORTABLE.getOrDefault(f.sortField(), "u.name") + (f.ascending() ? " ASC" : " DESC");
        TypedQuery<ServiceUnit> query = em.createQuery("SELECT u FROM ServiceUnit u" + where(f) + " ORDER BY " + order
                + ", u.id", ServiceUnit.class);
        bind(query, f);
        List<ServiceUnit> units = query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE)).getResultList();
        return rows(units, Instant.now(clock));
    }

    /** Provinces and countries of the units this user may see, for the region filter. */
    public List<String> regions() {
        return regionsQuery(restrictedTo());
    }

    private List<String> regionsQuery(Long own) {
        TypedQuery<String> query = em.createQuery("SELECT DISTINCT COALESCE(u.province, u.countryCode) FROM ServiceUnit u"
                + (own == null ? "" : " WHERE u.id = :own"), String.class);
        if (own != null) {
            query.setParameter("own", own);
        }
        return query.getResultList().stream().sorted().toList();
    }

    /** A unit's page; refused for a branch officer asking for another unit. */
    public UnitDetail detail(long unitId) {
        ServiceUnit unit = visibleUnit(unitId);
        Instant now = Instant.now(clock);
        UnitRow row = rows(List.of(unit), now).get(0);
        ServiceUnit parent = unit.getParent();
        return new UnitDetail(row, medianDaysWaiting(unit, now), throughput(unit, now), events(unit),
                OutreachAttribution.WINDOW_DAYS).withParent(parent == null ? null : parent.getId(),
                parent == null ? null : parent.getCode(), parent == null ? null : parent.getName(), unit.getServiceArea());
    }

    /** Records an outreach event held by the unit; every field checked, nothing written on bad input. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.BRANCH_OFFICER, Roles.SUPERVISOR})
    public long recordEvent(long unitId, NewOutreachEvent form) {
        ServiceUnit unit = visibleUnit(unitId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(unit.zone()));
        if (form == null) {
            throw new InvalidInputException("heldOn", "Data kegiatan kosong.");
        }
        if (form.heldOn() == null) {
            errors.add(new FieldError("heldOn", "Tanggal kegiatan wajib diisi."));
        } else if (form.heldOn().isAfter(today)) {
            errors.add(new FieldError("heldOn", "Tanggal kegiatan tidak boleh di masa depan."));
        }
        if (form.title() == null || form.title().isBlank()) {
            errors.add(new FieldError("title", "Nama kegiatan wajib diisi."));
        } else if (form.title().strip().length() > 200) {
            errors.add(new FieldError("title", "Nama kegiatan paling banyak 200 karakter."));
        }
        if (form.place() == null || form.place().isBlank()) {
            errors.add(new FieldError("place", "Tempat kegiatan wajib diisi."));
        } else if (form.place().strip().length() > 200) {
            errors.add(new FieldError("place", "Tempat kegiatan paling banyak 200 karakter."));
        }
        if (form.audience() == null) {
            errors.add(new FieldError("audience", "Sasaran peserta wajib dipilih."));
        }
        if (form.attendees() == null || form.attendees() < 0 || form.attendees() > 100_000) {
            errors.add(new FieldError("attendees", "Jumlah hadir: 0 sampai 100.000."));
        }
        if (form.note() != null && form.note().length() > 1000) {
            errors.add(new FieldError("note", "Catatan paling banyak 1000 karakter."));
        }
        InvalidInputException.throwIfAny(errors);
        OutreachEvent event = new OutreachEvent(unit, form.heldOn(), form.title().strip(), form.place().strip(),
                form.audience(), form.attendees(), form.note() == null || form.note().isBlank() ? null : form.note().strip(),
                session.getCallerPrincipal().getName(), Instant.now(clock));
        em.persist(event);
        em.flush();
        return event.getId();
    }

    // ---------------------------------------------------------------------------------------------------------

    private List<UnitRow> rows(List<ServiceUnit> units, Instant now) {
        Map<Long, Object[]> figures = new HashMap<>();
        Map<ZoneId, List<ServiceUnit>> byZone = units.stream().collect(Collectors.groupingBy(ServiceUnit::zone));
        byZone.forEach((zone, zoneUnits) -> figures.putAll(openFigures(zoneUnits, zone, now)));
        List<UnitRow> rows = new ArrayList<>();
        for (ServiceUnit unit : units) {
            Object[] f = figures.get(unit.getId());
            long open = f == null ? 0 : ((Number) f[1]).longValue();
            long breached = f == null || f[3] == null ? 0 : ((Number) f[3]).longValue();
            Instant oldest = f == null ? null : instant(f[2]);
            rows.add(new UnitRow(unit.getId(), unit.getCode(), unit.getName(), unit.getType(), unit.getProvince(),
                    unit.getCountryCode(), unit.zone().getId(), open, breached, oldest,
                    oldest == null ? null : Duration.between(oldest, now).toDays(),
                    SlaCompliance.percent(open - breached, open)));
        }
        return rows;
    }

    /** unit id → {id, open count, oldest received_at, breached count}, one grouped query for units of one zone. */
    private Map<Long, Object[]> openFigures(List<ServiceUnit> units, ZoneId zone, Instant now) {
        if (units.isEmpty()) {
            return Map.of();
        }
        Map<SlaStage, Instant> cutoffs = compliance().cutoffs(now, zone);
        StringBuilder breached = new StringBuilder("SUM(CASE WHEN ");
        int p = 1;
        List<Object> params = new ArrayList<>();
        for (SlaStage stage : SlaStage.values()) {
            if (p > 1) {
                breached.append(" OR ");
            }
            breached.append("(c.status IN ").append(inList(SlaCompliance.statusesOf(stage).stream().map(Enum::name).toList()))
                    .append(" AND c.status_changed_at < ?").append(p++).append(')');
            params.add(timestamp(cutoffs.get(stage)));
        }
        breached.append(" THEN 1 ELSE 0 END)");
        String ids = units.stream().map(u -> String.valueOf(u.getId())).collect(Collectors.joining(","));
        Query query = em.createNativeQuery("SELECT c.service_unit_id, COUNT(*), MIN(c.received_at), " + breached
                + " FROM claim c WHERE c.service_unit_id IN (" + ids + ") AND c.status IN " + OPEN
                + " GROUP BY c.service_unit_id");
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        Map<Long, Object[]> figures = new HashMap<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            figures.put(((Number) row[0]).longValue(), row);
        }
        return figures;
    }

    /** The middle open claim by time received: a one-row page of a sorted query, not a full read. */
    private Long medianDaysWaiting(ServiceUnit unit, Instant now) {
        long open = em.createQuery("SELECT COUNT(c) FROM Claim c WHERE c.serviceUnit.id = :u AND c.status IN :open", Long.class)
                .setParameter("u", unit.getId()).setParameter("open", openStatuses()).getSingleResult();
        if (open == 0) {
            return null;
        }
        Instant middle = em.createQuery("SELECT c.receivedAt FROM Claim c WHERE c.serviceUnit.id = :u AND c.status IN :open "
                        + "ORDER BY c.receivedAt, c.id", Instant.class)
                .setParameter("u", unit.getId()).setParameter("open", openStatuses())
                .setFirstResult((int) ((open - 1) / 2)).setMaxResults(1).getSingleResult();
        return Duration.between(middle, now).toDays();
    }

    /** Claims paid and rejected per ISO week (unit's zone), last {@value #WEEKS} weeks, from the status history. */
    private List<WeekCount> throughput(ServiceUnit unit, Instant now) {
        List<IsoWeeks.Week> weeks = IsoWeeks.lastWeeks(WEEKS, now, unit.zone());
        StringBuilder select = new StringBuilder("SELECT e.to_status");
        List<Object> params = new ArrayList<>();
        int p = 1;
        for (IsoWeeks.Week week : weeks) {
            select.append(", SUM(CASE WHEN e.occurred_at >= ?").append(p++).append(" AND e.occurred_at < ?").append(p++)
                    .append(" THEN 1 ELSE 0 END)");
            params.add(timestamp(week.start()));
            params.add(timestamp(week.end()));
        }
        Query query = em.createNativeQuery(select + " FROM claim_status_event e JOIN claim c ON c.id = e.claim_id"
                + " WHERE c.service_unit_id = ?" + p + " AND e.to_status IN ('PAID', 'REJECTED') AND e.occurred_at >= ?" + (p + 1)
                + " GROUP BY e.to_status");
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        query.setParameter(p, unit.getId());
        query.setParameter(p + 1, timestamp(weeks.get(0).start()));
        long[] paid = new long[weeks.size()];
        long[] rejected = new long[weeks.size()];
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            long[] target = "PAID".equals(row[0]) ? paid : rejected;
            for (int i = 0; i < weeks.size(); i++) {
                target[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
            }
        }
        List<WeekCount> counts = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            counts.add(new WeekCount(weeks.get(i).label(), weeks.get(i).monday(), paid[i], rejected[i]));
        }
        return counts;
    }

    /** The unit's latest events with the registrations attributed to each (registrations counted per day in SQL). */
    private List<OutreachEventRow> events(ServiceUnit unit) {
        List<OutreachEvent> events = em.createQuery("SELECT e FROM OutreachEvent e WHERE e.serviceUnit.id = :u "
                        + "ORDER BY e.heldOn DESC, e.id DESC", OutreachEvent.class)
                .setParameter("u", unit.getId()).setMaxResults(MAX_EVENTS).getResultList();
        if (events.isEmpty()) {
            return List.of();
        }
        LocalDate from = events.stream().map(OutreachEvent::getHeldOn).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = OutreachAttribution.windowEnd(events.get(0).getHeldOn());
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT p.registeredOn, COUNT(p) FROM Placement p WHERE p.serviceUnitId = :u "
                        + "AND p.registeredOn BETWEEN :from AND :to GROUP BY p.registeredOn", Object[].class)
                .setParameter("u", unit.getId()).setParameter("from", from).setParameter("to", to).getResultList()) {
            perDay.put((LocalDate) row[0], ((Number) row[1]).longValue());
        }
        Map<Long, Long> attributed = OutreachAttribution.attribute(events.stream()
                .map(e -> new OutreachAttribution.Event(e.getId(), e.getHeldOn())).toList(), perDay);
        return events.stream().map(e -> new OutreachEventRow(e.getId(), e.getHeldOn(),
                OutreachAttribution.windowEnd(e.getHeldOn()), e.getTitle(), e.getPlace(), e.getAudience(),
                e.getAttendees(), attributed.getOrDefault(e.getId(), 0L))).toList();
    }

    private ServiceUnit visibleUnit(long unitId) {
        Long own = restrictedTo();
        if (own != null && own != unitId) {
            throw new UnitAccessDeniedException("Petugas cabang hanya dapat melihat unit layanannya sendiri.");
        }
        ServiceUnit unit = em.find(ServiceUnit.class, unitId);
        if (unit == null) {
            throw new InvalidInputException("unitId", "Unit layanan " + unitId + " tidak ada.");
        }
        return unit;
    }

    /**
     * The only unit this caller may see, or null for all: a branch officer without a wider role is bound to their
     * own unit (an officer without a unit sees none: -1).
     */
    private Long restrictedTo() {
        if (session.isCallerInRole(Roles.MANAGER) || session.isCallerInRole(Roles.SUPERVISOR)
                || session.isCallerInRole(Roles.ADJUDICATOR) || session.isCallerInRole(Roles.ADMIN)) {
            return null;
        }
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", session.getCallerPrincipal().getName())
                .getResultStream().findFirst().map(AppUser::getServiceUnitId).orElse(-1L);
    }

    private String where(UnitFilter filter) {
        List<String> where = new ArrayList<>();
        if (filter != null && filter.region() != null && !filter.region().isBlank()) {
            where.add("(LOWER(u.province) LIKE :region OR UPPER(u.countryCode) = :country)");
        }
        if (filter != null && filter.type() != null) {
            where.add("u.type = :type");
        }
        if (restrictedTo() != null) {
            where.add("u.id = :own");
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private void bind(TypedQuery<?> query, UnitFilter filter) {
        if (filter != null && filter.region() != null && !filter.region().isBlank()) {
            String region = filter.region().strip();
            query.setParameter("region", "%" + region.toLowerCase().replace("\\", "").replace("%", "").replace("_", "") + "%");
            query.setParameter("country", region.toUpperCase());
        }
        if (filter != null && filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        Long own = restrictedTo();
        if (own != null) {
            query.setParameter("own", own);
        }
    }

    private static List<ClaimStatus> openStatuses() {
        return Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isOpen).toList();
    }

    private static String inList(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(Object value) {
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

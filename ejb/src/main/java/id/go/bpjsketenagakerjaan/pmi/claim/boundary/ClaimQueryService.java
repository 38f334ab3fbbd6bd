package id.go.bpjsketenagakerjaan.pmi.claim.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.control.DaysWaiting;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaClock;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.HolidayCalendar;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaPolicy;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStage;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatusEvent;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.shared.Masking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Read side of the claims lists: filtered, sorted pages with a count, for lazy tables. */
@Stateless
@RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.MANAGER})
public class ClaimQueryService {

    /** Sortable columns of {@link ClaimRow}, mapped to entity paths; anything else falls back to receivedAt. */
    private static final Map<String, String> SORTABLE = Map.of(
            "claimNo", "claimNo", "benefitCode", "benefitCode", "status", "status",
            "incidentDate", "incidentDate", "claimedAmount", "claimedAmount", "receivedAt", "receivedAt",
            "daysWaiting", "receivedAt", "participantName", "participant.fullName", "assignedTo", "assignedTo");
    public static final int MAX_PAGE_SIZE = 200;
    private static final List<ClaimStatus> OPEN_STATUSES = java.util.Arrays.stream(ClaimStatus.values())
            .filter(ClaimStatus::isOpen).toList();
    /** Dashboard days and months are WIB. */
    private static final java.time.ZoneId WIB = java.time.ZoneId.of("Asia/Jakarta");

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    HolidayCalendar holidays;

    Clock clock = Clock.systemUTC();

    public long count(ClaimFilter filter) {
        return count(filter, ClaimDrillDown.none());
    }

    public List<ClaimRow> page(ClaimFilter filter, int first, int pageSize) {
        return page(filter, ClaimDrillDown.none(), first, pageSize);
    }

    /** Count of the claims matching the table's filter and a dashboard slice. */
    public long count(ClaimFilter filter, ClaimDrillDown drill) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Claim> claim = query.from(Claim.class);
        query.select(cb.count(claim)).where(withDrillDown(cb, query, claim, filter, drill));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * How many open claims match, counted only up to {@code cap + 1}: a long queue costs as much as a short one, and
     * a result above {@code cap} says "more than cap". Read one status at a time in index order like
     * {@link #openOldestFirst}, each read stopping at what is still to count.
     */
    public long countUpTo(ClaimFilter filter, int cap) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        long counted = 0;
        for (ClaimStatus status : openStatusesOf(filter)) {
            CriteriaQuery<Long> query = cb.createQuery(Long.class);
            Root<Claim> claim = query.from(Claim.class);
            query.select(claim.<Long>get("id")).where(predicates(cb, claim, filter.withOnlyStatus(status)))
                    .orderBy(cb.asc(claim.get("status")), cb.asc(claim.get("receivedAt")), cb.asc(claim.get("id")));
            counted += em.createQuery(query).setMaxResults((int) (cap + 1 - counted)).getResultList().size();
            if (counted > cap) {
                break;
            }
        }
        return counted;
    }

    /** The open statuses a filter can match: all of them, or the one it names if that one is open. */
    private static List<ClaimStatus> openStatusesOf(ClaimFilter filter) {
        return filter.status() == null ? OPEN_STATUSES : filter.status().isOpen() ? List.of(filter.status()) : List.of();
    }

    /** A page of the claims matching the table's filter and a dashboard slice. */
    public List<ClaimRow> page(ClaimFilter filter, ClaimDrillDown drill, int first, int pageSize) {
        // my queue (assigned to me) is small and read through ix_claim_assigned; the one-status walk is for the rest
        if ((drill == null || drill.isEmpty()) && filter.openOnly() && filter.assignedTo() == null && oldestFirst(filter)) {
            return openOldestFirst(filter, Math.max(0, first), Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE));
        }
        // the page's ids from the claim table alone (in the order of an index where one fits), then their rows:
        // with the participant and unit joined in the same query the database may start from a joined table and
        // sort every claim before it can return the first page
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Claim> claim = query.from(Claim.class);
        query.select(claim.<Long>get("id")).where(withDrillDown(cb, query, claim, filter, drill));
        Path<?> sortPath = path(claim, SORTABLE.getOrDefault(filter.sortField(), "receivedAt"));
        boolean ascending = "daysWaiting".equals(filter.sortField()) ? !filter.ascending() : filter.ascending();
        query.orderBy(ascending ? cb.asc(sortPath) : cb.desc(sortPath), cb.asc(claim.get("id")));
        List<Long> ids = em.createQuery(query)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE)).getResultList();
        return rowsInOrder(ids, false);
    }

    /** The claims of {@code ids} as rows in that order; with {@code openOnly}, one closed meanwhile is left out. */
    private List<ClaimRow> rowsInOrder(List<Long> ids, boolean openOnly) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Claim> byId = new HashMap<>();
        em.createQuery("SELECT c FROM Claim c JOIN FETCH c.participant JOIN FETCH c.serviceUnit WHERE c.id IN :ids",
                Claim.class).setParameter("ids", ids).getResultList().forEach(c -> byId.put(c.getId(), c));
        Instant now = Instant.now(clock);
        SlaPolicy policy = holidays.slaPolicy();
        return ids.stream().map(byId::get).filter(c -> c != null && (!openOnly || c.getStatus().isOpen()))
                .map(c -> toRow(c, now, policy)).toList();
    }

    /** The queues' own order: the claim waiting longest first (received first, or most days waiting). */
    private static boolean oldestFirst(ClaimFilter filter) {
        String path = SORTABLE.getOrDefault(filter.sortField(), "receivedAt");
        boolean ascending = "daysWaiting".equals(filter.sortField()) ? !filter.ascending() : filter.ascending();
        return path.equals("receivedAt") && ascending;
    }

    /**
     * A page of open claims, oldest first, read one status at a time: "status = s ORDER BY status, receivedAt, id"
     * walks ix_claim_status_received in order and stops after first + pageSize rows, where "status IN (all open)"
     * makes the database sort every open claim (hundreds of thousands nationally) to return twenty. The heads of
     * each status are merged here, then the page's claims are read by id.
     */
    private List<ClaimRow> openOldestFirst(ClaimFilter filter, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        List<Object[]> heads = new ArrayList<>();
        for (ClaimStatus status : openStatusesOf(filter)) {
            CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
            Root<Claim> claim = query.from(Claim.class);
            query.multiselect(claim.get("id"), claim.get("receivedAt")).where(predicates(cb, claim, filter.withOnlyStatus(status)))
                    .orderBy(cb.asc(claim.get("status")), cb.asc(claim.get("receivedAt")), cb.asc(claim.get("id")));
            heads.addAll(em.createQuery(query).setMaxResults(first + pageSize).getResultList());
        }
        heads.sort(Comparator.<Object[], Instant>comparing(head -> (Instant) head[1])
                .thenComparing(head -> ((Number) head[0]).longValue()));
        List<Long> ids = heads.stream().skip(first).limit(pageSize).map(head -> ((Number) head[0]).longValue()).toList();
        // a claim closed between the two reads is left out of this page rather than shown as open
        return rowsInOrder(ids, true);
    }

    private ClaimRow toRow(Claim c, Instant now, SlaPolicy policy) {
        // The stage started at the last status change: exact for lists, without reading each claim's history.
        SlaClock sla = SlaStage.of(c.getStatus())
                .map(stage -> policy.clock(stage, c.getStatusChangedAt(), c.getServiceUnit().zone())).orElse(null);
        return new ClaimRow(c.getId(), c.getVersion(), c.getClaimNo(), c.getParticipant().getFullName(),
                Masking.nik(c.getParticipant().getNik()), c.getBenefitCode(), c.getStatus(),
                c.getServiceUnit().getName(), c.getAssignedTo(), c.getIncidentDate(), c.getClaimedAmount(),
                c.getReceivedAt(), DaysWaiting.of(c.getReceivedAt(), now, c.getServiceUnit().zone()),
                sla == null ? null : sla.status(now), sla == null ? null : sla.dueDate());
    }

    /** The table's filter plus the dashboard slice, each part as the dashboard's query counted it. */
    private static Predicate[] withDrillDown(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Claim> claim,
                                             ClaimFilter filter, ClaimDrillDown drill) {
        List<Predicate> where = new ArrayList<>(List.of(predicates(cb, claim, filter)));
        if (drill == null || drill.isEmpty()) {
            return where.toArray(Predicate[]::new);
        }
        if (drill.status() != null) {
            where.add(cb.equal(claim.get("status"), drill.status()));
        }
        if (drill.benefitCode() != null && !drill.benefitCode().isBlank()) {
            where.add(cb.equal(claim.get("benefitCode"), drill.benefitCode().strip()));
        }
        if (drill.unitName() != null && !drill.unitName().isBlank()) {
            where.add(cb.equal(claim.get("serviceUnit").get("name"), drill.unitName().strip()));
        }
        if (drill.rejectionReason() != null) {
            where.add(cb.equal(claim.get("rejectionReason"), drill.rejectionReason()));
        }
        if (drill.receivedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(claim.<Instant>get("receivedAt"), drill.receivedFrom().atStartOfDay(WIB).toInstant()));
        }
        if (drill.receivedTo() != null) {
            where.add(cb.lessThan(claim.<Instant>get("receivedAt"), drill.receivedTo().plusDays(1).atStartOfDay(WIB).toInstant()));
        }
        if (drill.approvalMonth() != null) {
            // the latest approval event of the claim falls in the month: one in the month, none later
            Instant start = drill.approvalMonth().atDay(1).atStartOfDay(WIB).toInstant();
            Instant end = drill.approvalMonth().plusMonths(1).atDay(1).atStartOfDay(WIB).toInstant();
            Subquery<Long> inMonth = query.subquery(Long.class);
            Root<ClaimStatusEvent> event = inMonth.from(ClaimStatusEvent.class);
            Subquery<Long> later = inMonth.subquery(Long.class);
            Root<ClaimStatusEvent> next = later.from(ClaimStatusEvent.class);
            later.select(next.<Long>get("id")).where(cb.equal(next.get("claim"), claim),
                    cb.equal(next.get("to"), ClaimStatus.APPROVED),
                    cb.greaterThan(next.<Instant>get("occurredAt"), event.<Instant>get("occurredAt")));
            inMonth.select(event.<Long>get("id")).where(cb.equal(event.get("claim"), claim),
                    cb.equal(event.get("to"), ClaimStatus.APPROVED),
                    cb.greaterThanOrEqualTo(event.<Instant>get("occurredAt"), start),
                    cb.lessThan(event.<Instant>get("occurredAt"), end),
                    cb.not(cb.exists(later)));
            where.add(claim.get("status").in(ClaimStatus.APPROVED, ClaimStatus.PAID, ClaimStatus.CLOSED));
            where.add(cb.exists(inMonth));
        }
        return where.toArray(Predicate[]::new);
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Claim> claim, ClaimFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.status() != null) {
            where.add(cb.equal(claim.get("status"), filter.status()));
        }
        if (filter.benefitCode() != null && !filter.benefitCode().isBlank()) {
            where.add(cb.equal(claim.get("benefitCode"), filter.benefitCode().strip()));
        }
        if (filter.claimNoPrefix() != null && !filter.claimNoPrefix().isBlank()) {
            where.add(cb.like(claim.get("claimNo"), likePrefix(filter.claimNoPrefix().strip().toUpperCase()), '\\'));
        }
        if (filter.assignedTo() != null) {
            where.add(cb.equal(claim.get("assignedTo"), filter.assignedTo()));
        }
        if (filter.unassignedOrOthers() != null) {
            where.add(cb.or(cb.isNull(claim.get("assignedTo")), cb.notEqual(claim.get("assignedTo"), filter.unassignedOrOthers())));
        }
        if (filter.openOnly()) {
            where.add(claim.get("status").in(OPEN_STATUSES));
        }
        if (filter.participantName() != null && !filter.participantName().isBlank()) {
            Join<Object, Object> participant = claim.join("participant");
            where.add(cb.like(cb.upper(participant.get("fullName")),
                    "%" + escapeLike(filter.participantName().strip().toUpperCase()) + "%", '\\'));
        }
        return where.toArray(Predicate[]::new);
    }

    private static Path<?> path(Root<Claim> root, String dotted) {
        Path<?> path = root;
        for (String part : dotted.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }

    private static String likePrefix(String value) {
        return escapeLike(value) + "%";
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

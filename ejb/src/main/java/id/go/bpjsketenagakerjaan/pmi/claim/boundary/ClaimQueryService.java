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

    /** A page of the claims matching the table's filter and a dashboard slice. */
    public List<ClaimRow> page(ClaimFilter filter, ClaimDrillDown drill, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Claim> query = cb.createQuery(Claim.class);
        Root<Claim> claim = query.from(Claim.class);
        claim.fetch("participant");
        claim.fetch("serviceUnit");
        query.select(claim).where(withDrillDown(cb, query, claim, filter, drill));
        Path<?> sortPath = path(claim, SORTABLE.getOrDefault(filter.sortField(), "receivedAt"));
        boolean ascending = "daysWaiting".equals(filter.sortField()) ? !filter.ascending() : filter.ascending();
        query.orderBy(ascending ? cb.asc(sortPath) : cb.desc(sortPath), cb.asc(claim.get("id")));
        TypedQuery<Claim> typed = em.createQuery(query)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE));
        Instant now = Instant.now(clock);
        SlaPolicy policy = holidays.slaPolicy();
        return typed.getResultList().stream().map(c -> toRow(c, now, policy)).toList();
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

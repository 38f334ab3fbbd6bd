package id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.control.UnitForm;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.control.UnitRules;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitAudit;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Service units as reference data, kept by administrators: create and edit (type, region or country, time zone,
 * parent office, served area), each change checked field by field ({@link UnitRules}) and written with its audit row
 * and an audit-trail entry in the same transaction; a refused change writes nothing.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ServiceUnitAdminService {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    public List<UnitAdminRow> units() {
        return em.createQuery("SELECT u FROM ServiceUnit u LEFT JOIN FETCH u.parent ORDER BY u.type, u.code", ServiceUnit.class)
                .getResultList().stream().map(UnitAdminRow::of).toList();
    }

    public List<ServiceUnitAudit> history(String code) {
        return em.createQuery("SELECT a FROM ServiceUnitAudit a WHERE a.unitCode = :code ORDER BY a.changedAt DESC, a.id DESC",
                ServiceUnitAudit.class).setParameter("code", code).setMaxResults(100).getResultList();
    }

    public UnitAdminRow create(UnitForm form) {
        Objects.requireNonNull(form, "form");
        String code = form.code() == null ? null : form.code().strip();
        boolean taken = code != null && !code.isEmpty() && em.createQuery(
                "SELECT COUNT(u) FROM ServiceUnit u WHERE u.code = :code", Long.class).setParameter("code", code).getSingleResult() > 0;
        ServiceUnit parent = parent(form);
        check(form, new UnitRules.Context(true, taken, null, form.parentId() == null || parent != null, List.of()));
        ServiceUnit unit = new ServiceUnit(code, form.name().strip(), form.type(), trim(form.province()),
                form.countryCode().strip().toUpperCase(Locale.ROOT), ZoneId.of(form.timeZone().strip()))
                .within(parent, trim(form.serviceArea()));
        em.persist(unit);
        Instant now = Instant.now(clock);
        String details = describe(null, UnitAdminRow.of(unit));
        em.persist(new ServiceUnitAudit(code, "CREATE", caller(), now, details));
        audit.record(caller(), "SERVICE_UNIT_CREATED", "service-unit:" + code, details, now);
        em.flush();
        return UnitAdminRow.of(unit);
    }

    public UnitAdminRow update(long unitId, long seenVersion, UnitForm form) {
        Objects.requireNonNull(form, "form");
        ServiceUnit unit = em.find(ServiceUnit.class, unitId);
        if (unit == null) {
            throw new InvalidInputException("code", "Unit layanan " + unitId + " tidak ditemukan");
        }
        if (unit.getVersion() != seenVersion) {
            throw new InvalidInputException("version", "Unit " + unit.getCode() + " telah diubah orang lain sejak ditampilkan; muat ulang");
        }
        ServiceUnit parent = parent(form);
        check(form, new UnitRules.Context(false, false, unitId, form.parentId() == null || parent != null, below(unit)));
        UnitAdminRow before = UnitAdminRow.of(unit);
        unit.change(form.name().strip(), form.type(), trim(form.province()), form.countryCode().strip().toUpperCase(Locale.ROOT),
                ZoneId.of(form.timeZone().strip()), parent, trim(form.serviceArea()));
        String details = describe(before, UnitAdminRow.of(unit));
        if (details.isEmpty()) {
            return before; // nothing changed: no version, no audit row
        }
        Instant now = Instant.now(clock);
        em.persist(new ServiceUnitAudit(unit.getCode(), "UPDATE", caller(), now, details));
        audit.record(caller(), "SERVICE_UNIT_CHANGED", "service-unit:" + unit.getCode(), details, now);
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            throw new InvalidInputException("version", "Unit " + unit.getCode() + " telah diubah orang lain; muat ulang");
        }
        return UnitAdminRow.of(unit);
    }

    private void check(UnitForm form, UnitRules.Context context) {
        List<FieldError> problems = UnitRules.problems(form, context);
        InvalidInputException.throwIfAny(problems);
    }

    private ServiceUnit parent(UnitForm form) {
        return form.parentId() == null ? null : em.find(ServiceUnit.class, form.parentId());
    }

    /** Every unit under {@code unit}, at any depth: none of them may become its parent. */
    private List<Long> below(ServiceUnit unit) {
        List<Long> found = new ArrayList<>();
        List<Long> level = List.of(unit.getId());
        while (!level.isEmpty()) {
            List<Long> next = em.createQuery("SELECT u.id FROM ServiceUnit u WHERE u.parent.id IN :ids", Long.class)
                    .setParameter("ids", level).getResultList().stream().filter(id -> !found.contains(id)).toList();
            found.addAll(next);
            level = next;
        }
        return found;
    }

    /** "field: before -> after" for each changed field; every field for a new unit. */
    static String describe(UnitAdminRow before, UnitAdminRow after) {
        List<String> parts = new ArrayList<>();
        field(parts, "nama", before == null ? null : before.name(), after.name(), before == null);
        field(parts, "jenis", before == null ? null : String.valueOf(before.type()), String.valueOf(after.type()), before == null);
        field(parts, "provinsi", before == null ? null : before.province(), after.province(), before == null);
        field(parts, "negara", before == null ? null : before.countryCode(), after.countryCode(), before == null);
        field(parts, "zona waktu", before == null ? null : before.timeZone(), after.timeZone(), before == null);
        field(parts, "kantor induk", before == null ? null : before.parentCode(), after.parentCode(), before == null);
        field(parts, "wilayah layanan", before == null ? null : before.serviceArea(), after.serviceArea(), before == null);
        return String.join("; ", parts);
    }

    private static void field(List<String> parts, String label, String before, String after, boolean creating) {
        if (creating) {
            parts.add(label + ": " + (after == null ? "-" : after));
        } else if (!Objects.equals(before, after)) {
            parts.add(label + ": " + (before == null ? "-" : before) + " -> " + (after == null ? "-" : after));
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

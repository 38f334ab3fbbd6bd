package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditDetail;
import id.go.bpjsketenagakerjaan.pmi.casework.control.HolidayForm;
import id.go.bpjsketenagakerjaan.pmi.casework.entity.PublicHoliday;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Administrators keep the holiday calendar in line with the joint decree: list a year, add a day, remove a day. Each
 * change is audited with its before/after and refreshes the SLA calendar after it commits.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class HolidayAdminService {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditLog audit;

    @Inject
    Event<HolidaysChanged> changed;

    Clock clock = Clock.systemUTC();

    public List<PublicHoliday> year(int year) {
        return em.createQuery("SELECT h FROM PublicHoliday h WHERE h.date >= :from AND h.date < :to ORDER BY h.date",
                        PublicHoliday.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
    }

    public PublicHoliday add(HolidayForm form) {
        HolidayForm checked = form == null ? new HolidayForm(null, null, false, false, null).checked() : form.checked();
        boolean taken = !em.createQuery("SELECT h.id FROM PublicHoliday h WHERE h.date = :date", Long.class)
                .setParameter("date", checked.date()).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("date", "Tanggal " + checked.date() + " sudah tercatat sebagai hari libur.");
        }
        Instant now = Instant.now(clock);
        PublicHoliday holiday = new PublicHoliday(checked.date(), checked.name(), checked.cutiBersama(),
                checked.awaitingConfirmation(), checked.source(), caller(), now);
        em.persist(holiday);
        audit.record(caller(), "HOLIDAY_ADDED", "holiday:" + checked.date(), describe(AuditDetail.change(), holiday, false)
                .toString(), now);
        changed.fire(new HolidaysChanged(caller()));
        return holiday;
    }

    /** Removes a day as the administrator saw it; a row changed or removed meanwhile is refused. */
    public void remove(long id, long seenVersion) {
        PublicHoliday holiday = em.find(PublicHoliday.class, id);
        if (holiday == null || holiday.getVersion() != seenVersion) {
            throw new InvalidInputException("id", "Hari libur ini telah diubah atau dihapus orang lain. Muat ulang.");
        }
        Instant now = Instant.now(clock);
        audit.record(caller(), "HOLIDAY_REMOVED", "holiday:" + holiday.getDate(),
                describe(AuditDetail.change(), holiday, true).toString(), now);
        em.remove(holiday);
        changed.fire(new HolidaysChanged(caller()));
    }

    private static AuditDetail describe(AuditDetail detail, PublicHoliday holiday, boolean asBefore) {
        Object[][] fields = {{"date", holiday.getDate()}, {"name", holiday.getName()},
                {"cutiBersama", holiday.isCutiBersama()}, {"awaitingConfirmation", holiday.isAwaitingConfirmation()},
                {"source", holiday.getSource()}};
        for (Object[] field : fields) {
            if (asBefore) {
                detail.before((String) field[0], field[1]);
            } else {
                detail.after((String) field[0], field[1]);
            }
        }
        return detail;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

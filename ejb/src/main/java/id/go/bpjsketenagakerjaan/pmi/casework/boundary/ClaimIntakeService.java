package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Claims filed at a desk: a branch, district or overseas unit, a lounge or an LTSA. A branch officer files only at
 * their own unit; the duplicate warning is previewed before saving, and a filed duplicate carries its signal.
 */
@Stateless
@RolesAllowed({Roles.BRANCH_OFFICER, Roles.ADJUDICATOR})
public class ClaimIntakeService {

    @Inject
    ClaimIntake intake;

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    public IntakeResult preview(IntakeRequest request) {
        checkUnit(request);
        return intake.preview(request, Instant.now(clock));
    }

    public IntakeResult file(IntakeRequest request) {
        checkUnit(request);
        return intake.file(request, false, session.getCallerPrincipal().getName(), Instant.now(clock));
    }

    /** The units this user may file at: a branch officer their own, an adjudicator any. */
    public List<ServiceUnit> units() {
        Long own = ownUnit();
        if (own != null && !session.isCallerInRole(Roles.ADJUDICATOR)) {
            return List.of(em.find(ServiceUnit.class, own));
        }
        return em.createQuery("SELECT u FROM ServiceUnit u ORDER BY u.name", ServiceUnit.class).getResultList();
    }

    private void checkUnit(IntakeRequest request) {
        if (request == null || session.isCallerInRole(Roles.ADJUDICATOR)) {
            return;
        }
        Long own = ownUnit();
        boolean ownUnit = own != null && units().stream().anyMatch(u -> Objects.equals(u.getCode(), request.unitCode()));
        if (!ownUnit) {
            throw new InvalidInputException("unitCode", "Petugas hanya dapat mencatat klaim di unit layanannya sendiri.");
        }
    }

    private Long ownUnit() {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", session.getCallerPrincipal().getName())
                .getResultStream().findFirst().map(AppUser::getServiceUnitId).orElse(null);
    }
}

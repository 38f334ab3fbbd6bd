package id.go.bpjsketenagakerjaan.pmi.security.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditDetail;
import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import id.go.bpjsketenagakerjaan.pmi.security.control.PasswordHashing;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Checks passwords against the user table and keeps the lock-out counters. */
@Stateless
public class AccountService {

    /** Compared against when the user is unknown, so both paths cost the same time. */
    private String decoyHash;

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void init() {
        decoyHash = passwordHashing.hash("decoy-password".toCharArray());
    }

    @PermitAll
    public LoginResult authenticate(String username, char[] password) {
        Instant now = Instant.now(clock);
        AppUser user = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username == null ? "" : username.trim().toLowerCase())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        String name = username == null ? "" : username.strip();
        if (user == null || !user.isActive()) {
            passwordHashing.matches(password, decoyHash);
            audit.record(clip(name), "LOGIN_FAILED", "user:" + clip(name), "pengguna tidak dikenal atau nonaktif", now);
            return LoginResult.invalid();
        }
        if (user.isLockedAt(now)) {
            audit.record(user.getUsername(), "LOGIN_REFUSED_LOCKED", "user:" + user.getUsername(), null, now);
            return LoginResult.locked(user.getLockedUntil());
        }
        int failedBefore = user.getFailedLogins();
        Instant lockedBefore = user.getLockedUntil();
        if (!passwordHashing.matches(password, user.getPasswordHash())) {
            user.recordFailedLogin(now);
            boolean locked = user.isLockedAt(now);
            audit.record(user.getUsername(), locked ? "ACCOUNT_LOCKED" : "LOGIN_FAILED", "user:" + user.getUsername(),
                    AuditDetail.change().field("failedLogins", failedBefore, user.getFailedLogins())
                            .field("lockedUntil", lockedBefore, user.getLockedUntil()).toString(), now);
            return locked ? LoginResult.locked(user.getLockedUntil()) : LoginResult.invalid();
        }
        user.recordSuccessfulLogin(now);
        // a login after an expired lock is when the account unlocks: recorded with what it cleared
        audit.record(user.getUsername(), "LOGIN", "user:" + user.getUsername(), failedBefore == 0 && lockedBefore == null ? null
                : AuditDetail.change().field("failedLogins", failedBefore, 0).field("lockedUntil", lockedBefore, null).toString(), now);
        return LoginResult.valid(user.getUsername(), user.getFullName(), user.getRoles());
    }

    /**
     * The time zone of the caller's own service unit, in which their pages show times; empty for a caller without a
     * unit (head office, an OIDC user with no account row) or before login. Only the caller's: no one else's is asked.
     */
    @PermitAll
    public Optional<ZoneId> callerZone() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (name == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", name)
                .getResultStream().findFirst()
                .map(AppUser::getServiceUnitId)
                .map(unitId -> em.find(ServiceUnit.class, unitId))
                .map(ServiceUnit::zone);
    }

    /** Oracle stores an empty string as NULL: an empty username is recorded as "(kosong)". */
    private static String clip(String name) {
        if (name.isEmpty()) {
            return "(kosong)";
        }
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}

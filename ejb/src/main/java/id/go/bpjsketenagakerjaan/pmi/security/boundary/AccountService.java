package id.go.bpjsketenagakerjaan.pmi.security.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditDetail;
import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.security.control.PasswordPolicy;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import id.go.bpjsketenagakerjaan.pmi.security.control.PasswordHashing;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Checks passwords against the user table and keeps the lock-out counters; the user's own account actions (change the
 * password, end all their sessions) and the per-request check of a session against the user's session epoch.
 */
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
    SessionContext session;

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
        return LoginResult.valid(user.getUsername(), user.getFullName(), user.getRoles(), user.getSessionEpoch(),
                user.isMustChangePassword());
    }

    /**
     * The user's session epoch and duties, asked on every page request: one query by the unique username index, no
     * transaction, no cache (the persistence unit keeps none), so a change made on another instance counts at once.
     * Null for a name without an account (an OpenID Connect user the database does not know).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionState sessionState(String username) {
        return em.createQuery("SELECT u.sessionEpoch, u.mustChangePassword, u.active FROM AppUser u WHERE u.username = :username",
                        Object[].class)
                .setParameter("username", username == null ? "" : username)
                .getResultStream().findFirst()
                .map(row -> new SessionState(((Number) row[0]).longValue(), truthy(row[1]), truthy(row[2])))
                .orElse(null);
    }

    /** "Keluar dari semua perangkat": every session of the caller ends, this one included (the page logs it out). */
    @RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.BRANCH_OFFICER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public void endAllMySessions() {
        AppUser user = callerAccount();
        long before = user.getSessionEpoch();
        user.endAllSessions();
        audit.record(user.getUsername(), "SESSIONS_ENDED", "user:" + user.getUsername(),
                AuditDetail.change().field("sessionEpoch", before, user.getSessionEpoch())
                        .note("keluar dari semua perangkat oleh pengguna sendiri").toString(), Instant.now(clock));
    }

    /**
     * The caller replaces their password, checked by {@link PasswordPolicy}; a refusal names each field. The caller's
     * other sessions end (someone who knew the old password may hold one); the returned epoch keeps this one open.
     */
    @RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.BRANCH_OFFICER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public long changeOwnPassword(char[] current, char[] chosen, char[] repeat) {
        AppUser user = callerAccount();
        boolean currentMatches = current != null && current.length > 0 && passwordHashing.matches(current, user.getPasswordHash());
        InvalidInputException.throwIfAny(PasswordPolicy.problems(user.getUsername(), text(current), currentMatches,
                text(chosen), text(repeat)));
        boolean mustBefore = user.isMustChangePassword();
        long epochBefore = user.getSessionEpoch();
        user.changeOwnPassword(passwordHashing.hash(chosen));
        user.endAllSessions();
        audit.record(user.getUsername(), "PASSWORD_CHANGED", "user:" + user.getUsername(),
                AuditDetail.change().field("mustChangePassword", mustBefore, false)
                        .field("sessionEpoch", epochBefore, user.getSessionEpoch())
                        .note("kata sandi diganti oleh pengguna sendiri; sesi lain diakhiri").toString(), Instant.now(clock));
        return user.getSessionEpoch();
    }

    private AppUser callerAccount() {
        String name = session.getCallerPrincipal().getName();
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("username", "Pengguna " + name + " tidak ada di basis data"));
    }

    /** A boolean column as the driver hands it over: Boolean, or NUMBER(1) as a number. */
    private static boolean truthy(Object value) {
        return value instanceof Number n ? n.intValue() != 0 : Boolean.TRUE.equals(value);
    }

    private static String text(char[] value) {
        return value == null ? null : new String(value);
    }

    /**
     * The time zone of the caller's own service unit, in which their pages show times; empty for a caller without a
     * unit (head office, an OIDC user with no account row) or before login. Only the caller's: no one else's is asked.
     */
    @PermitAll
    public Optional<ZoneId> callerZone() {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
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

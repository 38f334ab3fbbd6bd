package id.go.bpjsketenagakerjaan.pmi.security.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.payout.boundary.AuthorityAdminService;
import id.go.bpjsketenagakerjaan.pmi.payout.control.AuthorityDirectory;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.AuthorityLevel;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.UserAuthority;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.security.control.NewUserRules;
import id.go.bpjsketenagakerjaan.pmi.security.control.OneTimePasswords;
import id.go.bpjsketenagakerjaan.pmi.security.control.PasswordHashing;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Users and roles for administrators: create a user with roles, unit and authority level, lock and unlock, reset a
 * password to a value shown once. Every change goes to the audit trail with what it was before and after (never a
 * password or its hash). Approval authority itself is given through {@link AuthorityAdminService}, which refuses it
 * to an ADMIN.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserAdminService {

    private static final OneTimePasswords PASSWORDS = new OneTimePasswords(new SecureRandom());

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AuditLog audit;

    @EJB
    AuthorityAdminService authority;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    public List<UserRow> users() {
        Map<Long, String> units = em.createQuery("SELECT u FROM ServiceUnit u", ServiceUnit.class).getResultStream()
                .collect(Collectors.toMap(ServiceUnit::getId, ServiceUnit::getName));
        Map<Long, String> levels = em.createQuery("SELECT a FROM UserAuthority a", UserAuthority.class).getResultStream()
                .collect(Collectors.toMap(UserAuthority::getUserId, UserAuthority::getLevelCode));
        Instant now = Instant.now(clock);
        return em.createQuery("SELECT u FROM AppUser u ORDER BY u.username", AppUser.class).getResultStream()
                .map(u -> new UserRow(u.getUsername(), u.getFullName(), String.join(", ", new TreeSet<>(u.getRoles())),
                        u.getServiceUnitId() == null ? null : units.get(u.getServiceUnitId()), levels.get(u.getId()),
                        u.isActive(), u.isLockedAt(now), u.getLastLoginAt(), u.getVersion(), u.getServiceUnitId(),
                        u.isMustChangePassword()))
                .toList();
    }

    public List<UnitChoice> units() {
        return em.createQuery("SELECT u FROM ServiceUnit u ORDER BY u.name", ServiceUnit.class).getResultStream()
                .map(u -> new UnitChoice(u.getId(), u.getName() + " (" + u.getCode() + ")")).toList();
    }

    /** Codes of the authority ladder, lowest first. */
    public List<String> authorityLevels() {
        return new AuthorityDirectory(em).levels().stream().map(AuthorityLevel::getCode).toList();
    }

    /** Creates the user and returns the one-time password to hand over; it is not stored in plain anywhere. */
    public String create(NewUser user) {
        if (user == null) {
            throw new InvalidInputException("username", "Nama pengguna: wajib diisi");
        }
        String username = NewUserRules.normalisedUsername(user.username());
        String level = user.authorityLevel() == null || user.authorityLevel().isBlank() ? null : user.authorityLevel().strip();
        Set<String> roles = user.roles() == null ? Set.of() : Set.copyOf(user.roles());
        List<FieldError> errors = new ArrayList<>(NewUserRules.problems(username, user.fullName(), roles,
                user.serviceUnitId(), level));
        if (errors.stream().noneMatch(e -> e.field().equals("username")) && find(username) != null) {
            errors.add(new FieldError("username", "Nama pengguna: " + username + " sudah dipakai"));
        }
        if (user.serviceUnitId() != null && em.find(ServiceUnit.class, user.serviceUnitId()) == null) {
            errors.add(new FieldError("serviceUnit", "Unit layanan: tidak ada"));
        }
        if (level != null && !authorityLevels().contains(level)) {
            errors.add(new FieldError("authorityLevel", "Tingkat kewenangan: " + level + " tidak ada"));
        }
        InvalidInputException.throwIfAny(errors);

        String password = PASSWORDS.next();
        AppUser created = new AppUser(username, user.fullName().strip(), passwordHashing.hash(password.toCharArray()),
                user.serviceUnitId(), new HashSet<>(roles));
        created.requirePasswordChange(); // the administrator knows it too
        em.persist(created);
        em.flush();
        if (level != null) {
            authority.assignLevel(username, level);
        }
        record("USER_CREATED", username, "sebelum: -; sesudah: " + describe(created, level));
        return password;
    }

    public void lock(String username, long seenVersion) {
        AppUser user = current(username, seenVersion);
        if (username.equals(caller())) {
            throw new InvalidInputException("username", "Administrator tidak boleh mengunci akunnya sendiri");
        }
        String before = state(user);
        user.lockByAdministrator();
        record("USER_LOCKED", user.getUsername(), "sebelum: " + before + "; sesudah: " + state(user));
    }

    public void unlock(String username, long seenVersion) {
        AppUser user = current(username, seenVersion);
        String before = state(user);
        user.unlock();
        record("USER_UNLOCKED", user.getUsername(), "sebelum: " + before + "; sesudah: " + state(user));
    }

    /**
     * Replaces the password with a new one-time value, returned to hand over; also lifts a lock-out, ends the user's
     * sessions everywhere and makes them choose their own password at the next login.
     */
    public String resetPassword(String username, long seenVersion) {
        AppUser user = current(username, seenVersion);
        String before = state(user);
        String password = PASSWORDS.next();
        user.replacePasswordHash(passwordHashing.hash(password.toCharArray()));
        record("USER_PASSWORD_RESET", user.getUsername(),
                "sebelum: " + before + "; sesudah: " + state(user) + ", kata sandi sekali pakai diterbitkan");
        return password;
    }

    /** Ends every session of the user on every instance: each is refused at its next request (a lost laptop). */
    public void endSessions(String username, long seenVersion) {
        AppUser user = current(username, seenVersion);
        String before = state(user);
        user.endAllSessions();
        record("USER_SESSIONS_ENDED", user.getUsername(), "sebelum: " + before + "; sesudah: " + state(user));
    }

    /**
     * New roles and service unit for an existing user, under the rules for new users plus those of
     * {@link NewUserRules#changeProblems}. A change of roles ends the user's sessions: the roles a session holds are
     * those of its login, so the new ones apply from the next login and the old ones no longer linger.
     */
    public void update(String username, long seenVersion, Set<String> roles, Long serviceUnitId) {
        AppUser user = current(username, seenVersion);
        Set<String> newRoles = roles == null ? Set.of() : Set.copyOf(roles);
        List<FieldError> errors = new ArrayList<>(NewUserRules.changeProblems(caller(), user.getUsername(), user.getRoles(),
                newRoles, serviceUnitId, levelOf(user)));
        if (serviceUnitId != null && em.find(ServiceUnit.class, serviceUnitId) == null) {
            errors.add(new FieldError("serviceUnit", "Unit layanan: tidak ada"));
        }
        InvalidInputException.throwIfAny(errors);
        String level = levelOf(user);
        String before = describe(user, level);
        boolean rolesChanged = !user.getRoles().equals(newRoles);
        if (!rolesChanged && java.util.Objects.equals(user.getServiceUnitId(), serviceUnitId)) {
            throw new InvalidInputException("roles", "Peran dan unit layanan " + user.getUsername() + " tidak berubah");
        }
        user.reassign(newRoles, serviceUnitId);
        if (rolesChanged) {
            user.endAllSessions();
        }
        record("USER_CHANGED", user.getUsername(), "sebelum: " + before + "; sesudah: " + describe(user, level));
    }

    /** Gives a supervisor an authority level, or removes it ({@code levelCode} null or blank). */
    public void assignLevel(String username, String levelCode) {
        AppUser user = current(username, null);
        String before = levelOf(user);
        String level = levelCode == null || levelCode.isBlank() ? null : levelCode.strip();
        authority.assignLevel(user.getUsername(), level);
        record("USER_AUTHORITY_CHANGED", user.getUsername(),
                "sebelum: tingkat=" + (before == null ? "-" : before) + "; sesudah: tingkat=" + (level == null ? "-" : level));
    }

    private AppUser current(String username, Long seenVersion) {
        AppUser user = find(NewUserRules.normalisedUsername(username));
        if (user == null) {
            throw new InvalidInputException("username", "Pengguna " + username + " tidak ada");
        }
        em.lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (seenVersion != null && user.getVersion() != seenVersion) {
            throw new InvalidInputException("version", "Pengguna " + username + " telah diubah sejak ditampilkan. Muat ulang.");
        }
        return user;
    }

    private AppUser find(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    private String levelOf(AppUser user) {
        UserAuthority current = em.find(UserAuthority.class, user.getId());
        return current == null ? null : current.getLevelCode();
    }

    private String describe(AppUser user, String level) {
        ServiceUnit unit = user.getServiceUnitId() == null ? null : em.find(ServiceUnit.class, user.getServiceUnitId());
        return "nama=" + user.getFullName() + ", peran=" + String.join("+", new TreeSet<>(user.getRoles()))
                + ", unit=" + (unit == null ? "-" : unit.getCode()) + ", tingkat=" + (level == null ? "-" : level)
                + ", " + state(user);
    }

    private static String state(AppUser user) {
        Instant lockedUntil = user.getLockedUntil();
        return "aktif=" + user.isActive() + ", terkunci_sampai=" + (lockedUntil == null ? "-" : lockedUntil)
                + ", wajib_ganti_sandi=" + user.isMustChangePassword() + ", epoch_sesi=" + user.getSessionEpoch();
    }

    private void record(String action, String username, String detail) {
        audit.record(caller(), action, "user:" + username, detail, Instant.now(clock));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

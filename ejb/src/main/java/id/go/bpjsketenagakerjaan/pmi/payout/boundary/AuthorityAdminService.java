package id.go.bpjsketenagakerjaan.pmi.payout.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditDetail;
import jakarta.inject.Inject;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalPolicy;
import id.go.bpjsketenagakerjaan.pmi.payout.control.AuthorityDirectory;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.AuthorityLevel;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.AuthorityLevelAudit;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.UserAuthority;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Administrators set the authority ladder and give supervisors their level; every limit change is audited (who,
 * when, old, new). Administrators cannot approve (PayoutApprovalService refuses an ADMIN), cannot give themselves a
 * level, and cannot give one to another ADMIN.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuthorityAdminService {

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditLog trail;

    Clock clock = Clock.systemUTC();

    public List<AuthorityLevel> levels() {
        return new AuthorityDirectory(em).levels();
    }

    /** Changes a level's limit (null = unlimited) and approvals; the whole ladder must stay consistent. */
    public AuthorityLevel changeLevel(String code, long seenVersion, BigDecimal upperLimit, int approvalsRequired, String note) {
        AuthorityDirectory directory = new AuthorityDirectory(em);
        AuthorityLevel level = directory.levels().stream().filter(l -> l.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new PayoutException("Tingkat kewenangan " + code + " tidak ada."));
        if (level.getVersion() != seenVersion) {
            throw new PayoutException("Tingkat " + code + " telah diubah sejak ditampilkan. Muat ulang.");
        }
        BigDecimal limitBefore = level.getUpperLimit();
        int approvalsBefore = level.getApprovalsRequired();
        Instant now = Instant.now(clock);
        AuthorityLevelAudit audit = level.change(upperLimit, approvalsRequired, note, caller(), now);
        try {
            ApprovalPolicy.validated(directory.levels().stream().map(AuthorityDirectory::rule).toList());
        } catch (IllegalArgumentException inconsistent) {
            throw new PayoutException(inconsistent.getMessage());
        }
        em.persist(audit);
        trail.record(caller(), "AUTHORITY_LEVEL_CHANGED", "authority:" + code, AuditDetail.change()
                .field("upperLimit", limitBefore, level.getUpperLimit())
                .field("approvalsRequired", approvalsBefore, level.getApprovalsRequired()).note(note).toString(), now);
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            throw new PayoutException("Tingkat " + code + " telah diubah orang lain. Muat ulang.");
        }
        return level;
    }

    public List<AuthorityLevelAudit> history(String code) {
        return em.createQuery("SELECT a FROM AuthorityLevelAudit a WHERE (:code IS NULL OR a.levelCode = :code)"
                + " ORDER BY a.changedAt DESC, a.id DESC", AuthorityLevelAudit.class).setParameter("code", code).getResultList();
    }

    /** Gives a supervisor a level (or changes it); {@code levelCode == null} removes the authority. */
    public void assignLevel(String username, String levelCode) {
        AuthorityDirectory directory = new AuthorityDirectory(em);
        AppUser user = directory.user(username).orElseThrow(() -> new PayoutException("Pengguna " + username + " tidak ada."));
        if (username.equals(caller())) {
            throw new PayoutException("Administrator tidak boleh mengatur tingkat kewenangannya sendiri.");
        }
        if (user.getRoles().contains(Roles.ADMIN)) {
            throw new PayoutException(username + " memegang peran ADMIN dan tidak boleh diberi kewenangan persetujuan.");
        }
        UserAuthority current = em.find(UserAuthority.class, user.getId());
        String levelBefore = current == null ? null : current.getLevelCode();
        if (levelCode == null) {
            if (current != null) {
                em.remove(current);
                trail.record(caller(), "AUTHORITY_ASSIGNED", "user:" + username, AuditDetail.change()
                        .field("level", levelBefore, null).toString(), Instant.now(clock));
            }
            return;
        }
        if (!user.getRoles().contains(Roles.SUPERVISOR)) {
            throw new PayoutException(username + " bukan SUPERVISOR; tingkat kewenangan hanya untuk penyetuju.");
        }
        if (directory.levels().stream().noneMatch(l -> l.getCode().equals(levelCode))) {
            throw new PayoutException("Tingkat kewenangan " + levelCode + " tidak ada.");
        }
        if (current == null) {
            em.persist(new UserAuthority(user.getId(), levelCode, caller(), Instant.now(clock)));
        } else {
            current.reassign(levelCode, caller(), Instant.now(clock));
        }
        trail.record(caller(), "AUTHORITY_ASSIGNED", "user:" + username, AuditDetail.change()
                .field("level", levelBefore, levelCode).toString(), Instant.now(clock));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

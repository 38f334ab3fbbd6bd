package id.go.bpjsketenagakerjaan.pmi.ui.admin;

import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.security.boundary.NewUser;
import id.go.bpjsketenagakerjaan.pmi.security.boundary.UnitChoice;
import id.go.bpjsketenagakerjaan.pmi.security.boundary.UserAdminService;
import id.go.bpjsketenagakerjaan.pmi.security.boundary.UserRow;
import id.go.bpjsketenagakerjaan.pmi.security.control.NewUserRules;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.FieldMessages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Users and roles (ADMIN): the list of users, a form to create one with roles, unit and authority level, a form to
 * change an existing user's roles and unit, lock and unlock, ending a user's sessions, a password reset to a one-time
 * value, and a supervisor's authority level. A password is shown once, on
 * this page only, right after it was issued.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final FieldMessages FIELDS = new FieldMessages("newUser")
            .map("username", "username").map("fullName", "fullName").map("roles", "roles")
            .map("serviceUnit", "unit").map("authorityLevel", "level");
    private static final FieldMessages EDIT_FIELDS = new FieldMessages("editUser")
            .map("roles", "roles").map("serviceUnit", "unit");

    @EJB
    UserAdminService admin;

    @Inject
    ViewerZone viewerZone;

    @Inject
    Messages messages;

    private List<UserRow> users = List.of();
    private List<UnitChoice> units = List.of();
    private List<String> levels = List.of();

    private String username;
    private String fullName;
    private List<String> roles = new ArrayList<>();
    private Long unitId;
    private String authorityLevel;

    private String levelUser;
    private String levelCode;

    /** The user being edited, as the row showed them (the version guards against a change made meanwhile). */
    private String editUsername;
    private long editVersion;
    private List<String> editRoles = new ArrayList<>();
    private Long editUnitId;

    /** The one-time password just issued and for whom; cleared by the next action. */
    private String issuedPassword;
    private String issuedFor;

    @PostConstruct
    void init() {
        units = admin.units();
        levels = admin.authorityLevels();
        refresh();
    }

    private void refresh() {
        users = admin.users();
    }

    public void create() {
        issuedPassword = null;
        try {
            String name = NewUserRules.normalisedUsername(username);
            issuedPassword = admin.create(new NewUser(username, fullName, new HashSet<>(roles), unitId, authorityLevel));
            issuedFor = name;
            messages.info(null, "admin.users.created", name);
            username = null;
            fullName = null;
            roles = new ArrayList<>();
            unitId = null;
            authorityLevel = null;
        } catch (InvalidInputException e) {
            FIELDS.show(e);
        } catch (PayoutException e) {
            error(e.getMessage());
        }
        refresh();
    }

    public void lock(UserRow row) {
        issuedPassword = null;
        try {
            admin.lock(row.getUsername(), row.getVersion());
            messages.info(null, "admin.users.locked", row.getUsername());
        } catch (InvalidInputException e) {
            error(e.errors().get(0).message());
        }
        refresh();
    }

    public void unlock(UserRow row) {
        issuedPassword = null;
        try {
            admin.unlock(row.getUsername(), row.getVersion());
            messages.info(null, "admin.users.unlocked", row.getUsername());
        } catch (InvalidInputException e) {
            error(e.errors().get(0).message());
        }
        refresh();
    }

    public void resetPassword(UserRow row) {
        issuedPassword = null;
        try {
            issuedPassword = admin.resetPassword(row.getUsername(), row.getVersion());
            issuedFor = row.getUsername();
            messages.info(null, "admin.users.resetDone", row.getUsername());
        } catch (InvalidInputException e) {
            error(e.errors().get(0).message());
        }
        refresh();
    }

    /** Opens the edit form with the row's roles and unit as listed. */
    public void edit(UserRow row) {
        issuedPassword = null;
        editUsername = row.getUsername();
        editVersion = row.getVersion();
        editRoles = new ArrayList<>(row.getRoleList());
        editUnitId = row.getUnitId();
    }

    public void cancelEdit() {
        editUsername = null;
    }

    public void saveEdit() {
        issuedPassword = null;
        if (editUsername == null) {
            return;
        }
        try {
            admin.update(editUsername, editVersion, new HashSet<>(editRoles), editUnitId);
            messages.info(null, "admin.users.updated", editUsername);
            editUsername = null;
        } catch (InvalidInputException e) {
            if (e.concerns("version")) {
                error(e.errors().get(0).message());
            } else {
                EDIT_FIELDS.show(e);
            }
        } catch (EJBException e) {
            concurrentOrRethrow(e, editUsername);
        }
        refresh();
    }

    /** "Akhiri sesi": every open session of the user ends at its next request, on every instance. */
    public void endSessions(UserRow row) {
        issuedPassword = null;
        try {
            admin.endSessions(row.getUsername(), row.getVersion());
            messages.info(null, "admin.users.sessionsEnded", row.getUsername());
        } catch (InvalidInputException e) {
            error(e.errors().get(0).message());
        } catch (EJBException e) {
            concurrentOrRethrow(e, row.getUsername());
        }
        refresh();
    }

    /** Two administrators saving the same user at the same moment: the later commit loses, with a clear message. */
    private void concurrentOrRethrow(EJBException e, String username) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                messages.error(null, "admin.users.changedMeanwhile", username);
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
        }
        throw e;
    }

    public void assignLevel() {
        issuedPassword = null;
        try {
            admin.assignLevel(levelUser, levelCode);
            messages.info(null, "admin.users.levelSet", levelUser, levelCode == null ? "-" : levelCode);
        } catch (InvalidInputException e) {
            error(e.errors().get(0).message());
        } catch (PayoutException e) {
            error(e.getMessage());
        } catch (EJBException e) {
            error(e.getCausedByException() == null ? String.valueOf(e.getMessage()) : e.getCausedByException().getMessage());
        }
        refresh();
    }

    private static void error(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public String at(Instant instant) {
        return instant == null ? "–" : viewerZone.at(instant);
    }

    public List<String> getSupervisors() {
        return users.stream().filter(u -> u.getRoles().contains("SUPERVISOR")).map(UserRow::getUsername).toList();
    }

    public List<String> getStaffRoles() { return NewUserRules.STAFF_ROLES; }
    public List<UserRow> getUsers() { return users; }
    public List<UnitChoice> getUnits() { return units; }
    public List<String> getLevels() { return levels; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles); }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getAuthorityLevel() { return authorityLevel; }
    public void setAuthorityLevel(String authorityLevel) { this.authorityLevel = authorityLevel; }
    public String getLevelUser() { return levelUser; }
    public void setLevelUser(String levelUser) { this.levelUser = levelUser; }
    public String getLevelCode() { return levelCode; }
    public void setLevelCode(String levelCode) { this.levelCode = levelCode; }
    public String getEditUsername() { return editUsername; }
    public List<String> getEditRoles() { return editRoles; }
    public void setEditRoles(List<String> editRoles) { this.editRoles = editRoles == null ? new ArrayList<>() : new ArrayList<>(editRoles); }
    public Long getEditUnitId() { return editUnitId; }
    public void setEditUnitId(Long editUnitId) { this.editUnitId = editUnitId; }
    public String getIssuedPassword() { return issuedPassword; }
    public String getIssuedFor() { return issuedFor; }
}

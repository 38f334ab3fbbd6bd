package id.go.bpjsketenagakerjaan.pmi.ui.shared;

import id.go.bpjsketenagakerjaan.pmi.security.boundary.AccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The time zone of the person looking at the page: their service unit's (WIB, WITA, WIT or an overseas unit's), head
 * office time when they have no unit. Looked up once per login: the session outlives the login (its id is only
 * renewed), so the zone is kept together with the name it was found for and looked up again for another name.
 */
@Named
@SessionScoped
public class ViewerZone implements Serializable {

    @EJB
    AccountService accounts;

    private String resolvedFor;
    private ZonedTime zoned = new ZonedTime(ZonedTime.FALLBACK);

    private ZonedTime zoned() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String user = faces == null ? null : faces.getExternalContext().getRemoteUser();
        if (user == null) {
            return new ZonedTime(ZonedTime.FALLBACK); // the login page: nobody to ask about yet
        }
        if (!Objects.equals(user, resolvedFor)) {
            zoned = new ZonedTime(accounts.callerZone().orElse(ZonedTime.FALLBACK));
            resolvedFor = user;
        }
        return zoned;
    }

    /** e.g. {@code 05-03-2026 14:30}, in the viewer's zone; empty for no instant. */
    public String at(Instant instant) {
        return zoned().dateTime(instant);
    }

    public String atSeconds(Instant instant) {
        return zoned().dateTimeSeconds(instant);
    }

    public String time(Instant instant) {
        return zoned().time(instant);
    }

    /** Today where the viewer works: a desk in Taipei starts its day an hour before Jakarta. */
    public LocalDate today() {
        return zoned().today(Clock.systemUTC());
    }

    /** WIB, WITA, WIT, or e.g. "Asia/Taipei", for the layout's header. */
    public String getShortName() {
        return zoned().shortName();
    }

    public String getLongName() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return zoned().longName(faces == null ? LocaleSelection.INDONESIAN : faces.getViewRoot().getLocale());
    }

    public String getZoneId() {
        return zoned().zone().getId();
    }
}

package id.go.bpjsketenagakerjaan.pmi.ui.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** Bahasa Indonesia first; English on request, kept for the session. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Locale locale = INDONESIAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : INDONESIAN;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}

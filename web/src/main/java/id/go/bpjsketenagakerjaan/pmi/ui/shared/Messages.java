package id.go.bpjsketenagakerjaan.pmi.ui.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the i18n bundle, in the viewer's language. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "id.go.bpjsketenagakerjaan.pmi.ui.messages";

    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(faces, key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public static String text(FacesContext faces, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
            return new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

package id.go.bpjsketenagakerjaan.pmi.ui.shared;

import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Puts each error of an {@link InvalidInputException} on the input it names: the rule's field name is mapped to a
 * component id (exact names first, then a fallback function for indexed names such as {@code benefits[2].amount});
 * the input is marked invalid so the theme shows it red, and the message lands on its {@code p:message}. An error
 * whose field has no input on the page goes to the page's messages.
 */
public final class FieldMessages {

    private final String formId;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private Function<String, String> fallback = field -> null;

    public FieldMessages(String formId) {
        this.formId = formId;
    }

    /** The rule's field {@code field} is shown on the component {@code componentId} (relative to the form). */
    public FieldMessages map(String field, String componentId) {
        ids.put(field, componentId);
        return this;
    }

    public FieldMessages fallback(Function<String, String> fallback) {
        this.fallback = fallback;
        return this;
    }

    /** The client id for a field, or null when the page has no input for it. */
    public String clientIdOf(String field) {
        String id = ids.get(field);
        if (id == null) {
            id = fallback.apply(field);
        }
        return id == null ? null : formId + ":" + id;
    }

    /** Adds every error to the page. */
    public void show(InvalidInputException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : e.errors()) {
            String clientId = clientIdOf(error.field());
            if (clientId != null && !clientId.matches(".*:\\d+:.*")) {
                UIComponent component = faces.getViewRoot().findComponent(":" + clientId);
                if (component instanceof UIInput input) {
                    input.setValid(false);
                }
            }
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
        }
        faces.validationFailed();
    }
}

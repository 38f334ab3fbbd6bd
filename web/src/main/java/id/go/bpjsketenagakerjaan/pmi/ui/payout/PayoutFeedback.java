package id.go.bpjsketenagakerjaan.pmi.ui.payout;

import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ConcurrentChangeException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimTransitionException;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one boundary call for a payout page and turns every refusal into a message the user can act on: the boundary's
 * own words (Indonesian) under a summary in the viewer's language. Never a stack trace; unexpected failures are logged.
 */
final class PayoutFeedback {

    private static final Logger LOG = Logger.getLogger(PayoutFeedback.class.getName());

    private PayoutFeedback() {
    }

    /** The result of {@code call}, or null after adding the messages that explain why it was refused. */
    static <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            show(e);
            return null;
        }
    }

    static void show(RuntimeException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof InvalidInputException invalid) {
            invalid.errors().forEach(error -> error(faces, "payout.error.invalid", error.message()));
        } else if (e instanceof ConcurrentChangeException) {
            error(faces, "payout.error.changed", e.getMessage());
        } else if (e instanceof PayoutException || e instanceof ClaimTransitionException) {
            error(faces, "payout.error.refused", e.getMessage());
        } else if (e instanceof EJBAccessException) {
            error(faces, "payout.error.forbidden", null);
        } else if (e instanceof EJBException && causedByLostUpdate(e)) {
            error(faces, "payout.error.changed", Messages.text(faces, "payout.error.reload"));
        } else {
            LOG.log(Level.WARNING, "payout page call failed", e);
            error(faces, "payout.error.failed", null);
        }
        faces.validationFailed();
    }

    private static boolean causedByLostUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().contains("ConstraintViolation")) {
                return true;
            }
        }
        return false;
    }

    private static void error(FacesContext faces, String summaryKey, String detail) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(faces, summaryKey),
                detail == null ? "" : detail));
    }

    /** A message of this page in the viewer's language (no detail: the pages show details, and a null one repeats the summary). */
    static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces, key, arguments), ""));
    }

    static void error(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(faces, key, arguments), ""));
        faces.validationFailed();
    }
}

package id.go.bpjsketenagakerjaan.pmi.ui.security;

import id.go.bpjsketenagakerjaan.pmi.security.boundary.LoginResult;
import jakarta.enterprise.context.RequestScoped;

/** Carries the identity store's verdict to the login page within one request, so a lock-out can be explained. */
@RequestScoped
public class LoginAttempt {

    private LoginResult result;

    void record(LoginResult result) {
        this.result = result;
    }

    public LoginResult result() {
        return result;
    }
}

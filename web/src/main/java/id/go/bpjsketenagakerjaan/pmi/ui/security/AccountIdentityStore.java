package id.go.bpjsketenagakerjaan.pmi.ui.security;

import id.go.bpjsketenagakerjaan.pmi.security.boundary.AccountService;
import id.go.bpjsketenagakerjaan.pmi.security.boundary.LoginResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Validates form logins through {@link AccountService}, which owns hashes and lock-out. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    AccountService accounts;

    @Inject
    LoginAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginResult result = accounts.authenticate(credential.getCaller(), credential.getPassword().getValue());
        attempt.record(result);
        if (result.outcome() != LoginResult.Outcome.VALID) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(), result.roles());
    }
}

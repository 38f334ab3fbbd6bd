package id.go.bpjsketenagakerjaan.pmi.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test-only: runs work as the demo user kacab (BRANCH_HEAD authority, up to Rp 150 jt) in role SUPERVISOR (see probe-glassfish-web.xml). */
@Stateless
@RunAs("SUPERVISOR")
@PermitAll
public class AsBranchHead {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

package id.go.bpjsketenagakerjaan.pmi.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Test-only: runs work as the principal "petugas" (the demo branch officer at KC-CRB) in role BRANCH_OFFICER (see
 * probe-glassfish-ejb-jar.xml and probe-glassfish-web.xml).
 */
@Stateless
@RunAs("BRANCH_OFFICER")
@PermitAll
public class AsBranchOfficer {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

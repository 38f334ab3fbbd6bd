package id.go.bpjsketenagakerjaan.pmi.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test-only: runs work as the demo user admin in role ADMIN (see probe-glassfish-web.xml). */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

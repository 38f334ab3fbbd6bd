package id.go.bpjsketenagakerjaan.pmi.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as built, plus what an in-container test needs to reach it. */
final class TestDeployments {

    private TestDeployments() {
    }

    static WebArchive application() {
        File war = new File(System.getProperty("pmi.war", "target/pmi-claims.war"));
        JavaArchive runnerAccess = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource("arquillian-runner-web-fragment.xml", "web-fragment.xml");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addAsLibrary(runnerAccess);
    }

    /** The application plus @RunAs probes with a principal per role, for in-container tests of role-guarded EJBs. */
    static WebArchive withRoleProbes() {
        return application().addClasses(AsSupervisor.class, AsSecondSupervisor.class, AsAdjudicator.class, AsBranchOfficer.class)
                .addClasses(AsBranchHead.class, AsAdmin.class)
                .addAsWebInfResource("probe-glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("probe-glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }
}

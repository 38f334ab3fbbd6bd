package id.go.bpjsketenagakerjaan.pmi.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test deployments only: the row counts of every table an intake write can touch, as {@code Entity=n;...}, so a test
 * over HTTP can prove a refused request wrote nothing. Under /api/ because that path has no login constraint (the
 * API's own gate covers only /api/v1).
 */
@WebServlet("/api/it-probe/row-counts")
public class RowCountProbe extends HttpServlet {

    static final List<String> ENTITIES = List.of("Participant", "Placement", "FamilyMember", "BankAccount", "CaseFile",
            "Claim", "ClaimDocument", "ClaimSignal", "ClaimStatusEvent", "DocumentFile", "ContributionPayment",
            "IdempotencyRecord", "ImportFile", "AuditEntry");

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write(ENTITIES.stream()
                .map(e -> e + "=" + em.createQuery("SELECT COUNT(x) FROM " + e + " x", Long.class).getSingleResult())
                .collect(Collectors.joining(";")));
    }
}

package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who claims. For a death, {@code otherSurvivingRelations} lists the relations of the other living heirs known
 * from the family card (KK) and heir certificate, so the calculator can check the heir order.
 */
public record Claimant(String name, ClaimantRelation relation, Set<ClaimantRelation> otherSurvivingRelations) {

    public Claimant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relation, "relation");
        otherSurvivingRelations = otherSurvivingRelations == null || otherSurvivingRelations.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(otherSurvivingRelations));
    }

    public static Claimant worker(String name) {
        return new Claimant(name, ClaimantRelation.WORKER, Set.of());
    }
}

package id.go.bpjsketenagakerjaan.pmi.claim.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The documents one benefit claim needs: those always required and the conditional ones, each marked whether its
 * condition holds for the claim's {@link ClaimContext}.
 */
public record RequiredDocuments(String benefitCode, List<DocumentType> always, List<ConditionalDocument> conditional) {

    public RequiredDocuments {
        Objects.requireNonNull(benefitCode, "benefitCode");
        always = List.copyOf(always);
        conditional = List.copyOf(conditional);
    }

    /** Everything the claim must have for this context: the fixed list plus the conditional ones that apply. */
    public List<DocumentType> required() {
        Set<DocumentType> all = new LinkedHashSet<>(always);
        conditional.stream().filter(ConditionalDocument::applies).map(ConditionalDocument::type).forEach(all::add);
        return List.copyOf(all);
    }

    /** The conditional documents whose condition does not hold now; shown as "only if ...". */
    public List<ConditionalDocument> notApplicable() {
        List<ConditionalDocument> rest = new ArrayList<>();
        conditional.stream().filter(c -> !c.applies()).forEach(rest::add);
        return List.copyOf(rest);
    }
}

package id.go.bpjsketenagakerjaan.pmi.security.boundary;

import java.io.Serializable;

/** A service unit a user can be attached to, for a select list. */
public final class UnitChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String label;

    public UnitChoice(Long id, String label) {
        this.id = id;
        this.label = label;
    }

    public Long getId() { return id; }
    public String getLabel() { return label; }
}

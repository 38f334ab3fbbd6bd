package id.go.bpjsketenagakerjaan.pmi.intake.boundary;

import java.io.Serializable;

/** A newly issued API key: shown to the administrator once, stored only as its hash. */
public record IssuedKey(String clientName, String keyPrefix, String key) implements Serializable {
}

package id.go.bpjsketenagakerjaan.pmi.serviceunit.entity;

/** Kinds of places where claims and registrations are taken in. */
public enum ServiceUnitType {
    /** Kantor cabang (322 branch offices). */
    BRANCH,
    /** Kantor cabang perintis / district service unit. */
    DISTRICT,
    /** Service unit abroad (Taiwan, Hong Kong, South Korea, Brunei). */
    OVERSEAS,
    /** BP2MI airport lounge. */
    LOUNGE,
    /** Layanan Terpadu Satu Atap, the one-stop placement centre. */
    LTSA,
    HEAD_OFFICE
}

package id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary;

import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A service unit with its open workload, backlog age and SLA compliance now. A class with getters, for EL. */
public class UnitRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String code;
    private final String name;
    private final ServiceUnitType type;
    private final String province;
    private final String countryCode;
    private final String timeZone;
    private final long openClaims;
    private final long breachedClaims;
    private final Instant oldestOpenReceivedAt;
    private final Long oldestOpenDays;
    private final BigDecimal slaCompliance;

    public UnitRow(long id, String code, String name, ServiceUnitType type, String province, String countryCode,
                   String timeZone, long openClaims, long breachedClaims, Instant oldestOpenReceivedAt,
                   Long oldestOpenDays, BigDecimal slaCompliance) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.type = type;
        this.province = province;
        this.countryCode = countryCode;
        this.timeZone = timeZone;
        this.openClaims = openClaims;
        this.breachedClaims = breachedClaims;
        this.oldestOpenReceivedAt = oldestOpenReceivedAt;
        this.oldestOpenDays = oldestOpenDays;
        this.slaCompliance = slaCompliance;
    }

    public long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public ServiceUnitType getType() { return type; }
    public String getProvince() { return province; }
    public String getCountryCode() { return countryCode; }
    public String getTimeZone() { return timeZone; }
    /** Claims in an open status ({@code ClaimStatus.isOpen()}) taken in at this unit. */
    public long getOpenClaims() { return openClaims; }
    /** Open claims whose current stage clock has passed its deadline. */
    public long getBreachedClaims() { return breachedClaims; }
    public Instant getOldestOpenReceivedAt() { return oldestOpenReceivedAt; }
    /** Calendar days since the oldest open claim was received; null without open claims. */
    public Long getOldestOpenDays() { return oldestOpenDays; }
    /** Percentage of open claims not breached (one decimal); null without open claims. */
    public BigDecimal getSlaCompliance() { return slaCompliance; }
    /** Province at home, country code abroad. */
    public String getRegion() { return province != null ? province : countryCode; }
}

package id.go.bpjsketenagakerjaan.pmi.serviceunit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Objects;

@Entity
@Table(name = "service_unit")
public class ServiceUnit implements Serializable {

    @Id
    @SequenceGenerator(name = "service_unit_seq", sequenceName = "service_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_unit_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false)
    private ServiceUnitType type;

    private String province;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    /** The office this unit reports to (a branch to the head office, a district unit to its branch); null at the top. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_unit_id")
    private ServiceUnit parent;

    /** The area it serves, e.g. Ciayumajakuning for the Cirebon branch. */
    @Column(name = "service_area", length = 200)
    private String serviceArea;

    @Version
    private long version;

    protected ServiceUnit() {
    }

    public ServiceUnit(String code, String name, ServiceUnitType type, String province, String countryCode, ZoneId zone) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.province = province;
        this.countryCode = Objects.requireNonNull(countryCode);
        this.timeZone = zone.getId();
    }

    /** A unit's users see instants in its own zone: WIB at home, the host country's zone abroad. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    /** Sets the parent office and served area (reference data and the demo network). */
    public ServiceUnit within(ServiceUnit parentOffice, String area) {
        if (parentOffice == this) {
            throw new IllegalArgumentException("Unit " + code + " tidak dapat menjadi induk dirinya sendiri");
        }
        this.parent = parentOffice;
        this.serviceArea = area;
        return this;
    }

    /** An administrator's change, already checked by {@code serviceunit.control.UnitRules}; the code never changes. */
    public void change(String newName, ServiceUnitType newType, String newProvince, String newCountryCode, ZoneId newZone,
                       ServiceUnit newParent, String newServiceArea) {
        this.name = Objects.requireNonNull(newName);
        this.type = Objects.requireNonNull(newType);
        this.province = newProvince;
        this.countryCode = Objects.requireNonNull(newCountryCode);
        this.timeZone = newZone.getId();
        within(newParent, newServiceArea);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public ServiceUnitType getType() { return type; }
    public String getProvince() { return province; }
    public String getCountryCode() { return countryCode; }
    public String getTimeZone() { return timeZone; }
    public ServiceUnit getParent() { return parent; }
    public String getServiceArea() { return serviceArea; }
    public long getVersion() { return version; }
}

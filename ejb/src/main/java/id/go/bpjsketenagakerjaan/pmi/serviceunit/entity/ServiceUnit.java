package id.go.bpjsketenagakerjaan.pmi.serviceunit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.Objects;

@Entity
@Table(name = "service_unit")
public class ServiceUnit {

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

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public ServiceUnitType getType() { return type; }
    public String getProvince() { return province; }
    public String getCountryCode() { return countryCode; }
    public long getVersion() { return version; }
}

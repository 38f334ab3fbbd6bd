package id.go.bpjsketenagakerjaan.pmi.serviceunit.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import java.io.Serializable;

/** A unit whose desk this user may work at, with the channel its claims are recorded with. */
public class DeskUnit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String code;
    private final String name;
    private final ServiceUnitType type;
    private final Channel channel;

    public DeskUnit(long id, String code, String name, ServiceUnitType type, Channel channel) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.type = type;
        this.channel = channel;
    }

    public long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public ServiceUnitType getType() { return type; }
    public Channel getChannel() { return channel; }
}

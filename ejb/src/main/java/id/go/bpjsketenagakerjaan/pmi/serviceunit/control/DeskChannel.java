package id.go.bpjsketenagakerjaan.pmi.serviceunit.control;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import java.util.Objects;

/** The channel a claim filed at a desk is recorded with, from the kind of unit the desk belongs to. */
public final class DeskChannel {

    private DeskChannel() {
    }

    public static Channel of(ServiceUnitType type) {
        return switch (Objects.requireNonNull(type, "type")) {
            case OVERSEAS -> Channel.OVERSEAS_UNIT;
            case LOUNGE -> Channel.LOUNGE;
            case LTSA -> Channel.LTSA;
            // branch offices, district units and the head office's own counter take walk-ins
            case BRANCH, DISTRICT, HEAD_OFFICE -> Channel.BRANCH_WALK_IN;
        };
    }
}

package id.go.bpjsketenagakerjaan.pmi.intake.batch;

import id.go.bpjsketenagakerjaan.pmi.intake.control.RegistrationCsv;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;

/** Turns a record into a registration form with its format problems (pure: {@link RegistrationCsv}). */
@Named
@jakarta.enterprise.context.Dependent
public class RegistrationRowProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object item) {
        RawRow raw = (RawRow) item;
        return new RegistrationCsv(LocalDate.now(ZoneId.of("Asia/Jakarta"))).row(raw.rowNo(), raw.header(), raw.cells());
    }
}

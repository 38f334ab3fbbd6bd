package id.go.bpjsketenagakerjaan.pmi.intake.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.PlacementChannel;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.Sex;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IntakeControlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    // ---- fingerprints and keys ----

    @Test
    void theFingerprintDependsOnOperationAndEveryValue() {
        String a = RequestFingerprint.of("claims.file", "{\"a\":1}");
        assertThat(a).hasSize(64).isEqualTo(RequestFingerprint.of("claims.file", "{\"a\":1}"));
        assertThat(RequestFingerprint.of("claims.file", "{\"a\":2}")).isNotEqualTo(a);
        assertThat(RequestFingerprint.of("participants.register", "{\"a\":1}")).isNotEqualTo(a);
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void idempotencyKeysAreBoundedVisibleAscii() {
        assertThat(RequestFingerprint.isValidKey("6f1c2a9e-5d1b-4c8e-9a57-0b1f5e2d3c4a")).isTrue();
        assertThat(RequestFingerprint.isValidKey("")).isFalse();
        assertThat(RequestFingerprint.isValidKey("a b")).isFalse();
        assertThat(RequestFingerprint.isValidKey("x".repeat(101))).isFalse();
        assertThat(RequestFingerprint.isValidKey("kunci\u00e9")).isFalse();
    }

    @Test
    void apiKeysAreRandomHashedAndReadFromTheHeader() {
        String key = ApiKeys.generate();
        assertThat(key).startsWith("pmi_").hasSizeGreaterThan(40).isNotEqualTo(ApiKeys.generate());
        assertThat(ApiKeys.hash(key)).hasSize(64).isEqualTo(ApiKeys.hash(key));
        assertThat(ApiKeys.prefix(key)).hasSize(12);
        assertThat(ApiKeys.fromAuthorization("ApiKey " + key)).isEqualTo(key);
        assertThat(ApiKeys.fromAuthorization("apikey  " + key + " ")).isEqualTo(key);
        assertThat(ApiKeys.fromAuthorization("Bearer " + key)).isNull();
        assertThat(ApiKeys.fromAuthorization("ApiKey ")).isNull();
        assertThat(ApiKeys.fromAuthorization(null)).isNull();
    }

    // ---- rate limit ----

    @Test
    void theBucketAllowsTheBurstThenRefillsAtTheRate() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(now::get);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take("jmo", 3, 60).allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.take("jmo", 3, 60);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(limiter.take("e-klaim", 3, 60).allowed()).as("buckets are per client").isTrue();
        now.addAndGet(1_000_000_000L);
        assertThat(limiter.take("jmo", 3, 60).allowed()).isTrue();
        assertThat(limiter.take("jmo", 3, 60).allowed()).isFalse();
        now.addAndGet(3600_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take("jmo", 3, 60).allowed()).as("never more than the burst").isTrue();
        }
        assertThat(limiter.take("jmo", 3, 60).allowed()).isFalse();
    }

    @Test
    void aBucketRejectsNonsense() {
        assertThatThrownBy(() -> new TokenBucket(0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- CSV ----

    private static final String HEADER = "nik,passport_no,full_name,sex,birth_date,placement_channel,agency_name,agency_licence,"
            + "destination_country,employer_name,job_title,contract_months,no_nik_reason";

    private List<RegistrationCsv.Row> rows(String csv) {
        RegistrationCsv.Records records = new RegistrationCsv.Records(new StringReader(csv));
        Map<String, Integer> header = RegistrationCsv.header(records.next());
        List<RegistrationCsv.Row> rows = new ArrayList<>();
        RegistrationCsv parser = new RegistrationCsv(TODAY);
        for (List<String> cells = records.next(); cells != null; cells = records.next()) {
            rows.add(parser.row(records.recordNo(), header, cells));
        }
        return rows;
    }

    @Test
    void aGoodRowBecomesARegistrationForm() {
        List<RegistrationCsv.Row> rows = rows(HEADER + "\n3209014101900001,C1234567,\"Aminah, Siti\",P,1990-01-01,AGENCY,"
                + "\"PT \"\"Maju\"\"\",SIP-1,tw,Chen,Caregiver,24,\n");
        assertThat(rows).hasSize(1);
        RegistrationCsv.Row row = rows.get(0);
        assertThat(row.errors()).isEmpty();
        assertThat(row.rowNo()).isEqualTo(2);
        assertThat(row.form().fullName()).isEqualTo("Aminah, Siti");
        assertThat(row.form().sex()).isEqualTo(Sex.FEMALE);
        assertThat(row.form().placement().channel()).isEqualTo(PlacementChannel.AGENCY);
        assertThat(row.form().placement().agencyName()).isEqualTo("PT \"Maju\"");
        assertThat(row.form().placement().destinationCountry()).isEqualTo("TW");
        assertThat(row.noNikReason()).isNull();
    }

    @Test
    void badRowsNameEachFieldWithItsRowNumber() {
        List<RegistrationCsv.Row> rows = rows(HEADER + "\n"
                + "12345,,Satu,X,1990-02-30,KAPAL,,,TWN,,,abc,\n"
                + "\n"
                + ",C7654321,Tanpa NIK,L,2030-01-01,PERSEORANGAN,,,HK,Wong,Driver,12,PMI masuk kembali tanpa KTP\n"
                + ",,Tanpa Apa,L,1990-01-01,PERSEORANGAN,,,HK,Wong,Driver,12,\n");
        assertThat(rows).extracting(RegistrationCsv.Row::rowNo).containsExactly(2, 4, 5);
        assertThat(rows.get(0).errors()).extracting(FieldError::field)
                .contains("nik", "sex", "birth_date", "placement_channel", "destination_country", "contract_months");
        assertThat(rows.get(1).errors()).extracting(FieldError::field).containsExactly("birth_date");
        assertThat(rows.get(1).noNikReason()).isEqualTo("PMI masuk kembali tanpa KTP");
        assertThat(rows.get(2).errors()).extracting(FieldError::field).containsExactly("nik");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefused() {
        assertThatThrownBy(() -> RegistrationCsv.header(List.of("nik", "nama")))
                .hasMessageContaining("full_name").hasMessageContaining("birth_date");
        assertThat(RegistrationCsv.header(List.of("\uFEFFNIK", "full_name", "sex", "birth_date", "placement_channel",
                "destination_country", "contract_months"))).containsEntry("nik", 0);
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        RegistrationCsv.Records records = new RegistrationCsv.Records(new StringReader("a,\"b\n"));
        assertThatThrownBy(records::next).isInstanceOf(IllegalArgumentException.class);
    }
}

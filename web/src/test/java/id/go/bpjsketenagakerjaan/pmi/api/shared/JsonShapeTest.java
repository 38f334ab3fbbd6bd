package id.go.bpjsketenagakerjaan.pmi.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.ClaimSubmission;
import id.go.bpjsketenagakerjaan.pmi.intake.boundary.ApiDtos.RegistrationRequest;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    private static List<FieldError> problems(String json, Class<?> type) {
        JsonValue tree = Json.createReader(new StringReader(json)).readValue();
        return JsonShape.problems(tree, type);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    /** Why the check exists: Payara's JSON-B binds an array to a number or text field and keeps the last element. */
    @Test
    void yassonBindsAnArrayToASingleValuedFieldWithoutComplaint() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            RegistrationRequest bound = jsonb.fromJson(
                    "{\"fullName\":[\"Siti\",\"Budi\"],\"placement\":{\"contractMonths\":[24,25]}}", RegistrationRequest.class);
            assertThat(bound.fullName).isEqualTo("Budi");
            assertThat(bound.placement.contractMonths).isEqualTo(25);
        }
    }

    @Test
    void anArrayOrObjectWhereOneValueBelongsIsNamedByItsPath() {
        List<FieldError> errors = problems("""
                {"nik":"5203014101905002","fullName":["Siti"],"sex":{"x":1},"birthDate":["1990-01-01"],
                 "placement":{"destinationCountry":"TW","contractMonths":[24]}}""", RegistrationRequest.class);
        assertThat(fields(errors)).containsExactlyInAnyOrder("fullName", "sex", "birthDate", "placement.contractMonths");
        assertThat(errors).filteredOn(e -> e.field().equals("fullName"))
                .extracting(FieldError::message).containsExactly("harus satu nilai, bukan daftar");
        assertThat(errors).filteredOn(e -> e.field().equals("sex"))
                .extracting(FieldError::message).containsExactly("harus satu nilai, bukan objek");
    }

    @Test
    void listElementsAndNestedObjectsAreChecked() {
        List<FieldError> errors = problems("""
                {"participantNik":"5203014101905001","benefits":[{"benefitCode":"JKM_DEATH_D","amount":1000},
                 {"benefitCode":"JKK_X","amount":[1000,99999999]}],"circumstances":[["WORK_RELATED"]],"payeeName":"Budi"}""",
                ClaimSubmission.class);
        assertThat(fields(errors)).containsExactlyInAnyOrder("benefits[1].amount", "circumstances[0]");
    }

    @Test
    void aListFieldNeedsAnArrayAndAnObjectFieldAnObject() {
        assertThat(fields(problems("{\"benefits\":{\"benefitCode\":\"X\"}}", ClaimSubmission.class))).containsExactly("benefits");
        assertThat(fields(problems("{\"placement\":[{\"contractMonths\":24}]}", RegistrationRequest.class))).containsExactly("placement");
        assertThat(fields(problems("[]", RegistrationRequest.class))).containsExactly("body");
    }

    @Test
    void aWellShapedBodyNullsAndUnknownMembersPass() {
        assertThat(problems("""
                {"nik":"5203014101905002","fullName":"Siti","sex":"FEMALE","birthDate":"1990-01-01","passportNo":null,
                 "tidakDikenal":[1,2],"placement":{"destinationCountry":"TW","contractMonths":24}}""",
                RegistrationRequest.class)).isEmpty();
        assertThat(problems("null", RegistrationRequest.class)).isEmpty();
        assertThat(problems("{\"benefits\":[],\"documents\":null}", ClaimSubmission.class)).isEmpty();
    }
}

package id.go.bpjsketenagakerjaan.pmi.api.shared;

/** Texts and examples shared by the OpenAPI annotations of the resources. */
public final class ApiDoc {

    public static final String PROBLEM = "application/problem+json";
    public static final String IDEMPOTENCY = "Kunci unik per permintaan (misalnya UUID). Ulangan dengan kunci dan isi yang sama "
            + "mendapat jawaban pertama; kunci sama dengan isi berbeda ditolak 409.";
    public static final String PROBLEM_400 = """
            {"type":"https://pmi.bpjsketenagakerjaan.go.id/problems/invalid-input","title":"Masukan tidak sah","status":400,
             "detail":"incidentDate: tidak boleh di masa depan",
             "errors":[{"field":"incidentDate","message":"tidak boleh di masa depan"}]}""";
    public static final String PROBLEM_401 = """
            {"type":"https://pmi.bpjsketenagakerjaan.go.id/problems/unauthorized","title":"Tidak terautentikasi","status":401,
             "detail":"Kunci API tidak dikenal atau sudah dicabut."}""";
    public static final String PROBLEM_409 = """
            {"type":"https://pmi.bpjsketenagakerjaan.go.id/problems/duplicate-claim","title":"Klaim ganda","status":409,
             "detail":"Peserta ini sudah memiliki klaim KLM-2026-100001 ...","existingClaimNo":"KLM-2026-100001"}""";

    private ApiDoc() {
    }
}

package id.go.bpjsketenagakerjaan.pmi.db.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proportions the population is drawn from. Destination countries follow the fact sheet's mid-2024 figures
 * (Taiwan 216.738, Malaysia 176.278, Hong Kong 68.216, South Korea 27.268, Japan 25.151, then Singapore, Saudi
 * Arabia, Italy; the remaining ~78 thousand are split here by assumption). Claims follow its 2017-2024 counts:
 * failed departure 656, problem return 556, JKM deaths 525 (split here between during and before/after work), the
 * other JKK benefits 631 (split here by assumption). The provinces workers come from are not in the fact sheet: the
 * weights below are an assumption (East, Central and West Java, West Nusa Tenggara and Lampung first) and are
 * labelled as such in the README.
 */
final class ReferenceData {

    private ReferenceData() {
    }

    static final Weighted<String> COUNTRIES = new Weighted<String>()
            .add("TW", 216_738).add("MY", 176_278).add("HK", 68_216).add("KR", 27_268).add("JP", 25_151)
            .add("SG", 30_000).add("SA", 18_000).add("IT", 8_000).add("BN", 9_000).add("AE", 7_000).add("PL", 4_000)
            .add("TR", 2_000);

    /** Kemendagri province codes and names (all 38, for the service network). */
    static final Map<String, String> PROVINCES = new LinkedHashMap<>();

    static {
        String[][] provinces = {
                {"11", "Aceh"}, {"12", "Sumatera Utara"}, {"13", "Sumatera Barat"}, {"14", "Riau"}, {"15", "Jambi"},
                {"16", "Sumatera Selatan"}, {"17", "Bengkulu"}, {"18", "Lampung"}, {"19", "Kepulauan Bangka Belitung"},
                {"21", "Kepulauan Riau"}, {"31", "DKI Jakarta"}, {"32", "Jawa Barat"}, {"33", "Jawa Tengah"},
                {"34", "DI Yogyakarta"}, {"35", "Jawa Timur"}, {"36", "Banten"}, {"51", "Bali"},
                {"52", "Nusa Tenggara Barat"}, {"53", "Nusa Tenggara Timur"}, {"61", "Kalimantan Barat"},
                {"62", "Kalimantan Tengah"}, {"63", "Kalimantan Selatan"}, {"64", "Kalimantan Timur"},
                {"65", "Kalimantan Utara"}, {"71", "Sulawesi Utara"}, {"72", "Sulawesi Tengah"},
                {"73", "Sulawesi Selatan"}, {"74", "Sulawesi Tenggara"}, {"75", "Gorontalo"}, {"76", "Sulawesi Barat"},
                {"81", "Maluku"}, {"82", "Maluku Utara"}, {"91", "Papua"}, {"92", "Papua Barat"},
                {"93", "Papua Selatan"}, {"94", "Papua Tengah"}, {"95", "Papua Pegunungan"}, {"96", "Papua Barat Daya"}};
        for (String[] province : provinces) {
            PROVINCES.put(province[0], province[1]);
        }
    }

    /** A regency (kabupaten/kota) workers come from: its 4-digit code starts with the province code. */
    record Regency(String code, String name) {
        String provinceCode() {
            return code.substring(0, 2);
        }
    }

    /** Where workers come from (assumed weights, see the class comment). */
    static final Weighted<Regency> ORIGINS = new Weighted<Regency>()
            .add(new Regency("3502", "Kabupaten Ponorogo"), 5).add(new Regency("3505", "Kabupaten Blitar"), 6)
            .add(new Regency("3507", "Kabupaten Malang"), 6).add(new Regency("3504", "Kabupaten Tulungagung"), 4)
            .add(new Regency("3510", "Kabupaten Banyuwangi"), 4)
            .add(new Regency("3301", "Kabupaten Cilacap"), 6).add(new Regency("3329", "Kabupaten Brebes"), 4)
            .add(new Regency("3324", "Kabupaten Kendal"), 4).add(new Regency("3318", "Kabupaten Pati"), 3)
            .add(new Regency("3302", "Kabupaten Banyumas"), 4)
            .add(new Regency("3212", "Kabupaten Indramayu"), 8).add(new Regency("3209", "Kabupaten Cirebon"), 5)
            .add(new Regency("3210", "Kabupaten Majalengka"), 3).add(new Regency("3208", "Kabupaten Kuningan"), 2)
            .add(new Regency("3215", "Kabupaten Karawang"), 2)
            .add(new Regency("5203", "Kabupaten Lombok Timur"), 7).add(new Regency("5202", "Kabupaten Lombok Tengah"), 4)
            .add(new Regency("5201", "Kabupaten Lombok Barat"), 2)
            .add(new Regency("1804", "Kabupaten Lampung Timur"), 4).add(new Regency("1803", "Kabupaten Lampung Selatan"), 2)
            .add(new Regency("1207", "Kabupaten Deli Serdang"), 2).add(new Regency("1275", "Kota Medan"), 1)
            .add(new Regency("5108", "Kabupaten Buleleng"), 1).add(new Regency("5103", "Kabupaten Badung"), 1)
            .add(new Regency("3602", "Kabupaten Lebak"), 1).add(new Regency("3603", "Kabupaten Tangerang"), 1)
            .add(new Regency("5302", "Kabupaten Timor Tengah Selatan"), 1).add(new Regency("5371", "Kota Kupang"), 1)
            .add(new Regency("7308", "Kabupaten Bone"), 1).add(new Regency("7371", "Kota Makassar"), 1);

    static final String[] FEMALE_NAMES = {"Siti", "Nur", "Dewi", "Sri", "Ani", "Yanti", "Suparmi", "Lilis", "Imas",
            "Kokom", "Wati", "Rina", "Tuti", "Yuli", "Eni", "Suminah", "Kartini", "Lestari", "Rohani", "Sulastri",
            "Marni", "Nining", "Umi", "Fitri", "Aminah", "Ratna", "Endang", "Warsini", "Sumiati", "Baiq"};
    static final String[] MALE_NAMES = {"Agus", "Budi", "Eko", "Rahmat", "Slamet", "Joko", "Dedi", "Asep", "Wahyu",
            "Hendra", "Iwan", "Lalu", "Made", "Nyoman", "Ahmad", "Yusuf", "Sutrisno", "Bambang", "Rudi", "Teguh"};
    static final String[] FAMILY_NAMES = {"Rahayu", "Wulandari", "Susanti", "Handayani", "Kurniasih", "Hidayat",
            "Maryati", "Lestari", "Purnomo", "Setiawan", "Saputra", "Wijaya", "Nurhayati", "Suryani", "Astuti",
            "Aminah", "Kusuma", "Pratama", "Sari", "Utami", "Hasanah", "Fauzi", "Ramadhan", "Syahputra"};

    static final String[] AGENCIES = {"PT Bina Karya Mandiri", "PT Sinar Jaya Abadi", "PT Duta Putra Indonesia",
            "PT Mitra Tenaga Sejahtera", "PT Graha Insan Mulia", "PT Amanah Karya Bersama", "PT Surya Bakti Persada",
            "PT Cahaya Rezeki Nusantara"};
    static final Weighted<String> JOBS = new Weighted<String>()
            .add("Penata laksana rumah tangga", 45).add("Perawat lansia (caregiver)", 20).add("Operator pabrik", 15)
            .add("Pekerja perkebunan", 8).add("Anak buah kapal perikanan", 5).add("Pekerja konstruksi", 4)
            .add("Pekerja restoran", 3);
    static final Weighted<String> BANKS = new Weighted<String>()
            .add("BRI", 45).add("BNI", 25).add("MANDIRI", 15).add("BCA", 10).add("BSI", 5);

    /** One benefit claimed for an incident, with how its claimed amount is drawn (whole rupiah, inclusive). */
    record ClaimedBenefit(String code, long minAmount, long maxAmount) {
    }

    enum Phase { BEFORE, DURING, AFTER }

    /**
     * An incident and the claims filed for it. {@code death}: the worker died; {@code failedDeparture}: the
     * worker never left.
     */
    record Incident(String kind, Phase phase, boolean death, List<ClaimedBenefit> benefits) {
        boolean failedDeparture() {
            return kind.equals("FAILED_DEPARTURE");
        }

        boolean needsJht() {
            return kind.equals("JHT_WITHDRAWAL");
        }
    }

    private static ClaimedBenefit fixed(String code, long amount) {
        return new ClaimedBenefit(code, amount, amount);
    }

    private static ClaimedBenefit upTo(String code, long min, long max) {
        return new ClaimedBenefit(code, min, max);
    }

    /** Scholarship: one year at a child's level (TK-SD 1,5 jt, SMP 2 jt, SMA 3 jt, university 12 jt). */
    static final long[] SCHOLARSHIP_RATES = {1_500_000, 2_000_000, 3_000_000, 12_000_000};

    static final Weighted<Incident> INCIDENTS = new Weighted<Incident>()
            .add(new Incident("FAILED_DEPARTURE", Phase.BEFORE, false, List.of(fixed("FAILED_DEPARTURE", 10_000_000))), 656)
            .add(new Incident("PROBLEM_RETURN", Phase.DURING, false, List.of(upTo("PROBLEM_RETURN", 1_500_000, 10_000_000))), 556)
            .add(new Incident("DEATH_OTHER", Phase.DURING, true,
                    List.of(fixed("JKM_DEATH_D", 85_000_000), upTo("SCHOLARSHIP", 0, 0))), 300)
            .add(new Incident("DEATH_OTHER", Phase.AFTER, true, List.of(fixed("JKM_DEATH_BA", 42_000_000))), 150)
            .add(new Incident("DEATH_OTHER", Phase.BEFORE, true, List.of(fixed("JKM_DEATH_BA", 42_000_000))), 75)
            .add(new Incident("WORK_ACCIDENT", Phase.DURING, false,
                    List.of(upTo("MEDICAL_ABROAD", 1_000_000, 50_000_000), upTo("TRANSPORT", 250_000, 10_000_000))), 200)
            .add(new Incident("WORK_ACCIDENT", Phase.AFTER, false,
                    List.of(upTo("MEDICAL_ID", 500_000, 30_000_000), upTo("TRANSPORT", 250_000, 5_000_000))), 40)
            .add(new Incident("WORK_ACCIDENT", Phase.BEFORE, false,
                    List.of(upTo("MEDICAL_ID", 500_000, 30_000_000), upTo("TRANSPORT", 250_000, 5_000_000))), 20)
            .add(new Incident("WORK_ACCIDENT", Phase.DURING, false, List.of(upTo("GLASSES", 300_000, 1_000_000))), 30)
            .add(new Incident("WORK_ACCIDENT", Phase.DURING, false, List.of(upTo("HEARING_AID", 800_000, 2_500_000))), 20)
            .add(new Incident("MISMATCHED_PLACEMENT", Phase.DURING, false,
                    List.of(upTo("MISMATCHED_PLACEMENT", 25_000_000, 40_000_000))), 90)
            .add(new Incident("TERMINATION_UNILATERAL", Phase.DURING, false,
                    List.of(fixed("TERMINATION_UNILATERAL", 1_500_000))), 90)
            .add(new Incident("TERMINATION_ACCIDENT", Phase.DURING, false,
                    List.of(upTo("TERMINATION_ACCIDENT", 2_000_000, 5_000_000))), 30)
            .add(new Incident("FAILED_PLACEMENT", Phase.DURING, false,
                    List.of(upTo("FAILED_PLACEMENT", 7_500_000, 17_500_000))), 40)
            .add(new Incident("DEATH_WORK_ACCIDENT", Phase.DURING, true,
                    List.of(fixed("JKK_DEATH", 85_000_000), upTo("SCHOLARSHIP", 0, 0))), 40)
            .add(new Incident("RAPE", Phase.DURING, false,
                    List.of(fixed("RAPE", 50_000_000), upTo("MEDICAL_ABROAD", 1_000_000, 50_000_000))), 15)
            .add(new Incident("VIOLENCE", Phase.DURING, false,
                    List.of(upTo("MEDICAL_ABROAD", 1_000_000, 50_000_000), upTo("HOME_CARE", 1_000_000, 20_000_000))), 20)
            .add(new Incident("JOURNEY_LOSS", Phase.AFTER, false, List.of(upTo("JOURNEY_LOSS", 500_000, 10_000_000))), 20)
            .add(new Incident("JHT_WITHDRAWAL", Phase.AFTER, false, List.of(upTo("JHT_BALANCE", 0, 0))), 30);

    /** Documents asked for a claim, by benefit (the application's DocumentRequirements, simplified). */
    static List<String> documentsFor(String benefit) {
        return switch (benefit) {
            case "JKM_DEATH_D", "JKM_DEATH_BA", "JKK_DEATH" -> List.of("CLAIM_FORM", "KPJ_CARD", "ID_CARD_DECEASED",
                    "KTP_HEIR", "FAMILY_CARD_KK", "DEATH_CERTIFICATE", "HEIR_CERTIFICATE", "BANK_BOOK");
            case "SCHOLARSHIP" -> List.of("CLAIM_FORM", "KPJ_CARD", "FAMILY_CARD_KK", "SCHOOL_PROOF", "BANK_BOOK");
            case "MEDICAL_ABROAD", "MEDICAL_ID", "HOME_CARE", "GLASSES", "HEARING_AID" -> List.of("CLAIM_FORM",
                    "KPJ_CARD", "PASSPORT", "MEDICAL_RESUME", "PAYMENT_PROOFS", "BANK_BOOK");
            case "TRANSPORT", "PROBLEM_RETURN" -> List.of("CLAIM_FORM", "KPJ_CARD", "PASSPORT", "TRANSPORT_RECEIPTS",
                    "BANK_BOOK");
            case "FAILED_DEPARTURE" -> List.of("CLAIM_FORM", "KPJ_CARD", "KTP_PARTICIPANT", "EMPLOYER_OR_MISSION_LETTER",
                    "BANK_BOOK");
            default -> List.of("CLAIM_FORM", "KPJ_CARD", "PASSPORT", "EMPLOYER_OR_MISSION_LETTER", "BANK_BOOK");
        };
    }
}

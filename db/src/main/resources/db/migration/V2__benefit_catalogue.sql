-- Benefit catalogue of Permenaker 4/2023 as effective-dated reference data.
-- One row per version of a benefit; a claim records the (code, valid_from) it was decided under. A new amount is
-- a new row (next version_no, later valid_from) and the old row gets valid_to, so past claims stay explainable.
-- Oracle SQL that also runs on H2 in MODE=Oracle.
--
-- Columns that need a word:
--   programme         'JKK', 'JKM', 'JHT', or 'JKK,JKM' for the scholarship (JKM after a death during work,
--                     JKK after total permanent disability or a work-accident death)
--   phases            B before work, D during work, A after work, comma separated
--   calculation_kind  FIXED (amount; with a cap: plus the claimed ticket/transport up to the cap),
--                     CAP_AT_COST (claimed cost up to cap; no cap = as needed), TABLE_PERCENT_OF_BASE
--                     (disability % x amount, up to cap), TIERED_BY_MONTHS, PER_CHILD_YEARLY, IN_KIND, BALANCE
--   params            key=value;key=value. FIXED: the components of the amount (they add up to it).
--                     CAP_AT_COST: caps per transport mode (LAND, RIVER, SEA, AIR). TIERED_BY_MONTHS: lower bound in
--                     months of each tier = amount. PER_CHILD_YEARLY: yearly rate per school level (TK, SD, SMP,
--                     SMA, PT = university or training), maxChildren, maxAge.
--   confidence        CONFIRMED (two or more sources agree), SINGLE_SOURCE (one source), UNCERTAIN (unknown or the
--                     pre-2023 value); anything but CONFIRMED is shown as "menunggu konfirmasi".
-- valid_from 2023-03-01 stands for the start of Permenaker 4/2023; the fact sheet does not give the exact date of
-- enactment, so an administrator should confirm it against the State Gazette (Berita Negara) entry.

CREATE SEQUENCE benefit_version_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE benefit_version (
    id                NUMBER(19)     NOT NULL,
    code              VARCHAR2(40)   NOT NULL,
    version_no        NUMBER(5)      NOT NULL,
    programme         VARCHAR2(8)    NOT NULL,
    phases            VARCHAR2(10)   NOT NULL,
    name_id           VARCHAR2(200)  NOT NULL,
    name_en           VARCHAR2(200)  NOT NULL,
    calculation_kind  VARCHAR2(30)   NOT NULL,
    amount            NUMBER(15,2),
    cap               NUMBER(15,2),
    params            VARCHAR2(1000),
    legal_basis       VARCHAR2(200)  NOT NULL,
    valid_from        DATE           NOT NULL,
    valid_to          DATE,
    confidence        VARCHAR2(20)   NOT NULL,
    created_by        VARCHAR2(60)   NOT NULL,
    created_at        TIMESTAMP      NOT NULL,
    version           NUMBER(10)     DEFAULT 0 NOT NULL,
    CONSTRAINT pk_benefit_version PRIMARY KEY (id),
    CONSTRAINT uq_benefit_version_from UNIQUE (code, valid_from),
    CONSTRAINT uq_benefit_version_no UNIQUE (code, version_no),
    CONSTRAINT ck_benefit_version_programme CHECK (programme IN ('JKK', 'JKM', 'JHT', 'JKK,JKM')),
    CONSTRAINT ck_benefit_version_kind CHECK (calculation_kind IN ('FIXED', 'CAP_AT_COST', 'TABLE_PERCENT_OF_BASE',
        'TIERED_BY_MONTHS', 'PER_CHILD_YEARLY', 'IN_KIND', 'BALANCE')),
    CONSTRAINT ck_benefit_version_confidence CHECK (confidence IN ('CONFIRMED', 'SINGLE_SOURCE', 'UNCERTAIN')),
    CONSTRAINT ck_benefit_version_amounts CHECK ((amount IS NULL OR amount >= 0) AND (cap IS NULL OR cap >= 0)),
    CONSTRAINT ck_benefit_version_dates CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX ix_benefit_version_valid ON benefit_version (valid_from, valid_to);

-- JKK: medical care, transport, disability ------------------------------------------------------------------------

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (1, 'MEDICAL_ID', 1, 'JKK', 'B,D,A', 'Perawatan dan pengobatan di Indonesia (kecelakaan kerja, penyakit akibat kerja, kekerasan, perkosaan)', 'Medical care in Indonesia (work accident, occupational disease, violence, rape)', 'CAP_AT_COST', NULL, NULL, NULL, 'Permenaker 4/2023, manfaat JKK: sesuai kebutuhan medis di fasilitas kerja sama, tanpa batas', DATE '2023-03-01', NULL, 'CONFIRMED', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (2, 'MEDICAL_ABROAD', 1, 'JKK', 'D', 'Perawatan luar negeri', 'Treatment abroad', 'CAP_AT_COST', NULL, 50000000, NULL, 'Permenaker 4/2023, manfaat baru JKK selama bekerja: penggantian maks. Rp 50 jt per kasus, dikurangi asuransi negara penempatan', DATE '2023-03-01', NULL, 'SINGLE_SOURCE', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (3, 'HOME_CARE', 1, 'JKK', 'D', 'Perawatan di rumah (maks. 1 tahun sejak rekomendasi)', 'Home care (at most 1 year from the recommendation)', 'CAP_AT_COST', NULL, 20000000, NULL, 'Permenaker 4/2023, manfaat baru JKK: homecare maks. Rp 20 jt', DATE '2023-03-01', NULL, 'CONFIRMED', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (4, 'TRANSPORT', 1, 'JKK', 'B,D,A', 'Biaya transportasi (pertolongan pertama, ke rumah sakit, rujukan, pulang)', 'Transport (first aid, to hospital, referral, home)', 'CAP_AT_COST', NULL, NULL, 'LAND=5000000;RIVER=5000000;SEA=2000000;AIR=10000000', 'Permenaker 4/2023, manfaat JKK: darat/sungai Rp 5 jt, laut Rp 2 jt, udara Rp 10 jt', DATE '2023-03-01', NULL, 'SINGLE_SOURCE', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (5, 'DISABILITY', 1, 'JKK', 'B,D,A', 'Santunan cacat (sebagian anatomis, sebagian fungsi, cacat total tetap)', 'Disability compensation (partial anatomical, partial functional, total permanent)', 'TABLE_PERCENT_OF_BASE', 142000000, 100000000, NULL, 'Permenaker 4/2023, manfaat JKK: % tabel cacat x dasar (Rp 142 jt menurut halaman lama), CTT maks. Rp 100 jt', DATE '2023-03-01', NULL, 'UNCERTAIN', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (6, 'DISABILITY_PERIODIC', 1, 'JKK', 'B,D,A', 'Santunan berkala cacat total tetap (dibayar sekaligus)', 'Periodic payment for total permanent disability (as a lump sum)', 'FIXED', 4800000, NULL, NULL, 'Permenaker 4/2023, manfaat JKK: nilai baru belum diketahui, nilai lama Rp 4,8 jt', DATE '2023-03-01', NULL, 'UNCERTAIN', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (7, 'JKK_DEATH', 1, 'JKK', 'B,D,A', 'Santunan kematian akibat kecelakaan kerja', 'Death from a work accident', 'FIXED', 85000000, NULL, NULL, 'Permenaker 4/2023, manfaat JKK: Rp 85 jt sekaligus; pasti untuk fase D, fase B/A belum terkonfirmasi', DATE '2023-03-01', NULL, 'UNCERTAIN', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (8, 'PROSTHESIS', 1, 'JKK', 'B,D,A', 'Alat bantu (orthosis) dan alat pengganti (prothesis)', 'Orthosis / prosthesis', 'CAP_AT_COST', NULL, NULL, NULL, 'Permenaker 4/2023, manfaat JKK: batas belum diketahui', DATE '2023-03-01', NULL, 'SINGLE_SOURCE', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (9, 'DENTURES', 1, 'JKK', 'B,D,A', 'Gigi tiruan', 'Dentures', 'CAP_AT_COST', NULL, NULL, NULL, 'Permenaker 4/2023, manfaat JKK yang dinaikkan: batas belum diketahui', DATE '2023-03-01', NULL, 'UNCERTAIN', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (10, 'HEARING_AID', 1, 'JKK', 'B,D,A', 'Alat bantu dengar', 'Hearing aid', 'CAP_AT_COST', NULL, 2500000, NULL, 'Permenaker 4/2023, manfaat baru JKK: maks. Rp 2,5 jt', DATE '2023-03-01', NULL, 'CONFIRMED', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (11, 'GLASSES', 1, 'JKK', 'B,D,A', 'Kacamata', 'Glasses', 'CAP_AT_COST', NULL, 1000000, NULL, 'Permenaker 4/2023, manfaat baru JKK: maks. Rp 1 jt', DATE '2023-03-01', NULL, 'CONFIRMED', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (12, 'RETURN_TO_WORK', 1, 'JKK', 'B,D,A', 'Program kembali bekerja (pendampingan dan pelatihan setelah cacat sebagian)', 'Return to work (support and training after partial disability)', 'IN_KIND', NULL, NULL, NULL, 'Permenaker 4/2023, manfaat JKK: dalam bentuk layanan', DATE '2023-03-01', NULL, 'CONFIRMED', 'flyway', CURRENT_TIMESTAMP, 0);

-- JKK: risks specific to migrant workers ---------------------------------------------------------------------------

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (13, 'FAILED_DEPARTURE', 1, 'JKK', 'B', 'Gagal berangkat bukan karena kesalahan CPMI', 'Failed departure, not the CPMI''s fault', 'FIXED', 10000000, NULL, NULL, 'Permenaker 4/2023, manfaat JKK sebelum bekerja: Rp 10 jt; dikecualikan bila disebabkan P3MI atau moratorium', DATE '2023-03-01', NULL, 'CONFIRMED', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (14, 'JOURNEY_LOSS', 1, 'JKK', 'A', 'Kerugian oleh pihak lain dalam perjalanan pulang', 'Loss caused by a third party on the journey home', 'CAP_AT_COST', NULL, 10000000, NULL, 'Permenaker 4/2023, manfaat JKK setelah bekerja: maks. Rp 10 jt', DATE '2023-03-01', NULL, 'CONFIRMED', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (15, 'RAPE', 1, 'JKK', 'B,D,A', 'Santunan korban perkosaan (sudah termasuk santunan cacat)', 'Proven rape (includes any disability compensation)', 'FIXED', 50000000, NULL, NULL, 'Permenaker 4/2023, manfaat baru JKK: Rp 50 jt', DATE '2023-03-01', NULL, 'CONFIRMED', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (16, 'FAILED_PLACEMENT', 1, 'JKK', 'D', 'Gagal penempatan: santunan dan tiket pulang', 'Failed placement: cash and return ticket', 'FIXED', 7500000, 10000000, NULL, 'Permenaker 4/2023, manfaat JKK yang dinaikkan: nilai baru belum diketahui; nilai lama Rp 7,5 jt + tiket ekonomi maks. Rp 10 jt', DATE '2023-03-01', NULL, 'UNCERTAIN', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (17, 'MISMATCHED_PLACEMENT', 1, 'JKK', 'D', 'Penempatan tidak sesuai perjanjian kerja (bukan pilihan PMI)', 'Job not matching the contract, not by the worker''s choice', 'FIXED', 25000000, 15000000, NULL, 'Permenaker 4/2023, manfaat baru JKK: Rp 25 jt + transportasi maks. Rp 15 jt', DATE '2023-03-01', NULL, 'CONFIRMED', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (18, 'TERMINATION_ACCIDENT', 1, 'JKK', 'D', 'PHK akibat kecelakaan kerja (PMI masih hidup)', 'Termination caused by a work accident, worker alive', 'TIERED_BY_MONTHS', NULL, NULL, '3=2000000;6=3000000;12=4000000;18=5000000', 'Permenaker 4/2023, manfaat JKK yang dinaikkan: nilai baru belum diketahui; tingkatan lama menurut masa kerja', DATE '2023-03-01', NULL, 'UNCERTAIN', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (19, 'TERMINATION_UNILATERAL', 1, 'JKK', 'D', 'PHK sepihak bukan akibat kecelakaan kerja', 'Unilateral termination not caused by an accident', 'FIXED', 1500000, NULL, NULL, 'Permenaker 4/2023, manfaat baru JKK: Rp 1,5 jt; sekali bayar atau per sisa bulan kontrak belum jelas', DATE '2023-03-01', NULL, 'UNCERTAIN', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (20, 'PROBLEM_RETURN', 1, 'JKK', 'D', 'Pemulangan PMI bermasalah atau sakit/cedera', 'Return transport for a worker with problems, or injured', 'CAP_AT_COST', NULL, 10000000, NULL, 'Permenaker 4/2023, manfaat JKK: nilai baru belum diketahui; nilai lama tiket maks. Rp 10 jt', DATE '2023-03-01', NULL, 'UNCERTAIN', 'flyway', CURRENT_TIMESTAMP, 0);

-- JKM, scholarship, JHT ---------------------------------------------------------------------------------------------

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (21, 'JKM_DEATH_BA', 1, 'JKM', 'B,A', 'Santunan kematian sebelum atau setelah bekerja', 'Death before or after work', 'FIXED', 42000000, NULL, 'santunan_kematian=20000000;santunan_berkala=12000000;biaya_pemakaman=10000000', 'Permenaker 4/2023, manfaat JKM: Rp 20 jt + berkala Rp 12 jt (sekaligus) + pemakaman Rp 10 jt', DATE '2023-03-01', NULL, 'CONFIRMED', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (22, 'JKM_DEATH_D', 1, 'JKM', 'D', 'Santunan kematian selama bekerja (termasuk cuti di Indonesia)', 'Death during work, including leave in Indonesia', 'FIXED', 85000000, NULL, NULL, 'Permenaker 4/2023, manfaat JKM: Rp 85 jt sudah termasuk semua', DATE '2023-03-01', NULL, 'CONFIRMED', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (23, 'SCHOLARSHIP', 1, 'JKK,JKM', 'D', 'Beasiswa pendidikan anak (maks. 2 anak, per tahun)', 'Scholarship for at most 2 children, yearly', 'PER_CHILD_YEARLY', NULL, NULL, 'TK=1500000;SD=1500000;SMP=2000000;SMA=3000000;PT=12000000;maxChildren=2;maxAge=23', 'Permenaker 4/2023, manfaat JKM/JKK yang dinaikkan: tarif per jenjang pasti, lama pembayaran belum pasti', DATE '2023-03-01', NULL, 'CONFIRMED', 'flyway', CURRENT_TIMESTAMP, 0);

INSERT INTO benefit_version (id, code, version_no, programme, phases, name_id, name_en, calculation_kind, amount, cap, params, legal_basis, valid_from, valid_to, confidence, created_by, created_at, version)
VALUES (24, 'JHT_BALANCE', 1, 'JHT', 'B,D,A', 'Saldo Jaminan Hari Tua beserta hasil pengembangan', 'JHT balance with returns', 'BALANCE', NULL, NULL, NULL, 'Permenaker 4/2023, JHT sukarela: saldo tabungan', DATE '2023-03-01', NULL, 'CONFIRMED', 'flyway', CURRENT_TIMESTAMP, 0);

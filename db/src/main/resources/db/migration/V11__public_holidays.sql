-- Indonesian public holidays (hari libur nasional) and joint leave days (cuti bersama) as data: both are set every
-- year by a joint decree of three ministers (SKB 3 Menteri: Religious Affairs, Manpower, Administrative Reform) and
-- are sometimes amended mid-year, so the SLA clock reads them from here and administrators keep them current.
-- awaiting_confirmation = 1 marks a date not yet decreed: lunar-calendar dates for a year without an SKB are
-- estimates and must be checked against the decree when it is published.
CREATE SEQUENCE public_holiday_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE public_holiday (
    id                     NUMBER(19)     NOT NULL,
    holiday_date           DATE           NOT NULL,
    name                   VARCHAR2(200)  NOT NULL,
    cuti_bersama           NUMBER(1)      DEFAULT 0 NOT NULL,
    awaiting_confirmation  NUMBER(1)      DEFAULT 0 NOT NULL,
    source                 VARCHAR2(200),
    created_by             VARCHAR2(60)   NOT NULL,
    created_at             TIMESTAMP      NOT NULL,
    version                NUMBER(19)     DEFAULT 0 NOT NULL,
    CONSTRAINT pk_public_holiday PRIMARY KEY (id),
    CONSTRAINT uq_public_holiday_date UNIQUE (holiday_date),
    CONSTRAINT ck_public_holiday_cuti CHECK (cuti_bersama IN (0, 1)),
    CONSTRAINT ck_public_holiday_awaiting CHECK (awaiting_confirmation IN (0, 1))
);

-- 2025: SKB 1017/2024, 2/2024, 2/2024 as amended by SKB 933/2025, 1/2025, 3/2025 (18 August added).
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (1, DATE '2025-01-01', 'Tahun Baru 2025 Masehi', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (2, DATE '2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (3, DATE '2025-01-28', 'Cuti bersama Tahun Baru Imlek', 1, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (4, DATE '2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (5, DATE '2025-03-28', 'Cuti bersama Hari Suci Nyepi', 1, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (6, DATE '2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (7, DATE '2025-03-31', 'Idulfitri 1446 Hijriah', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (8, DATE '2025-04-01', 'Idulfitri 1446 Hijriah', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (9, DATE '2025-04-02', 'Cuti bersama Idulfitri', 1, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (10, DATE '2025-04-03', 'Cuti bersama Idulfitri', 1, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (11, DATE '2025-04-04', 'Cuti bersama Idulfitri', 1, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (12, DATE '2025-04-07', 'Cuti bersama Idulfitri', 1, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (13, DATE '2025-04-18', 'Wafat Yesus Kristus', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (14, DATE '2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (15, DATE '2025-05-01', 'Hari Buruh Internasional', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (16, DATE '2025-05-12', 'Hari Raya Waisak 2569 BE', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (17, DATE '2025-05-13', 'Cuti bersama Hari Raya Waisak', 1, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (18, DATE '2025-05-29', 'Kenaikan Yesus Kristus', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (19, DATE '2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', 1, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (20, DATE '2025-06-01', 'Hari Lahir Pancasila', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (21, DATE '2025-06-06', 'Iduladha 1446 Hijriah', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (22, DATE '2025-06-09', 'Cuti bersama Iduladha', 1, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (23, DATE '2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (24, DATE '2025-08-17', 'Proklamasi Kemerdekaan', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (25, DATE '2025-08-18', 'Cuti bersama Proklamasi Kemerdekaan', 1, 0, 'SKB 933/2025 (perubahan)', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (26, DATE '2025-09-05', 'Maulid Nabi Muhammad SAW', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (27, DATE '2025-12-25', 'Kelahiran Yesus Kristus', 0, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (28, DATE '2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus', 1, 0, 'SKB 1017/2024 jo. 933/2025', 'flyway', CURRENT_TIMESTAMP);

-- 2026: SKB 1497/2025, 2/2025, 5/2025 (17 national holidays, 8 days of cuti bersama).
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (101, DATE '2026-01-01', 'Tahun Baru 2026 Masehi', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (102, DATE '2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (103, DATE '2026-02-16', 'Cuti bersama Tahun Baru Imlek', 1, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (104, DATE '2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (105, DATE '2026-03-18', 'Cuti bersama Hari Suci Nyepi', 1, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (106, DATE '2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (107, DATE '2026-03-20', 'Cuti bersama Idulfitri', 1, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (108, DATE '2026-03-21', 'Idulfitri 1447 Hijriah', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (109, DATE '2026-03-22', 'Idulfitri 1447 Hijriah', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (110, DATE '2026-03-23', 'Cuti bersama Idulfitri', 1, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (111, DATE '2026-03-24', 'Cuti bersama Idulfitri', 1, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (112, DATE '2026-04-03', 'Wafat Yesus Kristus', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (113, DATE '2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (114, DATE '2026-05-01', 'Hari Buruh Internasional', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (115, DATE '2026-05-14', 'Kenaikan Yesus Kristus', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (116, DATE '2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 1, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (117, DATE '2026-05-27', 'Iduladha 1447 Hijriah', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (118, DATE '2026-05-28', 'Cuti bersama Iduladha', 1, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (119, DATE '2026-05-31', 'Hari Raya Waisak 2570 BE', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (120, DATE '2026-06-01', 'Hari Lahir Pancasila', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (121, DATE '2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (122, DATE '2026-08-17', 'Proklamasi Kemerdekaan', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (123, DATE '2026-08-25', 'Maulid Nabi Muhammad SAW', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (124, DATE '2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 1, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (125, DATE '2026-12-25', 'Kelahiran Yesus Kristus', 0, 0, 'SKB 1497/2025', 'flyway', CURRENT_TIMESTAMP);

-- 2027: no SKB seen when this was written. Fixed-date holidays and the Easter-based Christian holidays follow from
-- the calendar; Islamic, Chinese, Balinese and Buddhist dates are estimates. Every 2027 row awaits confirmation, and
-- no cuti bersama is guessed: administrators add them from the decree on the holidays page.
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (201, DATE '2027-01-01', 'Tahun Baru 2027 Masehi', 0, 1, 'tanggal tetap; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (202, DATE '2027-01-05', 'Isra Mikraj Nabi Muhammad SAW (perkiraan)', 0, 1, 'perkiraan kalender Hijriah; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (203, DATE '2027-02-06', 'Tahun Baru Imlek 2578 Kongzili (perkiraan)', 0, 1, 'perkiraan kalender Tionghoa; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (204, DATE '2027-03-08', 'Hari Suci Nyepi Tahun Baru Saka 1949 (perkiraan)', 0, 1, 'perkiraan kalender Saka; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (205, DATE '2027-03-10', 'Idulfitri 1448 Hijriah (perkiraan)', 0, 1, 'perkiraan kalender Hijriah; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (206, DATE '2027-03-11', 'Idulfitri 1448 Hijriah (perkiraan)', 0, 1, 'perkiraan kalender Hijriah; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (207, DATE '2027-03-26', 'Wafat Yesus Kristus', 0, 1, 'dari tanggal Paskah; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (208, DATE '2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', 0, 1, 'dari tanggal Paskah; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (209, DATE '2027-05-01', 'Hari Buruh Internasional', 0, 1, 'tanggal tetap; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (210, DATE '2027-05-06', 'Kenaikan Yesus Kristus', 0, 1, 'dari tanggal Paskah; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (211, DATE '2027-05-17', 'Iduladha 1448 Hijriah (perkiraan)', 0, 1, 'perkiraan kalender Hijriah; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (212, DATE '2027-05-20', 'Hari Raya Waisak 2571 BE (perkiraan)', 0, 1, 'perkiraan kalender Buddha; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (213, DATE '2027-06-01', 'Hari Lahir Pancasila', 0, 1, 'tanggal tetap; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (214, DATE '2027-06-06', '1 Muharam Tahun Baru Islam 1449 Hijriah (perkiraan)', 0, 1, 'perkiraan kalender Hijriah; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (215, DATE '2027-08-15', 'Maulid Nabi Muhammad SAW (perkiraan)', 0, 1, 'perkiraan kalender Hijriah; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (216, DATE '2027-08-17', 'Proklamasi Kemerdekaan', 0, 1, 'tanggal tetap; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);
INSERT INTO public_holiday (id, holiday_date, name, cuti_bersama, awaiting_confirmation, source, created_by, created_at)
VALUES (217, DATE '2027-12-25', 'Kelahiran Yesus Kristus', 0, 1, 'tanggal tetap; menunggu SKB 2027', 'flyway', CURRENT_TIMESTAMP);

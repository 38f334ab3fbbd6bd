-- Service units as reference data (issue 3.5): each unit's parent office and the area it serves, and the units the
-- fact sheet names, seeded here with the codes the demo data uses (the demo loader adds only the rest of the
-- network). Oracle SQL that also runs on H2 in MODE=Oracle. Seeded ids stay below the sequence's start (1000).

ALTER TABLE service_unit ADD parent_unit_id NUMBER(19);
ALTER TABLE service_unit ADD service_area VARCHAR2(200);
ALTER TABLE service_unit ADD CONSTRAINT fk_service_unit_parent FOREIGN KEY (parent_unit_id) REFERENCES service_unit (id);
-- a unit is never its own parent; the head office has none
ALTER TABLE service_unit ADD CONSTRAINT ck_service_unit_parent CHECK (parent_unit_id IS NULL OR parent_unit_id <> id);
ALTER TABLE service_unit ADD CONSTRAINT ck_service_unit_head_office CHECK (unit_type <> 'HEAD_OFFICE' OR parent_unit_id IS NULL);
-- overseas units are abroad, every other unit is in Indonesia
ALTER TABLE service_unit ADD CONSTRAINT ck_service_unit_country CHECK (
    (unit_type = 'OVERSEAS' AND country_code <> 'ID') OR (unit_type <> 'OVERSEAS' AND country_code = 'ID'));
ALTER TABLE service_unit ADD CONSTRAINT ck_service_unit_country_code CHECK (country_code = UPPER(country_code) AND LENGTH(country_code) = 2);
CREATE INDEX ix_service_unit_parent ON service_unit (parent_unit_id);
CREATE INDEX ix_service_unit_type ON service_unit (unit_type, country_code);

-- Who changed a unit, when, and what (one row per change, written in the change's transaction).
CREATE SEQUENCE service_unit_audit_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE service_unit_audit (
    id          NUMBER(19)     NOT NULL,
    unit_code   VARCHAR2(20)   NOT NULL,
    action      VARCHAR2(10)   NOT NULL,
    changed_by  VARCHAR2(60)   NOT NULL,
    changed_at  TIMESTAMP      NOT NULL,
    details     VARCHAR2(2000) NOT NULL,
    CONSTRAINT pk_service_unit_audit PRIMARY KEY (id),
    CONSTRAINT fk_service_unit_audit_unit FOREIGN KEY (unit_code) REFERENCES service_unit (code),
    CONSTRAINT ck_service_unit_audit_action CHECK (action IN ('CREATE', 'UPDATE'))
);
CREATE INDEX ix_service_unit_audit_unit ON service_unit_audit (unit_code, changed_at);

-- Inserted only where the code is not there yet (a database that ran the demo loader before V13 keeps its rows and
-- gets the parent and area below).
-- The head office, parent of the branches, overseas units and lounges.
INSERT INTO service_unit (id, code, name, unit_type, province, country_code, time_zone, service_area, version)
SELECT 1, 'KP-JKT', 'Kantor Pusat Jakarta', 'HEAD_OFFICE', 'DKI Jakarta', 'ID', 'Asia/Jakarta', 'Nasional', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM service_unit WHERE code = 'KP-JKT');
-- The Cirebon branch serving Ciayumajakuning (Cirebon, Indramayu, Majalengka, Kuningan).
INSERT INTO service_unit (id, code, name, unit_type, province, country_code, time_zone, service_area, version)
SELECT 2, 'KC-CRB', 'Kantor Cabang Cirebon', 'BRANCH', 'Jawa Barat', 'ID', 'Asia/Jakarta', 'Ciayumajakuning: Kota dan Kabupaten Cirebon, Indramayu, Majalengka, Kuningan', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM service_unit WHERE code = 'KC-CRB');
-- The four district service units abroad.
INSERT INTO service_unit (id, code, name, unit_type, province, country_code, time_zone, service_area, version)
SELECT 3, 'LN-TPE', 'Unit Layanan Taiwan', 'OVERSEAS', NULL, 'TW', 'Asia/Taipei', 'PMI di Taiwan', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM service_unit WHERE code = 'LN-TPE');
INSERT INTO service_unit (id, code, name, unit_type, province, country_code, time_zone, service_area, version)
SELECT 4, 'LN-HKG', 'Unit Layanan Hong Kong', 'OVERSEAS', NULL, 'HK', 'Asia/Hong_Kong', 'PMI di Hong Kong', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM service_unit WHERE code = 'LN-HKG');
INSERT INTO service_unit (id, code, name, unit_type, province, country_code, time_zone, service_area, version)
SELECT 5, 'LN-SEL', 'Unit Layanan Korea Selatan', 'OVERSEAS', NULL, 'KR', 'Asia/Seoul', 'PMI di Korea Selatan', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM service_unit WHERE code = 'LN-SEL');
INSERT INTO service_unit (id, code, name, unit_type, province, country_code, time_zone, service_area, version)
SELECT 6, 'LN-BWN', 'Unit Layanan Brunei Darussalam', 'OVERSEAS', NULL, 'BN', 'Asia/Brunei', 'PMI di Brunei Darussalam', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM service_unit WHERE code = 'LN-BWN');
-- The five BP2MI airport lounges, and the later one at Juanda.
INSERT INTO service_unit (id, code, name, unit_type, province, country_code, time_zone, service_area, version)
SELECT 7, 'LG-CGK', 'Lounge BP2MI Soekarno-Hatta', 'LOUNGE', 'Banten', 'ID', 'Asia/Jakarta', 'Bandara Soekarno-Hatta', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM service_unit WHERE code = 'LG-CGK');
INSERT INTO service_unit (id, code, name, unit_type, province, country_code, time_zone, service_area, version)
SELECT 8, 'LG-KNO', 'Lounge BP2MI Kualanamu', 'LOUNGE', 'Sumatera Utara', 'ID', 'Asia/Jakarta', 'Bandara Kualanamu', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM service_unit WHERE code = 'LG-KNO');
INSERT INTO service_unit (id, code, name, unit_type, province, country_code, time_zone, service_area, version)
SELECT 9, 'LG-DPS', 'Lounge BP2MI Ngurah Rai', 'LOUNGE', 'Bali', 'ID', 'Asia/Makassar', 'Bandara I Gusti Ngurah Rai', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM service_unit WHERE code = 'LG-DPS');
INSERT INTO service_unit (id, code, name, unit_type, province, country_code, time_zone, service_area, version)
SELECT 10, 'LG-LOP', 'Lounge BP2MI Lombok Praya', 'LOUNGE', 'Nusa Tenggara Barat', 'ID', 'Asia/Makassar', 'Bandara Lombok Praya', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM service_unit WHERE code = 'LG-LOP');
INSERT INTO service_unit (id, code, name, unit_type, province, country_code, time_zone, service_area, version)
SELECT 11, 'LG-YIA', 'Lounge BP2MI Yogyakarta', 'LOUNGE', 'DI Yogyakarta', 'ID', 'Asia/Jakarta', 'Bandara Yogyakarta', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM service_unit WHERE code = 'LG-YIA');
INSERT INTO service_unit (id, code, name, unit_type, province, country_code, time_zone, service_area, version)
SELECT 12, 'LG-SUB', 'Lounge BP2MI Juanda Surabaya', 'LOUNGE', 'Jawa Timur', 'ID', 'Asia/Jakarta', 'Bandara Juanda', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM service_unit WHERE code = 'LG-SUB');

UPDATE service_unit SET service_area = CASE code
    WHEN 'KP-JKT' THEN 'Nasional'
    WHEN 'KC-CRB' THEN 'Ciayumajakuning: Kota dan Kabupaten Cirebon, Indramayu, Majalengka, Kuningan'
    WHEN 'LN-TPE' THEN 'PMI di Taiwan'
    WHEN 'LN-HKG' THEN 'PMI di Hong Kong'
    WHEN 'LN-SEL' THEN 'PMI di Korea Selatan'
    WHEN 'LN-BWN' THEN 'PMI di Brunei Darussalam'
    WHEN 'LG-CGK' THEN 'Bandara Soekarno-Hatta'
    WHEN 'LG-KNO' THEN 'Bandara Kualanamu'
    WHEN 'LG-DPS' THEN 'Bandara I Gusti Ngurah Rai'
    WHEN 'LG-LOP' THEN 'Bandara Lombok Praya'
    WHEN 'LG-YIA' THEN 'Bandara Yogyakarta'
    WHEN 'LG-SUB' THEN 'Bandara Juanda'
    END
WHERE code IN ('KP-JKT', 'KC-CRB', 'LN-TPE', 'LN-HKG', 'LN-SEL', 'LN-BWN', 'LG-CGK', 'LG-KNO', 'LG-DPS', 'LG-LOP', 'LG-YIA', 'LG-SUB') AND service_area IS NULL;
UPDATE service_unit SET parent_unit_id = (SELECT p.id FROM service_unit p WHERE p.code = 'KP-JKT')
WHERE code IN ('KC-CRB', 'LN-TPE', 'LN-HKG', 'LN-SEL', 'LN-BWN', 'LG-CGK', 'LG-KNO', 'LG-DPS', 'LG-LOP', 'LG-YIA', 'LG-SUB') AND parent_unit_id IS NULL;

INSERT INTO service_unit_audit (id, unit_code, action, changed_by, changed_at, details)
SELECT service_unit_audit_seq.NEXTVAL, code, 'CREATE', 'flyway', CURRENT_TIMESTAMP, 'Data referensi V13 (lembar fakta Permenaker 4/2023)'
FROM service_unit WHERE code IN ('KP-JKT', 'KC-CRB', 'LN-TPE', 'LN-HKG', 'LN-SEL', 'LN-BWN', 'LG-CGK', 'LG-KNO', 'LG-DPS', 'LG-LOP', 'LG-YIA', 'LG-SUB');

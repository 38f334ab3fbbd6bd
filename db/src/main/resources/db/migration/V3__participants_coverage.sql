-- Participant registry (address, passport, placements, family, bank accounts), the coverage ledger (contribution
-- payments and the dated events that open and close coverage windows) and the audit of catalogue changes.
-- Oracle SQL that also runs on H2 in MODE=Oracle: Oracle types only, sequences instead of identity columns,
-- NUMBER(1) with a CHECK for flags, every constraint named.

CREATE SEQUENCE placement_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE family_member_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE bank_account_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE contribution_payment_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE coverage_event_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE benefit_version_audit_seq START WITH 1000 INCREMENT BY 50;

-- Participant: address (Kemendagri province and regency codes), passport expiry, why a NIK is missing, last editor.
ALTER TABLE participant ADD (
    passport_expiry       DATE,
    address_line          VARCHAR2(400),
    province_code         VARCHAR2(2),
    regency_code          VARCHAR2(4),
    nik_exception_reason  VARCHAR2(400),
    last_modified_by      VARCHAR2(60),
    last_modified_at      TIMESTAMP
);
ALTER TABLE participant ADD CONSTRAINT uq_participant_kpj UNIQUE (kpj_no);
ALTER TABLE participant ADD CONSTRAINT ck_participant_nik_exception CHECK (nik_exception IN (0, 1));
ALTER TABLE participant ADD CONSTRAINT ck_participant_regency CHECK (
    regency_code IS NULL OR province_code IS NULL OR SUBSTR(regency_code, 1, 2) = province_code);
CREATE INDEX ix_participant_name ON participant (full_name);
-- the follow-up queue of passport-only registrations
CREATE INDEX ix_participant_nik_exception ON participant (nik_exception, registered_at);

-- One registration for one work contract abroad (a re-registration or a new contract is a new row).
CREATE TABLE placement (
    id                   NUMBER(19)    NOT NULL,
    participant_id       NUMBER(19)    NOT NULL,
    channel              VARCHAR2(12)  NOT NULL,
    agency_name          VARCHAR2(200),
    agency_licence       VARCHAR2(60),
    destination_country  VARCHAR2(2)   NOT NULL,
    employer_name        VARCHAR2(200) NOT NULL,
    job_title            VARCHAR2(100) NOT NULL,
    contract_start       DATE,
    contract_months      NUMBER(3)     NOT NULL,
    extension_months     NUMBER(3)     DEFAULT 0 NOT NULL,
    registered_on        DATE          NOT NULL,
    service_unit_id      NUMBER(19),
    created_by           VARCHAR2(60)  NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    version              NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_placement PRIMARY KEY (id),
    CONSTRAINT fk_placement_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_placement_unit FOREIGN KEY (service_unit_id) REFERENCES service_unit (id),
    CONSTRAINT ck_placement_channel CHECK (channel IN ('AGENCY', 'PERSEORANGAN')),
    -- through a P3MI: its name and licence; perseorangan: no agency at all
    CONSTRAINT ck_placement_agency CHECK (
        (channel = 'AGENCY' AND agency_name IS NOT NULL AND agency_licence IS NOT NULL)
        OR (channel = 'PERSEORANGAN' AND agency_name IS NULL AND agency_licence IS NULL)),
    CONSTRAINT ck_placement_country CHECK (destination_country <> 'ID'),
    CONSTRAINT ck_placement_months CHECK (contract_months BETWEEN 1 AND 120 AND extension_months >= 0
        AND contract_months + extension_months <= 120)
);
CREATE INDEX ix_placement_participant ON placement (participant_id, registered_on);
CREATE INDEX ix_placement_country ON placement (destination_country, registered_on);
CREATE INDEX ix_placement_unit ON placement (service_unit_id, registered_on);

-- Family card (KK): possible heirs, and children for the scholarship.
CREATE TABLE family_member (
    id              NUMBER(19)    NOT NULL,
    participant_id  NUMBER(19)    NOT NULL,
    relation        VARCHAR2(20)  NOT NULL,
    full_name       VARCHAR2(200) NOT NULL,
    nik             VARCHAR2(16),
    sex             VARCHAR2(1),
    birth_date      DATE,
    school_level    VARCHAR2(4),
    married         NUMBER(1)     DEFAULT 0 NOT NULL,
    working         NUMBER(1)     DEFAULT 0 NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    version         NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_family_member PRIMARY KEY (id),
    CONSTRAINT fk_family_member_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT ck_family_member_relation CHECK (relation IN ('SPOUSE', 'CHILD', 'PARENT', 'GRANDPARENT', 'GRANDCHILD',
        'SIBLING', 'PARENT_IN_LAW')),
    CONSTRAINT ck_family_member_sex CHECK (sex IS NULL OR sex IN ('L', 'P')),
    CONSTRAINT ck_family_member_flags CHECK (married IN (0, 1) AND working IN (0, 1)),
    -- school level, marriage and work matter only for a child (scholarship); a child needs a birth date
    CONSTRAINT ck_family_member_child CHECK (
        (relation = 'CHILD' AND birth_date IS NOT NULL AND school_level IN ('NONE', 'TK', 'SD', 'SMP', 'SMA', 'PT'))
        OR (relation <> 'CHILD' AND school_level IS NULL AND married = 0 AND working = 0))
);
-- A NIK appears once per family; not a UNIQUE (participant_id, nik) constraint: Oracle (and H2 in Oracle mode)
-- would then also refuse two members without NIK. The aggregate enforces it.
CREATE INDEX ix_family_member_participant ON family_member (participant_id, nik);
CREATE INDEX ix_family_member_nik ON family_member (nik);

-- Accounts a benefit may be paid into: the worker's, or an heir's (family_member_id set).
CREATE TABLE bank_account (
    id                NUMBER(19)    NOT NULL,
    participant_id    NUMBER(19)    NOT NULL,
    family_member_id  NUMBER(19),
    bank_code         VARCHAR2(10)  NOT NULL,
    bank_name         VARCHAR2(100) NOT NULL,
    account_no        VARCHAR2(34)  NOT NULL,
    holder_name       VARCHAR2(200) NOT NULL,
    active            NUMBER(1)     DEFAULT 1 NOT NULL,
    created_by        VARCHAR2(60)  NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    version           NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_bank_account PRIMARY KEY (id),
    CONSTRAINT fk_bank_account_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_bank_account_family FOREIGN KEY (family_member_id) REFERENCES family_member (id),
    CONSTRAINT uq_bank_account UNIQUE (participant_id, bank_code, account_no),
    CONSTRAINT ck_bank_account_active CHECK (active IN (0, 1))
);
CREATE INDEX ix_bank_account_number ON bank_account (bank_code, account_no);

-- Contributions per tranche; the amount is computed by the application (Pasal 18), never typed in.
-- months: contract months (DURING_AFTER), extension months (EXTENSION), JHT months (VOLUNTARY_JHT), 0 before work.
CREATE TABLE contribution_payment (
    id               NUMBER(19)     NOT NULL,
    participant_id   NUMBER(19)     NOT NULL,
    placement_id     NUMBER(19)     NOT NULL,
    tranche          VARCHAR2(16)   NOT NULL,
    paid_on          DATE           NOT NULL,
    months           NUMBER(3)      NOT NULL,
    monthly_amount   NUMBER(15,2),
    amount           NUMBER(15,2)   NOT NULL,
    explanation      VARCHAR2(1000) NOT NULL,
    payment_ref      VARCHAR2(60),
    recorded_by      VARCHAR2(60)   NOT NULL,
    recorded_at      TIMESTAMP      NOT NULL,
    CONSTRAINT pk_contribution_payment PRIMARY KEY (id),
    CONSTRAINT fk_contribution_payment_part FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_contribution_payment_place FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT ck_contribution_payment_kind CHECK (tranche IN ('BEFORE_WORK', 'DURING_AFTER', 'EXTENSION', 'VOLUNTARY_JHT')),
    CONSTRAINT ck_contribution_payment_amount CHECK (amount >= 0 AND (monthly_amount IS NULL OR monthly_amount > 0)),
    CONSTRAINT ck_contribution_payment_months CHECK (
        (tranche = 'BEFORE_WORK' AND months = 0)
        OR (tranche IN ('DURING_AFTER', 'EXTENSION', 'VOLUNTARY_JHT') AND months BETWEEN 1 AND 120)),
    CONSTRAINT ck_contribution_payment_jht CHECK (
        (tranche = 'VOLUNTARY_JHT' AND monthly_amount IS NOT NULL)
        OR (tranche <> 'VOLUNTARY_JHT' AND monthly_amount IS NULL))
);
CREATE INDEX ix_contribution_payment_place ON contribution_payment (placement_id, tranche);
CREATE INDEX ix_contribution_payment_part ON contribution_payment (participant_id, paid_on);
CREATE INDEX ix_contribution_payment_paid ON contribution_payment (paid_on, tranche);

-- Dated facts that open and close coverage windows; LEAVE is a period (leave spent in Indonesia).
CREATE TABLE coverage_event (
    id              NUMBER(19)    NOT NULL,
    participant_id  NUMBER(19)    NOT NULL,
    placement_id    NUMBER(19)    NOT NULL,
    kind            VARCHAR2(20)  NOT NULL,
    event_date      DATE          NOT NULL,
    end_date        DATE,
    note            VARCHAR2(400),
    recorded_by     VARCHAR2(60)  NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    version         NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_coverage_event PRIMARY KEY (id),
    CONSTRAINT fk_coverage_event_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_coverage_event_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT ck_coverage_event_kind CHECK (kind IN ('EMBARKATION', 'DEBARKATION', 'HOME_ARRIVAL', 'FAILED_DEPARTURE',
        'CTT', 'DEATH', 'LEAVE')),
    CONSTRAINT ck_coverage_event_period CHECK (
        (kind = 'LEAVE' AND end_date IS NOT NULL AND end_date >= event_date)
        OR (kind <> 'LEAVE' AND end_date IS NULL))
);
CREATE INDEX ix_coverage_event_placement ON coverage_event (placement_id, kind);
CREATE INDEX ix_coverage_event_participant ON coverage_event (participant_id, event_date);
CREATE INDEX ix_coverage_event_kind_date ON coverage_event (kind, event_date);

-- Who changed the benefit catalogue, when and what (same transaction as the change).
CREATE TABLE benefit_version_audit (
    id                  NUMBER(19)     NOT NULL,
    benefit_version_id  NUMBER(19)     NOT NULL,
    code                VARCHAR2(40)   NOT NULL,
    action              VARCHAR2(20)   NOT NULL,
    actor               VARCHAR2(60)   NOT NULL,
    occurred_at         TIMESTAMP      NOT NULL,
    details             VARCHAR2(2000) NOT NULL,
    CONSTRAINT pk_benefit_version_audit PRIMARY KEY (id),
    CONSTRAINT fk_benefit_version_audit_ver FOREIGN KEY (benefit_version_id) REFERENCES benefit_version (id),
    CONSTRAINT ck_benefit_version_audit_act CHECK (action IN ('ADD_VERSION', 'CLOSE_VERSION'))
);
CREATE INDEX ix_benefit_version_audit_code ON benefit_version_audit (code, occurred_at);

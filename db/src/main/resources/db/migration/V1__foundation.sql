-- Foundation schema: service units, users and roles, participants (minimal), claims and their status history.
-- Oracle SQL that also runs on H2 in MODE=Oracle: Oracle types only, sequences instead of identity columns.

CREATE SEQUENCE service_unit_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE app_user_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE participant_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE claim_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE claim_status_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE service_unit (
    id            NUMBER(19)    NOT NULL,
    code          VARCHAR2(20)  NOT NULL,
    name          VARCHAR2(200) NOT NULL,
    unit_type     VARCHAR2(20)  NOT NULL,
    province      VARCHAR2(100),
    country_code  VARCHAR2(2)   NOT NULL,
    time_zone     VARCHAR2(40)  NOT NULL,
    version       NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_service_unit PRIMARY KEY (id),
    CONSTRAINT uq_service_unit_code UNIQUE (code),
    CONSTRAINT ck_service_unit_type CHECK (unit_type IN ('BRANCH', 'DISTRICT', 'OVERSEAS', 'LOUNGE', 'LTSA', 'HEAD_OFFICE'))
);

CREATE TABLE app_user (
    id               NUMBER(19)    NOT NULL,
    username         VARCHAR2(60)  NOT NULL,
    full_name        VARCHAR2(200) NOT NULL,
    password_hash    VARCHAR2(400) NOT NULL,
    service_unit_id  NUMBER(19),
    active           NUMBER(1)     DEFAULT 1 NOT NULL,
    failed_logins    NUMBER(5)     DEFAULT 0 NOT NULL,
    locked_until     TIMESTAMP,
    last_login_at    TIMESTAMP,
    version          NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (service_unit_id) REFERENCES service_unit (id),
    CONSTRAINT ck_app_user_active CHECK (active IN (0, 1))
);

CREATE TABLE app_user_role (
    user_id  NUMBER(19)   NOT NULL,
    role     VARCHAR2(30) NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADJUDICATOR', 'SUPERVISOR', 'BRANCH_OFFICER', 'MANAGER', 'AUDITOR', 'ADMIN'))
);

CREATE TABLE participant (
    id                NUMBER(19)    NOT NULL,
    nik               VARCHAR2(16),
    passport_no       VARCHAR2(20),
    kpj_no            VARCHAR2(20),
    full_name         VARCHAR2(200) NOT NULL,
    sex               VARCHAR2(1)   NOT NULL,
    birth_date        DATE          NOT NULL,
    participant_type  VARCHAR2(12)  NOT NULL,
    destination_country VARCHAR2(2),
    nik_exception     NUMBER(1)     DEFAULT 0 NOT NULL,
    registered_at     TIMESTAMP     NOT NULL,
    version           NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_participant PRIMARY KEY (id),
    CONSTRAINT uq_participant_nik UNIQUE (nik),
    CONSTRAINT ck_participant_sex CHECK (sex IN ('L', 'P')),
    CONSTRAINT ck_participant_type CHECK (participant_type IN ('CPMI', 'PMI', 'PMI_PURNA')),
    -- without a NIK only the explicit passport-only exception path is allowed
    CONSTRAINT ck_participant_identity CHECK (nik IS NOT NULL OR (nik_exception = 1 AND passport_no IS NOT NULL))
);
CREATE INDEX ix_participant_passport ON participant (passport_no);

CREATE TABLE claim (
    id                  NUMBER(19)    NOT NULL,
    claim_no            VARCHAR2(30)  NOT NULL,
    participant_id      NUMBER(19)    NOT NULL,
    benefit_code        VARCHAR2(40)  NOT NULL,
    status              VARCHAR2(30)  NOT NULL,
    channel             VARCHAR2(20)  NOT NULL,
    incident_date       DATE          NOT NULL,
    claimed_amount      NUMBER(15,2)  NOT NULL,
    recommended_amount  NUMBER(15,2),
    service_unit_id     NUMBER(19)    NOT NULL,
    assigned_to         VARCHAR2(60),
    recommended_by      VARCHAR2(60),
    received_at         TIMESTAMP     NOT NULL,
    status_changed_at   TIMESTAMP     NOT NULL,
    last_modified_by    VARCHAR2(60)  NOT NULL,
    version             NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_claim PRIMARY KEY (id),
    CONSTRAINT uq_claim_no UNIQUE (claim_no),
    CONSTRAINT fk_claim_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_claim_unit FOREIGN KEY (service_unit_id) REFERENCES service_unit (id),
    CONSTRAINT ck_claim_amounts CHECK (claimed_amount >= 0 AND (recommended_amount IS NULL OR recommended_amount >= 0))
);
CREATE INDEX ix_claim_status_received ON claim (status, received_at);
CREATE INDEX ix_claim_participant ON claim (participant_id);
CREATE INDEX ix_claim_assigned ON claim (assigned_to, status);

CREATE TABLE claim_status_event (
    id           NUMBER(19)     NOT NULL,
    claim_id     NUMBER(19)     NOT NULL,
    from_status  VARCHAR2(30),
    to_status    VARCHAR2(30)   NOT NULL,
    actor        VARCHAR2(60)   NOT NULL,
    occurred_at  TIMESTAMP      NOT NULL,
    reason       VARCHAR2(1000),
    CONSTRAINT pk_claim_status_event PRIMARY KEY (id),
    CONSTRAINT fk_claim_status_event_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_claim_status_event_claim ON claim_status_event (claim_id, occurred_at);

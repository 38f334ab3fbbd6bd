-- Intake API: integration clients with hashed API keys and scopes, idempotency keys written in the same transaction
-- as the effect they acknowledge, and SISKOP2MI bulk imports with a per-row report.

CREATE SEQUENCE api_client_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE api_key_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE idempotency_record_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE import_file_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE import_row_seq START WITH 1000 INCREMENT BY 50;

-- One row per integrating system (E_KLAIM, JMO, SISKOP2MI, PEDULI_WNI) or demo/test client.
CREATE TABLE api_client (
    id                  NUMBER(19)    NOT NULL,
    name                VARCHAR2(60)  NOT NULL,
    integration         VARCHAR2(20)  NOT NULL,
    active              NUMBER(1)     DEFAULT 1 NOT NULL,
    rate_per_minute     NUMBER(10)    NOT NULL,
    burst               NUMBER(10)    NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR2(60)  NOT NULL,
    CONSTRAINT pk_api_client PRIMARY KEY (id),
    CONSTRAINT uq_api_client_name UNIQUE (name),
    CONSTRAINT ck_api_client_active CHECK (active IN (0, 1)),
    CONSTRAINT ck_api_client_rate CHECK (rate_per_minute > 0 AND burst > 0)
);

-- The endpoints (scopes) a client may call, e.g. claims:write, claims:read, participants:write, imports:write.
CREATE TABLE api_client_scope (
    client_id   NUMBER(19)    NOT NULL,
    scope       VARCHAR2(40)  NOT NULL,
    CONSTRAINT pk_api_client_scope PRIMARY KEY (client_id, scope),
    CONSTRAINT fk_api_client_scope_client FOREIGN KEY (client_id) REFERENCES api_client (id)
);

-- Keys are stored only as SHA-256 of the key (keys carry 256 bits of randomness, so no salt/stretching is needed);
-- the prefix identifies a key in logs and screens without revealing it.
CREATE TABLE api_key (
    id          NUMBER(19)    NOT NULL,
    client_id   NUMBER(19)    NOT NULL,
    key_prefix  VARCHAR2(16)  NOT NULL,
    key_hash    VARCHAR2(64)  NOT NULL,
    issued_at   TIMESTAMP     NOT NULL,
    issued_by   VARCHAR2(60)  NOT NULL,
    revoked_at  TIMESTAMP,
    CONSTRAINT pk_api_key PRIMARY KEY (id),
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash),
    CONSTRAINT fk_api_key_client FOREIGN KEY (client_id) REFERENCES api_client (id)
);

-- An Idempotency-Key is inserted in the transaction of the effect it acknowledges: both commit or neither does.
-- The unique constraint makes a concurrent second request with the same key wait for the first and then fail,
-- after which it reads the stored response.
CREATE TABLE idempotency_record (
    id               NUMBER(19)     NOT NULL,
    client_name      VARCHAR2(60)   NOT NULL,
    idem_key         VARCHAR2(100)  NOT NULL,
    operation        VARCHAR2(60)   NOT NULL,
    request_hash     VARCHAR2(64)   NOT NULL,
    response_status  NUMBER(3),
    response_body    CLOB,
    created_at       TIMESTAMP      NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (id),
    CONSTRAINT uq_idempotency_client_key UNIQUE (client_name, idem_key)
);
CREATE INDEX ix_idempotency_created ON idempotency_record (created_at);

-- A SISKOP2MI registration file; the same content (SHA-256) is imported once.
CREATE TABLE import_file (
    id              NUMBER(19)     NOT NULL,
    client_name     VARCHAR2(60)   NOT NULL,
    file_name       VARCHAR2(200)  NOT NULL,
    sha256          VARCHAR2(64)   NOT NULL,
    content         BLOB           NOT NULL,
    status          VARCHAR2(20)   NOT NULL,
    total_rows      NUMBER(10),
    last_row        NUMBER(10)     DEFAULT 0 NOT NULL,
    accepted_rows   NUMBER(10)     DEFAULT 0 NOT NULL,
    rejected_rows   NUMBER(10)     DEFAULT 0 NOT NULL,
    job_execution   NUMBER(19),
    uploaded_at     TIMESTAMP      NOT NULL,
    finished_at     TIMESTAMP,
    version         NUMBER(10)     DEFAULT 0 NOT NULL,
    CONSTRAINT pk_import_file PRIMARY KEY (id),
    CONSTRAINT uq_import_file_sha UNIQUE (sha256)
);

-- The report: one row per accepted row, one per problem of a rejected row (row number, field, reason).
CREATE TABLE import_row (
    id              NUMBER(19)      NOT NULL,
    import_id       NUMBER(19)      NOT NULL,
    row_no          NUMBER(10)      NOT NULL,
    outcome         VARCHAR2(10)    NOT NULL,
    field           VARCHAR2(60),
    reason          VARCHAR2(400),
    participant_id  NUMBER(19),
    CONSTRAINT pk_import_row PRIMARY KEY (id),
    CONSTRAINT fk_import_row_file FOREIGN KEY (import_id) REFERENCES import_file (id),
    CONSTRAINT ck_import_row_outcome CHECK (outcome IN ('ACCEPTED', 'REJECTED'))
);
CREATE INDEX ix_import_row_file ON import_row (import_id, row_no);

-- Cases per incident, claim documents with their files, duplicate/fraud signals, payee and decision details.

CREATE SEQUENCE case_file_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE case_note_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE claim_document_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE document_file_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE claim_signal_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE case_file (
    id                NUMBER(19)    NOT NULL,
    case_no           VARCHAR2(30)  NOT NULL,
    participant_id    NUMBER(19)    NOT NULL,
    incident_kind     VARCHAR2(40)  NOT NULL,
    incident_date     DATE          NOT NULL,
    incident_place    VARCHAR2(200),
    incident_country  VARCHAR2(2),
    owner_unit_id     NUMBER(19)    NOT NULL,
    assigned_to       VARCHAR2(60),
    opened_at         TIMESTAMP     NOT NULL,
    opened_by         VARCHAR2(60)  NOT NULL,
    version           NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_case_file PRIMARY KEY (id),
    CONSTRAINT uq_case_file_no UNIQUE (case_no),
    CONSTRAINT fk_case_file_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_case_file_unit FOREIGN KEY (owner_unit_id) REFERENCES service_unit (id)
);
CREATE INDEX ix_case_file_participant ON case_file (participant_id, incident_date);
CREATE INDEX ix_case_file_assigned ON case_file (assigned_to);

CREATE TABLE case_note (
    id          NUMBER(19)     NOT NULL,
    case_id     NUMBER(19)     NOT NULL,
    author      VARCHAR2(60)   NOT NULL,
    written_at  TIMESTAMP      NOT NULL,
    text        VARCHAR2(4000) NOT NULL,
    CONSTRAINT pk_case_note PRIMARY KEY (id),
    CONSTRAINT fk_case_note_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_note_case ON case_note (case_id, written_at);

ALTER TABLE claim ADD (
    case_id               NUMBER(19),
    payee_name            VARCHAR2(200),
    payee_bank_code       VARCHAR2(10),
    payee_account_no      VARCHAR2(34),
    rule_version          VARCHAR2(80),
    recommendation_note   VARCHAR2(4000),
    rejection_reason      VARCHAR2(40),
    last_modified_at      TIMESTAMP
);
ALTER TABLE claim ADD CONSTRAINT fk_claim_case FOREIGN KEY (case_id) REFERENCES case_file (id);
CREATE INDEX ix_claim_case ON claim (case_id);
CREATE INDEX ix_claim_payee_account ON claim (payee_bank_code, payee_account_no);

CREATE TABLE claim_document (
    id              NUMBER(19)     NOT NULL,
    claim_id        NUMBER(19)     NOT NULL,
    doc_type        VARCHAR2(40)   NOT NULL,
    required        NUMBER(1)      DEFAULT 1 NOT NULL,
    state           VARCHAR2(12)   NOT NULL,
    changed_by      VARCHAR2(60),
    changed_at      TIMESTAMP,
    rejection_note  VARCHAR2(1000),
    file_id         NUMBER(19),
    version         NUMBER(10)     DEFAULT 0 NOT NULL,
    CONSTRAINT pk_claim_document PRIMARY KEY (id),
    CONSTRAINT uq_claim_document_type UNIQUE (claim_id, doc_type),
    CONSTRAINT fk_claim_document_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT ck_claim_document_state CHECK (state IN ('MISSING', 'RECEIVED', 'VERIFIED', 'REJECTED')),
    CONSTRAINT ck_claim_document_required CHECK (required IN (0, 1))
);

-- File contents apart from the checklist, so lists never read blobs
CREATE TABLE document_file (
    id            NUMBER(19)    NOT NULL,
    file_name     VARCHAR2(200) NOT NULL,
    content_type  VARCHAR2(40)  NOT NULL,
    size_bytes    NUMBER(12)    NOT NULL,
    sha256        VARCHAR2(64)  NOT NULL,
    content       BLOB          NOT NULL,
    uploaded_by   VARCHAR2(60)  NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_document_file PRIMARY KEY (id),
    CONSTRAINT ck_document_file_type CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png'))
);
ALTER TABLE claim_document ADD CONSTRAINT fk_claim_document_file FOREIGN KEY (file_id) REFERENCES document_file (id);

CREATE TABLE claim_signal (
    id               NUMBER(19)     NOT NULL,
    claim_id         NUMBER(19)     NOT NULL,
    kind             VARCHAR2(40)   NOT NULL,
    severity         VARCHAR2(10)   NOT NULL,
    evidence         VARCHAR2(2000) NOT NULL,
    detected_at      TIMESTAMP      NOT NULL,
    acknowledged_by  VARCHAR2(60),
    acknowledged_at  TIMESTAMP,
    acknowledgement  VARCHAR2(1000),
    CONSTRAINT pk_claim_signal PRIMARY KEY (id),
    CONSTRAINT fk_claim_signal_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_claim_signal_claim ON claim_signal (claim_id);

-- Every attempt of an instance's timer to run a cluster-wide job, and whether it held the lease and ran: shows
-- operators where and when the SLA watch last ran, and lets the cluster test prove one run per tick per cluster.
CREATE SEQUENCE job_run_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE job_run (
    id             NUMBER(19)    NOT NULL,
    job_name       VARCHAR2(40)  NOT NULL,
    instance_name  VARCHAR2(100) NOT NULL,
    attempted_at   TIMESTAMP     NOT NULL,
    ran            NUMBER(1)     NOT NULL,
    CONSTRAINT pk_job_run PRIMARY KEY (id),
    CONSTRAINT fk_job_run_job FOREIGN KEY (job_name) REFERENCES job_lease (name),
    CONSTRAINT ck_job_run_ran CHECK (ran IN (0, 1))
);
CREATE INDEX ix_job_run_job_time ON job_run (job_name, attempted_at);

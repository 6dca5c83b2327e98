-- Who looked at which child's record, when, and through which endpoint. Append-only: the service may insert, and
-- nothing (no API, no service code, no accidental UPDATE/DELETE/TRUNCATE) may change or remove a row.
CREATE TABLE access_audit (
    id          BIGSERIAL    PRIMARY KEY,
    at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    user_id     VARCHAR(200) NOT NULL,
    user_name   VARCHAR(200),
    roles       VARCHAR(200) NOT NULL,
    agency      VARCHAR(40),
    record_type VARCHAR(20)  NOT NULL,
    record_id   VARCHAR(200) NOT NULL,
    endpoint    VARCHAR(300) NOT NULL
);
CREATE INDEX access_audit_by_record ON access_audit (record_id, at);
CREATE INDEX access_audit_by_user ON access_audit (user_id, at);

CREATE FUNCTION access_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_audit is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER access_audit_no_update_or_delete BEFORE UPDATE OR DELETE ON access_audit
    FOR EACH ROW EXECUTE FUNCTION access_audit_is_append_only();
CREATE TRIGGER access_audit_no_truncate BEFORE TRUNCATE ON access_audit
    FOR EACH STATEMENT EXECUTE FUNCTION access_audit_is_append_only();

-- Contacts from partner agencies: where their feedback goes. Written with the ContactReceived event (same transaction).
CREATE TABLE partner_contact (
    contact_id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    sender               VARCHAR(64),
    external_reference   VARCHAR(100) NOT NULL,
    referrer_agency      VARCHAR(40)  NOT NULL,
    referrer_agency_name VARCHAR(100),
    received_at          TIMESTAMPTZ  NOT NULL,
    -- a decision waiting for a manager's authorisation before the partner is told (level and routes only)
    pending_decision     JSONB
);

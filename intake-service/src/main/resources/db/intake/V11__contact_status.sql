-- Where each contact stands in triage, fed from frontdoor.triage.v1 (ContactStatuses): what GET /api/contacts/{id}
-- answers as its status without replaying anything. No row: RECEIVED (triage has not opened it yet).
CREATE TABLE contact_status (
    contact_id VARCHAR(64)  PRIMARY KEY,
    status     VARCHAR(30)  NOT NULL,
    changed_at TIMESTAMPTZ  NOT NULL
);

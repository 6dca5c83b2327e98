-- A half-finished referral from the web form, kept for its author only (the token's subject) until it is sent or
-- expires (frontdoor.drafts.keep-for after it was last saved; DraftSweep deletes expired rows). It is the form's
-- state, not a contact: nothing here is an event, and a sent referral lives in the event store as every other.
CREATE TABLE referral_draft (
    id         UUID         PRIMARY KEY,
    owner      VARCHAR(200) NOT NULL,
    form       JSONB        NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    saved_at   TIMESTAMPTZ  NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX referral_draft_by_owner ON referral_draft (owner, saved_at DESC);
CREATE INDEX referral_draft_by_expiry ON referral_draft (expires_at);

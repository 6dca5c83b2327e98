-- The instances of this service that are alive (each says so every few seconds), so that each can take its fair share
-- of every streaming processor's segments and release the rest to the others.
CREATE TABLE processor_instance (
    instance_id VARCHAR(255) PRIMARY KEY,
    seen_at     TIMESTAMPTZ  NOT NULL
);

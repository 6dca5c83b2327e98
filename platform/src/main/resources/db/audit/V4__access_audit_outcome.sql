-- A refused look is recorded too (403, or a partner asking for another agency's real record, answered 404): an auditor
-- sees attempts, not only successes. Entries written before this column existed were all allowed reads.
ALTER TABLE access_audit ADD COLUMN outcome VARCHAR(10) NOT NULL DEFAULT 'ALLOWED';
ALTER TABLE access_audit ADD CONSTRAINT access_audit_outcome CHECK (outcome IN ('ALLOWED', 'REFUSED'));

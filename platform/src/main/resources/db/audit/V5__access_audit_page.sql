-- Which page of the web front end a look came through (the front end names it in the Front-Door-Page header), beside
-- the service endpoint; null for a call made straight to the API. A period search (all looks between two instants) uses
-- the time index.
ALTER TABLE access_audit ADD COLUMN page VARCHAR(300);
CREATE INDEX access_audit_by_time ON access_audit (at);

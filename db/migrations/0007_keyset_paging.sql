-- Bounded work per op (issue 11): lists page by key rather than by OFFSET, and the exchange
-- statistics read their range from an index.

-- A time as whole microseconds since 1970-01-01 UTC and back, exact below 2^53 µs (about the
-- year 2255): the sort time in the cursor of a list that pages by key
-- (server/store/KeysetPage.hpp).
CREATE FUNCTION epoch_us(at timestamptz) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT (extract(epoch FROM at) * 1000000)::bigint $$;

CREATE FUNCTION from_epoch_us(us bigint) RETURNS timestamptz
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
    AS $$ SELECT timestamptz 'epoch' + us * interval '1 microsecond' $$;

-- incident.list, newest first: WHERE (created_at, id) < (the cursor) ORDER BY created_at DESC,
-- id DESC LIMIT n + 1 is a backward scan of this index from the cursor on. stats.exchange
-- counts incidents per type from it alone (an index-only scan of its date range).
CREATE INDEX incidents_created_at_id ON incidents (created_at, id) INCLUDE (incident_type);
DROP INDEX incidents_created_at;

-- handover.list, newest shift first, the same way.
CREATE INDEX handover_reports_starts_at_id ON handover_reports (starts_at, id);
DROP INDEX handover_reports_starts_at;

-- stats.exchange: the liaison requests created in its date range.
CREATE INDEX liaison_requests_created_at ON liaison_requests (created_at);

-- Bounded work per op (issue 11): the indexes that keep the searches an op runs on every call
-- small whatever the number of incidents.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A position as a plane point for nearest-first index scans: longitude is scaled by the cosine of
-- the centre's latitude (about 48.8°), so that distances in the plane rank like distances on the
-- ground across South Moravia and Trnava. The exact distance is distance_m.
CREATE FUNCTION nearby_point(lat double precision, lon double precision) RETURNS point
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT point(lon * 0.659, lat) $$;

-- Possible duplicates of a new incident: open incidents of its type from the last 30 minutes,
-- nearest first (server/store/IncidentRepository.cpp, "incident_duplicates").
CREATE INDEX incidents_open_nearby ON incidents
    USING gist (incident_type, created_at, nearby_point(lat, lon))
    WHERE status IN ('new', 'dispatched', 'on_scene') AND lat IS NOT NULL AND lon IS NOT NULL;

-- Failed logins per account and source address: repeated failures from one address lock that
-- address out of that account, never the account for everyone, so that nobody can lock an
-- incoming shift out by guessing at its passwords (server/store/LoginFailures.cpp).
-- users.failed_logins goes on counting every failure of the account for the alert.
CREATE TABLE login_failures (
    user_id         bigint NOT NULL REFERENCES users (id),
    source          text NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
    failures        integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    last_failed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, source)
);

-- Shifts and their handover reports: the shift arithmetic in local time, the report of each shift
-- (supervisor remarks, signature with the signed snapshot and its digest, acknowledgement) and the
-- handover notes written during a shift.

-- A schedule is a zone (IANA name, e.g. 'Europe/Prague'), the local start times of its shifts in
-- ascending order and one code letter per start (e.g. {06:00,18:00} and {D,N}). A shift is named by
-- the local date it starts on and its code: '2026-03-28N' runs from 2026-03-28 18:00 to
-- 2026-03-29 06:00 local time, whatever the clocks do in between.

-- The shift that instant `at` falls in.
CREATE FUNCTION shift_id_at(at timestamptz, zone text, starts time[], codes text[])
    RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
    AS $$
    SELECT coalesce(
        (SELECT to_char(l.t::date, 'YYYY-MM-DD') || codes[i]
         FROM generate_subscripts(starts, 1) AS i
         WHERE starts[i] <= l.t::time
         ORDER BY i DESC LIMIT 1),
        to_char(l.t::date - 1, 'YYYY-MM-DD') || codes[array_upper(codes, 1)])
    FROM (SELECT at AT TIME ZONE zone AS t) AS l
    $$;

-- When shift number `idx` (1-based) of local date `day` starts and ends.
CREATE FUNCTION shift_bounds(day date, idx integer, zone text, starts time[],
                             OUT starts_at timestamptz, OUT ends_at timestamptz)
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
    AS $$
    SELECT (day + starts[idx]) AT TIME ZONE zone,
           (CASE WHEN idx < array_upper(starts, 1) THEN day + starts[idx + 1]
                 ELSE (day + 1) + starts[1] END) AT TIME ZONE zone
    $$;

-- An instant as local ISO 8601 time with its UTC offset in `zone`: '2026-03-29T06:00:00+02:00'.
CREATE FUNCTION local_iso_time(at timestamptz, zone text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
    AS $$
    SELECT to_char(at AT TIME ZONE zone, 'YYYY-MM-DD"T"HH24:MI:SS')
           || CASE WHEN o.minutes < 0 THEN '-' ELSE '+' END
           || lpad((abs(o.minutes) / 60)::text, 2, '0') || ':'
           || lpad((abs(o.minutes) % 60)::text, 2, '0')
    FROM (SELECT (extract(epoch FROM (at AT TIME ZONE zone) - (at AT TIME ZONE 'UTC')) / 60)::integer
                 AS minutes) AS o
    $$;

CREATE TABLE handover_reports (
    id               bigserial PRIMARY KEY,
    shift_id         text NOT NULL UNIQUE CHECK (shift_id ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[A-Z]$'),
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL CHECK (ends_at > starts_at),
    remarks          text NOT NULL DEFAULT '' CHECK (length(remarks) <= 8000),
    remarks_by       bigint REFERENCES users (id),
    remarks_at       timestamptz,
    -- Changes of remarks, signature and acknowledgement; notes are only appended.
    version          integer NOT NULL DEFAULT 0,
    signed_by        bigint REFERENCES users (id),
    signed_at        timestamptz,
    -- The signed report as JSON text, byte for byte what the SHA-256 digest covers.
    snapshot         text,
    digest           text CHECK (digest ~ '^[0-9a-f]{64}$'),
    acknowledged_by  bigint REFERENCES users (id),
    acknowledged_at  timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((signed_by IS NULL) = (signed_at IS NULL) AND (signed_at IS NULL) = (snapshot IS NULL)
           AND (snapshot IS NULL) = (digest IS NULL)),
    CHECK ((acknowledged_by IS NULL) = (acknowledged_at IS NULL)),
    CHECK (acknowledged_at IS NULL OR signed_at IS NOT NULL)
);
CREATE INDEX handover_reports_starts_at ON handover_reports (starts_at);

CREATE TABLE handover_notes (
    id              bigserial PRIMARY KEY,
    report_id       bigint NOT NULL REFERENCES handover_reports (id),
    author_user_id  bigint NOT NULL REFERENCES users (id),
    at              timestamptz NOT NULL DEFAULT now(),
    body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000)
);
CREATE INDEX handover_notes_report ON handover_notes (report_id, at);

-- A signed report is immutable: only its acknowledgement may still be set, once. The server
-- refuses such changes with report_signed before they get here; these triggers hold for any
-- other writer too.
CREATE FUNCTION handover_reports_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            IF OLD.signed_at IS NOT NULL THEN
                RAISE EXCEPTION 'handover report % is signed and cannot be deleted', OLD.shift_id;
            END IF;
            RETURN OLD;
        END IF;
        IF OLD.signed_at IS NOT NULL AND (
               (NEW.shift_id, NEW.starts_at, NEW.ends_at, NEW.remarks, NEW.remarks_by,
                NEW.remarks_at, NEW.signed_by, NEW.signed_at, NEW.snapshot, NEW.digest)
                   IS DISTINCT FROM
               (OLD.shift_id, OLD.starts_at, OLD.ends_at, OLD.remarks, OLD.remarks_by,
                OLD.remarks_at, OLD.signed_by, OLD.signed_at, OLD.snapshot, OLD.digest)
               OR OLD.acknowledged_at IS NOT NULL) THEN
            RAISE EXCEPTION 'handover report % is signed and cannot be changed', OLD.shift_id;
        END IF;
        RETURN NEW;
    END
    $$;
CREATE TRIGGER handover_reports_guard BEFORE UPDATE OR DELETE ON handover_reports
    FOR EACH ROW EXECUTE FUNCTION handover_reports_guard();

-- Handover notes are append-only, and a signed report takes no new ones.
CREATE FUNCTION handover_notes_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            RAISE EXCEPTION 'handover notes are append-only';
        END IF;
        IF EXISTS (SELECT 1 FROM handover_reports
                   WHERE id = NEW.report_id AND signed_at IS NOT NULL) THEN
            RAISE EXCEPTION 'handover report % is signed and takes no new notes', NEW.report_id;
        END IF;
        RETURN NEW;
    END
    $$;
CREATE TRIGGER handover_notes_guard BEFORE INSERT OR UPDATE OR DELETE ON handover_notes
    FOR EACH ROW EXECUTE FUNCTION handover_notes_guard();

-- The wire form of a report's state (docs/protocol.md); the report itself is built by the server.
CREATE FUNCTION handover_json(h handover_reports) RETURNS jsonb
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT jsonb_build_object(
        'id', h.id,
        'shift_id', h.shift_id,
        'starts_at', iso_time(h.starts_at),
        'ends_at', iso_time(h.ends_at),
        'remarks', h.remarks,
        'remarks_by', (SELECT username FROM users WHERE id = h.remarks_by),
        'remarks_at', iso_time(h.remarks_at),
        'notes', (SELECT count(*) FROM handover_notes WHERE report_id = h.id),
        'signed', h.signed_at IS NOT NULL,
        'signed_by', (SELECT username FROM users WHERE id = h.signed_by),
        'signed_at', iso_time(h.signed_at),
        'digest', h.digest,
        'acknowledged_by', (SELECT username FROM users WHERE id = h.acknowledged_by),
        'acknowledged_at', iso_time(h.acknowledged_at),
        'version', h.version)
    $$;

CREATE FUNCTION handover_note_json(n handover_notes) RETURNS jsonb
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT jsonb_build_object(
        'id', n.id,
        'shift_id', (SELECT shift_id FROM handover_reports WHERE id = n.report_id),
        'at', iso_time(n.at),
        'author', (SELECT username FROM users WHERE id = n.author_user_id),
        'author_name', (SELECT full_name FROM users WHERE id = n.author_user_id),
        'text', n.body)
    $$;

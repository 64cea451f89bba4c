-- Each side tasks its own units; help from another agency is asked for (docs/design.md,
-- "Who may task whom"). Which agencies' operators may task which agencies' units, and assistance
-- requests that say what is wanted, which units were suggested or proposed, and which went.

-- Agencies whose operators may task another agency's units directly, beside their own. Empty by
-- default: every agency tasks only its own units. jcc-admin tasking grant|revoke|list edits it.
CREATE TABLE tasking_grants (
    agency       text NOT NULL REFERENCES agencies (code),
    unit_agency  text NOT NULL REFERENCES agencies (code),
    granted_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agency, unit_agency),
    CHECK (agency <> unit_agency)
);

-- Whether operators of agency $1 may assign, or set the status of, units of agency $2.
CREATE FUNCTION may_task(text, text) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
    AS $$
    SELECT $1 = $2 OR EXISTS (SELECT 1 FROM tasking_grants g
                              WHERE g.agency = $1 AND g.unit_agency = $2)
    $$;

ALTER TABLE liaison_requests
    DROP CONSTRAINT liaison_requests_status_check,
    ADD CONSTRAINT liaison_requests_status_check CHECK (status IN
        ('open', 'acknowledged', 'answered', 'accepted', 'closed', 'rejected')),
    -- What an assistance request asks for: [{"unit_type": "fire_engine", "count": 1}, ...].
    ADD COLUMN needs jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(needs) = 'array'),
    -- Units the requesting side suggested, and units the receiving side offered instead.
    ADD COLUMN suggested_unit_ids bigint[] NOT NULL DEFAULT '{}'
        CHECK (cardinality(suggested_unit_ids) <= 16),
    ADD COLUMN proposed_unit_ids bigint[] NOT NULL DEFAULT '{}'
        CHECK (cardinality(proposed_unit_ids) <= 16),
    ADD COLUMN accepted_at timestamptz,
    -- For an agency without users in the centre: the outcome an operator took by telephone,
    -- {"contact": "KOPIS JMK", "note": "..."}.
    ADD COLUMN desk_record jsonb CHECK (desk_record IS NULL OR jsonb_typeof(desk_record) = 'object');

-- The units that went because a request was accepted; one assignment per unit and request.
ALTER TABLE assignments ADD COLUMN liaison_id bigint REFERENCES liaison_requests (id);
CREATE UNIQUE INDEX assignments_liaison_unit ON assignments (liaison_id, unit_id)
    WHERE liaison_id IS NOT NULL;

-- Whether a request from agency $1 to agency $2 has no receiving side in the centre: within one
-- country each agency answers for itself (liaison_side), and the fire and ambulance dispatch
-- centres have no users here. Its outcome is then taken by telephone and recorded at a desk by
-- the requesting side. Across the border the other country's officers answer.
CREATE INDEX users_agency ON users (agency) WHERE NOT disabled;
CREATE FUNCTION liaison_at_desk(text, text) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
    AS $$
    SELECT f.country = t.country
           AND NOT EXISTS (SELECT 1 FROM users u WHERE u.agency = $2 AND NOT u.disabled)
    FROM agencies f, agencies t
    WHERE f.code = $1 AND t.code = $2
    $$;

-- A list of units as the wire shows them: id, call sign, agency and type, in the order given.
CREATE FUNCTION unit_refs_json(ids bigint[]) RETURNS jsonb
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object('id', u.id, 'call_sign', u.call_sign,
                                                 'agency', u.agency, 'type', u.unit_type)
                              ORDER BY k.ord), '[]'::jsonb)
    FROM unnest(ids) WITH ORDINALITY AS k(id, ord) JOIN units u ON u.id = k.id
    $$;

-- The wire form of 0003 plus what an assistance request asks for and how it was answered.
CREATE OR REPLACE FUNCTION liaison_json(l liaison_requests) RETURNS jsonb
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT jsonb_build_object(
        'id', l.id,
        'from_agency', l.from_agency,
        'to_agency', l.to_agency,
        'direction', (SELECT f.country || '→' || t.country FROM agencies f, agencies t
                      WHERE f.code = l.from_agency AND t.code = l.to_agency),
        'kind', l.kind,
        'incident_id', l.incident_id,
        'subject', l.subject,
        'body', l.body,
        'priority', l.priority,
        'status', l.status,
        'due_at', iso_time(l.due_at),
        'overdue', l.status IN ('open', 'acknowledged') AND l.due_at < now(),
        'created_by', (SELECT username FROM users WHERE id = l.created_by),
        'created_at', iso_time(l.created_at),
        'acknowledged_at', iso_time(l.acknowledged_at),
        'answered_at', iso_time(l.answered_at),
        'accepted_at', iso_time(l.accepted_at),
        'closed_at', iso_time(l.closed_at),
        'reject_reason', l.reject_reason,
        'needs', l.needs,
        'suggested_units', unit_refs_json(l.suggested_unit_ids),
        'proposed_units', unit_refs_json(l.proposed_unit_ids),
        'assigned_units', unit_refs_json(ARRAY(SELECT a.unit_id FROM assignments a
                                               WHERE a.liaison_id = l.id ORDER BY a.id)),
        'desk', liaison_at_desk(l.from_agency, l.to_agency),
        'desk_record', l.desk_record,
        'replies', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                 'id', r.id,
                                 'author', (SELECT username FROM users WHERE id = r.author_user_id),
                                 'agency', r.agency,
                                 'at', iso_time(r.at),
                                 'body', r.body) ORDER BY r.id)
                             FROM liaison_replies r WHERE r.request_id = l.id), '[]'::jsonb),
        'version', l.version)
    $$;

-- The wire form of 0002 plus the assistance request that sent the unit.
CREATE OR REPLACE FUNCTION assignment_json(a assignments) RETURNS jsonb
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT jsonb_build_object(
        'id', a.id,
        'incident_id', a.incident_id,
        'unit_id', a.unit_id,
        'call_sign', (SELECT call_sign FROM units WHERE id = a.unit_id),
        'status', CASE
            WHEN a.cleared_at IS NOT NULL THEN 'cleared'
            WHEN a.on_scene_at IS NOT NULL THEN 'on_scene'
            WHEN a.en_route_at IS NOT NULL THEN 'en_route'
            WHEN a.acknowledged_at IS NOT NULL THEN 'acknowledged'
            ELSE 'assigned' END,
        'assigned_at', iso_time(a.assigned_at),
        'acknowledged_at', iso_time(a.acknowledged_at),
        'en_route_at', iso_time(a.en_route_at),
        'on_scene_at', iso_time(a.on_scene_at),
        'cleared_at', iso_time(a.cleared_at),
        'assigned_by', (SELECT username FROM users WHERE id = a.assigned_by),
        'liaison_id', a.liaison_id,
        'version', a.version)
    $$;

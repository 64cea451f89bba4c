-- The dispatch domain: incident and unit types, units, incidents, assignments, timelines,
-- liaison requests, the gazetteer, the event log and idempotent request ids.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Lower-case text without diacritics ("Břeclav" → "breclav"); immutable so it can be indexed.
CREATE FUNCTION search_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TABLE incident_types (
    code              text PRIMARY KEY CHECK (code ~ '^[a-z_]{2,32}$'),
    name_cs           text NOT NULL,
    name_sk           text NOT NULL,
    name_en           text NOT NULL,
    default_priority  smallint NOT NULL CHECK (default_priority BETWEEN 1 AND 4),
    sort_order        integer NOT NULL
);

INSERT INTO incident_types (code, name_cs, name_sk, name_en, default_priority, sort_order) VALUES
    ('traffic_accident', 'Dopravní nehoda',        'Dopravná nehoda',         'Traffic accident', 2, 10),
    ('fire',             'Požár',                  'Požiar',                  'Fire',             1, 20),
    ('flood',            'Povodeň',                'Povodeň',                 'Flood',            2, 30),
    ('missing_person',   'Pohřešovaná osoba',      'Nezvestná osoba',         'Missing person',   2, 40),
    ('hot_pursuit',      'Pronásledování',         'Prenasledovanie',         'Hot pursuit',      1, 50),
    ('theft',            'Krádež',                 'Krádež',                  'Theft',            3, 60),
    ('assault',          'Napadení',               'Napadnutie',              'Assault',          2, 70),
    ('public_order',     'Narušení veřejného pořádku', 'Narušenie verejného poriadku', 'Public order', 3, 80),
    ('hazmat',           'Nebezpečné látky',       'Nebezpečné látky',        'Hazardous materials', 1, 90),
    ('border_incident',  'Událost na hranici',     'Udalosť na hranici',      'Border incident',  2, 100),
    ('other',            'Jiná událost',           'Iná udalosť',             'Other',            3, 110);

CREATE TABLE unit_types (
    code     text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,31}$'),
    name_cs  text NOT NULL,
    name_sk  text NOT NULL,
    name_en  text NOT NULL
);

INSERT INTO unit_types (code, name_cs, name_sk, name_en) VALUES
    ('patrol_car',             'Hlídkový vůz',          'Hliadkové vozidlo',       'Patrol car'),
    ('surveillance_car',       'Sledovací vůz',         'Sledovacie vozidlo',      'Surveillance car'),
    ('motorcycle',             'Motocykl',              'Motocykel',               'Motorcycle'),
    ('k9_unit',                'Kynologická hlídka',    'Kynologická hliadka',     'K9 unit'),
    ('rescue_boat',            'Záchranný člun',        'Záchranný čln',           'Rescue boat'),
    ('decontamination_tent',   'Dekontaminační stan',   'Dekontaminačný stan',     'Decontamination tent'),
    ('mobile_power_generator', 'Mobilní elektrocentrála', 'Mobilná elektrocentrála', 'Mobile power generator'),
    ('fire_engine',            'Cisternová stříkačka',  'Cisternová striekačka',   'Fire engine'),
    ('ambulance',              'Sanitka',               'Sanitka',                 'Ambulance');

CREATE TABLE units (
    id            bigserial PRIMARY KEY,
    call_sign     text NOT NULL UNIQUE CHECK (length(call_sign) BETWEEN 1 AND 32),
    agency        text NOT NULL REFERENCES agencies (code),
    unit_type     text NOT NULL REFERENCES unit_types (code),
    capabilities  text[] NOT NULL DEFAULT '{}',
    home_station  text NOT NULL,
    lat           double precision CHECK (lat BETWEEN -90 AND 90),
    lon           double precision CHECK (lon BETWEEN -180 AND 180),
    status        text NOT NULL DEFAULT 'available' CHECK (status IN
                      ('available', 'dispatched', 'en_route', 'on_scene', 'returning',
                       'out_of_service')),
    status_since  timestamptz NOT NULL DEFAULT now(),
    status_reason text,
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((lat IS NULL) = (lon IS NULL))
);

-- Reference numbers JCC-YYYY-NNNNNN count per year.
CREATE TABLE incident_ref_counters (
    year         integer PRIMARY KEY,
    last_number  integer NOT NULL
);

CREATE TABLE incidents (
    id             bigserial PRIMARY KEY,
    ref            text NOT NULL UNIQUE CHECK (ref ~ '^JCC-[0-9]{4}-[0-9]{6}$'),
    incident_type  text NOT NULL REFERENCES incident_types (code),
    priority       smallint NOT NULL CHECK (priority BETWEEN 1 AND 4),
    status         text NOT NULL DEFAULT 'new' CHECK (status IN
                       ('new', 'dispatched', 'on_scene', 'resolved', 'closed', 'cancelled')),
    location_text  text NOT NULL CHECK (length(location_text) BETWEEN 1 AND 300),
    municipality   text,
    country_side   char(2) CHECK (country_side IN ('CZ', 'SK')),
    lat            double precision CHECK (lat BETWEEN -90 AND 90),
    lon            double precision CHECK (lon BETWEEN -180 AND 180),
    description    text NOT NULL DEFAULT '',
    -- Personal data of the caller: read only through incident.caller, which is audited.
    caller         jsonb,
    created_by     bigint NOT NULL REFERENCES users (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    closed_at      timestamptz,
    version        integer NOT NULL DEFAULT 1,
    CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE INDEX incidents_open ON incidents (priority, created_at)
    WHERE status IN ('new', 'dispatched', 'on_scene');
CREATE INDEX incidents_created_at ON incidents (created_at);

CREATE TABLE assignments (
    id               bigserial PRIMARY KEY,
    incident_id      bigint NOT NULL REFERENCES incidents (id),
    unit_id          bigint NOT NULL REFERENCES units (id),
    assigned_by      bigint NOT NULL REFERENCES users (id),
    assigned_at      timestamptz NOT NULL DEFAULT now(),
    acknowledged_at  timestamptz,
    en_route_at      timestamptz,
    on_scene_at      timestamptz,
    cleared_at       timestamptz,
    version          integer NOT NULL DEFAULT 1
);
CREATE INDEX assignments_incident ON assignments (incident_id);
-- A unit works on one incident at a time.
CREATE UNIQUE INDEX assignments_unit_active ON assignments (unit_id) WHERE cleared_at IS NULL;

-- Append-only notes and system events of an incident.
CREATE TABLE timeline_entries (
    id              bigserial PRIMARY KEY,
    incident_id     bigint NOT NULL REFERENCES incidents (id),
    at              timestamptz NOT NULL DEFAULT now(),
    author_user_id  bigint REFERENCES users (id),
    kind            text NOT NULL CHECK (kind IN ('note', 'system')),
    body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000)
);
CREATE INDEX timeline_entries_incident ON timeline_entries (incident_id, at);

CREATE TABLE liaison_requests (
    id                   bigserial PRIMARY KEY,
    from_agency          text NOT NULL REFERENCES agencies (code),
    to_agency            text NOT NULL REFERENCES agencies (code),
    kind                 text NOT NULL CHECK (kind IN
                             ('information_request', 'assistance_request', 'hot_pursuit_notice',
                              'person_vehicle_check', 'equipment_loan', 'custody_handover')),
    incident_id          bigint REFERENCES incidents (id),
    subject              text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    body                 text NOT NULL CHECK (length(body) BETWEEN 1 AND 8000),
    priority             smallint NOT NULL CHECK (priority BETWEEN 1 AND 4),
    status               text NOT NULL DEFAULT 'open' CHECK (status IN
                             ('open', 'acknowledged', 'answered', 'closed', 'rejected')),
    due_at               timestamptz NOT NULL,
    created_by           bigint NOT NULL REFERENCES users (id),
    created_at           timestamptz NOT NULL DEFAULT now(),
    acknowledged_at      timestamptz,
    answered_at          timestamptz,
    closed_at            timestamptz,
    overdue_notified_at  timestamptz,
    version              integer NOT NULL DEFAULT 1
);
CREATE INDEX liaison_requests_open ON liaison_requests (due_at)
    WHERE status IN ('open', 'acknowledged');

CREATE TABLE liaison_replies (
    id              bigserial PRIMARY KEY,
    request_id      bigint NOT NULL REFERENCES liaison_requests (id),
    author_user_id  bigint NOT NULL REFERENCES users (id),
    agency          text NOT NULL REFERENCES agencies (code),
    at              timestamptz NOT NULL DEFAULT now(),
    body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 8000)
);
CREATE INDEX liaison_replies_request ON liaison_replies (request_id, at);

-- The gazetteer: towns, municipalities, border crossings and stations.
CREATE TABLE places (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('town', 'municipality', 'border_crossing', 'station')),
    country     char(2) NOT NULL CHECK (country IN ('CZ', 'SK')),
    region      text NOT NULL,
    lat         double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon         double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    search_name text GENERATED ALWAYS AS (search_key(name)) STORED
);
CREATE INDEX places_search_trgm ON places USING gin (search_name gin_trgm_ops);

INSERT INTO places (name, kind, country, region, lat, lon) VALUES
    ('Brno', 'town', 'CZ', 'Jihomoravský kraj', 49.19522, 16.60796),
    ('Hodonín', 'town', 'CZ', 'Jihomoravský kraj', 48.84893, 17.13244),
    ('Břeclav', 'town', 'CZ', 'Jihomoravský kraj', 48.75897, 16.88203),
    ('Znojmo', 'town', 'CZ', 'Jihomoravský kraj', 48.8555, 16.0488),
    ('Mikulov', 'town', 'CZ', 'Jihomoravský kraj', 48.80556, 16.6378),
    ('Hustopeče', 'town', 'CZ', 'Jihomoravský kraj', 48.94085, 16.73762),
    ('Kyjov', 'town', 'CZ', 'Jihomoravský kraj', 49.01018, 17.12253),
    ('Veselí nad Moravou', 'town', 'CZ', 'Jihomoravský kraj', 48.95363, 17.37648),
    ('Strážnice', 'town', 'CZ', 'Jihomoravský kraj', 48.90102, 17.3168),
    ('Lanžhot', 'town', 'CZ', 'Jihomoravský kraj', 48.72443, 16.96695),
    ('Valtice', 'town', 'CZ', 'Jihomoravský kraj', 48.74069, 16.75499),
    ('Mikulčice', 'town', 'CZ', 'Jihomoravský kraj', 48.81643, 17.05107),
    ('Sudoměřice', 'town', 'CZ', 'Jihomoravský kraj', 48.86723, 17.25676),
    ('Velká nad Veličkou', 'town', 'CZ', 'Jihomoravský kraj', 48.88257, 17.5206),
    ('Vyškov', 'town', 'CZ', 'Jihomoravský kraj', 49.27747, 16.99897),
    ('Trnava', 'town', 'SK', 'Trnavský kraj', 48.37741, 17.58723),
    ('Skalica', 'town', 'SK', 'Trnavský kraj', 48.8449, 17.22635),
    ('Holíč', 'town', 'SK', 'Trnavský kraj', 48.81105, 17.16238),
    ('Senica', 'town', 'SK', 'Trnavský kraj', 48.67922, 17.36697),
    ('Gbely', 'town', 'SK', 'Trnavský kraj', 48.718, 17.11628),
    ('Piešťany', 'town', 'SK', 'Trnavský kraj', 48.59479, 17.82591),
    ('Hlohovec', 'town', 'SK', 'Trnavský kraj', 48.43174, 17.8031),
    ('Galanta', 'town', 'SK', 'Trnavský kraj', 48.19001, 17.72747),
    ('Dunajská Streda', 'town', 'SK', 'Trnavský kraj', 47.99268, 17.61211),
    ('Šamorín', 'town', 'SK', 'Trnavský kraj', 48.03015, 17.30972),
    ('Brodské – Lanžhot (D2 / D2)', 'border_crossing', 'SK', 'Trnavský kraj', 48.699, 16.96),
    ('Lanžhot – Brodské (silnice II/425)', 'border_crossing', 'CZ', 'Jihomoravský kraj', 48.705, 16.987),
    ('Hodonín – Holíč', 'border_crossing', 'CZ', 'Jihomoravský kraj', 48.832, 17.15),
    ('Sudoměřice – Skalica (do 3,5 t)', 'border_crossing', 'CZ', 'Jihomoravský kraj', 48.86, 17.238),
    ('Společné kontaktní pracoviště Hodonín – Holíč', 'station', 'CZ', 'Jihomoravský kraj', 48.834, 17.148),
    ('Obvodní oddělení PČR Hodonín', 'station', 'CZ', 'Jihomoravský kraj', 48.851, 17.13),
    ('Obvodní oddělení PČR Břeclav', 'station', 'CZ', 'Jihomoravský kraj', 48.759, 16.879),
    ('Obvodné oddelenie PZ Holíč', 'station', 'SK', 'Trnavský kraj', 48.811, 17.161),
    ('Obvodné oddelenie PZ Skalica', 'station', 'SK', 'Trnavský kraj', 48.845, 17.227);

-- Every committed change, in commit order. seq is gap-free: it comes from event_counter, whose
-- single row each writing transaction locks until it commits, so seq order is commit order
-- across transactions and server nodes.
CREATE TABLE events (
    seq        bigint PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    event      text NOT NULL,
    entity     text NOT NULL,
    entity_id  bigint NOT NULL,
    data       jsonb NOT NULL
);

CREATE TABLE event_counter (
    only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    last_seq  bigint NOT NULL
);
INSERT INTO event_counter (last_seq) VALUES (0);

-- Results of mutating requests by their client-made request id, so a retry returns the first
-- result and changes nothing.
CREATE TABLE request_results (
    request_id  text PRIMARY KEY CHECK (length(request_id) BETWEEN 8 AND 64),
    user_id     bigint NOT NULL REFERENCES users (id),
    op          text NOT NULL,
    result      jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Audit records of commands made through a server also name the server node.
ALTER TABLE audit ADD COLUMN node text;

-- The wire form of each entity (docs/protocol.md), defined once here and used by replies,
-- snapshots and events alike. Caller details never appear in it.
CREATE FUNCTION iso_time(timestamptz) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT to_char($1 AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

CREATE FUNCTION assignment_json(a assignments) RETURNS jsonb
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
        'version', a.version)
    $$;

CREATE FUNCTION unit_json(u units) RETURNS jsonb
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT jsonb_build_object(
        'id', u.id,
        'call_sign', u.call_sign,
        'agency', u.agency,
        'country', (SELECT country FROM agencies WHERE code = u.agency),
        'type', u.unit_type,
        'capabilities', to_jsonb(u.capabilities),
        'home_station', u.home_station,
        'position', CASE WHEN u.lat IS NULL THEN NULL
                         ELSE jsonb_build_object('lat', u.lat, 'lon', u.lon) END,
        'status', u.status,
        'status_since', iso_time(u.status_since),
        'status_reason', u.status_reason,
        'incident_id', (SELECT incident_id FROM assignments
                        WHERE unit_id = u.id AND cleared_at IS NULL),
        'version', u.version)
    $$;

CREATE FUNCTION incident_json(i incidents) RETURNS jsonb
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT jsonb_build_object(
        'id', i.id,
        'ref', i.ref,
        'type', i.incident_type,
        'priority', i.priority,
        'status', i.status,
        'location', jsonb_build_object(
            'text', i.location_text,
            'municipality', i.municipality,
            'country_side', i.country_side,
            'lat', i.lat,
            'lon', i.lon),
        'description', i.description,
        'has_caller', i.caller IS NOT NULL,
        'created_by', (SELECT username FROM users WHERE id = i.created_by),
        'created_at', iso_time(i.created_at),
        'updated_at', iso_time(i.updated_at),
        'closed_at', iso_time(i.closed_at),
        'assignments', coalesce((SELECT jsonb_agg(assignment_json(a) ORDER BY a.id)
                                 FROM assignments a WHERE a.incident_id = i.id), '[]'::jsonb),
        'version', i.version)
    $$;

CREATE FUNCTION timeline_json(t timeline_entries) RETURNS jsonb
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT jsonb_build_object(
        'id', t.id,
        'incident_id', t.incident_id,
        'at', iso_time(t.at),
        'author', (SELECT username FROM users WHERE id = t.author_user_id),
        'kind', t.kind,
        'body', t.body)
    $$;

CREATE FUNCTION liaison_json(l liaison_requests) RETURNS jsonb
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
        'closed_at', iso_time(l.closed_at),
        'replies', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                 'id', r.id,
                                 'author', (SELECT username FROM users WHERE id = r.author_user_id),
                                 'agency', r.agency,
                                 'at', iso_time(r.at),
                                 'body', r.body) ORDER BY r.id)
                             FROM liaison_replies r WHERE r.request_id = l.id), '[]'::jsonb),
        'version', l.version)
    $$;

-- Great-circle distance in metres between two WGS84 points (haversine).
CREATE FUNCTION distance_m(lat1 double precision, lon1 double precision,
                           lat2 double precision, lon2 double precision)
    RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
    SELECT 2 * 6371008.8 * asin(sqrt(
        power(sin(radians(lat2 - lat1) / 2), 2) +
        cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2)))
    $$;

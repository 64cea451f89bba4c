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

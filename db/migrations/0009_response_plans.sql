-- Response plans (what each kind of incident needs), the border crossings over the Morava, and
-- the vehicle classes that may use them: unit.recommend fills a plan's needs with the units
-- that reach the incident soonest by a way that exists (docs/protocol.md, "unit.recommend").

-- Units over 3.5 t, which the Skalica–Sudoměřice bridge does not carry.
ALTER TABLE unit_types ADD COLUMN heavy boolean NOT NULL DEFAULT false;
UPDATE unit_types SET heavy = true
    WHERE code IN ('fire_engine', 'rescue_boat', 'decontamination_tent', 'mobile_power_generator');

-- The Morava is the border from the Dyje confluence up to between Rohatec and Skalica; vehicles
-- cross it only here. Positions are the crossings' bridges, to about 500 m.
CREATE TABLE border_crossings (
    code          text PRIMARY KEY CHECK (code ~ '^[a-z0-9_]{2,32}$'),
    name          text NOT NULL,
    lat           double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon           double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    max_weight_t  numeric CHECK (max_weight_t > 0) -- null: no limit
);

INSERT INTO border_crossings (code, name, lat, lon, max_weight_t) VALUES
    ('d2_lanzhot_brodske', 'D2 Lanžhot–Brodské', 48.6880, 16.9870, NULL),
    ('lanzhot_brodske',    'Lanžhot–Brodské',    48.7000, 16.9990, NULL),
    ('hodonin_holic',      'Hodonín–Holíč',      48.8390, 17.1430, NULL),
    ('sudomerice_skalica', 'Sudoměřice–Skalica', 48.8580, 17.2420, 3.5);

-- The side of the border a position lies on: the country of the nearest town or municipality
-- of the gazetteer (a few hundred rows).
CREATE FUNCTION side_of(lat double precision, lon double precision) RETURNS char(2)
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
    AS $$
    SELECT p.country FROM places p WHERE p.kind IN ('town', 'municipality')
    ORDER BY distance_m(lat, lon, p.lat, p.lon) LIMIT 1
    $$;

-- For each incident type and priority, the units it needs. A need with a condition applies only
-- when the operator says so (the power is out; people are injured).
CREATE TABLE response_plans (
    incident_type  text NOT NULL REFERENCES incident_types (code),
    priority       smallint NOT NULL CHECK (priority BETWEEN 1 AND 4),
    unit_type      text NOT NULL REFERENCES unit_types (code),
    count          smallint NOT NULL CHECK (count BETWEEN 1 AND 20),
    condition      text CHECK (condition IN ('power_out', 'injuries')),
    sort_order     smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (incident_type, priority, unit_type)
);

-- The defaults, for priorities 1 to 4; `p1` is the count at priority 1 where it is larger.
-- jcc-admin plan reset restores them from this table.
CREATE TABLE response_plan_defaults (
    incident_type  text NOT NULL REFERENCES incident_types (code),
    unit_type      text NOT NULL REFERENCES unit_types (code),
    count          smallint NOT NULL CHECK (count BETWEEN 1 AND 20),
    p1             smallint NOT NULL CHECK (p1 BETWEEN 1 AND 20),
    condition      text CHECK (condition IN ('power_out', 'injuries')),
    sort_order     smallint NOT NULL,
    PRIMARY KEY (incident_type, unit_type)
);

INSERT INTO response_plan_defaults (incident_type, unit_type, count, p1, condition, sort_order) VALUES
    ('fire',             'fire_engine',            1, 2, NULL,        1),
    ('fire',             'patrol_car',             1, 1, NULL,        2),
    ('fire',             'ambulance',              1, 1, 'injuries',  3),
    ('flood',            'rescue_boat',            1, 2, NULL,        1),
    ('flood',            'mobile_power_generator', 1, 1, 'power_out', 2),
    ('flood',            'patrol_car',             1, 1, NULL,        3),
    ('hazmat',           'decontamination_tent',   1, 1, NULL,        1),
    ('hazmat',           'fire_engine',            1, 2, NULL,        2),
    ('hazmat',           'patrol_car',             1, 1, NULL,        3),
    ('hazmat',           'ambulance',              1, 1, 'injuries',  4),
    ('missing_person',   'surveillance_car',       1, 1, NULL,        1),
    ('missing_person',   'k9_unit',                1, 1, NULL,        2),
    ('missing_person',   'patrol_car',             1, 1, NULL,        3),
    ('hot_pursuit',      'surveillance_car',       1, 1, NULL,        1),
    ('hot_pursuit',      'patrol_car',             1, 2, NULL,        2),
    ('traffic_accident', 'patrol_car',             1, 1, NULL,        1),
    ('traffic_accident', 'ambulance',              1, 1, 'injuries',  2),
    ('traffic_accident', 'fire_engine',            1, 1, 'injuries',  3),
    ('assault',          'patrol_car',             1, 1, NULL,        1),
    ('assault',          'ambulance',              1, 1, 'injuries',  2),
    ('theft',            'patrol_car',             1, 1, NULL,        1),
    ('public_order',     'patrol_car',             2, 3, NULL,        1),
    ('border_incident',  'patrol_car',             1, 1, NULL,        1),
    ('other',            'patrol_car',             1, 1, NULL,        1);

-- Replaces the plans of incident type $1 (every plan when null) with the defaults; returns the
-- number of lines written. Used here and by jcc-admin plan reset.
CREATE FUNCTION reset_response_plans(only_type text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    written integer;
BEGIN
    DELETE FROM response_plans WHERE only_type IS NULL OR incident_type = only_type;
    INSERT INTO response_plans (incident_type, priority, unit_type, count, condition, sort_order)
        SELECT d.incident_type, p.priority, d.unit_type,
               CASE WHEN p.priority = 1 THEN d.p1 ELSE d.count END, d.condition, d.sort_order
        FROM response_plan_defaults d CROSS JOIN generate_series(1, 4) AS p(priority)
        WHERE only_type IS NULL OR d.incident_type = only_type;
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END
$$;

SELECT reset_response_plans(NULL);

-- What an incident's assistance requests ask for (unit.recommend counts it against the plan).
CREATE INDEX liaison_requests_incident ON liaison_requests (incident_id)
    WHERE incident_id IS NOT NULL;

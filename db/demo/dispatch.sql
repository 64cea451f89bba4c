-- Demo units and incidents for scripts/demo (loaded by `jcc-admin demo seed` after the demo
-- users exist). Positions are at or near the units' home stations.

INSERT INTO units (call_sign, agency, unit_type, capabilities, home_station, lat, lon, status,
                   status_reason) VALUES
    ('PCR-HO-01',   'PCR',     'patrol_car',             '{traffic,first_aid}',      'OOP Hodonín',     48.8510, 17.1300, 'available', NULL),
    ('PCR-HO-02',   'PCR',     'patrol_car',             '{traffic}',                'OOP Hodonín',     48.8440, 17.1150, 'available', NULL),
    ('PCR-BV-01',   'PCR',     'patrol_car',             '{traffic,first_aid}',      'OOP Břeclav',     48.7420, 16.9400, 'en_route', NULL),
    ('PCR-BV-02',   'PCR',     'motorcycle',             '{traffic}',                'OOP Břeclav',     48.7590, 16.8790, 'available', NULL),
    ('PCR-JMK-S1',  'PCR',     'surveillance_car',       '{surveillance,anpr}',      'KŘP JMK Brno',    49.1950, 16.6080, 'available', NULL),
    ('PCR-HO-K9',   'PCR',     'k9_unit',                '{search,tracking}',        'OOP Hodonín',     48.8490, 17.1320, 'available', NULL),
    ('PZ-HL-01',    'PZSR',    'patrol_car',             '{traffic,first_aid}',      'OO PZ Holíč',     48.8110, 17.1610, 'available', NULL),
    ('PZ-SI-01',    'PZSR',    'patrol_car',             '{traffic}',                'OO PZ Skalica',   48.8450, 17.2270, 'available', NULL),
    ('PZ-SE-01',    'PZSR',    'patrol_car',             '{traffic}',                'OO PZ Senica',    48.6790, 17.3670, 'out_of_service', 'Servis vozidla'),
    ('PZ-TT-S1',    'PZSR',    'surveillance_car',       '{surveillance,anpr}',      'KR PZ Trnava',    48.3770, 17.5870, 'available', NULL),
    ('PZ-HL-K9',    'PZSR',    'k9_unit',                '{search,tracking}',        'OO PZ Holíč',     48.8100, 17.1640, 'available', NULL),
    ('HZS-HO-CAS',  'HZS-JMK', 'fire_engine',            '{fire,technical_rescue}',  'PS Hodonín',      48.8560, 17.1210, 'available', NULL),
    ('HZS-BV-CAS',  'HZS-JMK', 'fire_engine',            '{fire,technical_rescue}',  'PS Břeclav',      48.7610, 16.8870, 'available', NULL),
    ('HZS-BV-CLUN', 'HZS-JMK', 'rescue_boat',            '{water_rescue,flood}',     'PS Břeclav',      48.7560, 16.8930, 'available', NULL),
    ('HZS-JMK-DEKO','HZS-JMK', 'decontamination_tent',   '{hazmat,decontamination}', 'CHS Brno',        49.1900, 16.6200, 'available', NULL),
    ('HZS-JMK-EC1', 'HZS-JMK', 'mobile_power_generator', '{power_supply,flood}',     'PS Hodonín',      48.8560, 17.1220, 'available', NULL),
    ('HAZZ-SI-CAS', 'HAZZ-TT', 'fire_engine',            '{fire,technical_rescue}',  'HS Skalica',      48.8470, 17.2200, 'available', NULL),
    ('HAZZ-SI-CLN', 'HAZZ-TT', 'rescue_boat',            '{water_rescue,flood}',     'HS Skalica',      48.8460, 17.2210, 'available', NULL),
    ('ZZS-HO-01',   'ZZS-JMK', 'ambulance',              '{medical}',                'ZZS Hodonín',     48.8530, 17.1250, 'available', NULL),
    ('ZZS-SI-01',   'ZZS-SK',  'ambulance',              '{medical}',                'ZZS Skalica',     48.8440, 17.2300, 'available', NULL);

INSERT INTO incident_ref_counters (year, last_number)
VALUES (extract(year FROM now() AT TIME ZONE 'Europe/Prague')::integer, 4)
ON CONFLICT (year) DO UPDATE SET last_number = incident_ref_counters.last_number + 4;

WITH counter AS (
    SELECT year, last_number - 4 AS base
    FROM incident_ref_counters
    WHERE year = extract(year FROM now() AT TIME ZONE 'Europe/Prague')::integer
), author AS (
    SELECT id FROM users WHERE username = 'novak'
), demo (n, incident_type, priority, status, location_text, municipality, country_side, lat, lon,
         description, caller, minutes_ago) AS (VALUES
    (1, 'traffic_accident', 2, 'dispatched', 'D2 km 56, směr Brno', 'Lanžhot', 'CZ',
        48.7240, 16.9700, 'Srážka dvou osobních vozidel, jedna osoba zraněna.',
        '{"name": "Petr Svoboda", "phone": "+420 605 123 456"}'::jsonb, 25),
    (2, 'theft', 3, 'new', 'Námestie mieru, pred bankou', 'Holíč', 'SK',
        48.8110, 17.1625, 'Krádež bicykla pred pobočkou banky.',
        '{"name": "Mária Kováčová", "phone": "+421 905 111 222"}'::jsonb, 12),
    (3, 'missing_person', 2, 'new', 'Bažantnice, lesní cesta u Moravy', 'Hodonín', 'CZ',
        48.8300, 17.1450, 'Pohřešovaný senior (78 let), naposledy viděn u řeky.',
        '{"name": "Eva Horáková", "phone": "+420 777 987 654"}'::jsonb, 40),
    (4, 'flood', 2, 'new', 'Morava, pravý breh pri hraničnom priechode', 'Skalica', 'SK',
        48.8580, 17.2350, 'Stúpajúca hladina rieky, zaplavená prístupová cesta.',
        NULL, 5)
), inserted AS (
    INSERT INTO incidents (ref, incident_type, priority, status, location_text, municipality,
                           country_side, lat, lon, description, caller, created_by, created_at,
                           updated_at)
    SELECT format('JCC-%s-%s', counter.year, lpad((counter.base + demo.n)::text, 6, '0')),
           demo.incident_type, demo.priority, demo.status, demo.location_text, demo.municipality,
           demo.country_side, demo.lat, demo.lon, demo.description, demo.caller, author.id,
           now() - make_interval(mins => demo.minutes_ago),
           now() - make_interval(mins => demo.minutes_ago)
    FROM demo, counter, author
    RETURNING id, incident_type, created_by, created_at
)
INSERT INTO timeline_entries (incident_id, at, author_user_id, kind, body)
SELECT id, created_at, created_by, 'system', 'Incident created' FROM inserted;

INSERT INTO assignments (incident_id, unit_id, assigned_by, assigned_at, acknowledged_at, en_route_at)
SELECT i.id, u.id, i.created_by, i.created_at + interval '2 minutes',
       i.created_at + interval '3 minutes', i.created_at + interval '3 minutes'
FROM incidents i, units u
WHERE i.incident_type = 'traffic_accident' AND i.municipality = 'Lanžhot' AND u.call_sign = 'PCR-BV-01';

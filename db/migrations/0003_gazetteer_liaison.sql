-- More of the gazetteer (towns and municipalities along the border on both sides), the reason a
-- liaison request was rejected, and which side of a liaison request a user acts for.

-- Coordinates are WGS84 village or town centres: GeoNames for the Czech places and the Slovak
-- towns, Wikipedia for the Slovak villages. The five rows marked "(to the minute)" are known only
-- to an arc minute (about 1 km).
INSERT INTO places (name, kind, country, region, lat, lon) VALUES
    -- Okres Břeclav
    ('Lednice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.79992, 16.80339),
    ('Podivín', 'town', 'CZ', 'Jihomoravský kraj', 48.82554, 16.84822),
    ('Velké Pavlovice', 'town', 'CZ', 'Jihomoravský kraj', 48.90469, 16.81605),
    ('Velké Bílovice', 'town', 'CZ', 'Jihomoravský kraj', 48.84929, 16.89227),
    ('Moravská Nová Ves', 'municipality', 'CZ', 'Jihomoravský kraj', 48.80304, 17.01371),
    ('Týnec', 'municipality', 'CZ', 'Jihomoravský kraj', 48.77943, 17.01322),
    ('Tvrdonice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.76048, 16.99446),
    ('Hrušky', 'municipality', 'CZ', 'Jihomoravský kraj', 48.79272, 16.97404),
    ('Kostice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.74685, 16.97869),
    ('Hlohovec', 'municipality', 'CZ', 'Jihomoravský kraj', 48.77399, 16.7623),
    ('Rakvice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.85811, 16.8133),
    ('Zaječí', 'municipality', 'CZ', 'Jihomoravský kraj', 48.87295, 16.76646),
    ('Moravský Žižkov', 'municipality', 'CZ', 'Jihomoravský kraj', 48.83285, 16.9314),
    ('Prušánky', 'municipality', 'CZ', 'Jihomoravský kraj', 48.8284, 16.98068),
    ('Šakvice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.89746, 16.71424),
    ('Bořetice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.91302, 16.85306),
    ('Kobylí', 'municipality', 'CZ', 'Jihomoravský kraj', 48.93286, 16.89159),
    ('Vrbice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.91508, 16.89779),
    ('Klobouky u Brna', 'town', 'CZ', 'Jihomoravský kraj', 48.99609, 16.86298),
    ('Krumvíř', 'municipality', 'CZ', 'Jihomoravský kraj', 48.98901, 16.91027),
    ('Křepice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.99986, 16.71989),
    ('Velké Němčice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.99168, 16.67208),
    ('Dolní Dunajovice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.85447, 16.59283),
    ('Březí', 'municipality', 'CZ', 'Jihomoravský kraj', 48.81928, 16.56748),
    ('Drnholec', 'municipality', 'CZ', 'Jihomoravský kraj', 48.85746, 16.48586),
    ('Novosedly', 'municipality', 'CZ', 'Jihomoravský kraj', 48.83704, 16.49273),
    -- Okres Hodonín
    ('Rohatec', 'municipality', 'CZ', 'Jihomoravský kraj', 48.8804, 17.1833),
    ('Dubňany', 'town', 'CZ', 'Jihomoravský kraj', 48.91694, 17.09004),
    ('Bzenec', 'town', 'CZ', 'Jihomoravský kraj', 48.97336, 17.26685),
    ('Mutěnice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.90413, 17.02917),
    ('Čejkovice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.90592, 16.9423),
    ('Čejč', 'municipality', 'CZ', 'Jihomoravský kraj', 48.94653, 16.96511),
    ('Hovorany', 'municipality', 'CZ', 'Jihomoravský kraj', 48.95493, 16.99346),
    ('Šardice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.96403, 17.02812),
    ('Dolní Bojanovice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.85861, 17.02859),
    ('Lužice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.84098, 17.07104),
    ('Ratíškovice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.92002, 17.16561),
    ('Vacenovice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.9451, 17.17404),
    ('Milotice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.95528, 17.14241),
    ('Vracov', 'town', 'CZ', 'Jihomoravský kraj', 48.97523, 17.211),
    ('Vlkoš', 'municipality', 'CZ', 'Jihomoravský kraj', 48.9896, 17.16356),
    ('Žeravice', 'municipality', 'CZ', 'Jihomoravský kraj', 49.02288, 17.23726),
    ('Domanín', 'municipality', 'CZ', 'Jihomoravský kraj', 49.00167, 17.28476),
    ('Ždánice', 'town', 'CZ', 'Jihomoravský kraj', 49.06729, 17.02751),
    ('Dambořice', 'municipality', 'CZ', 'Jihomoravský kraj', 49.03828, 16.91757),
    ('Moravský Písek', 'municipality', 'CZ', 'Jihomoravský kraj', 48.99016, 17.33269),
    ('Vnorovy', 'municipality', 'CZ', 'Jihomoravský kraj', 48.93096, 17.3505),
    ('Petrov', 'municipality', 'CZ', 'Jihomoravský kraj', 48.88196, 17.2781),
    ('Kněždub', 'municipality', 'CZ', 'Jihomoravský kraj', 48.88666, 17.39546),
    ('Hroznová Lhota', 'municipality', 'CZ', 'Jihomoravský kraj', 48.90784, 17.41697),
    ('Lipov', 'municipality', 'CZ', 'Jihomoravský kraj', 48.90495, 17.46171),
    ('Louka', 'municipality', 'CZ', 'Jihomoravský kraj', 48.91517, 17.48927),
    -- Okres Znojmo, Brno-venkov, Vyškov, Blansko
    ('Hrušovany nad Jevišovkou', 'town', 'CZ', 'Jihomoravský kraj', 48.82991, 16.40271),
    ('Šanov', 'municipality', 'CZ', 'Jihomoravský kraj', 48.80089, 16.37858),
    ('Hevlín', 'municipality', 'CZ', 'Jihomoravský kraj', 48.75209, 16.38131),
    ('Jaroslavice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.75657, 16.23351),
    ('Šatov', 'municipality', 'CZ', 'Jihomoravský kraj', 48.79317, 16.00992),
    ('Miroslav', 'town', 'CZ', 'Jihomoravský kraj', 48.94767, 16.31252),
    ('Moravský Krumlov', 'town', 'CZ', 'Jihomoravský kraj', 49.04893, 16.31169),
    ('Ivančice', 'town', 'CZ', 'Jihomoravský kraj', 49.10144, 16.37752),
    ('Pohořelice', 'town', 'CZ', 'Jihomoravský kraj', 48.98119, 16.52445),
    ('Vranovice', 'municipality', 'CZ', 'Jihomoravský kraj', 48.966, 16.6066),
    ('Židlochovice', 'town', 'CZ', 'Jihomoravský kraj', 49.03952, 16.61881),
    ('Rajhrad', 'town', 'CZ', 'Jihomoravský kraj', 49.09021, 16.60388),
    ('Modřice', 'town', 'CZ', 'Jihomoravský kraj', 49.11928, 16.60446),
    ('Šlapanice', 'town', 'CZ', 'Jihomoravský kraj', 49.16863, 16.72731),
    ('Slavkov u Brna', 'town', 'CZ', 'Jihomoravský kraj', 49.15325, 16.87649),
    ('Bučovice', 'town', 'CZ', 'Jihomoravský kraj', 49.14896, 17.00191),
    ('Kuřim', 'town', 'CZ', 'Jihomoravský kraj', 49.29852, 16.53144),
    ('Tišnov', 'town', 'CZ', 'Jihomoravský kraj', 49.34872, 16.42438),
    ('Blansko', 'town', 'CZ', 'Jihomoravský kraj', 49.36304, 16.64446),
    ('Boskovice', 'town', 'CZ', 'Jihomoravský kraj', 49.48751, 16.65997),
    -- Okres Skalica, Senica (Záhorie)
    ('Kopčany', 'municipality', 'SK', 'Trnavský kraj', 48.7875, 17.11611),
    ('Petrova Ves', 'municipality', 'SK', 'Trnavský kraj', 48.72083, 17.16083),
    ('Kúty', 'municipality', 'SK', 'Trnavský kraj', 48.65917, 17.02083),
    ('Šaštín-Stráže', 'town', 'SK', 'Trnavský kraj', 48.64167, 17.15139),
    ('Borský Mikuláš', 'municipality', 'SK', 'Trnavský kraj', 48.62778, 17.21278),
    ('Brodské', 'municipality', 'SK', 'Trnavský kraj', 48.683, 17.017), -- (to the minute)
    ('Sekule', 'municipality', 'SK', 'Trnavský kraj', 48.600, 17.000), -- (to the minute)
    ('Radošovce', 'municipality', 'SK', 'Trnavský kraj', 48.767, 17.283), -- (to the minute)
    ('Radimov', 'municipality', 'SK', 'Trnavský kraj', 48.750, 17.200), -- (to the minute)
    ('Smrdáky', 'municipality', 'SK', 'Trnavský kraj', 48.717, 17.300), -- (to the minute)
    -- The rest of the Trnava Region
    ('Sereď', 'town', 'SK', 'Trnavský kraj', 48.28639, 17.7375),
    ('Leopoldov', 'town', 'SK', 'Trnavský kraj', 48.44575, 17.76458),
    ('Vrbové', 'town', 'SK', 'Trnavský kraj', 48.61973, 17.7226),
    ('Smolenice', 'municipality', 'SK', 'Trnavský kraj', 48.50478, 17.43067),
    ('Sládkovičovo', 'town', 'SK', 'Trnavský kraj', 48.20137, 17.63852),
    ('Gabčíkovo', 'municipality', 'SK', 'Trnavský kraj', 47.89211, 17.57884),
    ('Veľký Meder', 'town', 'SK', 'Trnavský kraj', 47.85798, 17.76884);

-- A rejected request keeps the receiving side's reason.
ALTER TABLE liaison_requests
    ADD COLUMN reject_reason text CHECK (length(reject_reason) BETWEEN 1 AND 1000);

-- Which side of a request a user acts for: 'requesting', 'receiving' or NULL (neither). Across the
-- border every user of a country acts for its agencies (the joint centre's officers stand in for
-- their police, fire and rescue services); within one country each agency acts for itself.
CREATE FUNCTION liaison_side(from_agency text, to_agency text, user_agency text,
                             user_country text)
    RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT CASE
        WHEN f.country <> t.country AND user_country = t.country THEN 'receiving'
        WHEN f.country <> t.country AND user_country = f.country THEN 'requesting'
        WHEN f.country = t.country AND user_agency = to_agency THEN 'receiving'
        WHEN f.country = t.country AND user_agency = from_agency THEN 'requesting'
        END
    FROM agencies f, agencies t
    WHERE f.code = from_agency AND t.code = to_agency
    $$;

-- The wire form of 0002 plus 'reject_reason'.
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
        'closed_at', iso_time(l.closed_at),
        'reject_reason', l.reject_reason,
        'replies', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                 'id', r.id,
                                 'author', (SELECT username FROM users WHERE id = r.author_user_id),
                                 'agency', r.agency,
                                 'at', iso_time(r.at),
                                 'body', r.body) ORDER BY r.id)
                             FROM liaison_replies r WHERE r.request_id = l.id), '[]'::jsonb),
        'version', l.version)
    $$;

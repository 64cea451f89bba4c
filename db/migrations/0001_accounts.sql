-- Agencies, user accounts, login sessions and the audit trail.

CREATE TABLE agencies (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9-]{1,15}$'),
    name        text NOT NULL,
    short_name  text NOT NULL,
    country     char(2) NOT NULL CHECK (country IN ('CZ', 'SK')),
    kind        text NOT NULL CHECK (kind IN ('police', 'fire', 'ambulance'))
);

INSERT INTO agencies (code, name, short_name, country, kind) VALUES
    ('PCR',     'Policie České republiky',                            'PČR',     'CZ', 'police'),
    ('PZSR',    'Policajný zbor Slovenskej republiky',                'PZ SR',   'SK', 'police'),
    ('HZS-JMK', 'Hasičský záchranný sbor Jihomoravského kraje',       'HZS JMK', 'CZ', 'fire'),
    ('HAZZ-TT', 'Hasičský a záchranný zbor, krajské riaditeľstvo Trnava', 'HaZZ Trnava', 'SK', 'fire'),
    ('ZZS-JMK', 'Zdravotnická záchranná služba Jihomoravského kraje', 'ZZS JMK', 'CZ', 'ambulance'),
    ('ZZS-SK',  'Záchranná zdravotná služba Slovenskej republiky',    'ZZS SR',  'SK', 'ambulance');

CREATE TABLE users (
    id              bigserial PRIMARY KEY,
    username        text NOT NULL UNIQUE CHECK (username ~ '^[a-z][a-z0-9._-]{1,63}$'),
    full_name       text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    role            text NOT NULL CHECK (role IN ('operator', 'supervisor', 'admin')),
    agency          text NOT NULL REFERENCES agencies (code),
    country         char(2) NOT NULL CHECK (country IN ('CZ', 'SK')),
    language        text NOT NULL CHECK (language IN ('cs', 'sk', 'en')),
    password_hash   text NOT NULL,
    disabled        boolean NOT NULL DEFAULT false,
    failed_logins   integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 1
);

CREATE TABLE sessions (
    id              bigserial PRIMARY KEY,
    user_id         bigint NOT NULL REFERENCES users (id),
    token_hash      text NOT NULL UNIQUE,
    client_address  text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_used_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz
);
CREATE INDEX sessions_user_live ON sessions (user_id) WHERE revoked_at IS NULL;

-- Append-only: who did what to which record, when, from where, before and after.
CREATE TABLE audit (
    id              bigserial PRIMARY KEY,
    at              timestamptz NOT NULL DEFAULT now(),
    actor_user_id   bigint REFERENCES users (id),
    actor           text NOT NULL,
    source          text NOT NULL,
    action          text NOT NULL,
    entity          text NOT NULL,
    entity_id       text,
    before          jsonb,
    after           jsonb
);
CREATE INDEX audit_entity ON audit (entity, entity_id);
CREATE INDEX audit_at ON audit (at);

CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit records cannot be changed or deleted';
END;
$$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();

-- Session tokens rotate: every resume gives the console a new token. The one it replaced stays
-- good for a minute (rotated_at), so a console whose connection dropped before the reply with
-- the new token arrived can still resume once. A session also ends at an absolute lifetime
-- counted from created_at (jcc-server --session-lifetime).
ALTER TABLE sessions
    ADD COLUMN previous_token_hash text,
    ADD COLUMN rotated_at timestamptz;

CREATE INDEX sessions_previous_token ON sessions (previous_token_hash)
    WHERE previous_token_hash IS NOT NULL;

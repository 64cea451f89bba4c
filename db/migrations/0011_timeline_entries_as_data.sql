-- Timeline entries as data: the server writes a kind and its fields (server/core/TimelineEntry.hpp,
-- docs/protocol.md "Timeline entries"), and each console renders them in its user's language.
-- `body` keeps an operator's note as written and, for the other kinds, the entry in English for
-- readers that do not know the kind. Entries written before this migration are converted from
-- their English text; one that matches no known form stays kind 'system' with its text.

ALTER TABLE timeline_entries
    ADD COLUMN data jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(data) = 'object'),
    DROP CONSTRAINT timeline_entries_kind_check,
    ADD CONSTRAINT timeline_entries_kind_check CHECK (kind IN (
        'note', 'system', 'created', 'changed', 'assigned', 'assignment_step', 'unit_status',
        'closed', 'cancelled', 'assistance_requested', 'assistance_accepted',
        'assistance_proposed', 'transfer_offered', 'transfer_accepted', 'transfer_declined',
        'transfer_withdrawn'));

-- Converts the old English text of a system entry; NULL when it matches no known form.
CREATE FUNCTION pg_temp.timeline_from_text(body text) RETURNS jsonb
    LANGUAGE plpgsql IMMUTABLE
    AS $$
DECLARE
    m text[];
    changes jsonb := '[]';
    part text;
BEGIN
    IF body = 'Incident created' THEN
        RETURN jsonb_build_object('kind', 'created');
    ELSIF body IN ('Incident closed', 'Incident resolved and closed') THEN
        RETURN jsonb_build_object('kind', 'closed',
                                  'also_resolved', body = 'Incident resolved and closed');
    END IF;
    m := regexp_match(body, '^Changed (.+)$');
    IF m IS NOT NULL THEN
        FOREACH part IN ARRAY string_to_array(m[1], '; ') LOOP
            IF part ~ '^priority [1-4] → [1-4]$' THEN
                changes := changes || jsonb_build_object('field', 'priority',
                    'from', substr(part, 10, 1)::int, 'to', right(part, 1)::int);
            ELSIF part ~ '^type [a-z0-9_]+ → [a-z0-9_]+$' THEN
                changes := changes || jsonb_build_object('field', 'type',
                    'from', split_part(substr(part, 6), ' → ', 1),
                    'to', split_part(substr(part, 6), ' → ', 2));
            ELSIF part LIKE 'location %' THEN
                changes := changes || jsonb_build_object('field', 'location', 'to', substr(part, 10));
            ELSIF part = 'description' THEN
                changes := changes || jsonb_build_object('field', 'description');
            ELSE
                RETURN NULL;
            END IF;
        END LOOP;
        RETURN jsonb_build_object('kind', 'changed', 'changes', changes);
    END IF;
    m := regexp_match(body, '^(\S+) assigned$');
    IF m IS NOT NULL THEN
        RETURN jsonb_build_object('kind', 'assigned', 'unit', m[1]);
    END IF;
    m := regexp_match(body, '^(\S+) (acknowledged|en route|on scene|cleared)$');
    IF m IS NOT NULL THEN
        RETURN jsonb_build_object('kind', 'assignment_step', 'unit', m[1],
                                  'step', replace(m[2], ' ', '_'));
    END IF;
    m := regexp_match(body, '^(\S+) (available|dispatched|en_route|on_scene|returning|out_of_service|off_duty)(?:: (.*))?$');
    IF m IS NOT NULL THEN
        RETURN jsonb_strip_nulls(jsonb_build_object('kind', 'unit_status', 'unit', m[1],
                                                    'status', m[2], 'reason', m[3]));
    END IF;
    m := regexp_match(body, '^Incident cancelled: (.*?)(?:; cleared (.+))?$');
    IF m IS NOT NULL THEN
        RETURN jsonb_build_object('kind', 'cancelled', 'reason', m[1], 'cleared',
                                  to_jsonb(coalesce(string_to_array(m[2], ', '), '{}')));
    END IF;
    m := regexp_match(body, '^Requested from (\S+): 1 × (.+) \((\S+) suggested\)$');
    IF m IS NOT NULL THEN
        RETURN (SELECT jsonb_build_object('kind', 'assistance_requested', 'agency', m[1],
                                          'unit_type', code, 'count', 1, 'unit', m[3])
                FROM unit_types WHERE name_en = m[2]);
    END IF;
    m := regexp_match(body, '^(\S+) accepted liaison request (\d+)(?: \(by telephone: (.*)\))?$');
    IF m IS NOT NULL THEN
        RETURN jsonb_strip_nulls(jsonb_build_object('kind', 'assistance_accepted', 'agency', m[1],
                                                    'liaison_id', m[2]::bigint,
                                                    'desk_contact', m[3]));
    END IF;
    m := regexp_match(body, '^(\S+) proposes (.+) \(liaison request (\d+)\)$');
    IF m IS NOT NULL THEN
        RETURN jsonb_build_object('kind', 'assistance_proposed', 'agency', m[1],
                                  'units', to_jsonb(string_to_array(m[2], ', ')),
                                  'liaison_id', m[3]::bigint);
    END IF;
    m := regexp_match(body, '^Offered to (CZ|SK): (.*)$');
    IF m IS NOT NULL THEN
        RETURN jsonb_build_object('kind', 'transfer_offered', 'to', m[1], 'reason', m[2]);
    END IF;
    m := regexp_match(body, '^Taken over by (CZ|SK) \(responsible until now: (CZ|SK)\)$');
    IF m IS NOT NULL THEN
        RETURN jsonb_build_object('kind', 'transfer_accepted', 'by', m[1], 'from', m[2]);
    END IF;
    m := regexp_match(body, '^Declined by (CZ|SK): (.*)$');
    IF m IS NOT NULL THEN
        RETURN jsonb_build_object('kind', 'transfer_declined', 'by', m[1], 'reason', m[2]);
    END IF;
    m := regexp_match(body, '^Offer to (CZ|SK) withdrawn: (.*)$');
    IF m IS NOT NULL THEN
        RETURN jsonb_build_object('kind', 'transfer_withdrawn', 'to', m[1], 'reason', m[2]);
    END IF;
    RETURN NULL;
END
$$;

UPDATE timeline_entries t
SET kind = converted ->> 'kind', data = converted - 'kind'
FROM (SELECT id, pg_temp.timeline_from_text(body) AS converted
      FROM timeline_entries WHERE kind = 'system') c
WHERE t.id = c.id AND c.converted IS NOT NULL;

-- The entry as clients see it: its fields beside id, time, author, kind and body.
CREATE OR REPLACE FUNCTION timeline_json(t timeline_entries) RETURNS jsonb
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT t.data || jsonb_build_object(
        'id', t.id,
        'incident_id', t.incident_id,
        'at', iso_time(t.at),
        'author', (SELECT username FROM users WHERE id = t.author_user_id),
        'kind', t.kind,
        'body', t.body)
    $$;

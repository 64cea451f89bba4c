-- Which side of the centre answers for an incident, and the hand-over of that responsibility to
-- the other side: offered by the responsible side, then accepted or declined by the other
-- (docs/decisions/0005-responsibility-for-an-incident.md).

ALTER TABLE incidents
    ADD COLUMN responsible_side char(2) CHECK (responsible_side IN ('CZ', 'SK')),
    -- A pending hand-over: to the other side, by whom, when and why. All set or none.
    ADD COLUMN transfer_to char(2) CHECK (transfer_to IN ('CZ', 'SK')),
    ADD COLUMN transfer_offered_by bigint REFERENCES users (id),
    ADD COLUMN transfer_offered_at timestamptz,
    ADD COLUMN transfer_reason text CHECK (length(transfer_reason) <= 2000),
    ADD CONSTRAINT incidents_transfer_complete CHECK (
        (transfer_to IS NULL) = (transfer_offered_by IS NULL)
        AND (transfer_to IS NULL) = (transfer_offered_at IS NULL)
        AND (transfer_to IS NULL) = (transfer_reason IS NULL)),
    ADD CONSTRAINT incidents_transfer_other_side CHECK (transfer_to <> responsible_side);

-- The side an incident starts with: the country it lies in (as the operator gave it, or from
-- its position), else the side of the operator who logged it.
CREATE FUNCTION first_responsible_side(i incidents) RETURNS char(2)
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT coalesce(i.country_side,
                    CASE WHEN i.lat IS NOT NULL THEN side_of(i.lat, i.lon) END,
                    (SELECT u.country FROM users u WHERE u.id = i.created_by))
    $$;

UPDATE incidents i SET responsible_side = first_responsible_side(i);
ALTER TABLE incidents ALTER COLUMN responsible_side SET NOT NULL;

CREATE FUNCTION incidents_set_responsible_side() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF NEW.responsible_side IS NULL THEN
            NEW.responsible_side := first_responsible_side(NEW);
        END IF;
        RETURN NEW;
    END
    $$;
CREATE TRIGGER incidents_responsible_side BEFORE INSERT ON incidents
    FOR EACH ROW EXECUTE FUNCTION incidents_set_responsible_side();

-- Offers waiting for a side: the few open incidents offered to it.
CREATE INDEX incidents_transfer_pending ON incidents (transfer_to) WHERE transfer_to IS NOT NULL;

CREATE OR REPLACE FUNCTION incident_json(i incidents) RETURNS jsonb
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
        'responsible_side', i.responsible_side,
        'transfer', CASE WHEN i.transfer_to IS NULL THEN NULL ELSE jsonb_build_object(
            'to', i.transfer_to,
            'offered_by', (SELECT username FROM users WHERE id = i.transfer_offered_by),
            'offered_at', iso_time(i.transfer_offered_at),
            'reason', i.transfer_reason) END,
        'created_by', (SELECT username FROM users WHERE id = i.created_by),
        'created_at', iso_time(i.created_at),
        'updated_at', iso_time(i.updated_at),
        'closed_at', iso_time(i.closed_at),
        'assignments', coalesce((SELECT jsonb_agg(assignment_json(a) ORDER BY a.id)
                                 FROM assignments a WHERE a.incident_id = i.id), '[]'::jsonb),
        'version', i.version)
    $$;

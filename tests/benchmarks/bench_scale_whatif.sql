-- What-if of the indexes recommended by tests/benchmarks/bench_scale.py's
-- findings, on a database grown by it and KEPT (scripts/bench-scale --keep).
-- It CHANGES that throwaway database (a column, six indexes, VACUUM FULL):
-- measure the baseline first. Not used by the project's code. The hotel is
-- company 1 (as in scripts/bench-scale's database).
--   psql -d DB -f tests/benchmarks/bench_scale_whatif.sql
-- hotel_open stands for a stored, indexed "open" flag kept in sync with the
-- stage (NOT stage_id.closed), which PostgreSQL can estimate and index.
\set ON_ERROR_STOP on
ALTER TABLE helpdesk_ticket ADD COLUMN IF NOT EXISTS hotel_open boolean;
UPDATE helpdesk_ticket t SET hotel_open = NOT COALESCE(s.closed, false)
  FROM helpdesk_ticket_stage s WHERE s.id = t.stage_id;
CREATE INDEX IF NOT EXISTS hx_open_resolution ON helpdesk_ticket (resolution_deadline) WHERE hotel_ticket_type = 'complaint' AND hotel_open;
CREATE INDEX IF NOT EXISTS hx_open_response ON helpdesk_ticket (first_response_deadline) WHERE hotel_ticket_type = 'complaint' AND hotel_open AND acknowledged_date IS NULL;
CREATE INDEX IF NOT EXISTS hx_open ON helpdesk_ticket (id) WHERE hotel_ticket_type = 'complaint' AND hotel_open;
CREATE INDEX IF NOT EXISTS hx_list_order ON helpdesk_ticket (priority DESC, sequence, number DESC, id DESC) WHERE hotel_ticket_type = 'complaint';
CREATE INDEX IF NOT EXISTS hx_open_list_order ON helpdesk_ticket (priority DESC, sequence, number DESC, id DESC) WHERE hotel_ticket_type = 'complaint' AND hotel_open;
CREATE INDEX IF NOT EXISTS hx_reported ON helpdesk_ticket (reported_date) WHERE hotel_ticket_type = 'complaint';
VACUUM FULL ANALYZE helpdesk_ticket;
ANALYZE helpdesk_ticket_stage;
\echo === overdue with hotel_open
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT COUNT(*) FROM helpdesk_ticket WHERE active AND hotel_ticket_type = 'complaint' AND hotel_open AND ((acknowledged_date IS NULL AND first_response_deadline < now() at time zone 'UTC') OR resolution_deadline < now() at time zone 'UTC') AND (company_id IN (1) OR company_id IS NULL);
\echo === cron breach search with hotel_open
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id FROM helpdesk_ticket WHERE active AND hotel_ticket_type = 'complaint' AND hotel_open AND (hotel_sla_state != 'breached' OR hotel_sla_state IS NULL) AND ((acknowledged_date IS NULL AND first_response_deadline < now() at time zone 'UTC') OR resolution_deadline < now() at time zone 'UTC') ORDER BY priority DESC, sequence, number DESC, id DESC;
\echo === stuck with hotel_open and one task subquery
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT COUNT(*) FROM helpdesk_ticket WHERE active AND hotel_ticket_type = 'complaint' AND hotel_open AND (hotel_sla_state = 'breached' OR write_date < now() at time zone 'UTC' - interval '1 day' OR id IN (SELECT ticket_id FROM hotel_complaint_task WHERE state = 'open' AND deadline < now() at time zone 'UTC')) AND (company_id IN (1) OR company_id IS NULL);
\echo === list page with order index (all complaints)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, priority, number, name FROM helpdesk_ticket WHERE active AND hotel_ticket_type = 'complaint' AND (company_id IN (1) OR company_id IS NULL) ORDER BY priority DESC, sequence, number DESC, id DESC LIMIT 80;
\echo === list page of the open complaints (a default Open filter)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, priority, number, name FROM helpdesk_ticket WHERE active AND hotel_ticket_type = 'complaint' AND hotel_open AND (company_id IN (1) OR company_id IS NULL) ORDER BY priority DESC, sequence, number DESC, id DESC LIMIT 80;
\echo === pivot with reported_date index
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT category_id, severity, COUNT(*) FROM helpdesk_ticket WHERE active AND hotel_ticket_type = 'complaint' AND reported_date >= now() at time zone 'UTC' - interval '90 days' AND (company_id IN (1) OR company_id IS NULL) GROUP BY 1, 2 ORDER BY 1, 2;

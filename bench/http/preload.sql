-- Synthetic history for the lifecycle benchmark: :count returned dossiers of the demo agency spread
-- over 2025, each with its status history, so that queues, look-ups and the register run on a
-- realistically large table. Codes use the day of registration and a number the day's real
-- sequence never reaches (from 50000), so they cannot collide with dossiers the benchmark submits.
INSERT INTO dossier (id, version, code, agency_code, procedure_code, procedure_version_id, procedure_name, channel,
                     sets, status, applicant_kind, applicant_name, applicant_words, applicant_id_number, applicant_address,
                     applicant_phone, applicant_email, account_id, delivery, delivery_address, submitted_at,
                     received_at, appointment_at, rule_set, idempotency_key, timeliness)
SELECT gen_random_uuid(), 1,
       '000.00.31.H55-' || to_char(DATE '2025-01-01' + (n % 360), 'YYMMDD') || '-' || (50000 + n / 360),
       '000.00.31.H55', '1.013393.000.00.00.H55', gen_random_uuid(), 'Dữ liệu tổng hợp cho đo hiệu năng',
       CASE WHEN n % 10 < 9 THEN 'ONLINE' ELSE 'COUNTER' END, 1, 'RETURNED', 'CITIZEN',
       'Người nộp ' || n, ' nguoi nop ' || n || ' ', lpad((n % 1000000000000)::text, 12, '0'), 'Quảng Ngãi', '0905000000', NULL, NULL, 'ONLINE',
       NULL, TIMESTAMP '2025-01-01 08:00' + (n % 360) * INTERVAL '1 day',
       TIMESTAMP '2025-01-01 09:00' + (n % 360) * INTERVAL '1 day',
       TIMESTAMP '2025-01-08 09:00' + (n % 360) * INTERVAL '1 day', 'ND61-2018', NULL,
       CASE WHEN n % 20 = 0 THEN 'LATE' ELSE 'EARLY' END
FROM generate_series(1, :count) AS n;

INSERT INTO dossier_status_change (dossier_id, position, status, changed_at, actor, note)
SELECT d.id, s.position, s.status, d.submitted_at + s.position * INTERVAL '1 day', 'bench', NULL
FROM dossier d
CROSS JOIN (VALUES (0, 'SUBMITTED'), (1, 'RECEIVED'), (2, 'IN_PROGRESS'), (3, 'PROCESSED'), (4, 'RETURNED'))
     AS s(position, status)
WHERE d.procedure_name = 'Dữ liệu tổng hợp cho đo hiệu năng';
-- Only the tables filled here: an ANALYZE of an empty table (the steps, hand-overs, documents) lets
-- PostgreSQL cache a generic plan for a prepared statement with a sequential scan of that table, and
-- where autovacuum is off no later ANALYZE invalidates it, so the scans grow with every lifecycle run.
ANALYZE dossier;
ANALYZE dossier_status_change;

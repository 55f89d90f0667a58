-- Province-scale history for the reports, written straight into the dossier module's tables AND the
-- reporting module's read model (report_dossier), in one pass of generate_series per table.
-- PostgreSQL only (generate_series, FILTER, md5()::uuid, AT TIME ZONE). Run on a database that the
-- migrations have built (bench/report/run does both):
--   psql -v n=1000000 -v years=3 -v agencies=25 -v seed=0.42 -v until="'2026-11-15'" -f generate.sql
-- n: dossiers; years: span of receipt dates ending at :until; agencies: agencies of the province,
-- 000.00.NN.H55; 300 procedures in 20 sectors. Shares (realistic for a Sở, adjustable below):
-- channel 62 % online, 31 % at the desk, 7 % by post; 12 % one request for documents, 1 % two;
-- resolved 55 % early, 33 % on time, 12 % late; 3 % withdrawn, 2 % refused, 1 % stopped; dossiers
-- whose end falls after :until are still open; 95 % of results issued are electronic; online dossiers and
-- 40 % of the others hold their documents as files. Ratings (35 % of returned dossiers) are drawn in the
-- rating module's tables: every returned dossier is ratable (with the five officers who handled it), and
-- 35 % of them were rated online (three levels, each rating naming those officers).
-- Each dossier also gets the child rows a real one carries (bench/run-all measures new lifecycles beside
-- them): the seven steps of the one-stop procedure with their due times, the hand-overs between the steps
-- it has passed, three documents, and its status changes up to RETURNED; a dossier still open waits at
-- the specialist's step (step columns set, as the work queues read them). Not generated: audit entries
-- (a hash chain that SQL cannot extend in one pass) and files (the documents' file ids name none).
\set ON_ERROR_STOP on
\timing on
SET max_parallel_workers_per_gather = 0;  -- one ordered stream, so that setseed makes it repeatable
SET synchronous_commit = off;
SELECT setseed(:seed);

DROP TABLE IF EXISTS bench_fact;
CREATE UNLOGGED TABLE bench_fact AS
WITH base AS (
	SELECT i,
	       i % :agencies AS agency,
	       (random() * 300)::int % 300 AS proc,
	       random() AS r_channel, random() AS r_end, random() AS r_class, random() AS r_supplement,
	       random() AS r_time, random() AS r_rating,
	       (:until::timestamp - make_interval(days => 365 * :years))
	         + (i::float8 / :n) * make_interval(days => 365 * :years) AS received_local
	FROM generate_series(0, :n - 1) AS i
), shaped AS (
	SELECT b.*,
	       CASE WHEN r_channel < 0.62 THEN 'ONLINE' WHEN r_channel < 0.93 THEN 'COUNTER' ELSE 'POST' END AS channel,
	       (ARRAY[3, 5, 10, 15])[1 + proc % 4] AS working_days,
	       CASE WHEN r_supplement < 0.01 THEN 2 WHEN r_supplement < 0.13 THEN 1 ELSE 0 END AS supplements,
	       CASE WHEN r_end < 0.03 THEN 'WITHDRAWN' WHEN r_end < 0.05 THEN 'REFUSED' WHEN r_end < 0.06 THEN 'STOPPED'
	            ELSE 'PROCESSED' END AS ending
	FROM base b
), timed AS (
	SELECT s.*,
	       -- a working day is about 1.4 calendar days; a request for documents pauses the clock 2–10 days
	       received_local + make_interval(hours => (working_days * 1.4 * 24)::int)
	         + make_interval(days => supplements * (2 + (r_time * 8)::int)) AS due_local
	FROM shaped s
), ended AS (
	SELECT t.*,
	       CASE WHEN r_class < 0.55 THEN received_local + (due_local - received_local) * (0.2 + r_time * 0.6)
	            WHEN r_class < 0.88 THEN date_trunc('day', due_local) + (due_local - date_trunc('day', due_local)) * r_time
	            ELSE due_local + make_interval(hours => 2 + (r_time * 240)::int) END AS end_local
	FROM timed t
)
SELECT i, agency, proc, proc % 20 AS sector, channel, working_days, supplements, ending, r_rating,
       received_local, due_local,
       CASE WHEN end_local < :until::timestamp THEN end_local END AS ended_local,
       CASE WHEN end_local >= :until::timestamp THEN NULL
            WHEN supplements > 1 OR end_local > due_local THEN 'LATE'
            WHEN end_local::date < due_local::date THEN 'EARLY' ELSE 'ON_TIME' END AS final_class,
       md5('bench-dossier-' || i)::uuid AS id,
       '000.00.' || lpad((31 + agency)::text, 2, '0') || '.H55' AS agency_code,
       -- a day's numbers start at 0001 (legal-rules §3); 0000 is no code, and the status look-up refuses it
       '000.00.' || lpad((31 + agency)::text, 2, '0') || '.H55-' || to_char(received_local, 'YYMMDD') || '-'
         || lpad((1 + (i / :agencies) % 9999)::text, 4, '0') AS code,
       CASE WHEN end_local >= :until::timestamp THEN 'IN_PROGRESS' WHEN ending IN ('PROCESSED', 'REFUSED') THEN 'RETURNED'
            ELSE ending END AS status,
       '1.0' || lpad((13000 + proc)::text, 5, '0') || '.000.00.00.H55' AS procedure_code,
       -- documents held as files (online dossiers and 40 % of the others; service index 4.2)
       channel = 'ONLINE' OR i % 5 < 2 AS files,
       r_rating < 0.35 AS rated,
       CASE WHEN r_rating < 0.25 THEN 'VERY_SATISFIED' WHEN r_rating < 0.33 THEN 'SATISFIED' ELSE 'DISSATISFIED' END
         AS rating
FROM ended;

-- Bulk load: the loaded tables' indexes and constraints (and foreign keys pointing at them) are set
-- aside and rebuilt once at the end, many times faster than keeping them up row by row at 10 million.
SET maintenance_work_mem = '1GB';
\set tables '{dossier,dossier_status_change,dossier_step,dossier_handover,dossier_document,report_dossier,rating_ratable_dossier,rating_handler,rating,rating_officer}'
CREATE TEMP TABLE bench_constraint AS
SELECT c.contype, format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop_it,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
         AS restore
FROM pg_constraint c
WHERE c.contype IN ('p', 'u', 'f')
  AND (c.conrelid = ANY (:'tables'::regclass[]) OR c.confrelid = ANY (:'tables'::regclass[]));
CREATE TEMP TABLE bench_index AS
SELECT format('DROP INDEX %I.%I', i.schemaname, i.indexname) AS drop_it, i.indexdef AS restore
FROM pg_indexes i
WHERE i.schemaname = 'public' AND i.tablename = ANY (:'tables'::name[])
  AND i.indexname NOT IN (SELECT conname FROM pg_constraint);
SELECT drop_it FROM bench_constraint WHERE contype = 'f' \gexec
SELECT drop_it FROM bench_constraint WHERE contype <> 'f' \gexec
SELECT drop_it FROM bench_index \gexec

INSERT INTO dossier (id, version, code, agency_code, procedure_code, procedure_version_id, procedure_name, channel,
                     sets, status, applicant_kind, applicant_name, applicant_words, applicant_id_number, applicant_address,
                     applicant_phone, delivery, submitted_at, received_at, appointment_at, rule_set, timeliness,
                     returned_at, step_index, step_role, step_due_at)
SELECT id, 1, code, agency_code, procedure_code, md5('bench-procedure-' || proc)::uuid,
       'Thủ tục hành chính số ' || proc, channel, 1, status,
       'CITIZEN', 'Người nộp ' || i, ' nguoi nop ' || i || ' ', lpad(i::text, 12, '0'), 'Quảng Ngãi', '0905' || lpad((i % 1000000)::text, 6, '0'),
       'AT_DESK', (received_local - interval '10 minutes') AT TIME ZONE 'Asia/Ho_Chi_Minh',
       received_local AT TIME ZONE 'Asia/Ho_Chi_Minh', due_local, 'ND107', final_class,
       CASE WHEN ending IN ('PROCESSED', 'REFUSED') THEN ended_local AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
       CASE WHEN ended_local IS NULL THEN 2 END, CASE WHEN ended_local IS NULL THEN 'SPECIALIST' END,
       CASE WHEN ended_local IS NULL THEN received_local + (due_local - received_local) * 0.4 END
FROM bench_fact;

INSERT INTO dossier_status_change (dossier_id, position, status, changed_at, actor, note)
SELECT f.id, c.position, c.status, c.at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'bench', NULL
FROM bench_fact f
CROSS JOIN LATERAL (VALUES
	(0, 'SUBMITTED', f.received_local - interval '10 minutes'),
	(1, 'RECEIVED', f.received_local),
	(2, 'IN_PROGRESS', f.received_local + interval '1 hour'),
	(3, CASE WHEN f.ended_local IS NULL THEN NULL WHEN f.ending IN ('PROCESSED', 'REFUSED') THEN 'PROCESSED'
	         ELSE f.ending END, f.ended_local - interval '1 minute'),
	(4, CASE WHEN f.ended_local IS NOT NULL AND f.ending IN ('PROCESSED', 'REFUSED') THEN 'RETURNED' END, f.ended_local)
) AS c(position, status, at)
WHERE c.status IS NOT NULL;

-- The procedure's seven steps, their shares of the working days (ending at 1.0 of the due time; a step
-- starts where the one before ended), and how many a dossier has finished: all seven once resolved,
-- three if withdrawn or stopped, two while open (it waits at the third, the specialist's). A finished
-- step ends at its share of the time the dossier took.
CREATE TEMP TABLE bench_step (position int, name text, role text, share numeric, due_part float8, given_by text,
	start_part float8);
INSERT INTO bench_step VALUES
	(0, 'Tiếp nhận, kiểm tra hồ sơ, chuyển phòng chuyên môn', 'RECEPTION_OFFICER', 0.5, 0.1, 'desk', 0),
	(1, 'Phân công chuyên viên thụ lý', 'UNIT_HEAD', 0.5, 0.2, 'unithead', 0.1),
	(2, 'Thẩm định hồ sơ, kiểm tra thực tế (nếu có), dự thảo kết quả', 'SPECIALIST', 1.0, 0.4, 'specialist', 0.2),
	(3, 'Xem xét, trình lãnh đạo Sở', 'UNIT_HEAD', 1.0, 0.6, 'unithead', 0.4),
	(4, 'Phê duyệt, ký kết quả', 'AGENCY_LEADER', 1.0, 0.8, 'leader', 0.6),
	(5, 'Vào số, đóng dấu, phát hành kết quả', 'RECORDS_OFFICER', 0.5, 0.9, 'records', 0.8),
	(6, 'Trả kết quả cho người nộp', 'RECEPTION_OFFICER', 0.5, 1.0, 'desk', 0.9);
CREATE TEMP VIEW bench_step_times AS
SELECT f.id, f.received_local, f.due_local, s.*,
       CASE WHEN f.ended_local IS NULL THEN 2 WHEN f.ending IN ('PROCESSED', 'REFUSED') THEN 7 ELSE 3 END AS finished,
       f.received_local + (COALESCE(f.ended_local, f.received_local + interval '2 hours') - f.received_local)
         * CASE WHEN f.ended_local IS NULL THEN (s.position + 1) / 2.0
                WHEN f.ending IN ('PROCESSED', 'REFUSED') THEN s.due_part ELSE (s.position + 1) / 3.0 END AS done_local,
       f.received_local + (COALESCE(f.ended_local, f.received_local + interval '2 hours') - f.received_local)
         * CASE WHEN s.position = 0 THEN 0 WHEN f.ended_local IS NULL THEN s.position / 2.0
                WHEN f.ending IN ('PROCESSED', 'REFUSED') THEN s.start_part
                ELSE s.position / 3.0 END AS start_local
FROM bench_fact f CROSS JOIN bench_step s;

INSERT INTO dossier_step (dossier_id, position, name, role, unit_id, share, due_at, started_at, finished_at)
SELECT id, position, name, role, NULL, share, received_local + (due_local - received_local) * due_part,
       CASE WHEN position <= finished THEN start_local AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
       CASE WHEN position < finished THEN done_local AT TIME ZONE 'Asia/Ho_Chi_Minh' END
FROM bench_step_times;

INSERT INTO dossier_handover (dossier_id, position, handed_at, from_step, to_step, given_by, forward, comment)
SELECT id, position, done_local AT TIME ZONE 'Asia/Ho_Chi_Minh', position, CASE WHEN position < 6 THEN position + 1 END,
       given_by, true, CASE WHEN position = 6 THEN 'Trả kết quả' END
FROM bench_step_times
WHERE position < finished;

-- Three documents: the application form and two attachments, as files where the facts say so (the
-- reports' digitized_components count the same dossiers), on paper otherwise.
INSERT INTO dossier_document (dossier_id, position, required_document_index, name, originals, certified_copies,
                              photocopies, file_id, file_sha256, file_name, content_type, file_size)
SELECT f.id, d.position, d.position, d.name, d.originals, d.certified, 0,
       CASE WHEN f.files THEN md5('bench-file-' || f.i || '-' || d.position)::uuid::text END,
       CASE WHEN f.files THEN md5('bench-file-' || f.i || '-' || d.position) || md5('sha-' || f.i || '-' || d.position) END,
       CASE WHEN f.files THEN d.file_name END,
       CASE WHEN f.files THEN 'application/pdf' END,
       CASE WHEN f.files THEN 40000 + (f.i % 7) * 35000 ELSE 0 END
FROM bench_fact f
CROSS JOIN (VALUES
	(0, 'Văn bản đề nghị (theo mẫu)', 1, 0, 'don-de-nghi.pdf'),
	(1, 'Giấy chứng nhận đăng ký doanh nghiệp', 0, 1, 'dang-ky-doanh-nghiep.pdf'),
	(2, 'Tài liệu chứng minh điều kiện', 1, 0, 'tai-lieu.pdf')
) AS d(position, name, originals, certified, file_name);

INSERT INTO report_dossier (dossier_id, dossier_version, code, agency_code, sector_code, sector_name, sector_position,
                            procedure_code, procedure_name, channel, status, submitted_at, received_at, due_at,
                            ended_at, active_until, ending, final_class, paused_since, supplement_requests,
                            elapsed_minutes, step_role, step_unit_id, step_holder_id, step_due_at, electronic_result,
                            digitized_components, updated_at)
SELECT f.id, 1, f.code, f.agency_code, 'LV' || lpad(f.sector::text, 2, '0'), 'Lĩnh vực ' || (f.sector + 1), f.sector,
       f.procedure_code, 'Thủ tục hành chính số ' || f.proc, f.channel, f.status, f.received_local - interval '10 minutes',
       f.received_local, f.due_local, f.ended_local, COALESCE(f.ended_local, TIMESTAMP '9999-12-31 00:00:00'),
       CASE WHEN f.ended_local IS NOT NULL THEN f.ending END,
       f.final_class, NULL, f.supplements,
       CASE WHEN f.ended_local IS NOT NULL THEN (extract(epoch FROM f.ended_local - f.received_local) / 60)::bigint END,
       CASE WHEN f.ended_local IS NULL THEN 'SPECIALIST' END, NULL, NULL,
       CASE WHEN f.ended_local IS NULL THEN f.due_local END,
       f.ended_local IS NOT NULL AND f.ending = 'PROCESSED' AND f.i % 20 <> 0,
       f.files, now()
FROM bench_fact f;

-- The rating module: ratable returned dossiers and the ratings given online a day after the return.
CREATE TEMP TABLE bench_handler (position int, username text, full_name text);
INSERT INTO bench_handler VALUES (0, 'desk', 'Lê Thị Hồng'), (1, 'unithead', 'Võ Thị Lan'),
	(2, 'specialist', 'Phạm Văn Minh'), (3, 'leader', 'Nguyễn Đức Thành'), (4, 'records', 'Đặng Thị Mai');
INSERT INTO rating_ratable_dossier (dossier_id, version, dossier_code, account_id, agency_code, procedure_code,
                                    procedure_name, sector_code, returned_at)
SELECT id, 0, code, NULL, agency_code, procedure_code, 'Thủ tục hành chính số ' || proc,
       'LV' || lpad(sector::text, 2, '0'), ended_local AT TIME ZONE 'Asia/Ho_Chi_Minh'
FROM bench_fact WHERE status = 'RETURNED';
INSERT INTO rating_handler (dossier_id, position, username, full_name, unit_id, unit_name)
SELECT f.id, h.position, h.username, h.full_name, NULL, NULL
FROM bench_fact f CROSS JOIN bench_handler h WHERE f.status = 'RETURNED';
INSERT INTO rating (id, version, source, agency_code, dossier_id, dossier_code, procedure_code, procedure_name,
                    sector_code, account_id, level_code, level_rank, satisfied, rated_at, changeable_until)
SELECT md5('bench-rating-' || i)::uuid, 0, 'ONLINE', agency_code, id, code, procedure_code,
       'Thủ tục hành chính số ' || proc, 'LV' || lpad(sector::text, 2, '0'), NULL, rating,
       CASE rating WHEN 'VERY_SATISFIED' THEN 1 WHEN 'SATISFIED' THEN 2 ELSE 3 END, rating <> 'DISSATISFIED',
       (ended_local + interval '1 day') AT TIME ZONE 'Asia/Ho_Chi_Minh',
       (ended_local + interval '31 days') AT TIME ZONE 'Asia/Ho_Chi_Minh'
FROM bench_fact WHERE status = 'RETURNED' AND rated;
INSERT INTO rating_officer (rating_id, position, username, full_name, unit_id, unit_name)
SELECT md5('bench-rating-' || f.i)::uuid, h.position, h.username, h.full_name, NULL, NULL
FROM bench_fact f CROSS JOIN bench_handler h WHERE f.status = 'RETURNED' AND f.rated;

SELECT restore FROM bench_index \gexec
SELECT restore FROM bench_constraint WHERE contype <> 'f' \gexec
SELECT restore FROM bench_constraint WHERE contype = 'f' \gexec

ANALYZE dossier;
ANALYZE dossier_status_change;
ANALYZE dossier_step;
ANALYZE dossier_handover;
ANALYZE dossier_document;
ANALYZE report_dossier;
ANALYZE rating_ratable_dossier;
ANALYZE rating_handler;
ANALYZE rating;
ANALYZE rating_officer;
SELECT count(*) AS dossiers, count(*) FILTER (WHERE ended_at IS NULL) AS open_now FROM report_dossier;

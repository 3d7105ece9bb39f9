-- Issue 8: the needs-survey synthesis over 10,000 responses (200,000 answer rows) in < 150 ms.
--
-- The synthesis (it.zonale.synthesis.SynthesisRepository) reads the answers of one survey either all
-- at once (one hashed pass, a sequential scan is the right plan there) or one question at a time (the
-- cross-tabs, the medians of number and rating questions, the matrices' respondents). For the second
-- kind the index on (survey_id, question_key, item_key, option_key) found the rows but every row
-- then cost a visit to the table for response_id, ordinal and number_value. With those three columns
-- included, such a query is an index-only scan (e.g. sector x sub-ambito: 10,000 index entries, no
-- heap fetches once autovacuum has set the visibility map).
--
-- It replaces the old index instead of adding one: the write path (a response's rows are deleted and
-- re-inserted on every save, 200,000 rows for the large plan) keeps two indexes on survey_answers, the
-- primary key (response_id, question_key, item_key, ordinal), which the synthesis also probes once per
-- response for a matrix's respondents, and this one.
drop index survey_answers_survey_question_idx;
create index survey_answers_survey_question_idx
    on survey_answers (survey_id, question_key, item_key, option_key)
    include (response_id, ordinal, number_value);

-- The synthesis is cached (it.zonale.synthesis.SynthesisCache) under a freshness key read on every
-- request: the survey's version and, over its SUBMITTED responses, count(*), the sum of the hashes
-- of (id, version) and max(updated_at). Including those columns in the (survey_id, status) index of
-- V020 makes that read an index-only scan (about 1 ms on 10,000 responses instead of visiting 10,000
-- heap rows). It replaces V020's index, which had the same key columns.
drop index survey_responses_survey_status_idx;
create index survey_responses_survey_status_idx
    on survey_responses (survey_id, status)
    include (id, version, updated_at);

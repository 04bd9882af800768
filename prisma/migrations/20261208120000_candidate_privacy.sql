-- migrate:up
-- Candidates decide what employers see (issue 11, item 11; docs/decisions/0016-candidate-privacy.md).

-- When the candidate let the employer see their phone and email. Applications whose candidate already picked an
-- interview time count as shared from that moment; every other one is hidden until the candidate books or shares.
ALTER TABLE "Application" ADD COLUMN "contactSharedAt" TIMESTAMP(3);
UPDATE "Application" AS a SET "contactSharedAt" = COALESCE(
  (SELECT min(e."createdAt") FROM "ApplicationEvent" e WHERE e."applicationId" = a."id" AND e."kind" = 'interviewBooked'),
  (SELECT min(i."updatedAt") FROM "Interview" i WHERE i."applicationId" = a."id" AND i."bookedPosition" IS NOT NULL)
)
WHERE EXISTS (SELECT 1 FROM "Interview" i WHERE i."applicationId" = a."id" AND i."bookedPosition" IS NOT NULL);

-- Years spent in each field become bands capped at "15 years or more", in the same order; the numbers are gone.
UPDATE "CandidateProfile" AS p SET "pastFields" = (
  SELECT COALESCE(jsonb_agg(
    CASE WHEN entry ? 'years' THEN jsonb_build_object('field', entry->>'field', 'band', CASE
      WHEN (entry->>'years')::numeric < 2 THEN 'under-2'
      WHEN (entry->>'years')::numeric < 5 THEN '2-5'
      WHEN (entry->>'years')::numeric < 10 THEN '5-10'
      WHEN (entry->>'years')::numeric < 15 THEN '10-15'
      ELSE '15-plus' END)
    ELSE entry END ORDER BY position), '[]'::jsonb)::text
  FROM jsonb_array_elements(p."pastFields"::jsonb) WITH ORDINALITY AS list(entry, position)
)
WHERE p."pastFields" LIKE '%"years"%';

-- migrate:down
-- A band cannot give back the number of years it replaced: each comes back as its lower bound.
UPDATE "CandidateProfile" AS p SET "pastFields" = (
  SELECT COALESCE(jsonb_agg(
    CASE WHEN entry ? 'band' THEN jsonb_build_object('field', entry->>'field', 'years', CASE entry->>'band'
      WHEN '2-5' THEN 2 WHEN '5-10' THEN 5 WHEN '10-15' THEN 10 WHEN '15-plus' THEN 15 ELSE 0 END)
    ELSE entry END ORDER BY position), '[]'::jsonb)::text
  FROM jsonb_array_elements(p."pastFields"::jsonb) WITH ORDINALITY AS list(entry, position)
)
WHERE p."pastFields" LIKE '%"band"%';
ALTER TABLE "Application" DROP COLUMN "contactSharedAt";

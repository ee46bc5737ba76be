-- The vocabulary counts public translations apart, so suggestions to visitors come only from what they may read.
ALTER TABLE "GuidanceSearchWords" ADD COLUMN "PublicDocuments" integer NOT NULL DEFAULT 0;
ALTER TABLE "GuidanceSearchWords" ALTER COLUMN "PublicDocuments" DROP DEFAULT;

-- Forget the analysis signature: the next start rebuilds the index, which fills the new count.
DELETE FROM "GuidanceSearchState" WHERE "Key" = 'analysis';

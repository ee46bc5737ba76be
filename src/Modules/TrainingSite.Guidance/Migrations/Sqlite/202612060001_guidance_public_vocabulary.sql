-- The vocabulary counts public translations apart, so suggestions to visitors come only from what they may read.
ALTER TABLE "GuidanceSearchWords" ADD COLUMN "PublicDocuments" INTEGER NOT NULL DEFAULT 0;

-- Forget the analysis signature: the next start rebuilds the index, which fills the new count.
DELETE FROM "GuidanceSearchState" WHERE "Key" = 'analysis';

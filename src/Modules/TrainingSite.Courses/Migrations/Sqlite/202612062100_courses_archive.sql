-- Courses: a course or lesson that holds learners' progress is archived rather than deleted (hidden from learners,
-- progress kept, restorable); only an administrator purges it.

ALTER TABLE "Courses" ADD COLUMN "ArchivedAt" TEXT NULL;
ALTER TABLE "Lessons" ADD COLUMN "ArchivedAt" TEXT NULL;

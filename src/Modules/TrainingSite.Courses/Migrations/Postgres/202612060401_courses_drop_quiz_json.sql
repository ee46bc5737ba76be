-- A course's quiz lives in the quizzes module's tables, which are always there: the JSON copy kept for a site
-- without that module goes.
ALTER TABLE "Courses" DROP COLUMN "QuizJson";

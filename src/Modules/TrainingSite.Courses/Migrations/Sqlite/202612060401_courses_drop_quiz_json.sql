-- A course's quiz lives in the quizzes module's tables, which are always there: the JSON copy kept for a site
-- without that module goes. SQLite has dropped columns in place since 3.35 (the bundled e_sqlite3 is newer);
-- nothing indexes or references "QuizJson", so no table rebuild is needed.
ALTER TABLE "Courses" DROP COLUMN "QuizJson";

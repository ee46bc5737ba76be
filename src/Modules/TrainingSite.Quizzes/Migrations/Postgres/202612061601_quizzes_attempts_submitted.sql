-- Quizzes: the latest submission is an index lookup, so the reports' change stamp stays cheap as attempts grow.

CREATE INDEX "IX_QuizAttempts_SubmittedAt" ON "QuizAttempts" ("SubmittedAt");

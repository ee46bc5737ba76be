-- Quizzes: quizzes with their versions (question sets as JSON), learners' attempts and answers.

CREATE TABLE "Quizzes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Quizzes" PRIMARY KEY,
    "CourseId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "QuizVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_QuizVersions" PRIMARY KEY AUTOINCREMENT,
    "QuizId" TEXT NOT NULL,
    "PassPercent" INTEGER NOT NULL,
    "MaxAttempts" INTEGER NULL,
    "Shuffle" INTEGER NOT NULL,
    "OnePerPage" INTEGER NOT NULL,
    "PartialCredit" INTEGER NOT NULL,
    "Questions" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "PublishedAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "PublishedBy" TEXT NULL,
    "TextUpdatedAt" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    CONSTRAINT "FK_QuizVersions_Quizzes_QuizId" FOREIGN KEY ("QuizId") REFERENCES "Quizzes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QuizAttempts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_QuizAttempts" PRIMARY KEY AUTOINCREMENT,
    "QuizId" TEXT NOT NULL,
    "QuizVersionId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "SubmittedAt" TEXT NULL,
    "ScorePercent" INTEGER NULL,
    "Passed" INTEGER NULL,
    "Layout" TEXT NOT NULL,
    CONSTRAINT "FK_QuizAttempts_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_QuizAttempts_QuizVersions_QuizVersionId" FOREIGN KEY ("QuizVersionId") REFERENCES "QuizVersions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_QuizAttempts_Quizzes_QuizId" FOREIGN KEY ("QuizId") REFERENCES "Quizzes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QuizAnswers" (
    "AttemptId" INTEGER NOT NULL,
    "QuestionId" TEXT NOT NULL,
    "ChoiceIds" TEXT NOT NULL,
    "AnsweredAt" TEXT NOT NULL,
    CONSTRAINT "PK_QuizAnswers" PRIMARY KEY ("AttemptId", "QuestionId"),
    CONSTRAINT "FK_QuizAnswers_QuizAttempts_AttemptId" FOREIGN KEY ("AttemptId") REFERENCES "QuizAttempts" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_QuizAttempts_OneOpen" ON "QuizAttempts" ("UserId", "QuizId") WHERE "SubmittedAt" IS NULL;

CREATE INDEX "IX_QuizAttempts_QuizId" ON "QuizAttempts" ("QuizId");

CREATE INDEX "IX_QuizAttempts_QuizVersionId" ON "QuizAttempts" ("QuizVersionId");

CREATE UNIQUE INDEX "IX_QuizAttempts_UserId_QuizId_Number" ON "QuizAttempts" ("UserId", "QuizId", "Number");

CREATE UNIQUE INDEX "IX_QuizVersions_QuizId_Number" ON "QuizVersions" ("QuizId", "Number");

CREATE UNIQUE INDEX "IX_Quizzes_CourseId" ON "Quizzes" ("CourseId");

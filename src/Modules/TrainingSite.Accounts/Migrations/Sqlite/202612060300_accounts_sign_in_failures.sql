-- Failed sign-ins per account (hashed address) and client, kept only for the throttle's window.

CREATE TABLE "SignInFailures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SignInFailures" PRIMARY KEY AUTOINCREMENT,
    "AccountKey" TEXT NOT NULL,
    "Client" TEXT NOT NULL,
    "FailedAt" TEXT NOT NULL
);

CREATE INDEX "IX_SignInFailures_AccountKey_FailedAt" ON "SignInFailures" ("AccountKey", "FailedAt");
CREATE INDEX "IX_SignInFailures_Client_FailedAt" ON "SignInFailures" ("Client", "FailedAt");
CREATE INDEX "IX_SignInFailures_FailedAt" ON "SignInFailures" ("FailedAt");

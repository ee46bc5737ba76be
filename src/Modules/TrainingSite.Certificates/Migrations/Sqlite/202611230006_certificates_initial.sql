-- Certificates: one per learner and programme (the unique index makes issuing once safe under concurrency), verification code unique.

CREATE TABLE "Certificates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Certificates" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Programme" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "HolderName" TEXT NOT NULL,
    "RegionId" TEXT NULL,
    "RegionName" TEXT NOT NULL,
    "Issuer" TEXT NOT NULL,
    "CompletedAt" TEXT NOT NULL,
    "Courses" TEXT NOT NULL,
    "RevokedAt" TEXT NULL,
    "RevocationReason" TEXT NULL,
    "RevokedBy" TEXT NULL,
    CONSTRAINT "FK_Certificates_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Certificates_Code" ON "Certificates" ("Code");
CREATE UNIQUE INDEX "IX_Certificates_UserId_Programme" ON "Certificates" ("UserId", "Programme");

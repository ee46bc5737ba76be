-- Certificates: one VALID certificate per learner and programme. A revoked certificate stays (still verifiable as
-- revoked) beside its replacement, so the uniqueness that makes issuing once safe under concurrency now covers the
-- certificates not revoked only.

DROP INDEX "IX_Certificates_UserId_Programme";
CREATE UNIQUE INDEX "IX_Certificates_OneValid" ON "Certificates" ("UserId", "Programme") WHERE "RevokedAt" IS NULL;

-- A holder's certificates, valid or revoked: the filtered index no longer serves them, nor the foreign key's cascade.
CREATE INDEX "IX_Certificates_UserId" ON "Certificates" ("UserId");

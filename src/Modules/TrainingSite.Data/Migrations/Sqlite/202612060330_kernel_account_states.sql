-- Accounts an administrator deactivated, and the anonymous stand-ins that keep a deleted account's statistics.
ALTER TABLE "AspNetUsers" ADD COLUMN "DeactivatedAt" TEXT NULL;
ALTER TABLE "AspNetUsers" ADD COLUMN "ErasedAt" TEXT NULL;

-- Accounts an administrator deactivated, and the anonymous stand-ins that keep a deleted account's statistics.
ALTER TABLE "AspNetUsers" ADD COLUMN "DeactivatedAt" timestamp with time zone;
ALTER TABLE "AspNetUsers" ADD COLUMN "ErasedAt" timestamp with time zone;

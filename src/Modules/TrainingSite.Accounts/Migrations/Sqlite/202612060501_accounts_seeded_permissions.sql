-- Permissions whose default grants have been written (once, so an administrator's removal stays removed).
-- Grants themselves are Identity role claims (AspNetRoleClaims, type ts:permission); the first start after this
-- migration writes the defaults of every permission declared today.

CREATE TABLE "SeededPermissions" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_SeededPermissions" PRIMARY KEY,
    "SeededAt" TEXT NOT NULL
);

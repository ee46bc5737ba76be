-- A sign-in whose password is still being checked is marked pending: it counts against guessing one account in
-- parallel, but not against the client's failures across accounts, so a whole office behind one address can sign in
-- at once (an exam morning) without the address being refused.

ALTER TABLE "SignInFailures" ADD COLUMN "Pending" INTEGER NOT NULL DEFAULT 0;

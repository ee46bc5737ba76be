-- A sign-in whose password is still being checked is marked pending: it counts against guessing one account in
-- parallel, but not against the client's failures across accounts, so a whole office behind one address can sign in
-- at once (an exam morning) without the address being refused.

ALTER TABLE "SignInFailures" ADD COLUMN "Pending" boolean NOT NULL DEFAULT FALSE;
-- The default only fills the rows already there; the site always writes the value, as the model says.
ALTER TABLE "SignInFailures" ALTER COLUMN "Pending" DROP DEFAULT;

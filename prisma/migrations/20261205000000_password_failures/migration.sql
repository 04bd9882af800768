-- Wrong passwords per address, so that password sign-in can be paused after too many (auth/password-sign-in.server.ts).
CREATE TABLE "PasswordFailure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX "PasswordFailure_email_createdAt_idx" ON "PasswordFailure"("email", "createdAt");

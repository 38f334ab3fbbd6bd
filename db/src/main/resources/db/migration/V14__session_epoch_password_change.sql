-- Logout everywhere: a session remembers the epoch it logged in under; raising the user's epoch ends every session
-- of that user on every instance, because each instance compares against this column (read by the unique username
-- index on each page request) rather than against anything kept in memory.
ALTER TABLE app_user ADD session_epoch NUMBER(10) DEFAULT 0 NOT NULL;

-- A password an administrator issued (new user, reset) is known to two people: the user must replace it at the
-- first login before any other page opens.
ALTER TABLE app_user ADD must_change_password NUMBER(1) DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_must_change CHECK (must_change_password IN (0, 1));

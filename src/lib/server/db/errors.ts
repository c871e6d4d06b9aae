/**
 * What a database error means, whichever database raised it. better-sqlite3 puts SQLite's
 * extended result code in `code` (`SQLITE_CONSTRAINT_UNIQUE`); `pg` puts PostgreSQL's
 * SQLSTATE there (`23505`).
 */
function codeOf(err: unknown): string | null {
	if (typeof err !== 'object' || err === null) return null;
	const code = (err as { code?: unknown }).code;
	return typeof code === 'string' ? code : null;
}

/** A UNIQUE constraint or index said no (a lost race, a taken email): a 409 for the person. */
export function isUniqueViolation(err: unknown): boolean {
	const code = codeOf(err);
	return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** PostgreSQL aborted a transaction that lost to a concurrent one; running it again may work. */
export function isRetryableConflict(err: unknown): boolean {
	const code = codeOf(err);
	return code === '40001' || code === '40P01';
}

/**
 * Another writer held the database too long: SQLITE_BUSY or SQLITE_LOCKED after busy_timeout;
 * on PostgreSQL a lock_timeout (55P03) or a serialization failure or deadlock that kept
 * happening through every retry. The statement did not take effect; a retry will most likely
 * work, so the answer is 503 with Retry-After.
 */
export function isBusyError(err: unknown): boolean {
	const code = codeOf(err);
	if (code === null) return false;
	return /^SQLITE_(BUSY|LOCKED)/.test(code) || code === '55P03' || isRetryableConflict(err);
}

import type { ColumnType, Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Tables added by the auth migration (2026_11_27_0200_auth). Kept here, beside the code that
 * uses them, rather than in the shared schema.ts; `authDb` widens a database handle to see them.
 */
export interface AuthThrottleTable {
	key: string;
	attempts: ColumnType<number, number | undefined, number>;
	last_at: number;
	blocked_until: ColumnType<number, number | undefined, number>;
}

export type AuthTokenKind = 'verify-email' | 'reset-password' | 'setup' | 'invite';

export interface AuthTokenTable {
	hash: string;
	kind: AuthTokenKind;
	user_id: number | null;
	email: string | null;
	organisation_id: number | null;
	created_by: number | null;
	expires_at: number;
	used_at: number | null;
	created_at: ColumnType<number, number | undefined, number>;
}

export interface AuthDatabase extends Database {
	auth_throttle: AuthThrottleTable;
	auth_token: AuthTokenTable;
}

export type AuthDb = Kysely<AuthDatabase>;

export function authDb(db: Kysely<Database>): AuthDb {
	return db as unknown as AuthDb;
}

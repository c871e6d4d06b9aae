import type { ColumnType, Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Tables added by the matchmaking migration (2026_11_27_0300), kept beside their code. */
export interface CalendarTokenTable {
	user_id: number;
	/** SHA-256 (hex) of the secret in the feed URL. */
	token_hash: string;
	created_at: ColumnType<number, number | undefined, number>;
}

export interface MatchmakingDatabase extends Database {
	calendar_token: CalendarTokenTable;
}

export type MatchmakingDb = Kysely<MatchmakingDatabase>;

export function matchmakingDb(db: Kysely<Database>): MatchmakingDb {
	return db as unknown as MatchmakingDb;
}

/**
 * A rule of matchmaking said no. `code` names a message in the i18n area `matchmaking.errors`,
 * so routes answer in the visitor's language; `status` is the HTTP status to use.
 */
export type MatchmakingErrorCode =
	| 'not-found'
	| 'forbidden'
	| 'self-request'
	| 'not-opted-in'
	| 'partner-not-opted-in'
	| 'duplicate-request'
	| 'open-request-cap'
	| 'not-pending'
	| 'slot-taken'
	| 'no-common-slot'
	| 'meeting-cap'
	| 'message-too-long'
	| 'message-not-text'
	| 'reason-too-long'
	| 'reason-not-text'
	| 'reason-required'
	| 'bad-id'
	| 'slot-unknown'
	| 'window-closed'
	| 'declined-pair'
	| 'daily-cap'
	| 'pair-cap'
	| 'blocked'
	| 'locked'
	| 'not-declined';

export interface SlotOption {
	slotId: number;
	startsAt: number;
	endsAt: number;
}

export class MatchmakingError extends Error {
	constructor(
		readonly status: 400 | 403 | 404 | 409 | 429,
		readonly code: MatchmakingErrorCode,
		/** For a lost race: the next free slots for the same pair. */
		readonly options: SlotOption[] = []
	) {
		super(code);
		this.name = 'MatchmakingError';
	}
}

/** A broken UNIQUE index, on SQLite or PostgreSQL (db/errors.ts). */
export { isUniqueViolation } from '../db/errors';

import { encodeHexLowerCase } from '@oslojs/encoding';
import { sha256 } from '@oslojs/crypto/sha2';
import type { Db } from '../db/client';
import { randomToken } from './session';
import { authDb, type AuthTokenKind } from './tables';

/** How long each kind of one-time link lasts (seconds). */
export const TOKEN_TTL: Record<AuthTokenKind, number> = {
	'verify-email': 48 * 3600,
	'reset-password': 3600,
	setup: 24 * 3600,
	invite: 7 * 24 * 3600
};

// A 160-bit random token: a plain SHA-256 suffices (no need for a slow hash), and lookup by
// hash does not leak timing about the secret.
const hashToken = (token: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));

export interface NewToken {
	kind: AuthTokenKind;
	userId?: number | null;
	email?: string | null;
	organisationId?: number | null;
	createdBy?: number | null;
}

/** Issues a one-time token; only its hash is stored. Earlier unused tokens of the same kind for the same user end. */
export async function issueToken(db: Db, input: NewToken, now = Date.now()): Promise<string> {
	const adb = authDb(db);
	if (input.userId && input.kind !== 'invite') {
		await adb
			.deleteFrom('auth_token')
			.where('user_id', '=', input.userId)
			.where('kind', '=', input.kind)
			.execute();
	}
	const token = randomToken();
	await adb
		.insertInto('auth_token')
		.values({
			hash: hashToken(token),
			kind: input.kind,
			user_id: input.userId ?? null,
			email: input.email ?? null,
			organisation_id: input.organisationId ?? null,
			created_by: input.createdBy ?? null,
			expires_at: Math.floor(now / 1000) + TOKEN_TTL[input.kind]
		})
		.execute();
	return token;
}

/** The live (unused, unexpired) token row, without using it up. */
export async function findLiveToken(db: Db, kind: AuthTokenKind, token: string, now = Date.now()) {
	if (typeof token !== 'string' || token.length === 0 || token.length > 64) return null;
	const row = await authDb(db)
		.selectFrom('auth_token')
		.selectAll()
		.where('hash', '=', hashToken(token))
		.where('kind', '=', kind)
		.executeTakeFirst();
	if (!row || row.used_at !== null || row.expires_at <= Math.floor(now / 1000)) return null;
	return row;
}

/** Uses a token up; returns its row, or null when it was not live (or another request won the race). */
export async function consumeToken(db: Db, kind: AuthTokenKind, token: string, now = Date.now()) {
	const row = await findLiveToken(db, kind, token, now);
	if (!row) return null;
	const result = await authDb(db)
		.updateTable('auth_token')
		.set({ used_at: Math.floor(now / 1000) })
		.where('hash', '=', row.hash)
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1 ? row : null;
}

export function listPendingInvites(db: Db, organisationId: number, now = Date.now()) {
	return authDb(db)
		.selectFrom('auth_token')
		.select(['email', 'expires_at', 'created_at'])
		.where('organisation_id', '=', organisationId)
		.where('kind', '=', 'invite')
		.where('used_at', 'is', null)
		.where('expires_at', '>', Math.floor(now / 1000))
		.orderBy('created_at', 'desc')
		.execute();
}

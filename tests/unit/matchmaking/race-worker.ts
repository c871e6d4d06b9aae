/** Runs as a child process (under tsx): books the given requests on its own connection (SQLite file or PostgreSQL URL). */
import { createDb, createPostgresDb } from '../../../src/lib/server/db/client';
import { MatchmakingError } from '../../../src/lib/server/matchmaking/errors';
import { acceptRequest } from '../../../src/lib/server/matchmaking/requests';

const { path, attempts, slotId } = JSON.parse(process.argv[2]) as {
	path: string;
	attempts: { userId: number; requestId: number }[];
	slotId: number;
};
const db = path.startsWith('postgres') ? createPostgresDb(path) : createDb(path);
const settled = await Promise.allSettled(
	attempts.map((a) => acceptRequest(db, a.userId, a.requestId, slotId))
);
const tally = { ok: 0, conflicts: 0, other: [] as string[] };
for (const s of settled) {
	if (s.status === 'fulfilled') tally.ok++;
	else if (s.reason instanceof MatchmakingError && s.reason.status === 409) tally.conflicts++;
	else tally.other.push(String(s.reason));
}
await db.destroy();
process.send?.(tally, () => process.disconnect());

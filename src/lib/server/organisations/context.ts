import type { Db } from '../db/client';
import { listSectors } from '../db/queries/sectors';

/** Sector keys that exist now; forms accept only these. */
export async function knownSectorKeys(db: Db): Promise<Set<string>> {
	return new Set((await listSectors(db)).map((s) => s.key));
}

import type { Db } from '../client';

export function listSectors(db: Db) {
	return db.selectFrom('sector').selectAll().orderBy('position').orderBy('key').execute();
}

import type { Db } from '../client';

export async function findSettings(db: Db): Promise<Record<string, string>> {
	const rows = await db.selectFrom('setting').selectAll().execute();
	return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export function upsertSetting(db: Db, key: string, value: string) {
	return db
		.insertInto('setting')
		.values({ key, value })
		.onConflict((oc) => oc.column('key').doUpdateSet({ value }))
		.execute();
}

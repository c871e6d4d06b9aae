import Database from 'better-sqlite3';

/** Read-only look into the test server's database, to pick real demo records for a test. */
export function queryDemo<T>(databasePath: string, sqlText: string, ...params: unknown[]): T[] {
	const db = new Database(databasePath, { readonly: true, fileMustExist: true });
	try {
		return db.prepare(sqlText).all(...params) as T[];
	} finally {
		db.close();
	}
}

export function exhibitorWithBooth(databasePath: string): {
	slug: string;
	name: string;
	booth: string;
} {
	const [row] = queryDemo<{ slug: string; name: string; booth: string }>(
		databasePath,
		`select o.slug, o.name, b.code as booth from organisation o
		 join exhibitor e on e.organisation_id = o.id and e.status = 'approved'
		 join booth b on b.id = e.booth_id order by o.id limit 1`
	);
	if (!row) throw new Error('the demo event has no exhibitor with a booth');
	return row;
}

import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';

/**
 * The SQLite of these tests' look-ups, as PostgreSQL reads it: `?` placeholders become `$n`,
 * the table `user` (a reserved word there) is quoted, `hex(x)` is `encode(x, 'hex')`.
 */
export function toPostgresSql(sqlText: string): string {
	let n = 0;
	return sqlText
		.replace(/\?/g, () => `$${++n}`)
		.replace(/\b(from|join)\s+user\b/gi, '$1 "user"')
		.replace(/\bhex\(([^)]+)\)/gi, "upper(encode($1, 'hex'))");
}

/** A query on PostgreSQL, synchronously (in a child process), for the same call shape. */
function queryPostgres<T>(url: string, sqlText: string, params: unknown[]): T[] {
	const script = `import pg from 'pg';
		const [url, text, params] = JSON.parse(process.argv[1]);
		const client = new pg.Client(url); await client.connect();
		const { rows } = await client.query(text, params); await client.end();
		process.stdout.write(JSON.stringify(rows));`;
	const out = execFileSync(
		process.execPath,
		['--input-type=module', '-e', script, JSON.stringify([url, toPostgresSql(sqlText), params])],
		{ encoding: 'utf8' }
	);
	// count(*) and BIGINT come back as strings from a plain client: numbers, as from SQLite.
	return (JSON.parse(out) as Record<string, unknown>[]).map((row) =>
		Object.fromEntries(
			Object.entries(row).map(([k, v]) => [
				k,
				typeof v === 'string' && /^-?\d{1,15}$/.test(v) && k !== 'slug' ? Number(v) : v
			])
		)
	) as T[];
}

/**
 * Read-only look into the test server's database, to pick real demo records for a test.
 * `databasePath` is the SQLite file, or the PostgreSQL URL in the integration-pg project.
 */
export function queryDemo<T>(databasePath: string, sqlText: string, ...params: unknown[]): T[] {
	if (/^postgres(ql)?:\/\//.test(databasePath)) return queryPostgres<T>(databasePath, sqlText, params);
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

import Database from 'better-sqlite3';
import {
	MessageChannel,
	receiveMessageOnPort,
	Worker,
	type MessagePort
} from 'node:worker_threads';

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

/**
 * A query on PostgreSQL, synchronously, for the same call shape as SQLite's: a worker thread
 * holds one connection, and the caller waits on a shared flag for its answer (a child
 * process per query cost 200 ms; the access matrix makes hundreds).
 */
const WORKER = `
	const { workerData } = require('node:worker_threads');
	const pg = require('pg');
	const { url, port, flag } = workerData;
	const client = new pg.Client({ connectionString: url, types: {
		getTypeParser: (oid, format) => oid === 20 || oid === 1700 ? Number : pg.types.getTypeParser(oid, format)
	} });
	client.on('error', () => undefined);
	const ready = client.connect();
	port.on('message', async ({ text, params }) => {
		let reply;
		try { await ready; reply = { rows: (await client.query(text, params)).rows }; }
		catch (err) { reply = { error: String(err && err.message) }; }
		port.postMessage(reply);
		Atomics.store(flag, 0, 1);
		Atomics.notify(flag, 0);
	});`;
const connections = new Map<string, { port: MessagePort; flag: Int32Array }>();

function queryPostgres<T>(url: string, sqlText: string, params: unknown[]): T[] {
	let connection = connections.get(url);
	if (!connection) {
		const { port1, port2 } = new MessageChannel();
		const flag = new Int32Array(new SharedArrayBuffer(4));
		const worker = new Worker(WORKER, {
			eval: true,
			workerData: { url, port: port2, flag },
			transferList: [port2]
		});
		// The server stopping at the end of the run ends the connection: not a failure.
		worker.on('error', () => connections.delete(url));
		worker.unref();
		port1.unref();
		connection = { port: port1, flag };
		connections.set(url, connection);
	}
	Atomics.store(connection.flag, 0, 0);
	connection.port.postMessage({ text: toPostgresSql(sqlText), params });
	if (Atomics.wait(connection.flag, 0, 0, 30_000) === 'timed-out')
		throw new Error(`PostgreSQL did not answer: ${sqlText}`);
	const reply = receiveMessageOnPort(connection.port)?.message as
		{ rows: T[] } | { error: string } | undefined;
	if (!reply) throw new Error('PostgreSQL look-up: no answer');
	if ('error' in reply) throw new Error(`${reply.error}: ${sqlText}`);
	return reply.rows;
}

/**
 * Read-only look into the test server's database, to pick real demo records for a test.
 * `databasePath` is the SQLite file, or the PostgreSQL URL in the integration-pg project.
 */
export function queryDemo<T>(databasePath: string, sqlText: string, ...params: unknown[]): T[] {
	if (/^postgres(ql)?:\/\//.test(databasePath))
		return queryPostgres<T>(databasePath, sqlText, params);
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

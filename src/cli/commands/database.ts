import { statSync } from 'node:fs';
import { readConfig } from '../../lib/server/config';
import { connectDb, openSqlite } from '../../lib/server/db/client';
import { migrateToLatest } from '../../lib/server/db/migrate';
import { seedDemo } from '../../lib/server/seed';
import { getSearch } from '../../lib/server/search';
import { reindexAll } from '../../lib/server/search/sync';
import { parseArgs, progress } from '../args';

async function migrate(args: string[]): Promise<number> {
	parseArgs(args, []);
	const db = connectDb(readConfig());
	try {
		const applied = await migrateToLatest(db);
		process.stdout.write(
			applied.length ? `Applied: ${applied.join(', ')}\n` : 'Schema is up to date.\n'
		);
		return 0;
	} finally {
		await db.destroy();
	}
}

async function seed(args: string[]): Promise<number> {
	const { options } = parseArgs(args, ['size', 'seed']);
	const size = options.size ?? 'small';
	if (size !== 'small' && size !== 'large')
		throw new Error(`--size: "${size}" is not small or large`);
	const seedNumber = options.seed === undefined ? undefined : Number(options.seed);
	if (seedNumber !== undefined && !Number.isInteger(seedNumber))
		throw new Error('--seed must be a whole number');
	const config = readConfig();
	const db = connectDb(config);
	try {
		await migrateToLatest(db);
		const started = Date.now();
		const summary = await seedDemo(db, { size, seed: seedNumber, onProgress: progress('seed') });
		await reindexAll(db, getSearch().engine, progress('index'));
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		const mb = config.databaseUrl
			? ''
			: ` (${(statSync(config.databasePath).size / 1e6).toFixed(1)} MB)`;
		process.stdout.write(
			`Seeded the ${size} demo event in ${seconds} s${mb}: ${JSON.stringify(summary)}\n`
		);
		return 0;
	} finally {
		await db.destroy();
	}
}

/** An online backup (better-sqlite3's backup API): consistent while the server keeps writing. */
async function backup(args: string[]): Promise<number> {
	const { positional } = parseArgs(args, []);
	const target = positional[0];
	if (!target || positional.length > 1) throw new Error('usage: extemin backup <file>');
	const config = readConfig();
	if (config.databaseUrl) {
		// No copy is made: a SQLite-style file of a PostgreSQL database would be a lie.
		throw new Error(
			'not supported on PostgreSQL (DATABASE_URL is set). Use pg_dump instead, e.g. ' +
				'pg_dump --format=custom --file=extemin.dump "$DATABASE_URL"; restore with ' +
				'pg_restore --clean --if-exists --dbname="$DATABASE_URL" extemin.dump (docs/postgresql.md)'
		);
	}
	const sqlite = openSqlite(config.databasePath);
	try {
		const report = progress('backup');
		await sqlite.backup(target, {
			progress: ({ totalPages, remainingPages }) => {
				report(
					`${totalPages - remainingPages}/${totalPages} pages`,
					1 - remainingPages / Math.max(1, totalPages)
				);
				return 200;
			}
		});
		const check = openSqlite(target);
		const integrity = check.pragma('integrity_check', { simple: true });
		check.close();
		if (integrity !== 'ok')
			throw new Error(`the copy failed its integrity check: ${String(integrity)}`);
		process.stdout.write(
			`Backed up to ${target} (${(statSync(target).size / 1e6).toFixed(1)} MB, integrity ok)\n`
		);
		return 0;
	} finally {
		sqlite.close();
	}
}

export const databaseCommands = { migrate, seed, backup };

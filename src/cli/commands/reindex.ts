import { readConfig } from '../../lib/server/config';
import { connectDb } from '../../lib/server/db/client';
import { migrateToLatest } from '../../lib/server/db/migrate';
import { getSearch } from '../../lib/server/search/engines';
import { reindexAll } from '../../lib/server/search/sync';
import { parseArgs, progress } from '../args';

/** `extemin reindex`: rebuilds the search index (both indexes with Meilisearch) from the database. */
export async function reindexCommand(args: string[]): Promise<number> {
	parseArgs(args, []);
	const config = readConfig();
	const db = connectDb(config);
	try {
		await migrateToLatest(db);
		const { engine } = getSearch(db);
		const started = Date.now();
		const result = await reindexAll(db, engine, progress('reindex'));
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		if (result.error) {
			process.stderr.write(
				`extemin reindex: the embedded index is rebuilt, but ${result.error}\n` +
					`${result.queued} documents wait in the outbox for the server to push when Meilisearch is back.\n`
			);
			return 1;
		}
		process.stdout.write(
			`Indexed ${result.documents} documents on ${engine.name} in ${seconds} s.\n`
		);
		return 0;
	} finally {
		await db.destroy();
	}
}

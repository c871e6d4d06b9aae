import { createDb } from '../../../src/lib/server/db/client';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { MeilisearchEngine } from '../../../src/lib/server/search/meilisearch/engine';
import { SqliteSearchEngine } from '../../../src/lib/server/search/sqlite/engine';
import { describeSearchContract } from './contract';

describeSearchContract('embedded (SQLite FTS5)', async () => {
	const db = createDb(':memory:');
	await migrateToLatest(db);
	return { engine: new SqliteSearchEngine(db), cleanup: () => db.destroy() };
});

const host = process.env.MEILI_HOST;
if (host) {
	describeSearchContract(`Meilisearch at ${host}`, async () => {
		const engine = new MeilisearchEngine({
			host,
			apiKey: process.env.MEILI_API_KEY ?? undefined,
			indexUid: `extemin_contract_${process.pid}`
		});
		return { engine, cleanup: () => engine.dropIndex() };
	});
}

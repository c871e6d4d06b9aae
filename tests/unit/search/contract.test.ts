import { afterAll } from 'vitest';
import { createDb } from '../../../src/lib/server/db/client';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { FallbackSearchEngine } from '../../../src/lib/server/search/engines';
import { MeilisearchEngine } from '../../../src/lib/server/search/meilisearch/engine';
import { SqliteSearchEngine } from '../../../src/lib/server/search/sqlite/engine';
import { startMeiliStub, type MeiliStub } from '../../support/meili-stub';
import { describeSearchContract, type ContractSubject } from './contract';

describeSearchContract('embedded (SQLite FTS5)', async () => {
	const db = createDb(':memory:');
	await migrateToLatest(db);
	return { engine: new SqliteSearchEngine(db), cleanup: () => db.destroy(), answers: 'sqlite' };
});

/**
 * Meilisearch as the platform runs it: in front of the embedded engine (which gives the
 * "did you mean"), writes to both; every search must be answered by Meilisearch itself.
 */
async function meilisearchSubject(host: string, apiKey?: string): Promise<ContractSubject> {
	const db = createDb(':memory:');
	await migrateToLatest(db);
	const primary = new MeilisearchEngine({
		host,
		apiKey,
		indexUid: `extemin_contract_${process.pid}_${Date.now()}`
	});
	const engine = new FallbackSearchEngine(primary, new SqliteSearchEngine(db), 5_000);
	return {
		engine,
		answers: 'meilisearch',
		cleanup: async () => {
			await primary.dropIndex().catch(() => undefined);
			await db.destroy();
		}
	};
}

let stub: MeiliStub | undefined;
afterAll(() => stub?.stop());

describeSearchContract('Meilisearch stub (tests/support/meili-stub.ts)', async () => {
	stub = await startMeiliStub({ masterKey: 'contract-key' });
	return meilisearchSubject(stub.url, 'contract-key');
});

const host = process.env.MEILI_HOST;
if (host) {
	describeSearchContract(`Meilisearch at ${host}`, () =>
		meilisearchSubject(host, process.env.MEILI_API_KEY ?? undefined)
	);
}

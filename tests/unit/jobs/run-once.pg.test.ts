/**
 * Each background job runs once across processes (issue 15, unit-pg project): two Kysely
 * pools on one PostgreSQL stand for two app processes. Two search-outbox drains running at
 * the same time hand every outbox row to the engine exactly once (the drain's lease,
 * search/sync.ts claimEngine), and two mail senders never claim the same mail.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresDb, type Db } from '../../../src/lib/server/db/client';
import { claimDueMail, sendMail } from '../../../src/lib/server/mail';
import type {
	SearchDocument,
	SearchEngine,
	SearchResponse
} from '../../../src/lib/server/search/engine';
import {
	claimEngine,
	DRAIN_LEASE_SECONDS,
	drainEngine,
	drainOutbox
} from '../../../src/lib/server/search/sync';
import { databaseUrlOf, testDb } from '../../support/test-db';
import { seedCatalogue } from '../search/db-fixture';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An engine that records every document id it is handed, slowly enough for drains to overlap. */
class RecordingEngine implements SearchEngine {
	readonly name = 'postgres' as const;
	constructor(private readonly handed: string[]) {}
	async applySettings() {}
	async apply(documents: SearchDocument[], deletes: string[]) {
		await sleep(15);
		this.handed.push(...documents.map((d) => d.id), ...deletes);
	}
	async upsert(documents: SearchDocument[]) {
		await this.apply(documents, []);
	}
	async delete(ids: string[]) {
		await this.apply([], ids);
	}
	async clear() {}
	async count() {
		return 0;
	}
	async health() {
		return { ok: true, engine: this.name };
	}
	async search(): Promise<SearchResponse> {
		throw new Error('not searched here');
	}
}

let a: Db;
let b: Db;
beforeEach(async () => {
	a = await testDb();
	// A second pool on the same database: another app process as far as PostgreSQL can tell.
	b = createPostgresDb(databaseUrlOf(a)!, { max: 4 });
	// The engine's state row exists, so the race is about the lease, not about creating it.
	await a.insertInto('search_sync_state').values({ engine: 'postgres' }).execute();
});
afterEach(async () => {
	await b.destroy();
	await a.destroy();
});

/** Outbox rows for organisations first..first+count-1 (existing ones are upserts, the rest deletes). */
async function enqueue(first: number, count: number) {
	await a
		.insertInto('outbox')
		.values(
			Array.from({ length: count }, (_, i) => ({
				doc_type: 'organisation' as const,
				doc_id: first + i,
				op: 'upsert' as const
			}))
		)
		.execute();
}

function timesEach(handed: string[]): Map<string, number> {
	const times = new Map<string, number>();
	for (const id of handed) times.set(id, (times.get(id) ?? 0) + 1);
	return times;
}

describe('the search outbox drain', () => {
	it('hands each row to the engine once when two processes drain at the same time', async () => {
		await seedCatalogue(a);
		await enqueue(1, 200);
		const handed: string[] = [];
		const [one, two] = await Promise.all([
			drainEngine(a, new RecordingEngine(handed), { batchSize: 20 }),
			drainEngine(b, new RecordingEngine(handed), { batchSize: 20 })
		]);
		const times = timesEach(handed);
		expect(times.size).toBe(200);
		expect([...times.values()].every((n) => n === 1)).toBe(true);
		// One drain did the work; the other found the engine held and left it alone.
		expect([one.processed, two.processed].sort((x, y) => x - y)).toEqual([0, 200]);
		expect([one.busy, two.busy].filter(Boolean)).toHaveLength(1);
		// The lease is released: the next drain may run at once.
		const row = await a
			.selectFrom('search_sync_state')
			.selectAll()
			.where('engine', '=', 'postgres')
			.executeTakeFirstOrThrow();
		expect(row).toMatchObject({ lease_token: null, lease_until: 0 });
	});

	it('hands each row once while writes keep coming and both processes keep draining', async () => {
		const handed: string[] = [];
		for (let round = 0; round < 12; round++) {
			await enqueue(1000 + round * 10, 10);
			await Promise.all([
				drainOutbox(a, new RecordingEngine(handed), { batchSize: 4 }),
				drainOutbox(b, new RecordingEngine(handed), { batchSize: 4 }),
				enqueue(5000 + round * 10, 10)
			]);
		}
		// Whatever the last round left is drained once more, by either process.
		await drainOutbox(b, new RecordingEngine(handed));
		const times = timesEach(handed);
		expect(times.size).toBe(240);
		expect([...times.entries()].filter(([, n]) => n !== 1)).toEqual([]);
		expect(await a.selectFrom('outbox').selectAll().execute()).toEqual([]);
	});

	it('lets the next drain take an engine whose drain died holding it', async () => {
		expect(await claimEngine(a, 'postgres', 'died')).toBe(true);
		await enqueue(1, 5);
		const handed: string[] = [];
		expect(await drainEngine(b, new RecordingEngine(handed))).toMatchObject({ busy: true });
		expect(handed).toEqual([]);
		// No heartbeat renewed it: once the lease has run out, another process drains.
		await a
			.updateTable('search_sync_state')
			.set({ lease_until: Math.floor(Date.now() / 1000) - 1 })
			.execute();
		expect(await drainEngine(b, new RecordingEngine(handed))).toMatchObject({ processed: 5 });
		expect(handed).toHaveLength(5);
		expect(DRAIN_LEASE_SECONDS).toBeGreaterThan(0);
	});
});

describe('the mail sender', () => {
	it('never claims one mail for two processes', async () => {
		process.env.SMTP_URL = 'smtp://127.0.0.1:9';
		try {
			for (let i = 0; i < 40; i++) await sendMail(a, { to: `p${i}@x.pe`, subject: 's', text: 't' });
			const [one, two] = await Promise.all([
				claimDueMail(a, 'process-a', 25),
				claimDueMail(b, 'process-b', 25)
			]);
			const ids = [...one, ...two].map((m) => m.id);
			expect(ids).toHaveLength(40);
			expect(new Set(ids).size).toBe(40);
			expect(await claimDueMail(b, 'process-c', 50)).toEqual([]);
		} finally {
			delete process.env.SMTP_URL;
		}
	});
});

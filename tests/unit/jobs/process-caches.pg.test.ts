/**
 * The per-process caches that must not diverge across processes (issue 15, unit-pg project):
 * the home page's event overview and the recommendation index. Two pools on one PostgreSQL
 * stand for two app processes: a change written through one shows on the other within the
 * cache's lifetime (15 s for the overview, 60 s plus a rebuild for recommendations).
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createPostgresDb, type Db } from '../../../src/lib/server/db/client';
import { upsertSetting } from '../../../src/lib/server/db/queries/settings';
import { getEventOverview } from '../../../src/lib/server/catalogue/overview';
import {
	recommendationBuildFigures,
	recommendationsFor,
	stopRecommendationRebuilds
} from '../../../src/lib/server/matchmaking/recommendations';
import { databaseUrlOf, testDb } from '../../support/test-db';
import { addUser } from '../matchmaking/fixtures';

let a: Db;
let b: Db;
beforeEach(async () => {
	a = await testDb();
	b = createPostgresDb(databaseUrlOf(a)!, { max: 2 });
});
afterEach(async () => {
	vi.restoreAllMocks();
	stopRecommendationRebuilds();
	await b.destroy();
	await a.destroy();
});

it("shows another process's change to the event overview within 15 s", async () => {
	const t0 = Date.now();
	await upsertSetting(a, 'event.name', 'EXTEMIN 2027');
	expect((await getEventOverview(a, t0)).event.name).toBe('EXTEMIN 2027');
	await upsertSetting(b, 'event.name', 'EXTEMIN 2027 · Arequipa');
	// Within the cache's lifetime process A still shows what it counted.
	expect((await getEventOverview(a, t0 + 14_000)).event.name).toBe('EXTEMIN 2027');
	// Then it reads the database again and shows what process B wrote.
	expect((await getEventOverview(a, t0 + 15_000)).event.name).toBe('EXTEMIN 2027 · Arequipa');
});

it('recommends a participant who joined through another process once the index is 60 s old', async () => {
	const none = { kind: [], sector: [], country: [] };
	const me = await addUser(a, { offers: ['truck-batteries'], seeks: ['investment'] });
	for (let i = 0; i < 5; i++)
		await addUser(a, { offers: ['investment'], seeks: ['truck-batteries'] });
	expect((await recommendationsFor(a, me, none)).length).toBeGreaterThan(0);
	// The newcomer signs up on process B: process A hears nothing of it.
	const newcomer = await addUser(b, { offers: ['investment'], seeks: ['truck-batteries'] });
	const has = (list: { partner: { userId: number } }[]) =>
		list.some((r) => r.partner.userId === newcomer);
	expect(has(await recommendationsFor(a, me, none, 100))).toBe(false);
	const builds = recommendationBuildFigures(a)!.builds;
	// A minute later the index is too old: the next request rebuilds it in the background.
	const realNow = Date.now.bind(Date);
	vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 61_000);
	let fresh = await recommendationsFor(a, me, none, 100);
	const deadline = realNow() + 5_000;
	while (!has(fresh) && realNow() < deadline) {
		await new Promise((r) => setTimeout(r, 50));
		fresh = await recommendationsFor(a, me, none, 100);
	}
	expect(has(fresh)).toBe(true);
	expect(recommendationBuildFigures(a)!.builds).toBe(builds + 1);
}, 20_000);

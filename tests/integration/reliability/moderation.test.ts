import { describe, expect, it } from 'vitest';
import {
	ORGANISER_EMAIL,
	PASSWORD,
	baseUrl,
	confirm,
	databasePath,
	http,
	queryDemo,
	signIn,
	signUp,
	until
} from './trust-client';

// docs/security.md, "Moderation": self-registered organisations and their innovations are
// public only once approved; later changes to name, logo or website are reviewed first.
const drained = (id: number) =>
	queryDemo<{ n: number }>(
		databasePath,
		"select count(*) as n from outbox where doc_type = 'organisation' and doc_id = ?",
		id
	)[0].n === 0;

async function searchTitles(q: string): Promise<string[]> {
	const res = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent(q)}&limit=50`);
	const body = (await res.json()) as { hits: { title: string }[] };
	return body.hits.map((h) => h.title);
}

describe('moderation', () => {
	it('publishes a new organisation and its innovation only once an organiser approves', async () => {
		const email = await signUp('moderada');
		await confirm(email);
		const owner = await signIn(email, PASSWORD);
		const word = `Zafiro${Date.now().toString(36)}`;
		const name = `Oferta ${word} SAC`;
		const created = await http('/organisation/new?/create', {
			cookie: owner,
			form: { name, kind: 'startup', country: 'PE', sectors: 'ai' }
		});
		expect(created.status).toBe(303);
		const innovation = await http('/organisation/innovations/new?/create', {
			cookie: owner,
			form: { title_es: `Oferta falsa de empleo ${word} llame al +51 999`, sector_key: 'ai' }
		});
		expect(innovation.status).toBe(303);
		const [org] = queryDemo<{ id: number; slug: string }>(
			databasePath,
			'select id, slug from organisation where name = ?',
			name
		);
		const [inv] = queryDemo<{ slug: string }>(
			databasePath,
			'select slug from innovation where organisation_id = ?',
			org.id
		);

		await until(() => drained(org.id));
		expect((await http(`/exhibitors/${org.slug}`)).status).toBe(404);
		expect((await http(`/innovations/${inv.slug}`)).status).toBe(404);
		expect(await searchTitles(word)).toEqual([]);
		expect((await http('/organisation', { cookie: owner })).text).toContain(
			'data-testid="moderation-pending"'
		);

		const organiser = await signIn(ORGANISER_EMAIL);
		const queue = await http('/admin/moderation', { cookie: organiser });
		expect(queue.status).toBe(200);
		expect(queue.text).toContain(name);
		const approve = await http('/admin/moderation?/organisation', {
			cookie: organiser,
			form: { id: String(org.id), decision: 'approved' }
		});
		expect(approve.status).toBe(303);
		expect(
			queryDemo(
				databasePath,
				"select 1 from audit_log where action = 'organisation.approve' and target_id = ?",
				String(org.id)
			)
		).toHaveLength(1);

		expect((await http(`/exhibitors/${org.slug}`)).status).toBe(200);
		expect((await http(`/innovations/${inv.slug}`)).status).toBe(200);
		await until(() => drained(org.id));
		expect((await searchTitles(word)).sort()).toEqual(
			[name, `Oferta falsa de empleo ${word} llame al +51 999`].sort()
		);

		// A later rename waits for review; the approved name stays public meanwhile.
		const renamed = `Security notice ${word} verify at evil.example`;
		const save = await http('/organisation/edit?/save', {
			cookie: owner,
			form: {
				name: renamed,
				kind: 'startup',
				country: 'PE',
				sectors: 'ai',
				website: 'https://evil.example'
			}
		});
		expect(save.status).toBe(303);
		await until(() => drained(org.id));
		const publicPage = await http(`/exhibitors/${org.slug}`);
		expect(publicPage.text).toContain(name);
		expect(publicPage.text).not.toContain(renamed);
		expect(publicPage.text).not.toContain('evil.example');
		expect(await searchTitles(word)).toContain(name);
		expect((await http('/organisation/edit', { cookie: owner })).text).toContain(
			'data-testid="revision-pending"'
		);

		const [revision] = queryDemo<{ id: number }>(
			databasePath,
			"select id from organisation_revision where organisation_id = ? and status = 'pending'",
			org.id
		);
		expect((await http('/admin/moderation', { cookie: organiser })).text).toContain(renamed);
		const decided = await http('/admin/moderation?/revision', {
			cookie: organiser,
			form: { id: String(revision.id), decision: 'approved' }
		});
		expect(decided.status).toBe(303);
		expect((await http(`/exhibitors/${org.slug}`)).text).toContain(renamed);
		await until(() => drained(org.id));
		expect(await searchTitles(word)).toContain(renamed);
	});

	it('keeps demo organisations public, exhibiting or not', async () => {
		const [row] = queryDemo<{ n: number; approved: number }>(
			databasePath,
			"select count(*) as n, sum(moderation = 'approved') as approved from organisation where slug not like 'oferta-%'"
		);
		expect(row.n).toBeGreaterThan(0);
		const [investor] = queryDemo<{ name: string; slug: string }>(
			databasePath,
			"select o.name, o.slug from organisation o left join exhibitor e on e.organisation_id = o.id where e.id is null and o.kind in ('investor', 'university') order by o.id limit 1"
		);
		if (investor) {
			expect((await http(`/exhibitors/${investor.slug}`)).status).toBe(200);
			expect(await searchTitles(investor.name)).toContain(investor.name);
		}
	});

	it('does not publish a rejected exhibitor’s status or reason in __data.json', async () => {
		const [rejected] = queryDemo<{ slug: string; reason: string | null }>(
			databasePath,
			"select o.slug, e.decision_reason as reason from organisation o join exhibitor e on e.organisation_id = o.id where e.status = 'rejected' order by o.id limit 1"
		);
		expect(rejected).toBeTruthy();
		const data = await http(`/exhibitors/${rejected.slug}/__data.json`);
		expect(data.status).toBe(200);
		expect(data.text).not.toContain('rejected');
		if (rejected.reason) expect(data.text).not.toContain(rejected.reason);
	});
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import { messagesFor } from '../../../src/lib/i18n';
import { parseProfile } from '../../../src/lib/server/organisations/fields';
import {
	createOrganisation,
	setOrganisationLogo,
	updateProfile
} from '../../../src/lib/server/organisations/profile';
import {
	createInnovation,
	parseInnovation
} from '../../../src/lib/server/organisations/innovations';
import {
	decideOrganisation,
	decideRevision,
	listModerationQueue
} from '../../../src/lib/server/organisations/moderation';
import {
	applyToExhibit,
	decideApplications
} from '../../../src/lib/server/organisations/applications';
import { buildDocuments, listDocumentRefs } from '../../../src/lib/server/search/documents';
import { getExhibitorProfile } from '../../../src/lib/server/catalogue/exhibitors';
import { formOf, freshDb, makeUser } from '../auth/factory';

let db: Db;
const t = messagesFor('es');
const sectors = new Set(['ai', 'automation']);

beforeEach(async () => {
	db = await freshDb();
});
afterEach(() => db.destroy());

async function newOrganisation(name = 'Oferta Falsa SAC') {
	const owner = await makeUser(db, `${name.split(' ')[0].toLowerCase()}@example.pe`);
	const { input } = parseProfile(
		formOf({
			name,
			kind: 'startup',
			country: 'PE',
			website: 'https://ok.example.pe',
			sectors: ['ai']
		}),
		sectors,
		t
	);
	const org = (await createOrganisation(db, owner.id, input))!;
	const { input: inv } = parseInnovation(
		formOf({ title_es: 'Oferta falsa de empleo llame al +51 999', sector_key: 'ai' }),
		sectors,
		t
	);
	await createInnovation(db, org.id, inv);
	return { owner, org, input };
}

async function publicRefs() {
	const refs = await listDocumentRefs(db);
	const docs = await buildDocuments(db, refs);
	return docs.map((d) => d.title_es);
}

describe('moderation of self-registered organisations', () => {
	it('keeps a new organisation and its innovations out of search and its page until approved', async () => {
		const { org } = await newOrganisation();
		expect(await publicRefs()).toEqual([]);
		const ref = [{ type: 'organisation' as const, id: org.id }];
		expect(await buildDocuments(db, ref)).toEqual([]);
		expect(await getExhibitorProfile(db, org.slug)).toBeNull();
		// Its own members and organisers may preview it.
		expect(
			await getExhibitorProfile(db, org.slug, { role: 'member', organisationId: org.id })
		).not.toBeNull();

		const organiser = await makeUser(db, 'org@extemin.pe', 'organiser');
		expect((await listModerationQueue(db)).organisations.map((o) => o.id)).toEqual([org.id]);
		expect(await decideOrganisation(db, organiser.id, org.id, 'approved')).toBe(true);
		expect((await publicRefs()).sort()).toEqual(
			['Oferta Falsa SAC', 'Oferta falsa de empleo llame al +51 999'].sort()
		);
		expect(await getExhibitorProfile(db, org.slug)).not.toBeNull();
		const audit = await db.selectFrom('audit_log').selectAll().execute();
		expect(audit).toMatchObject([{ action: 'organisation.approve', actor_user_id: organiser.id }]);
		// A second decision on the same organisation is refused.
		expect(await decideOrganisation(db, organiser.id, org.id, 'rejected')).toBe(false);
	});

	it('approving an exhibitor application publishes the organisation too', async () => {
		const { org } = await newOrganisation('Cobre Andino');
		const organiser = await makeUser(db, 'org@extemin.pe', 'organiser');
		await applyToExhibit(db, org.id);
		const [app] = await db.selectFrom('exhibitor').select('id').execute();
		await decideApplications(db, organiser.id, [app.id], 'approved', '');
		expect(await publicRefs()).toContain('Cobre Andino');
	});

	it('reviews later changes to name, website and logo; the approved version stays public', async () => {
		const { owner, org, input } = await newOrganisation('Minera Honesta');
		const organiser = await makeUser(db, 'org@extemin.pe', 'organiser');
		await decideOrganisation(db, organiser.id, org.id, 'approved');

		const result = await updateProfile(
			db,
			org.id,
			{
				...input,
				name: 'Security notice: verify at evil.example',
				website: 'https://evil.example',
				city: 'Lima'
			},
			owner.id
		);
		expect(result.underReview).toBe(true);
		const unused = await setOrganisationLogo(db, org.id, '/uploads/new.webp', owner.id);
		expect(unused).toBeNull();
		const row = await db
			.selectFrom('organisation')
			.selectAll()
			.where('id', '=', org.id)
			.executeTakeFirstOrThrow();
		expect(row).toMatchObject({
			name: 'Minera Honesta',
			website: 'https://ok.example.pe/',
			logo: null,
			city: 'Lima'
		});
		expect(await publicRefs()).toContain('Minera Honesta');

		const [revision] = (await listModerationQueue(db)).revisions;
		expect(revision).toMatchObject({
			name: 'Security notice: verify at evil.example',
			website: 'https://evil.example',
			logo: '/uploads/new.webp',
			currentName: 'Minera Honesta'
		});
		expect(await decideRevision(db, organiser.id, revision.id, 'rejected')).toEqual({
			decided: true,
			unusedLogo: '/uploads/new.webp'
		});
		expect(await publicRefs()).toContain('Minera Honesta');

		await updateProfile(db, org.id, { ...input, name: 'Minera Honesta Perú' }, owner.id);
		const [next] = (await listModerationQueue(db)).revisions;
		expect((await decideRevision(db, organiser.id, next.id, 'approved')).decided).toBe(true);
		expect(await publicRefs()).toContain('Minera Honesta Perú');
		const actions = (await db.selectFrom('audit_log').select('action').execute()).map(
			(a) => a.action
		);
		expect(actions).toEqual(['organisation.approve', 'revision.reject', 'revision.approve']);
	});

	it('keeps every approved organisation searchable, exhibiting or not', async () => {
		const { org } = await newOrganisation('Fondo Andino Inversiones');
		const organiser = await makeUser(db, 'org@extemin.pe', 'organiser');
		await decideOrganisation(db, organiser.id, org.id, 'approved');
		expect(await db.selectFrom('exhibitor').selectAll().execute()).toEqual([]);
		expect(await publicRefs()).toContain('Fondo Andino Inversiones');
	});
});

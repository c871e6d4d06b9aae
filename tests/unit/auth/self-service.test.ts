import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import { messagesFor } from '../../../src/lib/i18n';
import { parseProfile } from '../../../src/lib/server/organisations/fields';
import { createOrganisation, updateProfile } from '../../../src/lib/server/organisations/profile';
import {
	createInnovation,
	deleteInnovation,
	findOwnInnovation,
	parseInnovation,
	updateInnovation
} from '../../../src/lib/server/organisations/innovations';
import {
	applyToExhibit,
	decideApplications
} from '../../../src/lib/server/organisations/applications';
import { formOf, freshDb, makeUser } from './factory';

let db: Db;
const t = messagesFor('es');
const sectors = new Set(['ai', 'automation']);
const profile = {
	name: 'Andes Autonomía',
	kind: 'startup',
	country: 'PE',
	city: 'Arequipa',
	website: 'https://andes.example.pe',
	description_es: 'Camiones autónomos',
	description_en: 'Autonomous trucks',
	tags: 'teleoperación, 5G',
	sectors: ['automation']
};

beforeEach(async () => {
	db = await freshDb();
});
afterEach(() => db.destroy());

async function orgOwnedBy(email: string, name: string) {
	const user = await makeUser(db, email);
	const { input } = parseProfile(formOf({ ...profile, name }), sectors, t);
	const org = await createOrganisation(db, user.id, input);
	return { user, org: org! };
}

describe('creating and editing an organisation', () => {
	it('makes the creator its owner and a member, and queues a search update', async () => {
		const { user, org } = await orgOwnedBy('ana@example.pe', 'Andes Autonomía');
		expect(org.slug).toBe('andes-autonomia');
		const row = await db
			.selectFrom('user')
			.select('role')
			.where('id', '=', user.id)
			.executeTakeFirstOrThrow();
		expect(row.role).toBe('member');
		const outbox = await db.selectFrom('outbox').selectAll().execute();
		expect(outbox).toMatchObject([{ doc_type: 'organisation', doc_id: org.id, op: 'upsert' }]);
	});

	it('answers every bad field at once and stores nothing', async () => {
		const form = formOf({
			name: '',
			kind: 'pirate',
			country: 'Peru',
			website: 'javascript:alert(1)',
			sectors: ['nope']
		});
		const { errors } = parseProfile(form, sectors, t);
		expect(Object.keys(errors).sort()).toEqual(['country', 'kind', 'name', 'sectors', 'website']);
		expect(await db.selectFrom('organisation').select('id').execute()).toHaveLength(0);
	});
});

describe('mass assignment', () => {
	it('ignores posted role, status, slug and organisation ids', async () => {
		const { user, org } = await orgOwnedBy('ana@example.pe', 'Andes Autonomía');
		const other = await orgOwnedBy('bea@example.pe', 'Otra Empresa');
		await applyToExhibit(db, org.id);
		const form = formOf({
			...profile,
			name: 'Andes Renombrada',
			role: 'organiser',
			status: 'approved',
			slug: 'hijacked',
			id: String(other.org.id),
			organisation_id: String(other.org.id),
			logo: '/uploads/evil.svg'
		});
		const { input, errors } = parseProfile(form, sectors, t);
		expect(errors).toEqual({});
		expect(Object.keys(input)).not.toContain('role');
		await updateProfile(db, org.id, input);

		const u = await db
			.selectFrom('user')
			.select('role')
			.where('id', '=', user.id)
			.executeTakeFirstOrThrow();
		expect(u.role).toBe('member');
		const ex = await db
			.selectFrom('exhibitor')
			.select('status')
			.where('organisation_id', '=', org.id)
			.executeTakeFirstOrThrow();
		expect(ex.status).toBe('pending');
		const mine = await db
			.selectFrom('organisation')
			.selectAll()
			.where('id', '=', org.id)
			.executeTakeFirstOrThrow();
		expect(mine).toMatchObject({ name: 'Andes Renombrada', slug: 'andes-autonomia', logo: null });
		const theirs = await db
			.selectFrom('organisation')
			.select('name')
			.where('id', '=', other.org.id)
			.executeTakeFirstOrThrow();
		expect(theirs.name).toBe('Otra Empresa');
	});

	it('ignores posted organisation_id and featured on innovations', async () => {
		const { org } = await orgOwnedBy('ana@example.pe', 'Andes');
		const other = await orgOwnedBy('bea@example.pe', 'Otra');
		const form = formOf({
			title_es: 'Dron',
			sector_key: 'ai',
			organisation_id: String(other.org.id),
			featured: '1'
		});
		const { input } = parseInnovation(form, sectors, t);
		const created = await createInnovation(db, org.id, input);
		const row = await db
			.selectFrom('innovation')
			.selectAll()
			.where('id', '=', created.id)
			.executeTakeFirstOrThrow();
		expect(row).toMatchObject({ organisation_id: org.id, featured: 0 });
	});
});

describe('ownership', () => {
	it('keeps a member of A away from B innovation by id', async () => {
		const a = await orgOwnedBy('ana@example.pe', 'Andes');
		const b = await orgOwnedBy('bea@example.pe', 'Otra');
		const { input } = parseInnovation(formOf({ title_es: 'Sensor', sector_key: 'ai' }), sectors, t);
		const theirs = await createInnovation(db, b.org.id, input);

		expect(await findOwnInnovation(db, a.org.id, theirs.id)).toBeUndefined();
		const changed = { ...input, title_es: 'Robado' };
		expect(await updateInnovation(db, a.org.id, theirs.id, changed)).toBe(false);
		expect(await deleteInnovation(db, a.org.id, theirs.id)).toBe(false);
		const row = await db
			.selectFrom('innovation')
			.select('title_es')
			.where('id', '=', theirs.id)
			.executeTakeFirstOrThrow();
		expect(row.title_es).toBe('Sensor');

		expect(await updateInnovation(db, b.org.id, theirs.id, changed)).toBe(true);
		expect(await deleteInnovation(db, b.org.id, theirs.id)).toBe(true);
		const ops = await db
			.selectFrom('outbox')
			.select(['doc_type', 'op'])
			.where('doc_type', '=', 'innovation')
			.execute();
		expect(ops.map((o) => o.op)).toEqual(['upsert', 'upsert', 'delete']);
	});
});

describe('exhibitor applications', () => {
	it('records each organiser decision in the audit log and mails the owners', async () => {
		const { org } = await orgOwnedBy('ana@example.pe', 'Andes');
		const organiser = await makeUser(db, 'organizador@extemin.pe', 'organiser');
		expect(await applyToExhibit(db, org.id)).toBe('pending');
		const ex = await db.selectFrom('exhibitor').select('id').executeTakeFirstOrThrow();

		expect(
			await decideApplications(db, organiser.id, [ex.id], 'rejected', 'Falta información técnica')
		).toBe(1);
		const audit = await db.selectFrom('audit_log').selectAll().execute();
		expect(audit).toMatchObject([
			{ actor_user_id: organiser.id, action: 'exhibitor.reject', target_id: String(ex.id) }
		]);
		const mail = await db.selectFrom('mail').selectAll().execute();
		expect(mail[0].to_address).toBe('ana@example.pe');
		expect(mail[0].body_text).toContain('Falta información técnica');

		expect(await applyToExhibit(db, org.id)).toBe('pending');
		await decideApplications(db, organiser.id, [ex.id], 'approved', '');
		const status = await db.selectFrom('exhibitor').select('status').executeTakeFirstOrThrow();
		expect(status.status).toBe('approved');
		expect(await db.selectFrom('audit_log').select('id').execute()).toHaveLength(2);
	});
});

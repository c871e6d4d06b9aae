import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import {
	isBookmarked,
	listBookmarks,
	toggleBookmark
} from '../../../src/lib/server/catalogue/bookmarks';
import { sendMail } from '../../../src/lib/server/mail';
import { freshDb, makeUser } from './factory';

let db: Db;
beforeEach(async () => {
	db = await freshDb();
});
afterEach(() => db.destroy());

describe('bookmarks', () => {
	it('toggle, stay idempotent with an explicit wish, and list for Mi EXTEMIN', async () => {
		const user = await makeUser(db, 'ana@example.pe');
		const org = await db
			.insertInto('organisation')
			.values({ slug: 'andes', name: 'Andes', kind: 'startup', country: 'PE' })
			.returning('id')
			.executeTakeFirstOrThrow();
		expect(await isBookmarked(db, user.id, 'organisation', org.id)).toBe(false);
		expect(await toggleBookmark(db, user.id, 'organisation', org.id)).toBe(true);
		expect(await toggleBookmark(db, user.id, 'organisation', org.id, true)).toBe(true);
		expect(await isBookmarked(db, user.id, 'organisation', org.id)).toBe(true);
		const list = await listBookmarks(db, user.id);
		expect(list.organisations.map((o) => o.slug)).toEqual(['andes']);
		expect(await toggleBookmark(db, user.id, 'organisation', org.id)).toBe(false);
		expect((await listBookmarks(db, user.id)).organisations).toEqual([]);
	});

	it('refuse targets that do not exist', async () => {
		const user = await makeUser(db, 'ana@example.pe');
		expect(await toggleBookmark(db, user.id, 'innovation', 999)).toBeNull();
		expect(await toggleBookmark(db, user.id, 'innovation', -1)).toBeNull();
		expect(await db.selectFrom('bookmark').select('user_id').execute()).toEqual([]);
	});
});

describe('mail without SMTP_URL', () => {
	it('is stored for the organisers outbox', async () => {
		delete process.env.SMTP_URL;
		await sendMail(db, { to: 'ana@example.pe', subject: 'Hola', text: 'Cuerpo' });
		const rows = await db.selectFrom('mail').selectAll().execute();
		expect(rows).toMatchObject([
			{ to_address: 'ana@example.pe', subject: 'Hola', sent_at: null, error: null }
		]);
	});
});

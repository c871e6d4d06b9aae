import type { Db } from '../../../src/lib/server/db/client';
import { hashPassword } from '../../../src/lib/server/auth/password';
import type { UserRole } from '../../../src/lib/server/db/schema';
import { testDb } from '../../support/test-db';

export async function freshDb(): Promise<Db> {
	const db = await testDb();
	// The fixture's own sectors in place of the five core ones the migrations add.
	await db.deleteFrom('sector').execute();
	await db
		.insertInto('sector')
		.values([
			{ key: 'ai', name_es: 'IA', name_en: 'AI', color: '#000' },
			{ key: 'automation', name_es: 'Automatización', name_en: 'Automation', color: '#111' }
		])
		.execute();
	return db;
}

let cachedHash: Promise<string> | null = null;
export const PASSWORD = 'correct horse battery';

export async function makeUser(
	db: Db,
	email: string,
	role: UserRole = 'attendee',
	locale: 'es' | 'en' = 'es'
) {
	cachedHash ??= hashPassword(PASSWORD);
	return db
		.insertInto('user')
		.values({ email, name: email.split('@')[0], role, locale, password_hash: await cachedHash })
		.returningAll()
		.executeTakeFirstOrThrow();
}

/** A FormData from plain pairs; repeated keys via arrays. */
export function formOf(fields: Record<string, string | string[]>): FormData {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) {
		for (const item of Array.isArray(v) ? v : [v]) form.append(k, item);
	}
	return form;
}

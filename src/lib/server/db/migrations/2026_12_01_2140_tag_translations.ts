import type { Kysely } from 'kysely';

/**
 * English tags beside the Spanish ones (docs/i18n.md): `tags_en[i]` translates `tags[i]`. An
 * empty list means "not translated": English pages show `tags` as written.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function up(db: Kysely<any>): Promise<void> {
	for (const table of ['organisation', 'innovation']) {
		await db.schema
			.alterTable(table)
			.addColumn('tags_en', 'text', (c) => c.notNull().defaultTo('[]'))
			.execute();
	}
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['organisation', 'innovation']) {
		await db.schema.alterTable(table).dropColumn('tags_en').execute();
	}
}

import { sql, type Kysely } from 'kysely';

/**
 * Every database has the five core sectors (an import names them before any demo exists), and an
 * exhibitor can hold a booth code that the floor plan does not have yet: organisers sell booths
 * before the plan is drawn (docs/contracts.md, "Import file"). The data is written out here, not
 * imported from the taxonomy, so that this migration stays as it was when it landed.
 */
const CORE_SECTORS = [
	{
		key: 'ai',
		name_es: 'Inteligencia artificial',
		name_en: 'Artificial intelligence',
		color: '#6d28d9'
	},
	{ key: 'automation', name_es: 'Automatización', name_en: 'Automation', color: '#1d4ed8' },
	{
		key: 'renewables',
		name_es: 'Energías renovables',
		name_en: 'Renewable energy',
		color: '#a16207'
	},
	{
		key: 'electromobility',
		name_es: 'Electromovilidad',
		name_en: 'Electromobility',
		color: '#0f766e'
	},
	{
		key: 'circular-economy',
		name_es: 'Economía circular',
		name_en: 'Circular economy',
		color: '#15803d'
	}
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function up(db: Kysely<any>): Promise<void> {
	await db
		.insertInto('sector')
		.values(CORE_SECTORS.map((s, position) => ({ ...s, core: 1, position })))
		.onConflict((oc) => oc.column('key').doNothing())
		.execute();

	await db.schema.alterTable('exhibitor').addColumn('requested_booth_code', 'text').execute();
	// Two exhibitors never wait for the same code.
	await db.schema
		.createIndex('exhibitor_requested_booth_code')
		.on('exhibitor')
		.column('requested_booth_code')
		.unique()
		.where(sql.ref('requested_booth_code'), 'is not', null)
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('exhibitor_requested_booth_code').ifExists().execute();
	await db.schema.alterTable('exhibitor').dropColumn('requested_booth_code').execute();
}

import type { Db } from '../../../src/lib/server/db/client';

/** Three organisations (approved exhibitor with a booth, pending exhibitor, non-exhibitor) and one innovation. */
// A multi-row insert sends NULL, not the column default, for a missing column.
const blank = { description_es: '', description_en: '', tags: '[]' };

export async function seedCatalogue(db: Db): Promise<void> {
	await db
		.insertInto('organisation')
		.values([
			{
				id: 1,
				slug: 'minera-andina-tech',
				name: 'Minera Andina Tech',
				kind: 'company',
				country: 'PE',
				city: 'Arequipa',
				description_es: 'Visión artificial para mantenimiento predictivo.',
				description_en: 'Computer vision for predictive maintenance.',
				tags: JSON.stringify(['visión artificial'])
			},
			{
				id: 2,
				slug: 'pending-co',
				name: 'Pending Co',
				kind: 'startup',
				country: 'CL',
				city: null,
				...blank
			},
			{
				id: 3,
				slug: 'universidad-del-sur',
				name: 'Universidad del Sur',
				kind: 'university',
				country: 'PE',
				city: 'Cusco',
				...blank
			}
		])
		.execute();
	await db
		.insertInto('organisation_sector')
		.values([
			{ organisation_id: 1, sector_key: 'automation' },
			{ organisation_id: 1, sector_key: 'ai' }
		])
		.execute();
	await db
		.insertInto('hall')
		.values({
			id: 1,
			code: 'P1',
			name_es: 'Pabellón 1',
			name_en: 'Hall 1',
			width_m: 50,
			depth_m: 30
		})
		.execute();
	await db
		.insertInto('booth')
		.values([
			{
				id: 1,
				hall_id: 1,
				code: 'P1-001',
				x_m: 0,
				y_m: 0,
				width_m: 3,
				depth_m: 3,
				status: 'assigned'
			},
			{
				id: 2,
				hall_id: 1,
				code: 'P1-002',
				x_m: 3,
				y_m: 0,
				width_m: 3,
				depth_m: 3,
				status: 'reserved'
			}
		])
		.execute();
	await db
		.insertInto('exhibitor')
		.values([
			{ organisation_id: 1, status: 'approved', booth_id: 1 },
			{ organisation_id: 2, status: 'pending', booth_id: 2 }
		])
		.execute();
	await db
		.insertInto('innovation')
		.values({
			id: 1,
			slug: 'crack-detection',
			organisation_id: 1,
			sector_key: 'ai',
			title_es: 'Detección de fisuras con visión artificial',
			title_en: 'Crack detection with computer vision',
			summary_es: 'Fisuras en taludes detectadas por drones.',
			summary_en: 'Slope cracks detected by drones.',
			trl: 6,
			tags: JSON.stringify(['drones'])
		})
		.execute();
}

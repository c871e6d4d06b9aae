import type { Db } from '../db/client';
import { findOrganisationBySlug, listOrganisationSectors } from '../db/queries/organisations';
import { listInnovationsByOrganisation } from '../db/queries/innovations';
import { parseList } from '../../domain/text';

export async function findBoothOfOrganisation(db: Db, organisationId: number) {
	return db
		.selectFrom('exhibitor')
		.leftJoin('booth', 'booth.id', 'exhibitor.booth_id')
		.leftJoin('hall', 'hall.id', 'booth.hall_id')
		.select([
			'exhibitor.status',
			'booth.code as boothCode',
			'hall.code as hallCode',
			'hall.name_es as hallName_es',
			'hall.name_en as hallName_en'
		])
		.where('exhibitor.organisation_id', '=', organisationId)
		.executeTakeFirst();
}

/** Who looks at a catalogue page: organisers and the organisation's own members see it unpublished. */
export interface CatalogueViewer {
	role: string;
	organisationId: number | null;
}

/** Published (approved by an organiser), or previewed by someone entitled to see it early. */
export function canView(
	organisation: { id: number; moderation: string },
	viewer: CatalogueViewer | null
): boolean {
	return (
		organisation.moderation === 'approved' ||
		viewer?.role === 'organiser' ||
		(viewer !== null && viewer.organisationId === organisation.id)
	);
}

/** The public profile of one organisation: who they are, their booth and their innovations. */
export async function getExhibitorProfile(
	db: Db,
	slug: string,
	viewer: CatalogueViewer | null = null
) {
	const organisation = await findOrganisationBySlug(db, slug);
	if (!organisation || !canView(organisation, viewer)) return null;
	const [sectors, participation, innovations] = await Promise.all([
		listOrganisationSectors(db, organisation.id),
		findBoothOfOrganisation(db, organisation.id),
		listInnovationsByOrganisation(db, organisation.id)
	]);
	const approved = participation?.status === 'approved';
	return {
		organisation: {
			...organisation,
			tags: parseList(organisation.tags),
			tags_en: parseList(organisation.tags_en)
		},
		sectors,
		// Pending is shown ("application under review"); a rejection is nobody else's business.
		exhibitorPending: participation?.status === 'pending',
		booth:
			approved && participation?.boothCode
				? {
						code: participation.boothCode,
						hallCode: participation.hallCode ?? '',
						hallName_es: participation.hallName_es ?? '',
						hallName_en: participation.hallName_en ?? ''
					}
				: null,
		innovations: innovations.map((i) => ({
			...i,
			tags: parseList(i.tags),
			tags_en: parseList(i.tags_en)
		}))
	};
}

import type { Db } from '../db/client';
import { findInnovationBySlug, listInnovationsByOrganisation } from '../db/queries/innovations';
import { findOrganisationById } from '../db/queries/organisations';
import { canView, findBoothOfOrganisation, type CatalogueViewer } from './exhibitors';
import { parseList } from '../../domain/text';

/** One innovation with its organisation, the booth to visit, and its siblings. */
export async function getInnovationPage(
	db: Db,
	slug: string,
	viewer: CatalogueViewer | null = null
) {
	const innovation = await findInnovationBySlug(db, slug);
	if (!innovation) return null;
	const [organisation, participation, siblings] = await Promise.all([
		findOrganisationById(db, innovation.organisation_id),
		findBoothOfOrganisation(db, innovation.organisation_id),
		listInnovationsByOrganisation(db, innovation.organisation_id)
	]);
	if (!organisation || !canView(organisation, viewer)) return null;
	return {
		innovation: {
			...innovation,
			tags: parseList(innovation.tags),
			tags_en: parseList(innovation.tags_en)
		},
		organisation: {
			slug: organisation.slug,
			name: organisation.name,
			kind: organisation.kind,
			country: organisation.country
		},
		booth:
			participation?.status === 'approved' && participation.boothCode
				? { code: participation.boothCode, hallCode: participation.hallCode ?? '' }
				: null,
		siblings: siblings
			.filter((s) => s.id !== innovation.id)
			.slice(0, 4)
			.map((s) => ({
				slug: s.slug,
				title_es: s.title_es,
				title_en: s.title_en,
				sector_key: s.sector_key
			}))
	};
}

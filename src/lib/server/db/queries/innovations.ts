import type { Db } from '../client';

export function findInnovationBySlug(db: Db, slug: string) {
	return db.selectFrom('innovation').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function listInnovationsByOrganisation(db: Db, organisationId: number) {
	return db
		.selectFrom('innovation')
		.selectAll()
		.where('organisation_id', '=', organisationId)
		.orderBy('featured', 'desc')
		.orderBy('id')
		.execute();
}

export function listFeaturedInnovations(db: Db, limit: number) {
	return db
		.selectFrom('innovation')
		.innerJoin('organisation', 'organisation.id', 'innovation.organisation_id')
		.select([
			'innovation.slug',
			'innovation.title_es',
			'innovation.title_en',
			'innovation.summary_es',
			'innovation.summary_en',
			'innovation.sector_key',
			'innovation.trl',
			'organisation.name as organisation_name',
			'organisation.slug as organisation_slug'
		])
		.where('innovation.featured', '=', 1)
		.where('organisation.moderation', '=', 'approved')
		.orderBy('innovation.id')
		.limit(limit)
		.execute();
}

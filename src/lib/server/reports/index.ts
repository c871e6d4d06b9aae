import type { Db } from '../db/client';
import type { Locale } from '../../i18n';
import { messagesFor } from '../../i18n';
import { toCsv } from './csv';
import * as figures from './figures';

export const REPORT_NAMES = [
	'exhibitors-by-sector',
	'exhibitors-by-kind',
	'exhibitors-by-country',
	'occupancy',
	'activity-per-day',
	'searches',
	'schedule-quality'
] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

export function isReportName(value: string): value is ReportName {
	return (REPORT_NAMES as readonly string[]).includes(value);
}

/** Everything the dashboard draws, in one round of queries. */
export async function loadDashboard(db: Db) {
	const [totals, bySector, byKind, byCountry, occupancy, perDay, searches, quality] =
		await Promise.all([
			figures.totals(db),
			figures.exhibitorsBySector(db),
			figures.exhibitorsByKind(db),
			figures.exhibitorsByCountry(db),
			figures.occupancyByHall(db),
			figures.activityPerDay(db),
			figures.topSearches(db),
			figures.scheduleQuality(db)
		]);
	return {
		totals,
		bySector: bySector.map((s) => ({ ...s, count: Number(s.count) })),
		byKind: byKind.map((k) => ({ key: k.key as string, count: Number(k.count) })),
		byCountry: byCountry.map((c) => ({ key: c.key, count: Number(c.count) })),
		occupancy,
		perDay,
		searches,
		quality
	};
}

/** One report as CSV; headers and labels in the organiser's language, codes kept as codes. */
export async function buildReportCsv(db: Db, name: ReportName, locale: Locale): Promise<string> {
	const es = locale === 'es';
	const kinds = messagesFor(locale).common.kinds;
	switch (name) {
		case 'exhibitors-by-sector': {
			const rows = await figures.exhibitorsBySector(db);
			return toCsv(
				[es ? 'sector' : 'sector', es ? 'nombre' : 'name', es ? 'expositores' : 'exhibitors'],
				rows.map((r) => [r.key, es ? r.name_es : r.name_en, Number(r.count)])
			);
		}
		case 'exhibitors-by-kind': {
			const rows = await figures.exhibitorsByKind(db);
			return toCsv(
				[es ? 'tipo' : 'kind', es ? 'nombre' : 'name', es ? 'expositores' : 'exhibitors'],
				rows.map((r) => [r.key, kinds[r.key] ?? r.key, Number(r.count)])
			);
		}
		case 'exhibitors-by-country': {
			const rows = await figures.exhibitorsByCountry(db);
			return toCsv(
				[es ? 'pais' : 'country', es ? 'expositores' : 'exhibitors'],
				rows.map((r) => [r.key, Number(r.count)])
			);
		}
		case 'occupancy': {
			const rows = await figures.occupancyByHall(db);
			return toCsv(
				es
					? [
							'pabellon',
							'nombre',
							'stands',
							'ocupados',
							'reservados_o_bloqueados',
							'libres',
							'ocupacion'
						]
					: ['pavilion', 'name', 'booths', 'taken', 'reserved_or_blocked', 'free', 'occupancy'],
				rows.map((r) => [
					r.code,
					es ? r.name_es : r.name_en,
					r.total,
					r.taken,
					r.held,
					r.free,
					r.total ? (r.taken / r.total).toFixed(3) : '0'
				])
			);
		}
		case 'activity-per-day': {
			const rows = await figures.activityPerDay(db);
			return toCsv(
				es
					? ['fecha', 'solicitudes', 'aceptaciones', 'reuniones']
					: ['date', 'requests', 'acceptances', 'meetings'],
				rows.map((r) => [r.date, r.requests, r.acceptances, r.meetings])
			);
		}
		case 'searches': {
			const rows = await figures.topSearches(db, 500);
			return toCsv(
				es ? ['termino', 'busquedas', 'sin_resultados'] : ['term', 'searches', 'without_results'],
				rows.map((r) => [r.term, r.count, r.empty])
			);
		}
		case 'schedule-quality': {
			const q = await figures.scheduleQuality(db);
			return toCsv(
				es
					? ['calculado_en', 'peso_programado', 'cota_superior', 'calidad', 'optimo']
					: ['finished_at', 'scheduled_weight', 'upper_bound', 'quality', 'optimal'],
				q
					? [
							[
								new Date(q.finishedAt * 1000).toISOString(),
								q.scheduledWeight,
								q.upperBound,
								q.ratio.toFixed(4),
								q.optimal
							]
						]
					: []
			);
		}
	}
}

import type { SectorDefinition } from '../../../domain/taxonomy';

export const SETTINGS: Record<string, string> = {
	'event.name': 'EXTEMIN 2027',
	'event.edition': 'PERUMIN 38',
	'event.city': 'Arequipa',
	'event.venue': 'Centro de Convenciones Cerro Juli',
	'event.starts_on': '2027-09-20',
	'event.ends_on': '2027-09-24',
	'event.time_zone': 'America/Lima',
	'requests.open': '1',
	'schedule.published': '0'
};

/** Organiser-defined sectors; colours pass 4.5:1 against white text. */
export const EXTRA_SECTORS: SectorDefinition[] = [
	{
		key: 'environmental-safety',
		name: { es: 'Seguridad ambiental', en: 'Environmental safety' },
		color: '#b91c1c'
	},
	{ key: 'traceability', name: { es: 'Trazabilidad', en: 'Traceability' }, color: '#9d174d' },
	{ key: 'water', name: { es: 'Gestión hídrica', en: 'Water management' }, color: '#0e7490' }
];

export const DEMO_PASSWORD = 'extemin-demo-2027';

/**
 * The curated offer/seek vocabulary: what participants can offer or look for, grouped by
 * sector. A profile stores the key; free tags are stored as the text the person wrote.
 */
import { foldText } from './text';

export interface VocabularyItem {
	key: string;
	sector: string | null;
	label: { es: string; en: string };
	/**
	 * Items of one family answer each other: a producer who seeks "trazabilidad del mineral"
	 * (a need) is answered by a provider of "trazabilidad y cadena de custodia" (a tool).
	 */
	family?: string;
	/** Other spellings people write for this item (folded on comparison), in either language. */
	aliases?: string[];
}

type Entry = [key: string, es: string, en: string];

const BY_SECTOR: Record<string, Entry[]> = {
	ai: [
		['predictive-maintenance', 'mantenimiento predictivo', 'predictive maintenance'],
		['computer-vision', 'visión artificial', 'computer vision'],
		['geometallurgical-models', 'modelos geometalúrgicos', 'geometallurgical models'],
		['process-optimisation', 'optimización de procesos con IA', 'AI process optimisation'],
		['operational-data', 'datos de operación', 'operational data']
	],
	automation: [
		['autonomous-haulage', 'camiones autónomos', 'autonomous haul trucks'],
		['teleoperation', 'teleoperación de equipos', 'equipment teleoperation'],
		['drones-survey', 'topografía con drones', 'drone surveying'],
		['private-5g', 'redes 5G privadas', 'private 5G networks'],
		['safety-systems', 'sistemas anticolisión y fatiga', 'collision and fatigue systems']
	],
	renewables: [
		['solar-microgrids', 'microrredes solares', 'solar microgrids'],
		['battery-storage', 'almacenamiento en baterías', 'battery storage'],
		['green-hydrogen', 'hidrógeno verde', 'green hydrogen'],
		['renewable-ppa', 'contratos PPA renovables', 'renewable PPAs']
	],
	electromobility: [
		['truck-batteries', 'baterías para camiones', 'batteries for trucks'],
		['charging-infrastructure', 'infraestructura de carga', 'charging infrastructure'],
		['trolley-assist', 'trolley assist', 'trolley assist'],
		['ev-conversion', 'conversión de equipos a eléctricos', 'electric equipment conversion']
	],
	'circular-economy': [
		['tailings-reprocessing', 'reprocesamiento de relaves', 'tailings reprocessing'],
		['water-recycling', 'recirculación de agua', 'water recycling'],
		['battery-recycling', 'reciclaje de baterías', 'battery recycling'],
		['waste-valorisation', 'valorización de residuos', 'waste valorisation']
	]
};

/** Needs a small producer can state, so that solution providers are matched to them. */
export const PRODUCER_NEEDS: Entry[] = [
	['environmental-safety', 'seguridad ambiental', 'environmental safety'],
	['traceability', 'trazabilidad del mineral', 'mineral traceability'],
	['formalisation', 'formalización minera', 'mining formalisation']
];

/**
 * Tools and services for small-scale mining, offered by providers and sought by producers.
 * [key, es, en, family, aliases]: the family ties each tool to the need it answers.
 */
const PRODUCER_TOOLS: [string, string, string, string, string[]][] = [
	[
		'environmental-monitoring',
		'monitoreo ambiental',
		'environmental monitoring',
		'environmental-safety',
		['monitoreo hídrico', 'monitoreo de calidad del aire', 'monitoreo participativo']
	],
	[
		'mercury-free-processing',
		'procesamiento sin mercurio',
		'mercury-free processing',
		'environmental-safety',
		['plantas sin mercurio', 'recuperación sin mercurio', 'oro sin mercurio']
	],
	[
		'chain-of-custody',
		'trazabilidad y cadena de custodia',
		'traceability and chain of custody',
		'traceability',
		[
			'trazabilidad con blockchain',
			'certificación de origen',
			'trazabilidad de concentrados',
			'trazabilidad del oro',
			'cadena de custodia'
		]
	],
	[
		'formalisation-paperwork',
		'trámites de formalización',
		'formalisation paperwork',
		'formalisation',
		['asesoría en formalización', 'gestión de expedientes', 'programas de formalización']
	],
	[
		'safety-training',
		'capacitación en seguridad',
		'safety training',
		'training',
		['capacitación en seguridad minera', 'capacitación en campo']
	],
	[
		'small-mining-finance',
		'financiamiento para pequeña minería',
		'financing for small mining',
		'small-mining-finance',
		['financiamiento de equipos', 'cofinanciamiento de innovación', 'microcrédito minero']
	]
];

/** The needs' own families, so a need and the tools that answer it match. */
const NEED_FAMILY: Record<string, string> = {
	'environmental-safety': 'environmental-safety',
	traceability: 'traceability',
	formalisation: 'formalisation',
	training: 'training'
};

const GENERAL: Entry[] = [
	['investment', 'inversión', 'investment'],
	['pilot-sites', 'sitios para pilotos', 'pilot sites'],
	['research-partnership', 'alianzas de investigación', 'research partnerships'],
	['talent', 'talento y prácticas', 'talent and internships'],
	['distribution', 'distribución en la región', 'regional distribution'],
	['technical-service', 'servicio técnico local', 'local technical service'],
	['training', 'capacitación', 'training'],
	...PRODUCER_NEEDS
];

function toItems(entries: Entry[], sector: string | null): VocabularyItem[] {
	return entries.map(([key, es, en]) => ({
		key,
		sector,
		label: { es, en },
		...(NEED_FAMILY[key] ? { family: NEED_FAMILY[key] } : {})
	}));
}

export const PRODUCER_TOOL_ITEMS: VocabularyItem[] = PRODUCER_TOOLS.map(
	([key, es, en, family, aliases]) => ({ key, sector: null, label: { es, en }, family, aliases })
);

export const VOCABULARY: VocabularyItem[] = [
	...Object.entries(BY_SECTOR).flatMap(([sector, entries]) => toItems(entries, sector)),
	...toItems(GENERAL, null),
	...PRODUCER_TOOL_ITEMS
];

const BY_KEY = new Map(VOCABULARY.map((item) => [item.key, item]));

export function vocabularyItem(key: string): VocabularyItem | undefined {
	return BY_KEY.get(key);
}

/** Folded labels and aliases in both languages → key: a free tag that spells a curated item. */
const BY_LABEL = new Map<string, string>();
for (const item of VOCABULARY) {
	for (const text of [item.label.es, item.label.en, ...(item.aliases ?? [])])
		BY_LABEL.set(foldText(text).trim(), item.key);
}

/**
 * A stored offer/seek in words, in the reader's language: the curated label (also for a free
 * tag that spells a label or alias of it), or the free tag as written.
 */
export function termLabel(term: string, locale: 'es' | 'en'): string {
	const item = BY_KEY.get(term) ?? BY_KEY.get(BY_LABEL.get(foldText(term).trim()) ?? '');
	return item?.label[locale] ?? term;
}

export const PRODUCER_NEED_KEYS = PRODUCER_NEEDS.map(([key]) => key);

export const PRODUCER_TOOL_KEYS = PRODUCER_TOOL_ITEMS.map((item) => item.key);

/** Every curated item of the family `key` belongs to (itself included). */
export function familyOf(key: string): VocabularyItem[] {
	const family = BY_KEY.get(key)?.family;
	return family ? VOCABULARY.filter((item) => item.family === family) : [];
}

/** Generated catalogue for the search benchmark: plausible mining vocabulary, seeded. */
import type { Db } from '../../src/lib/server/db/client';
import { CORE_SECTORS, ORGANISATION_KINDS } from '../../src/lib/domain/taxonomy';

export function mulberry32(seed: number): () => number {
	let t = seed >>> 0;
	return () => {
		t = (t + 0x6d2b79f5) | 0;
		let x = Math.imul(t ^ (t >>> 15), 1 | t);
		x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
		return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
	};
}

export const MINING_WORDS_ES = (
	'minería mina minero cobre oro plata zinc litio hierro molibdeno relaves chancado molienda ' +
	'flotación lixiviación fundición refinería concentrado tajo socavón voladura perforación ' +
	'acarreo transporte camiones autónomos teleoperación sensores monitoreo geotecnia taludes ' +
	'hidrógeno verde energía solar eólica baterías electromovilidad cargadores eficiencia ' +
	'agua desalinización tratamiento efluentes economía circular reciclaje chatarra escoria ' +
	'seguridad ocupacional fatiga drones topografía geología exploración sondajes muestreo ' +
	'automatización control procesos inteligencia artificial mantenimiento predictivo gemelo ' +
	'digital plataforma datos nube comunicaciones fibra óptica subterránea ventilación ' +
	'relavera espesadores filtrado bombas tuberías válvulas neumáticos lubricación repuestos ' +
	'capacitación consultoría ingeniería construcción montaje logística almacenes comunidades'
).split(' ');

export const MINING_WORDS_EN = (
	'mining mine copper gold silver lithium iron tailings crushing grinding flotation leaching ' +
	'smelting refinery concentrate pit blasting drilling haulage trucks autonomous teleoperation ' +
	'sensors monitoring geotechnics slopes hydrogen green solar wind batteries charging efficiency ' +
	'water desalination treatment circular recycling safety fatigue drones survey geology ' +
	'exploration sampling automation control artificial intelligence predictive maintenance twin ' +
	'digital platform data cloud communications underground ventilation pumps pipes valves tyres'
).split(' ');

/** Rare made-up words widen the vocabulary to the thousands, as real descriptions do. */
function syntheticWords(rnd: () => number, count: number): string[] {
	const syllables = [
		'ra',
		'mi',
		'to',
		'ca',
		'le',
		'sol',
		'ter',
		'min',
		'al',
		'for',
		'gen',
		'tra',
		'qui',
		'pu',
		'co'
	];
	return Array.from({ length: count }, () => {
		let w = '';
		const len = 2 + Math.floor(rnd() * 3);
		for (let i = 0; i < len; i++) w += syllables[Math.floor(rnd() * syllables.length)];
		return w;
	});
}

export interface BenchCatalogue {
	organisations: number;
	innovations: number;
	seed: number;
}

function sentence(rnd: () => number, words: string[], rare: string[], n: number): string {
	const out: string[] = [];
	for (let i = 0; i < n; i++) {
		// Half domain words, half from the long tail of rare ones: a domain word then lands in
		// roughly one document in six, a rare one in a few dozen.
		out.push(
			rnd() < 0.5 ? words[Math.floor(rnd() * words.length)] : rare[Math.floor(rnd() * rare.length)]
		);
	}
	const text = out.join(' ');
	return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** Fills an empty, migrated database with the benchmark catalogue. */
export async function fillBenchCatalogue(db: Db, size: BenchCatalogue): Promise<void> {
	const rnd = mulberry32(size.seed);
	const rare = syntheticWords(rnd, 6000);
	const countries = [
		'PE',
		'PE',
		'PE',
		'CL',
		'CL',
		'AR',
		'BR',
		'CA',
		'AU',
		'US',
		'DE',
		'CN',
		'MX',
		'CO',
		'ZA'
	];
	const orgs = Array.from({ length: size.organisations }, (_, i) => {
		const name = `${MINING_WORDS_ES[Math.floor(rnd() * MINING_WORDS_ES.length)]} ${rare[i % rare.length]} ${i}`;
		return {
			id: i + 1,
			slug: `org-${i + 1}`,
			name: name.charAt(0).toUpperCase() + name.slice(1),
			kind: ORGANISATION_KINDS[Math.floor(rnd() * ORGANISATION_KINDS.length)],
			country: countries[Math.floor(rnd() * countries.length)],
			city: rnd() < 0.5 ? 'Arequipa' : 'Lima',
			description_es: sentence(rnd, MINING_WORDS_ES, rare, 40),
			description_en: sentence(rnd, MINING_WORDS_EN, rare, 40),
			tags: JSON.stringify([
				MINING_WORDS_ES[Math.floor(rnd() * 60)],
				MINING_WORDS_EN[Math.floor(rnd() * 60)]
			])
		};
	});
	for (let i = 0; i < orgs.length; i += 500)
		await db
			.insertInto('organisation')
			.values(orgs.slice(i, i + 500))
			.execute();
	const links = orgs.flatMap((o) => {
		const a = CORE_SECTORS[Math.floor(rnd() * 5)];
		const b = CORE_SECTORS[Math.floor(rnd() * 5)];
		return [...new Set([a, b])].map((s) => ({ organisation_id: o.id, sector_key: s }));
	});
	for (let i = 0; i < links.length; i += 2000)
		await db
			.insertInto('organisation_sector')
			.values(links.slice(i, i + 2000))
			.execute();
	const innovations = Array.from({ length: size.innovations }, (_, i) => ({
		id: i + 1,
		slug: `inv-${i + 1}`,
		organisation_id: 1 + Math.floor(rnd() * size.organisations),
		sector_key: CORE_SECTORS[Math.floor(rnd() * 5)],
		title_es: sentence(rnd, MINING_WORDS_ES, rare, 5).slice(0, -1),
		title_en: sentence(rnd, MINING_WORDS_EN, rare, 5).slice(0, -1),
		summary_es: sentence(rnd, MINING_WORDS_ES, rare, 20),
		summary_en: sentence(rnd, MINING_WORDS_EN, rare, 20),
		description_es: sentence(rnd, MINING_WORDS_ES, rare, 40),
		description_en: '',
		trl: 1 + Math.floor(rnd() * 9),
		tags: JSON.stringify([MINING_WORDS_ES[Math.floor(rnd() * 60)]])
	}));
	for (let i = 0; i < innovations.length; i += 500) {
		await db
			.insertInto('innovation')
			.values(innovations.slice(i, i + 500))
			.execute();
	}
}

export interface BenchQuery {
	kind: string;
	params: Record<string, string | string[]>;
}

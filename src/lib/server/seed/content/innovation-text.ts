import type { Bilingual } from './types';

/** Placeholders: {mineral} {elevation} {gain} {region} {metric} {trl} {months}. */
export const FIELD_EVIDENCE: Bilingual = {
	es: 'Se validó en una operación de {mineral}{elevation} en {region}, con una mejora de {gain} % en {metric}.',
	en: 'It was validated at a {mineral} operation{elevation} in {region}, improving {metric} by {gain}%.'
};

export const LAB_EVIDENCE: Bilingual = {
	es: 'Las simulaciones y pruebas de banco estiman una mejora de {gain} % en {metric}.',
	en: 'Simulations and bench tests point to an improvement of {gain}% in {metric}.'
};

export function readinessSentence(trl: number): Bilingual {
	if (trl <= 4) {
		return {
			es: 'Está en etapa de laboratorio (TRL {trl}) y busca un socio minero para su primera prueba en campo.',
			en: 'It is at laboratory stage (TRL {trl}) and seeks a mining partner for its first field trial.'
		};
	}
	if (trl <= 6) {
		return {
			es: 'Cuenta con un prototipo probado en entorno relevante (TRL {trl}) y prepara un piloto de {months} meses.',
			en: 'A prototype has been tested in a relevant environment (TRL {trl}) and a {months}-month pilot is being prepared.'
		};
	}
	if (trl <= 8) {
		return {
			es: 'Opera como piloto en condiciones reales (TRL {trl}) y está lista para escalar a más frentes.',
			en: 'It runs as a pilot in real conditions (TRL {trl}) and is ready to scale to more sites.'
		};
	}
	return {
		es: 'Está disponible comercialmente (TRL 9), con soporte técnico local en Arequipa y Lima.',
		en: 'It is commercially available (TRL 9), with local technical support in Arequipa and Lima.'
	};
}

export interface FieldSite {
	region: Bilingual;
	/** Metres above sea level of its mines, for the Andes; null where height tells nothing. */
	altitude: [number, number] | null;
}

const site = (es: string, en = es, altitude: [number, number] | null = null): FieldSite => ({
	region: { es, en },
	altitude
});
const ANDES_PE: [number, number] = [2600, 4800];

/**
 * Mining regions where an organisation of each country runs its pilots: its own country's,
 * so that a Canadian research centre validates in Abitibi, not in Junín. Countries without
 * mines of their own test with clients in Peru and Chile (FOREIGN_FIELD_SITES).
 */
export const FIELD_SITES: Record<string, FieldSite[]> = {
	PE: [
		'Arequipa',
		'Moquegua',
		'Tacna',
		'Apurímac',
		'Cusco',
		'Cajamarca',
		'Áncash',
		'Junín',
		'Pasco'
	].map((r) => site(r, r, ANDES_PE)),
	CL: [
		site('Antofagasta', 'Antofagasta', [2400, 4000]),
		site('Atacama', 'Atacama', [2000, 4200]),
		site('Tarapacá', 'Tarapacá', [3000, 4400])
	],
	BO: [site('Potosí', 'Potosí', [3900, 4600]), site('Oruro', 'Oruro', [3700, 4200])],
	EC: [
		site('Zamora Chinchipe', 'Zamora Chinchipe', [900, 1800]),
		site('Azuay', 'Azuay', [2500, 3800])
	],
	CA: [
		site('Abitibi (Quebec)'),
		site('Sudbury (Ontario)', 'Sudbury, Ontario'),
		site('Columbia Británica', 'British Columbia')
	],
	AU: [
		site('Pilbara (Australia Occidental)', 'the Pilbara, Western Australia'),
		site('Queensland')
	],
	US: [site('Arizona'), site('Nevada')],
	ZA: [site('Limpopo'), site('Cabo Septentrional', 'the Northern Cape')],
	BR: [site('Minas Gerais'), site('Carajás (Pará)', 'Carajás, Pará')],
	MX: [site('Sonora'), site('Zacatecas', 'Zacatecas', [2300, 2600])],
	CO: [site('Antioquia'), site('Boyacá')],
	SE: [site('Norrbotten')],
	FI: [site('Laponia finlandesa', 'Finnish Lapland')],
	ES: [site('Huelva (Andalucía)', 'Huelva, Andalusia')]
};

export const FOREIGN_FIELD_SITES: FieldSite[] = [...FIELD_SITES.PE, ...FIELD_SITES.CL];

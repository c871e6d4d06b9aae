import type { Bilingual } from './types';

/** Placeholders: {mineral} {altitude} {gain} {region} {metric} {trl} {months}. */
export const FIELD_EVIDENCE: Bilingual = {
	es: 'Se validó en una operación de {mineral} a {altitude} m s. n. m. en {region}, con una mejora de {gain} % en {metric}.',
	en: 'It was validated at a {mineral} operation at {altitude} m in {region}, improving {metric} by {gain}%.'
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

export const REGIONS = [
	'Arequipa',
	'Moquegua',
	'Tacna',
	'Apurímac',
	'Cusco',
	'Cajamarca',
	'Áncash',
	'Junín',
	'Antofagasta'
];

/** Names for a second, third… product built on the same idea. */
export const VARIANTS = ['', ' Pro', ' Lite', ' X', ' Edge', ' Max'];

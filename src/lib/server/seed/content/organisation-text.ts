import type { OrganisationKind } from '../../db/schema';
import type { Bilingual } from './types';

/**
 * Sentences that open and close an organisation's description.
 * Placeholders: {name} {city} {country} {activity} {year} {size} {mineral} {stage} {ticket}.
 */
export const OPENINGS: Record<OrganisationKind, Bilingual[]> = {
	company: [
		{
			es: '{name} es una empresa con sede en {city} ({country}) que {activity}.',
			en: '{name} is a company based in {city}, {country}, that {activity}.'
		},
		{
			es: 'Fundada en {year} en {city}, {name} {activity}.',
			en: 'Founded in {year} in {city}, {name} {activity}.'
		}
	],
	startup: [
		{
			es: '{name} es una startup de {city} ({country}) que {activity}.',
			en: '{name} is a startup from {city}, {country}, that {activity}.'
		},
		{
			es: 'Nacida en {year} en {city}, la startup {name} {activity}.',
			en: 'Started in {year} in {city}, {name} {activity}.'
		}
	],
	university: [
		{
			es: 'En {name} ({city}), un grupo de investigación de la facultad de ingeniería {activity}.',
			en: 'At {name} in {city}, a research group in the engineering faculty {activity}.'
		},
		{
			es: 'En {name}, un grupo de investigación de la facultad de ingeniería {activity}.',
			en: 'At {name}, a research group in the engineering faculty {activity}.'
		}
	],
	'research-centre': [
		{
			es: '{name} es un centro de investigación aplicada de {city} ({country}) que {activity}.',
			en: '{name} is an applied research centre in {city}, {country}, that {activity}.'
		},
		{
			es: '{name} es un centro de investigación aplicada ({country}) que {activity}.',
			en: '{name} is an applied research centre in {country} that {activity}.'
		}
	],
	investor: [
		{
			es: '{name} es un fondo de capital de riesgo con sede en {city} que invierte en tecnología minera y transición energética en América Latina.',
			en: '{name} is a venture capital fund based in {city} that invests in mining technology and the energy transition across Latin America.'
		},
		{
			es: '{name} es el brazo de capital corporativo de un grupo minero con oficinas en {city} e invierte en startups que resuelven problemas de sus operaciones.',
			en: '{name} is the corporate venture arm of a mining group with offices in {city}, investing in startups that solve problems at its operations.'
		},
		{
			es: '{name} es una red de inversionistas ángeles de {city} que apoya a fundadores de tecnología minera desde la primera venta.',
			en: '{name} is an angel investor network from {city} that backs mining technology founders from their first sale.'
		}
	],
	'small-producer': [
		{
			es: '{name} agrupa a {size} mineros artesanales de oro de {city}, inscritos en el REINFO.',
			en: '{name} brings together {size} artisanal gold miners from {city}, all registered in REINFO.'
		},
		{
			es: '{name} es un pequeño productor minero de {city} que extrae y beneficia mineral aurífero con {size} trabajadores.',
			en: '{name} is a small-scale mining producer in {city} that extracts and processes gold ore with {size} workers.'
		}
	],
	'public-agency': [
		{
			es: '{name} es una entidad pública con sede en {city} que {activity}.',
			en: '{name} is a public body based in {city} that {activity}.'
		}
	]
};

export const CLOSINGS: Record<OrganisationKind, Bilingual[]> = {
	company: [
		{
			es: 'En EXTEMIN 2027 presenta sus soluciones a operaciones de {mineral} del sur peruano.',
			en: 'At EXTEMIN 2027 it presents its solutions to {mineral} operations in southern Peru.'
		},
		{
			es: 'Cuenta con {size} especialistas y oficinas de servicio en Arequipa y Lima.',
			en: 'It has {size} specialists and service offices in Arequipa and Lima.'
		}
	],
	startup: [
		{
			es: 'Busca operaciones mineras para pilotos y prepara una ronda {stage}.',
			en: 'It is looking for mine sites to run pilots and is preparing a {stage} round.'
		},
		{
			es: 'Su equipo de {size} personas combina ingeniería de minas, electrónica y ciencia de datos.',
			en: 'Its team of {size} combines mining engineering, electronics and data science.'
		}
	],
	university: [
		{
			es: 'Colabora con empresas mineras mediante convenios de I+D, tesis de posgrado y prácticas profesionales.',
			en: 'It works with mining companies through R&D agreements, graduate theses and internships.'
		}
	],
	'research-centre': [
		{
			es: 'Trabaja con fondos públicos de innovación y con socios industriales en {size} proyectos activos.',
			en: 'It works with public innovation funds and industry partners on {size} active projects.'
		}
	],
	investor: [
		{
			es: 'Sus tickets van de {ticket} y su cartera incluye {size} empresas de tecnología minera.',
			en: 'Its tickets range from {ticket} and its portfolio holds {size} mining technology companies.'
		},
		{
			es: 'En EXTEMIN 2027 se reúne con fundadores que ya tengan pilotos en mina y métricas de operación.',
			en: 'At EXTEMIN 2027 it meets founders who already run pilots at mine sites and have operating metrics.'
		}
	],
	'small-producer': [
		{
			es: 'Busca herramientas de trazabilidad, seguridad en socavón y recuperación sin mercurio para vender a compradores formales.',
			en: 'It is looking for traceability tools, underground safety and mercury-free recovery to sell to formal buyers.'
		}
	],
	'public-agency': [
		{
			es: 'En EXTEMIN 2027 orienta a empresas y productores sobre trámites, programas de apoyo y oportunidades de inversión.',
			en: 'At EXTEMIN 2027 it advises companies and producers on permits, support programmes and investment opportunities.'
		}
	]
};

/** What a small producer wants most, by its theme. */
export const SMALL_PRODUCER_NEEDS: Record<string, Bilingual> = {
	'traceable-gold': {
		es: 'Su prioridad es vender oro con origen verificado mediante trazabilidad digital.',
		en: 'Its priority is to sell gold with verified origin through digital traceability.'
	},
	'mercury-free-gold': {
		es: 'Su prioridad es dejar el mercurio y mejorar la recuperación con concentración gravimétrica.',
		en: 'Its priority is to stop using mercury and improve recovery with gravity concentration.'
	},
	formalisation: {
		es: 'Su prioridad es completar la formalización y mejorar la seguridad en sus labores.',
		en: 'Its priority is to complete formalisation and make its workings safer.'
	},
	'solar-microgrid': {
		es: 'Su prioridad es reemplazar el grupo electrógeno diésel del campamento por energía solar.',
		en: "Its priority is to replace the camp's diesel generator with solar power."
	}
};

/** Public-agency missions, used as the {activity} of their opening. */
export const AGENCY_MISSIONS: Record<string, Bilingual> = {
	regional: {
		es: 'promueve la formalización de la pequeña minería y la minería artesanal y supervisa sus obligaciones ambientales y de seguridad',
		en: 'promotes the formalisation of small-scale and artisanal mining and oversees its environmental and safety obligations'
	},
	trade: {
		es: 'conecta a proveedores de tecnología minera de {origin} con operaciones y socios en el Perú',
		en: 'connects mining technology suppliers from {origin} with operations and partners in Peru'
	},
	water: {
		es: 'coordina la gestión del agua de la cuenca entre usuarios agrícolas, mineros y poblaciones',
		en: "coordinates the basin's water management among farming, mining and urban users"
	},
	innovation: {
		es: 'financia proyectos de innovación abierta entre empresas mineras, startups y universidades de la región',
		en: 'funds open innovation projects between mining companies, startups and universities in the region'
	}
};

export const STAGES = [
	{ es: 'semilla', en: 'seed', key: 'seed' },
	{ es: 'serie A', en: 'Series A', key: 'series-a' },
	{ es: 'de crecimiento', en: 'growth', key: 'growth' }
];

export const TICKETS = ['USD 0.1–0.5 M', 'USD 0.5–2 M', 'USD 2–10 M', 'USD 5–25 M'];

export const REJECTION_REASONS = [
	'Documentación incompleta: falta la constancia de inscripción en el RUC.',
	'La propuesta no corresponde a las categorías de innovación de EXTEMIN.',
	'El expediente no acredita productos o servicios propios.',
	'Solicitud duplicada: la organización ya participa a través de su casa matriz.'
];

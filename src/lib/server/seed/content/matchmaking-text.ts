import type { OrganisationKind } from '../../db/schema';

export type ProfileKind = OrganisationKind | 'attendee';

/**
 * What each kind brings and looks for, beyond its themes' own phrases (Spanish). Many spell a
 * label of the matchmaking vocabulary (domain/matching/vocabulary.ts), so they match as keys.
 */
export const KIND_OFFERS: Record<ProfileKind, string[]> = {
	company: [
		'soluciones probadas en minería',
		'servicio técnico local',
		'sitios para pilotos',
		'integración de sistemas'
	],
	startup: ['tecnología propia', 'pilotos rápidos de bajo costo', 'equipo de ciencia de datos'],
	investor: [
		'inversión',
		'financiamiento serie A',
		'capital semilla',
		'mentoría a fundadores',
		'acceso a operaciones mineras'
	],
	university: [
		'alianzas de investigación',
		'talento y prácticas',
		'laboratorios de caracterización',
		'ensayos metalúrgicos'
	],
	'research-centre': [
		'alianzas de investigación',
		'escalamiento de prototipos',
		'pruebas piloto',
		'análisis de relaves'
	],
	'small-producer': ['oro de origen formal', 'concentrados auríferos', 'sitios para pilotos'],
	'public-agency': [
		'capacitación',
		'programas de formalización',
		'cofinanciamiento de innovación',
		'promoción de inversiones'
	],
	attendee: ['experiencia en operación minera', 'datos de operación', 'sitios para pilotos']
};

export const KIND_SEEKS: Record<ProfileKind, string[]> = {
	company: [
		'proveedores de innovación',
		'alianzas de investigación',
		'soluciones de descarbonización',
		'talento y prácticas'
	],
	startup: [
		'inversión',
		'financiamiento serie A',
		'capital semilla',
		'sitios para pilotos',
		'pilotos en mina subterránea',
		'distribución en la región'
	],
	investor: [
		'startups de tecnología minera',
		'startups de electromovilidad',
		'proyectos de economía circular',
		'equipos con pilotos en mina'
	],
	university: [
		'socios industriales',
		'financiamiento de I+D',
		'datos de operación',
		'sitios para pilotos'
	],
	'research-centre': [
		'socios industriales',
		'financiamiento de I+D',
		'datos de operación',
		'inversión'
	],
	'small-producer': [
		'trazabilidad del mineral',
		'seguridad ambiental',
		'formalización minera',
		'recuperación sin mercurio',
		'compradores responsables',
		'capacitación'
	],
	'public-agency': ['inversión', 'proveedores de tecnología limpia', 'alianzas público-privadas'],
	attendee: ['capacitación', 'servicio técnico local', 'talento y prácticas']
};

/** Whom each kind most wants to meet, with weights. */
export const COUNTERPARTS: Record<ProfileKind, Partial<Record<ProfileKind, number>>> = {
	company: { startup: 5, university: 2, 'research-centre': 2, company: 1 },
	startup: { investor: 5, company: 5, attendee: 2, 'public-agency': 1 },
	investor: { startup: 8, company: 1 },
	university: { company: 5, 'research-centre': 2, startup: 1 },
	'research-centre': { company: 4, university: 2, startup: 2 },
	'small-producer': { startup: 3, company: 2, 'public-agency': 3, 'research-centre': 2 },
	'public-agency': { 'small-producer': 4, company: 3, investor: 1 },
	attendee: { company: 5, startup: 4, university: 1 }
};

/** [male, female] role titles. */
export const ROLES: Record<ProfileKind, [string, string][]> = {
	company: [
		['Gerente comercial', 'Gerente comercial'],
		['Director de innovación', 'Directora de innovación'],
		['Ingeniero de ventas', 'Ingeniera de ventas'],
		['Jefe de proyectos', 'Jefa de proyectos']
	],
	startup: [
		['CEO y cofundador', 'CEO y cofundadora'],
		['CTO', 'CTO'],
		['Gerente de desarrollo de negocios', 'Gerente de desarrollo de negocios']
	],
	investor: [
		['Socio', 'Socia'],
		['Analista de inversiones', 'Analista de inversiones'],
		['Director de inversiones', 'Directora de inversiones']
	],
	university: [
		['Investigador principal', 'Investigadora principal'],
		['Docente investigador', 'Docente investigadora'],
		['Coordinador de vinculación con la industria', 'Coordinadora de vinculación con la industria']
	],
	'research-centre': [
		['Investigador', 'Investigadora'],
		['Jefe de laboratorio', 'Jefa de laboratorio']
	],
	'small-producer': [
		['Presidente', 'Presidenta'],
		['Gerente', 'Gerente'],
		['Responsable de seguridad', 'Responsable de seguridad']
	],
	'public-agency': [
		['Director', 'Directora'],
		['Especialista en promoción minera', 'Especialista en promoción minera'],
		['Coordinador de programas', 'Coordinadora de programas']
	],
	attendee: [
		['Superintendente de mantenimiento', 'Superintendenta de mantenimiento'],
		['Ingeniero de procesos', 'Ingeniera de procesos'],
		['Jefe de seguridad', 'Jefa de seguridad'],
		['Estudiante de Ingeniería de Minas', 'Estudiante de Ingeniería de Minas'],
		['Consultor ambiental', 'Consultora ambiental'],
		['Planner de mina', 'Planner de mina']
	]
};

/**
 * Placeholders: {first} {dear} (recipient), {topic} (what the recipient offers), {own} (what the
 * sender offers), {org} (the sender's organisation).
 */
export const REQUEST_MESSAGES = [
	'Hola {first}, me interesa conocer más sobre {topic}. ¿Podemos conversar en EXTEMIN?',
	'Buen día {first}. En {org} evaluamos opciones de {topic} para 2028; nos gustaría reunirnos.',
	'Hola {first}, vimos su perfil y creemos que hay sinergia en {topic}. ¿Coordinamos una reunión?',
	'{dear} {first}: quisiera presentarle nuestro trabajo en {own} y explorar un piloto conjunto.',
	'{first}, ¿tendría 20 minutos para hablar de {topic}? Sería un gusto conocernos en Arequipa.'
];

export const DECLINE_REASONS = [
	'Agenda completa esos días.',
	'No es el perfil que buscamos por ahora.',
	'Ya trabajamos con un proveedor para esa solución.',
	'Preferimos retomar la conversación después de la feria.'
];

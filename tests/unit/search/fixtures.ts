import { toSearchDocument } from '../../../src/lib/server/search/documents';
import type { SearchDocument } from '../../../src/lib/server/search/engine';

/** Small hand-written documents: enough words to exercise typos, accents, both languages. */
export const FIXTURE_DOCUMENTS: SearchDocument[] = [
	toSearchDocument({
		id: 'organisation-1',
		type: 'organisation',
		slug: 'andes-autonomia',
		title_es: 'Andes Autonomía S.A.C.',
		description_es: 'Camiones autónomos y teleoperación para el transporte minero a gran altura.',
		description_en: 'Autonomous trucks and teleoperation for high-altitude mine haulage.',
		tags: ['camiones autónomos', 'teleoperación'],
		sectors: ['automation', 'ai'],
		sector_names: [
			'Automatización',
			'Automation',
			'Inteligencia artificial',
			'Artificial intelligence'
		],
		kind: 'startup',
		country: 'PE',
		place: 'Arequipa Perú Peru PE',
		booth: 'P1-045'
	}),
	toSearchDocument({
		id: 'organisation-2',
		type: 'organisation',
		slug: 'hidrogeno-verde-sur',
		title_es: 'Hidrógeno Verde del Sur',
		description_es: 'Producción de hidrógeno verde con energía solar para flotas mineras.',
		description_en: 'Green hydrogen produced with solar energy for mining fleets.',
		tags: ['hidrógeno', 'electrólisis'],
		sectors: ['renewables'],
		sector_names: ['Energías renovables', 'Renewable energy'],
		kind: 'company',
		country: 'CL',
		place: 'Antofagasta Chile Chile CL',
		booth: null
	}),
	toSearchDocument({
		id: 'organisation-3',
		type: 'organisation',
		slug: 'solaris-energia',
		title_es: 'Solaris Energía Solar',
		description_es: 'Plantas solares para campamentos mineros y bombeo de agua.',
		description_en: 'Solar plants for mining camps and water pumping.',
		tags: ['fotovoltaica'],
		sectors: ['renewables'],
		sector_names: ['Energías renovables', 'Renewable energy'],
		kind: 'company',
		country: 'PE',
		place: 'Lima Perú Peru PE',
		booth: 'P2-010'
	}),
	toSearchDocument({
		id: 'organisation-4',
		type: 'organisation',
		slug: 'xss-labs',
		title_es: 'Laboratorio <script>alert(1)</script>',
		description_es: 'Pruebas de seguridad <script>alert("x")</script> con transporte & "comillas".',
		description_en: 'Security testing <b>bold</b> transport.',
		tags: [],
		sectors: ['ai'],
		kind: 'university',
		country: 'US',
		place: 'Boston Estados Unidos United States US'
	}),
	toSearchDocument({
		id: 'organisation-5',
		type: 'organisation',
		slug: 'fondo-andino',
		title_es: 'Fondo Andino de Inversión',
		description_es: 'Inversión en startups de economía circular y relaves.',
		description_en: 'Investment in circular economy and tailings startups.',
		tags: ['capital de riesgo', 'relaves'],
		sectors: ['circular-economy'],
		kind: 'investor',
		country: 'CL',
		place: 'Santiago Chile Chile CL'
	}),
	toSearchDocument({
		id: 'innovation-10',
		type: 'innovation',
		slug: 'teleop-5g',
		title_es: 'Teleoperación de camiones por 5G',
		title_en: 'Truck teleoperation over 5G',
		summary_es: 'Operación remota de camiones de acarreo desde Arequipa con baja latencia.',
		summary_en: 'Remote operation of haul trucks from Arequipa with low latency.',
		tags: ['5G', 'transporte'],
		sectors: ['automation'],
		kind: 'startup',
		country: 'PE',
		place: 'Arequipa Perú Peru PE',
		organisation_slug: 'andes-autonomia',
		organisation_name: 'Andes Autonomía S.A.C.',
		trl: 7
	}),
	toSearchDocument({
		id: 'innovation-11',
		type: 'innovation',
		slug: 'electrolizador-modular',
		title_es: 'Electrolizador modular de hidrógeno',
		title_en: 'Modular hydrogen electrolyser',
		summary_es: 'Hidrógeno verde en el sitio minero con energía solar.',
		summary_en: 'Green hydrogen at the mine site from solar power.',
		tags: ['hidrógeno'],
		sectors: ['renewables'],
		kind: 'company',
		country: 'CL',
		place: 'Antofagasta Chile Chile CL',
		organisation_slug: 'hidrogeno-verde-sur',
		organisation_name: 'Hidrógeno Verde del Sur',
		trl: 5
	}),
	toSearchDocument({
		id: 'innovation-12',
		type: 'innovation',
		slug: 'relaves-ladrillos',
		title_es: 'Ladrillos de relaves',
		title_en: 'Bricks from tailings',
		summary_es:
			'Economía circular: ladrillos a partir de relaves mineros, con transporte incluido.',
		summary_en: 'Circular economy: bricks made from mine tailings.',
		tags: ['relaves', 'construcción'],
		sectors: ['circular-economy'],
		kind: 'investor',
		country: 'CL',
		place: 'Santiago Chile Chile CL',
		organisation_slug: 'fondo-andino',
		organisation_name: 'Fondo Andino de Inversión',
		trl: 4
	})
];

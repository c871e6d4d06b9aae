import type { Theme } from './types';

/** Traceability and small-scale mining. Placeholders: {mineral} {altitude} {percent} {tonnage} {count}. */
export const TRACEABILITY_THEMES: Theme[] = [
	{
		key: 'traceable-gold',
		count: [5, 30],
		sectors: ['traceability', 'ai'],
		words: [
			{ es: 'Oro Trazable', en: 'Traceable Gold' },
			{ es: 'Trazabilidad', en: 'Traceability' }
		],
		tags: ['oro trazable', 'blockchain', 'código QR', 'minería artesanal'],
		activity: {
			es: 'registra en blockchain el origen del oro artesanal, desde el socavón hasta el comprador, con códigos QR en cada lote',
			en: 'records the origin of artisanal gold on a blockchain, from the adit to the buyer, with a QR code on every batch'
		},
		details: [
			{
				es: 'Cada lote lleva fotos georreferenciadas, pesaje y constancia del REINFO del productor.',
				en: "Every batch carries geotagged photos, weighing records and the producer's REINFO registration."
			},
			{
				es: 'Las refinerías compradoras verifican el origen escaneando el código QR y pagan un premio por oro responsable.',
				en: 'Buying refiners verify origin by scanning the QR code and pay a premium for responsible gold.'
			}
		],
		metric: { es: 'lotes con origen verificado', en: 'batches with verified origin' },
		ideas: [
			{
				product: 'Trace',
				title: {
					es: 'trazabilidad de oro artesanal con blockchain y QR',
					en: 'artisanal gold traceability with blockchain and QR'
				},
				summary: {
					es: 'Trazabilidad desde el socavón: una aplicación móvil sin conexión registra cada lote de oro y lo vincula con su productor formalizado.',
					en: 'Traceability from the adit on: an offline mobile app logs every gold batch and links it to its formalised producer.'
				}
			}
		],
		offers: [
			'trazabilidad con blockchain',
			'certificación de origen',
			'acceso a compradores responsables'
		],
		seeks: ['cooperativas mineras', 'refinerías compradoras', 'financiamiento de impacto']
	},
	{
		key: 'mercury-free-gold',
		count: [5, 50],
		sectors: ['environmental-safety', 'circular-economy'],
		words: [
			{ es: 'Oro Limpio', en: 'Clean Gold' },
			{ es: 'Metalurgia Limpia', en: 'Clean Metallurgy' }
		],
		tags: [
			'recuperación sin mercurio',
			'concentración gravimétrica',
			'Convenio de Minamata',
			'minería artesanal'
		],
		activity: {
			es: 'ofrece plantas compactas de recuperación de oro sin mercurio por gravimetría y flotación para pequeños productores',
			en: 'offers compact mercury-free gold recovery plants using gravity and flotation for small-scale producers'
		},
		details: [
			{
				es: 'Sus mesas concentradoras y celdas de flotación recuperan hasta el {percent} % del oro, más que la amalgamación.',
				en: 'Its shaking tables and flotation cells recover up to {percent}% of the gold, more than amalgamation.'
			},
			{
				es: 'Acompaña a los productores a cumplir el Convenio de Minamata y a vender concentrados a plantas formales.',
				en: 'It helps producers comply with the Minamata Convention and sell concentrates to formal plants.'
			}
		],
		metric: { es: 'recuperación de oro', en: 'gold recovery' },
		ideas: [
			{
				product: 'Gravity',
				title: { es: 'planta modular de oro sin mercurio', en: 'modular mercury-free gold plant' },
				summary: {
					es: 'Concentración gravimétrica y flotación en un módulo transportable de {count} t por día para mineros artesanales.',
					en: 'Gravity concentration and flotation in a transportable {count}-tpd module for artisanal miners.'
				}
			}
		],
		offers: ['plantas sin mercurio', 'asistencia técnica metalúrgica', 'capacitación en campo'],
		seeks: ['pequeños productores mineros', 'programas de cooperación', 'financiamiento de equipos']
	},
	{
		key: 'formalisation',
		count: [100, 1500],
		sectors: ['traceability', 'environmental-safety'],
		words: [
			{ es: 'Formalización', en: 'Formalisation' },
			{ es: 'Minería Responsable', en: 'Responsible Mining' }
		],
		tags: ['formalización minera', 'REINFO', 'IGAFOM', 'seguridad minera'],
		activity: {
			es: 'acompaña a mineros artesanales en su formalización: REINFO, instrumento ambiental IGAFOM, seguridad y contabilidad',
			en: 'supports artisanal miners through formalisation: REINFO registration, IGAFOM environmental filing, safety and bookkeeping'
		},
		details: [
			{
				es: 'Ha acompañado a {count} productores de Arequipa, Ayacucho y Puno en su proceso de formalización.',
				en: 'It has guided {count} producers in Arequipa, Ayacucho and Puno through formalisation.'
			},
			{
				es: 'Su plataforma digital ordena los expedientes y avisa de cada plazo ante la dirección regional de energía y minas.',
				en: 'Its digital platform organises filings and flags every deadline with the regional mining directorate.'
			}
		],
		metric: { es: 'productores formalizados', en: 'producers formalised' },
		ideas: [
			{
				product: 'Formaliza',
				title: {
					es: 'expediente digital para la formalización minera',
					en: 'digital filing for mining formalisation'
				},
				summary: {
					es: 'Aplicación en español y quechua que guía al minero artesanal paso a paso por el REINFO y el IGAFOM.',
					en: 'An app in Spanish and Quechua that walks artisanal miners step by step through REINFO and IGAFOM.'
				}
			}
		],
		offers: [
			'asesoría en formalización',
			'gestión de expedientes',
			'capacitación en seguridad minera'
		],
		seeks: [
			'asociaciones de mineros artesanales',
			'gobiernos regionales',
			'cooperación internacional'
		]
	},
	{
		key: 'cathode-traceability',
		count: [5, 30],
		sectors: ['traceability', 'ai'],
		words: [
			{ es: 'Cobre Verde', en: 'Green Copper' },
			{ es: 'Pasaporte Digital', en: 'Digital Passport' }
		],
		tags: [
			'trazabilidad de cátodos',
			'pasaporte digital',
			'huella de carbono',
			'cadena de suministro'
		],
		activity: {
			es: 'emite pasaportes digitales para cátodos y concentrados de cobre con su huella de carbono y agua verificada',
			en: 'issues digital passports for copper cathodes and concentrates with verified carbon and water footprints'
		},
		details: [
			{
				es: 'Cada paquete de cátodos lleva una etiqueta RFID que enlaza con datos de energía, agua y origen de la mina.',
				en: "Every cathode bundle carries an RFID tag linked to the mine's energy, water and origin data."
			},
			{
				es: 'Los compradores europeos y asiáticos reciben la información que exige la regulación de baterías y materias primas críticas.',
				en: 'European and Asian buyers receive the data that battery and critical raw materials rules require.'
			}
		],
		metric: { es: 'envíos con huella verificada', en: 'shipments with verified footprint' },
		ideas: [
			{
				product: 'Passport',
				title: {
					es: 'pasaporte digital para cátodos de cobre',
					en: 'digital passport for copper cathodes'
				},
				summary: {
					es: 'Etiquetas RFID y un registro verificable que acompañan al cátodo desde la refinería hasta el fabricante.',
					en: 'RFID tags and a verifiable ledger that follow the cathode from refinery to manufacturer.'
				}
			}
		],
		offers: [
			'pasaportes digitales',
			'cálculo de huella de carbono',
			'trazabilidad de concentrados'
		],
		seeks: [
			'productores de cobre',
			'compradores con exigencias ESG',
			'verificadores independientes'
		]
	}
];

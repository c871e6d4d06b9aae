import type { Theme } from './types';

/** Circular economy, water, environmental safety. Placeholders: {mineral} {altitude} {percent} {tonnage} {count}. */
export const CIRCULAR_THEMES: Theme[] = [
	{
		key: 'tailings-dry-stacking',
		count: [5, 30],
		sectors: ['circular-economy', 'environmental-safety', 'water'],
		words: [
			{ es: 'Relaves', en: 'Tailings' },
			{ es: 'Filtración', en: 'Filtration' }
		],
		tags: [
			'relaves filtrados',
			'apilamiento en seco',
			'recuperación de agua',
			'estabilidad física'
		],
		activity: {
			es: 'diseña plantas de filtración de relaves y apilamiento en seco que recuperan agua y eliminan el riesgo de presas',
			en: 'designs tailings filtration and dry-stacking plants that recover water and remove dam risk'
		},
		details: [
			{
				es: 'Sus filtros prensa recuperan hasta el {percent} % del agua de proceso y la devuelven a la planta concentradora.',
				en: 'Its filter presses recover up to {percent}% of process water and return it to the concentrator.'
			},
			{
				es: 'El relave filtrado se compacta en capas y se revegeta por etapas, sin lagunas ni muros de contención.',
				en: 'Filtered tailings are compacted in lifts and revegetated in stages, with no ponds or retaining walls.'
			}
		],
		metric: { es: 'consumo de agua fresca', en: 'fresh water intake' },
		ideas: [
			{
				product: 'DryStack',
				title: {
					es: 'filtración de relaves y apilamiento en seco',
					en: 'tailings filtration and dry stacking'
				},
				summary: {
					es: 'Planta modular de filtros prensa que convierte relaves en una torta apilable y recircula el agua a la planta.',
					en: 'A modular filter-press plant that turns tailings into a stackable cake and recirculates water to the plant.'
				}
			},
			{
				product: 'Paste',
				title: {
					es: 'relleno en pasta para mina subterránea',
					en: 'paste backfill for underground mines'
				},
				summary: {
					es: 'Relaves espesados con cemento que rellenan tajeos vacíos y reducen el volumen que llega a superficie.',
					en: 'Thickened tailings with binder that fill empty stopes and reduce what reaches surface storage.'
				}
			}
		],
		offers: ['filtración de relaves', 'apilamiento en seco', 'ingeniería geotécnica'],
		seeks: [
			'operaciones con presas de relaves',
			'fabricantes de filtros',
			'financiamiento ambiental'
		]
	},
	{
		key: 'tailings-reprocessing',
		count: [5, 40],
		sectors: ['circular-economy'],
		words: [
			{ es: 'Reciclaje Minero', en: 'Mine Recycling' },
			{ es: 'Recursos Secundarios', en: 'Secondary Resources' }
		],
		tags: ['reprocesamiento de relaves', 'escorias', 'minerales críticos', 'economía circular'],
		activity: {
			es: 'reprocesa relaves históricos y escorias de fundición para recuperar cobre, zinc y minerales críticos',
			en: 'reprocesses legacy tailings and smelter slag to recover copper, zinc and critical minerals'
		},
		details: [
			{
				es: 'Ha caracterizado {count} depósitos de relaves antiguos en el sur del Perú y estima leyes recuperables de {mineral}.',
				en: 'It has characterised {count} legacy tailings deposits in southern Peru and estimates recoverable {mineral} grades.'
			},
			{
				es: 'El material limpio resultante se usa como agregado para construcción y caminos.',
				en: 'The cleaned residue becomes aggregate for construction and roads.'
			}
		],
		metric: { es: 'pasivos ambientales remediados', en: 'legacy liabilities remediated' },
		ideas: [
			{
				product: 'ReMine',
				title: {
					es: 'recuperación de {mineral} desde relaves históricos',
					en: '{mineral} recovery from legacy tailings'
				},
				summary: {
					es: 'Flotación fina y lixiviación selectiva que vuelven rentable un pasivo ambiental y dejan un residuo estable.',
					en: 'Fine flotation and selective leaching that make a legacy liability profitable and leave a stable residue.'
				}
			},
			{
				product: 'Slag',
				title: {
					es: 'agregados de construcción a partir de escoria de cobre',
					en: 'construction aggregate from copper slag'
				},
				summary: {
					es: 'Proceso de molienda y clasificación que convierte escoria de fundición en arena para concreto y pavimentos.',
					en: 'Grinding and classification that turn smelter slag into sand for concrete and paving.'
				}
			}
		],
		offers: ['reprocesamiento de relaves', 'valorización de residuos', 'análisis de relaves'],
		seeks: [
			'acceso a pasivos ambientales',
			'inversionistas de impacto',
			'laboratorios de caracterización'
		]
	},
	{
		key: 'water-recycling',
		count: [5, 30],
		sectors: ['water', 'circular-economy'],
		words: [
			{ es: 'Agua', en: 'Water' },
			{ es: 'Recursos Hídricos', en: 'Water Resources' }
		],
		tags: ['reúso de agua', 'tratamiento de efluentes', 'desalinización', 'gestión hídrica'],
		activity: {
			es: 'trata y recircula efluentes mineros con membranas y procesos biológicos para reducir la captación de agua fresca',
			en: 'treats and recycles mine effluent with membranes and biological processes to cut fresh water intake'
		},
		details: [
			{
				es: 'Sus plantas móviles tratan drenaje ácido de mina y cumplen los límites máximos permisibles de descarga.',
				en: 'Its mobile plants treat acid mine drainage and meet discharge limits.'
			},
			{
				es: 'Un balance hídrico en línea muestra a la comunidad y al regulador cuánta agua se capta, recircula y devuelve.',
				en: 'An online water balance shows the community and the regulator how much water is taken, reused and returned.'
			}
		],
		metric: { es: 'agua recirculada', en: 'water recycled' },
		ideas: [
			{
				product: 'Aqua',
				title: {
					es: 'tratamiento de drenaje ácido de mina con membranas',
					en: 'membrane treatment of acid mine drainage'
				},
				summary: {
					es: 'Planta en contenedor que neutraliza y filtra drenaje ácido, y recupera agua apta para riego o proceso.',
					en: 'A containerised plant that neutralises and filters acid drainage and recovers water fit for irrigation or process.'
				}
			},
			{
				product: 'Balance',
				title: {
					es: 'balance hídrico en línea compartido con la comunidad',
					en: 'online water balance shared with the community'
				},
				summary: {
					es: 'Caudalímetros y tablero público que muestran captación, recirculación y vertimientos de la operación.',
					en: "Flow meters and a public dashboard showing the operation's intake, recycling and discharge."
				}
			}
		],
		offers: ['tratamiento de efluentes', 'recirculación de agua', 'monitoreo hídrico'],
		seeks: [
			'operaciones en cuencas con estrés hídrico',
			'juntas de usuarios de agua',
			'financiamiento verde'
		]
	},
	{
		key: 'bioleaching',
		count: [5, 30],
		sectors: ['circular-economy'],
		words: [
			{ es: 'Biolixiviación', en: 'Bioleaching' },
			{ es: 'Biominería', en: 'Biomining' }
		],
		tags: ['biolixiviación', 'microorganismos', 'sulfuros de baja ley', 'hidrometalurgia'],
		activity: {
			es: 'desarrolla procesos de biolixiviación con microorganismos nativos para tratar sulfuros de baja ley',
			en: 'develops bioleaching processes with native microorganisms to treat low-grade sulphides'
		},
		details: [
			{
				es: 'Sus cepas, aisladas de drenajes altoandinos, trabajan a baja temperatura a más de {altitude} m s. n. m.',
				en: 'Its strains, isolated from high-Andean drainage, work at low temperature above {altitude} m.'
			},
			{
				es: 'Las pruebas en columnas muestran {percent} % de extracción de {mineral} sin tostación ni fundición.',
				en: 'Column tests show {percent}% {mineral} extraction with no roasting or smelting.'
			}
		],
		metric: { es: 'extracción en pilas', en: 'heap extraction' },
		ideas: [
			{
				product: 'Bio',
				title: {
					es: 'biolixiviación de sulfuros primarios de cobre',
					en: 'bioleaching of primary copper sulphides'
				},
				summary: {
					es: 'Consorcio microbiano adaptado al frío que acelera la disolución de calcopirita en pilas de baja ley.',
					en: 'A cold-adapted microbial consortium that speeds up chalcopyrite dissolution in low-grade heaps.'
				}
			}
		],
		offers: ['biolixiviación', 'pruebas metalúrgicas en columnas', 'cepas nativas'],
		seeks: [
			'minas con sulfuros de baja ley',
			'socios industriales para escalamiento',
			'fondos de I+D'
		]
	},
	{
		key: 'tailings-monitoring',
		count: [5, 30],
		sectors: ['environmental-safety', 'ai'],
		words: [
			{ es: 'Geotecnia', en: 'Geotechnics' },
			{ es: 'Monitoreo', en: 'Monitoring' }
		],
		tags: ['monitoreo de presas', 'InSAR', 'piezómetros', 'alerta temprana'],
		activity: {
			es: 'monitorea presas de relaves y taludes con radar satelital InSAR, piezómetros inalámbricos y alerta temprana',
			en: 'monitors tailings dams and slopes with satellite InSAR, wireless piezometers and early warning'
		},
		details: [
			{
				es: 'El sistema cruza deformación milimétrica, presión de poros y sismicidad, y notifica a la comunidad aguas abajo.',
				en: 'The system combines millimetre deformation, pore pressure and seismicity, and notifies downstream communities.'
			},
			{
				es: 'Cumple el estándar global de gestión de relaves (GISTM) y reporta en línea al regulador.',
				en: 'It follows the Global Industry Standard on Tailings Management (GISTM) and reports online to the regulator.'
			}
		],
		metric: { es: 'tiempo de detección de anomalías', en: 'anomaly detection time' },
		ideas: [
			{
				product: 'Dam',
				title: {
					es: 'alerta temprana para presas de relaves',
					en: 'early warning for tailings dams'
				},
				summary: {
					es: 'Plataforma que integra InSAR, piezómetros y sismógrafos y emite alertas por niveles según GISTM.',
					en: 'A platform that joins InSAR, piezometers and seismographs and issues tiered alerts under GISTM.'
				}
			}
		],
		offers: ['monitoreo geotécnico', 'radar satelital InSAR', 'sistemas de alerta temprana'],
		seeks: ['operaciones con presas de relaves', 'reguladores ambientales', 'aseguradoras']
	},
	{
		key: 'dust-air-quality',
		count: [5, 30],
		sectors: ['environmental-safety'],
		words: [
			{ es: 'Aire Limpio', en: 'Clean Air' },
			{ es: 'Calidad Ambiental', en: 'Environmental Quality' }
		],
		tags: ['calidad del aire', 'control de polvo', 'monitoreo participativo', 'sensores'],
		activity: {
			es: 'mide y controla el polvo y la calidad del aire en operaciones mineras con redes de sensores y supresores de bajo consumo de agua',
			en: 'measures and controls dust and air quality at mine sites with sensor networks and low-water suppression'
		},
		details: [
			{
				es: 'Las estaciones se instalan también en las comunidades vecinas y publican sus lecturas cada diez minutos.',
				en: 'Stations are also installed in neighbouring communities and publish readings every ten minutes.'
			},
			{
				es: 'Sus supresores con polímeros biodegradables usan {percent} % menos agua que el riego convencional de caminos.',
				en: 'Its biodegradable polymer suppressants use {percent}% less water than conventional road watering.'
			}
		],
		metric: { es: 'concentración de PM10', en: 'PM10 concentration' },
		ideas: [
			{
				product: 'Dust',
				title: {
					es: 'monitoreo participativo de calidad del aire',
					en: 'community air quality monitoring'
				},
				summary: {
					es: 'Red de sensores de PM10 y PM2,5 en mina y comunidades, con datos abiertos y alertas por viento.',
					en: 'PM10 and PM2.5 sensors at the mine and in communities, with open data and wind-based alerts.'
				}
			}
		],
		offers: ['monitoreo de calidad del aire', 'supresión de polvo', 'monitoreo participativo'],
		seeks: ['gerencias de medio ambiente', 'comunidades aledañas', 'reguladores ambientales']
	},
	{
		key: 'mine-closure',
		count: [20, 600],
		sectors: ['environmental-safety', 'circular-economy'],
		words: [
			{ es: 'Cierre de Minas', en: 'Mine Closure' },
			{ es: 'Restauración', en: 'Restoration' }
		],
		tags: ['cierre de minas', 'revegetación', 'pasivos ambientales', 'bofedales'],
		activity: {
			es: 'planifica el cierre de minas y restaura suelos, bofedales y vegetación altoandina con especies nativas',
			en: 'plans mine closure and restores soils, high-Andean wetlands and vegetation with native species'
		},
		details: [
			{
				es: 'Ha revegetado {count} hectáreas con pastos nativos producidos en viveros comunales.',
				en: 'It has revegetated {count} hectares with native grasses grown in community nurseries.'
			},
			{
				es: 'Sus planes de cierre progresivo reducen las garantías financieras exigidas a la operación.',
				en: 'Its progressive closure plans lower the financial guarantees the operation must post.'
			}
		],
		metric: { es: 'superficie rehabilitada', en: 'area rehabilitated' },
		ideas: [
			{
				product: 'Bofedal',
				title: {
					es: 'restauración de bofedales altoandinos',
					en: 'restoration of high-Andean wetlands'
				},
				summary: {
					es: 'Técnicas de trasplante y manejo hídrico que recuperan bofedales afectados, con viveros operados por la comunidad.',
					en: 'Transplanting and water management techniques that bring back damaged wetlands, with community-run nurseries.'
				}
			}
		],
		offers: [
			'planes de cierre de minas',
			'revegetación con especies nativas',
			'remediación de pasivos'
		],
		seeks: ['unidades mineras en cierre', 'gobiernos regionales', 'fondos de remediación']
	}
];

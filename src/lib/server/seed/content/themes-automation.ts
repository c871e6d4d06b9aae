import type { Theme } from './types';

/** Automation and artificial intelligence. Placeholders: {mineral} {altitude} {percent} {tonnage} {count}. */
export const AUTOMATION_THEMES: Theme[] = [
	{
		key: 'autonomous-haulage',
		count: [20, 60],
		sectors: ['automation', 'ai'],
		words: [
			{ es: 'Autonomía', en: 'Autonomy' },
			{ es: 'Acarreo Inteligente', en: 'Smart Haulage' }
		],
		tags: ['camiones autónomos', 'acarreo', 'tajo abierto', 'gestión de flota'],
		activity: {
			es: 'desarrolla sistemas de acarreo autónomo para camiones de gran tonelaje en minas a tajo abierto',
			en: 'develops autonomous haulage systems for ultra-class trucks in open-pit mines'
		},
		details: [
			{
				es: 'Su kit de autonomía se instala sobre flotas mixtas de distintos fabricantes y opera a más de {altitude} m s. n. m.',
				en: 'Its retrofit kit works on mixed fleets from different manufacturers and operates above {altitude} m.'
			},
			{
				es: 'Los camiones comparten un mapa de la mina que se actualiza con cada pasada y detectan personas y vehículos livianos a 150 m.',
				en: 'Trucks share a mine map that updates on every pass and detect people and light vehicles 150 m away.'
			}
		],
		metric: { es: 'utilización efectiva de la flota', en: 'effective fleet utilisation' },
		ideas: [
			{
				product: 'Drive',
				title: {
					es: 'acarreo autónomo para camiones de {tonnage} t',
					en: 'autonomous haulage for {tonnage}-t trucks'
				},
				summary: {
					es: 'Kit de autonomía para flotas mixtas que mantiene el ciclo de acarreo sin operador en cabina, con parada segura certificada.',
					en: 'Autonomy retrofit for mixed fleets that keeps the haul cycle running without an operator in the cab, with certified safe stop.'
				}
			},
			{
				product: 'Dispatch',
				title: {
					es: 'despacho de flota con optimización en tiempo real',
					en: 'real-time optimised fleet dispatch'
				},
				summary: {
					es: 'Asigna camiones a palas cada pocos segundos según colas, pendientes y consumo, y reduce los tiempos de espera en carguío.',
					en: 'Reassigns trucks to shovels every few seconds from queues, grades and fuel burn, cutting waiting time at loading points.'
				}
			}
		],
		offers: ['camiones autónomos', 'despacho de flota', 'integración con flotas mixtas'],
		seeks: [
			'pilotos en mina a tajo abierto',
			'socios de mantenimiento en Perú',
			'operaciones de cobre'
		]
	},
	{
		key: 'teleoperation',
		count: [20, 60],
		sectors: ['automation'],
		words: [
			{ es: 'Teleoperación', en: 'Teleoperation' },
			{ es: 'Control Remoto', en: 'Remote Control' }
		],
		tags: ['teleoperación', '5G privado', 'LTE privado', 'centro de control remoto'],
		activity: {
			es: 'lleva la teleoperación de palas, perforadoras y scoops a centros de control remoto sobre redes privadas 5G y LTE',
			en: 'moves the operation of shovels, drills and loaders to remote control centres over private 5G and LTE networks'
		},
		details: [
			{
				es: 'La latencia de extremo a extremo se mantiene por debajo de 40 ms, incluso con {count} equipos conectados a la misma celda.',
				en: 'End-to-end latency stays below 40 ms, even with {count} machines on the same cell.'
			},
			{
				es: 'Los operadores trabajan desde la ciudad, lejos del polvo y la altura, con turnos más cortos y menos viajes a campamento.',
				en: 'Operators work from town, away from dust and altitude, with shorter shifts and fewer trips to camp.'
			}
		],
		metric: { es: 'horas efectivas por turno', en: 'effective hours per shift' },
		ideas: [
			{
				product: 'RemoteOps',
				title: {
					es: 'teleoperación de palas sobre 5G privado',
					en: 'shovel teleoperation over private 5G'
				},
				summary: {
					es: 'Cabina remota con video de baja latencia y retroalimentación háptica para operar palas eléctricas desde {count} km de distancia.',
					en: 'Remote cab with low-latency video and haptic feedback to run electric shovels from {count} km away.'
				}
			},
			{
				product: 'LinkCore',
				title: {
					es: 'red LTE privada desplegable para mina subterránea',
					en: 'deployable private LTE for underground mines'
				},
				summary: {
					es: 'Núcleo LTE portátil y radios robustecidas que dan cobertura a rampas y galerías en días, no meses.',
					en: 'Portable LTE core and ruggedised radios that cover ramps and drifts in days, not months.'
				}
			}
		],
		offers: ['teleoperación de equipos', 'redes 5G privadas', 'centros de control remoto'],
		seeks: [
			'pilotos en mina subterránea',
			'operadores de telecomunicaciones',
			'integradores locales'
		]
	},
	{
		key: 'predictive-maintenance',
		count: [10, 45],
		sectors: ['ai', 'automation'],
		words: [
			{ es: 'Mantenimiento Predictivo', en: 'Predictive Maintenance' },
			{ es: 'Analítica Industrial', en: 'Industrial Analytics' }
		],
		tags: ['mantenimiento predictivo', 'análisis de vibraciones', 'molinos', 'gemelo digital'],
		activity: {
			es: 'aplica analítica de vibraciones y aprendizaje automático al mantenimiento predictivo de molinos, chancadoras y fajas',
			en: 'applies vibration analytics and machine learning to the predictive maintenance of mills, crushers and conveyors'
		},
		details: [
			{
				es: 'Sus sensores inalámbricos anticipan fallas de rodamientos y piñones con hasta {count} días de aviso.',
				en: 'Its wireless sensors flag bearing and pinion failures up to {count} days in advance.'
			},
			{
				es: 'Un gemelo digital del molino SAG cruza potencia, presión de descansos y carga para recomendar la próxima parada.',
				en: 'A digital twin of the SAG mill combines power, bearing pressure and load to recommend the next shutdown.'
			}
		],
		metric: { es: 'disponibilidad de la planta concentradora', en: 'concentrator availability' },
		ideas: [
			{
				product: 'Sense',
				title: {
					es: 'mantenimiento predictivo de molinos SAG',
					en: 'predictive maintenance for SAG mills'
				},
				summary: {
					es: 'Sensores de vibración y modelos de aprendizaje automático que alertan fallas de rodamientos antes de una parada no programada.',
					en: 'Vibration sensors and machine-learning models that flag bearing faults before an unplanned shutdown.'
				}
			},
			{
				product: 'Belt',
				title: {
					es: 'monitoreo acústico de fajas transportadoras',
					en: 'acoustic monitoring of conveyor belts'
				},
				summary: {
					es: 'Fibra óptica a lo largo de la faja detecta polines dañados y desalineamientos en kilómetros de recorrido.',
					en: 'Fibre optics along the belt detect damaged idlers and misalignment over kilometres of conveyor.'
				}
			}
		],
		offers: ['mantenimiento predictivo', 'sensores de vibración', 'gemelos digitales de planta'],
		seeks: [
			'plantas concentradoras para pilotos',
			'datos de operación',
			'socios de servicio técnico'
		]
	},
	{
		key: 'geometallurgy-ai',
		count: [5, 30],
		sectors: ['ai'],
		words: [
			{ es: 'Geodatos', en: 'Geodata' },
			{ es: 'Geometalurgia', en: 'Geometallurgy' }
		],
		tags: ['geometalurgia', 'inteligencia artificial', 'modelo de bloques', 'exploración'],
		activity: {
			es: 'usa inteligencia artificial para construir modelos geometalúrgicos que predicen dureza, recuperación y consumo de reactivos',
			en: 'uses artificial intelligence to build geometallurgical models that predict hardness, recovery and reagent use'
		},
		details: [
			{
				es: 'Combina logueo de testigos, hiperespectral y ensayos de laboratorio para alimentar el plan minero con {percent} % menos incertidumbre.',
				en: 'It combines core logging, hyperspectral scans and lab tests to feed the mine plan with {percent}% less uncertainty.'
			},
			{
				es: 'Sus modelos se entrenan con datos de yacimientos de {mineral} de los Andes y se validan con conciliaciones mensuales.',
				en: 'Its models are trained on Andean {mineral} deposits and checked against monthly reconciliations.'
			}
		],
		metric: { es: 'recuperación metalúrgica', en: 'metallurgical recovery' },
		ideas: [
			{
				product: 'Ore',
				title: {
					es: 'predicción de recuperación por bloque con IA',
					en: 'AI block-by-block recovery prediction'
				},
				summary: {
					es: 'Modelo que estima la recuperación de {mineral} de cada bloque antes de volarlo y ajusta la mezcla hacia la planta.',
					en: 'A model that estimates {mineral} recovery for every block before blasting and adjusts the plant blend.'
				}
			},
			{
				product: 'Core',
				title: {
					es: 'logueo automático de testigos con visión artificial',
					en: 'automated core logging with computer vision'
				},
				summary: {
					es: 'Fotografía las cajas de testigos y clasifica litología, alteración y RQD en minutos, con revisión del geólogo.',
					en: 'Photographs core trays and classifies lithology, alteration and RQD in minutes, with geologist review.'
				}
			}
		],
		offers: [
			'modelos geometalúrgicos',
			'visión artificial para testigos',
			'optimización de procesos con IA'
		],
		seeks: ['datos de perforación', 'proyectos de exploración', 'laboratorios metalúrgicos']
	},
	{
		key: 'drone-survey',
		count: [5, 30],
		sectors: ['automation', 'ai'],
		words: [
			{ es: 'Drones', en: 'Drones' },
			{ es: 'Geomática', en: 'Geomatics' }
		],
		tags: ['drones', 'topografía', 'fotogrametría', 'LiDAR'],
		activity: {
			es: 'realiza topografía con drones, LiDAR y fotogrametría para control de avance, voladuras y estabilidad de taludes',
			en: 'runs drone surveying with LiDAR and photogrammetry for progress control, blasting and slope stability'
		},
		details: [
			{
				es: 'Sus drones vuelan de forma autónoma a {altitude} m s. n. m. y entregan nubes de puntos georreferenciadas en menos de dos horas.',
				en: 'Its drones fly autonomously at {altitude} m and deliver georeferenced point clouds in under two hours.'
			},
			{
				es: 'Una estación de acoplamiento en el tajo permite vuelos diarios sin piloto en sitio.',
				en: 'A docking station in the pit allows daily flights with no pilot on site.'
			}
		],
		metric: { es: 'tiempo de conciliación de volúmenes', en: 'volume reconciliation time' },
		ideas: [
			{
				product: 'Sky',
				title: {
					es: 'drones autónomos con estación de carga en el tajo',
					en: 'autonomous drones with an in-pit docking station'
				},
				summary: {
					es: 'Vuelos programados de topografía y voladura sin piloto en sitio, con carga automática y transmisión por red privada.',
					en: 'Scheduled survey and blast flights with no pilot on site, automatic charging and upload over the private network.'
				}
			},
			{
				product: 'Slope',
				title: {
					es: 'monitoreo de taludes con LiDAR aéreo',
					en: 'slope monitoring with airborne LiDAR'
				},
				summary: {
					es: 'Compara nubes de puntos semana a semana y alerta deformaciones milimétricas en bancos y botaderos.',
					en: 'Compares point clouds week by week and flags millimetre-scale deformation in benches and dumps.'
				}
			}
		],
		offers: ['topografía con drones', 'LiDAR aéreo', 'inspección de taludes'],
		seeks: [
			'contratos de servicio en tajo abierto',
			'permisos de vuelo BVLOS',
			'operaciones mineras'
		]
	},
	{
		key: 'ventilation-on-demand',
		count: [5, 30],
		sectors: ['automation', 'renewables'],
		words: [
			{ es: 'Ventilación', en: 'Ventilation' },
			{ es: 'Aire Subterráneo', en: 'Underground Air' }
		],
		tags: [
			'ventilación bajo demanda',
			'mina subterránea',
			'eficiencia energética',
			'sensores de gases'
		],
		activity: {
			es: 'automatiza la ventilación bajo demanda en minas subterráneas según la ubicación de personas y equipos',
			en: 'automates ventilation-on-demand in underground mines from the location of people and machines'
		},
		details: [
			{
				es: 'Los ventiladores ajustan su velocidad con lecturas de CO, NO2 y material particulado en cada labor.',
				en: 'Fans adjust their speed to CO, NO2 and particulate readings at every working face.'
			},
			{
				es: 'En minas de {mineral} ha reducido el consumo eléctrico de ventilación en {percent} %.',
				en: 'At {mineral} mines it has cut ventilation power use by {percent}%.'
			}
		],
		metric: { es: 'consumo de energía en ventilación', en: 'ventilation energy use' },
		ideas: [
			{
				product: 'Air',
				title: {
					es: 'ventilación bajo demanda para mina subterránea',
					en: 'ventilation-on-demand for underground mines'
				},
				summary: {
					es: 'Controla ventiladores y compuertas según el tráfico real en interior mina y ahorra energía sin comprometer la calidad del aire.',
					en: 'Controls fans and regulators from real underground traffic, saving energy without compromising air quality.'
				}
			}
		],
		offers: ['ventilación bajo demanda', 'sensores de gases', 'eficiencia energética subterránea'],
		seeks: [
			'minas subterráneas para pilotos',
			'fabricantes de ventiladores',
			'financiamiento de eficiencia energética'
		]
	},
	{
		key: 'vision-safety',
		count: [5, 30],
		sectors: ['ai', 'environmental-safety'],
		words: [
			{ es: 'Visión Segura', en: 'Safety Vision' },
			{ es: 'Seguridad Inteligente', en: 'Smart Safety' }
		],
		tags: ['visión artificial', 'fatiga', 'anticolisión', 'seguridad minera'],
		activity: {
			es: 'aplica visión artificial a la seguridad minera: detección de fatiga, proximidad entre equipos y uso de EPP',
			en: 'applies computer vision to mine safety: fatigue detection, vehicle proximity and PPE compliance'
		},
		details: [
			{
				es: 'Sus cámaras en cabina detectan microsueños y distracción y alertan al operador y al supervisor en menos de un segundo.',
				en: 'Its in-cab cameras detect microsleeps and distraction and alert operator and supervisor in under a second.'
			},
			{
				es: 'El sistema anticolisión funciona sin cobertura de red y cumple el reglamento de seguridad y salud ocupacional en minería.',
				en: 'The collision-avoidance system works without network coverage and meets mining health and safety regulations.'
			}
		],
		metric: { es: 'incidentes de alto potencial', en: 'high-potential incidents' },
		ideas: [
			{
				product: 'Guard',
				title: {
					es: 'detección de fatiga en cabina con visión artificial',
					en: 'in-cab fatigue detection with computer vision'
				},
				summary: {
					es: 'Cámara infrarroja y modelo embebido que alertan microsueños de operadores en turnos de noche a gran altura.',
					en: 'Infrared camera and embedded model that flag microsleeps during night shifts at high altitude.'
				}
			},
			{
				product: 'Proximity',
				title: {
					es: 'anticolisión entre equipos pesados y livianos',
					en: 'collision avoidance between heavy and light vehicles'
				},
				summary: {
					es: 'Radar y visión fusionados que frenan o alertan cuando una camioneta entra en el punto ciego de un camión.',
					en: 'Fused radar and vision that brake or warn when a pickup enters a haul truck blind spot.'
				}
			}
		],
		offers: ['sistemas anticolisión y fatiga', 'visión artificial', 'analítica de video'],
		seeks: ['gerencias de seguridad', 'pilotos en flota de acarreo', 'distribuidores en la región']
	}
];

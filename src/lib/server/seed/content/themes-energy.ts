import type { Theme } from './types';

/** Renewable energy and electromobility. Placeholders: {mineral} {altitude} {percent} {tonnage} {count}. */
export const ENERGY_THEMES: Theme[] = [
	{
		key: 'solar-microgrid',
		count: [60, 500],
		sectors: ['renewables'],
		words: [
			{ es: 'Energía Solar', en: 'Solar' },
			{ es: 'Microrredes', en: 'Microgrids' }
		],
		tags: ['energía solar', 'microrredes', 'almacenamiento', 'campamentos remotos'],
		activity: {
			es: 'diseña microrredes solares con almacenamiento en baterías para campamentos y operaciones mineras remotas',
			en: 'designs solar microgrids with battery storage for remote mining camps and operations'
		},
		details: [
			{
				es: 'La radiación del sur peruano permite cubrir hasta el {percent} % de la demanda diurna y apagar grupos electrógenos diésel.',
				en: "Southern Peru's irradiation covers up to {percent}% of daytime demand and lets diesel gensets switch off."
			},
			{
				es: 'Sus contenedores solares se instalan en una semana y se trasladan cuando el campamento cambia de frente.',
				en: 'Its containerised solar units install in a week and move when the camp relocates.'
			}
		],
		metric: { es: 'consumo de diésel', en: 'diesel consumption' },
		ideas: [
			{
				product: 'Sun',
				title: {
					es: 'microrred solar con baterías para campamentos a {altitude} m',
					en: 'solar-plus-storage microgrid for camps at {altitude} m'
				},
				summary: {
					es: 'Paneles bifaciales, baterías LFP y un controlador que prioriza cargas críticas para reemplazar diésel en campamentos aislados.',
					en: 'Bifacial panels, LFP batteries and a controller that prioritises critical loads to replace diesel in isolated camps.'
				}
			},
			{
				product: 'Box',
				title: {
					es: 'planta solar en contenedor para exploración',
					en: 'containerised solar plant for exploration'
				},
				summary: {
					es: 'Un contenedor plegable entrega {count} kWp y se mueve con la campaña de perforación.',
					en: 'A folding container delivers {count} kWp and moves with the drilling campaign.'
				}
			}
		],
		offers: [
			'microrredes solares',
			'almacenamiento en baterías',
			'contratos de energía como servicio'
		],
		seeks: ['campamentos remotos', 'financiamiento verde', 'socios EPC en Perú']
	},
	{
		key: 'green-hydrogen',
		count: [800, 4000],
		sectors: ['renewables', 'electromobility'],
		words: [
			{ es: 'Hidrógeno Verde', en: 'Green Hydrogen' },
			{ es: 'H2 Andino', en: 'Hydrogen' }
		],
		tags: ['hidrógeno verde', 'celdas de combustible', 'descarbonización', 'camiones mineros'],
		activity: {
			es: 'produce hidrógeno verde con electrólisis solar y lo adapta como combustible para camiones de acarreo',
			en: 'produces green hydrogen from solar electrolysis and adapts it as a fuel for haul trucks'
		},
		details: [
			{
				es: 'Su tren de potencia híbrido de celda de combustible y baterías ya acumula {count} horas de prueba en un camión de {tonnage} t.',
				en: 'Its hybrid fuel-cell and battery powertrain has logged {count} test hours on a {tonnage}-t truck.'
			},
			{
				es: 'El electrolizador modular se alimenta de una planta fotovoltaica propia y almacena hidrógeno a 350 bar en la mina.',
				en: 'The modular electrolyser runs on its own solar plant and stores hydrogen at 350 bar on the mine site.'
			}
		],
		metric: { es: 'emisiones de alcance 1', en: 'scope 1 emissions' },
		ideas: [
			{
				product: 'H2 Haul',
				title: {
					es: 'camión de acarreo con celda de combustible de hidrógeno',
					en: 'hydrogen fuel-cell haul truck'
				},
				summary: {
					es: 'Conversión de un camión de {tonnage} t a tren de potencia híbrido hidrógeno-baterías, con reabastecimiento en veinte minutos.',
					en: 'Conversion of a {tonnage}-t truck to a hybrid hydrogen-battery powertrain, refuelled in twenty minutes.'
				}
			},
			{
				product: 'Electrolyser',
				title: {
					es: 'electrolizador modular alimentado por energía solar',
					en: 'solar-powered modular electrolyser'
				},
				summary: {
					es: 'Módulos de {count} kW que producen hidrógeno verde junto a la mina y se escalan con la flota.',
					en: '{count}-kW modules that make green hydrogen next to the mine and scale with the fleet.'
				}
			}
		],
		offers: ['hidrógeno verde', 'celdas de combustible', 'estudios de descarbonización'],
		seeks: ['financiamiento serie A', 'pilotos de camiones a hidrógeno', 'socios en energía solar']
	},
	{
		key: 'renewable-ppa',
		count: [50, 900],
		sectors: ['renewables'],
		words: [
			{ es: 'Energías Limpias', en: 'Clean Power' },
			{ es: 'Eólica', en: 'Wind' }
		],
		tags: ['PPA renovable', 'energía eólica', 'certificados I-REC', 'descarbonización'],
		activity: {
			es: 'desarrolla parques eólicos y solares y firma contratos PPA de energía renovable con operaciones mineras',
			en: 'develops wind and solar farms and signs renewable power purchase agreements with mining operations'
		},
		details: [
			{
				es: 'Su cartera suma {count} MW en el sur del Perú y norte de Chile, con certificados de atributos renovables I-REC.',
				en: 'Its portfolio totals {count} MW in southern Peru and northern Chile, backed by I-REC renewable certificates.'
			},
			{
				es: 'Los contratos combinan energía solar de día y eólica de noche para acercarse a un suministro 24/7.',
				en: 'Contracts pair daytime solar with night-time wind to approach round-the-clock supply.'
			}
		],
		metric: { es: 'costo de energía por tonelada', en: 'energy cost per tonne' },
		ideas: [
			{
				product: 'Power',
				title: {
					es: 'PPA híbrido solar-eólico para minería de {mineral}',
					en: 'hybrid solar-wind PPA for {mineral} mining'
				},
				summary: {
					es: 'Contrato de suministro renovable con perfil horario garantizado y trazabilidad de cada megavatio-hora.',
					en: 'A renewable supply contract with a guaranteed hourly profile and traceability of every megawatt-hour.'
				}
			}
		],
		offers: ['contratos PPA renovables', 'certificados I-REC', 'desarrollo de parques eólicos'],
		seeks: [
			'clientes mineros de gran consumo',
			'inversionistas en infraestructura',
			'terrenos con buen recurso solar'
		]
	},
	{
		key: 'battery-electric-trucks',
		count: [15, 40],
		sectors: ['electromobility'],
		words: [
			{ es: 'Electromovilidad', en: 'E-Mobility' },
			{ es: 'Camiones Eléctricos', en: 'Electric Trucks' }
		],
		tags: ['camiones eléctricos', 'baterías', 'carga rápida', 'electromovilidad'],
		activity: {
			es: 'electrifica flotas mineras con camiones a batería y sistemas de carga rápida de alta potencia',
			en: 'electrifies mining fleets with battery-electric trucks and high-power fast charging'
		},
		details: [
			{
				es: 'Sus baterías de química LFP soportan el frío y la altura de los Andes y se recargan en {count} minutos.',
				en: 'Its LFP batteries handle Andean cold and altitude and recharge in {count} minutes.'
			},
			{
				es: 'El frenado regenerativo en rampas de bajada devuelve hasta un {percent} % de la energía usada en subida.',
				en: 'Regenerative braking on downhill ramps returns up to {percent}% of the energy used on the way up.'
			}
		],
		metric: { es: 'costo por tonelada-kilómetro', en: 'cost per tonne-kilometre' },
		ideas: [
			{
				product: 'Volt',
				title: {
					es: 'camión eléctrico a batería de {tonnage} t',
					en: '{tonnage}-t battery-electric haul truck'
				},
				summary: {
					es: 'Camión con paquete de baterías intercambiable y frenado regenerativo, pensado para rampas largas de tajo abierto.',
					en: 'A truck with a swappable battery pack and regenerative braking, built for long open-pit ramps.'
				}
			},
			{
				product: 'Charge',
				title: {
					es: 'cargador de megavatio para equipos mineros',
					en: 'megawatt charger for mining equipment'
				},
				summary: {
					es: 'Estación de carga de 1,5 MW con conector robotizado que recarga camiones durante el cambio de turno.',
					en: 'A 1.5-MW charging station with a robotic connector that recharges trucks during shift change.'
				}
			}
		],
		offers: [
			'baterías para camiones',
			'infraestructura de carga',
			'estudios de electrificación de flota'
		],
		seeks: ['pilotos de electrificación', 'proveedores de baterías', 'distribuidoras eléctricas']
	},
	{
		key: 'trolley-assist',
		count: [5, 30],
		sectors: ['electromobility', 'renewables'],
		words: [
			{ es: 'Trolley', en: 'Trolley' },
			{ es: 'Energía en Ruta', en: 'Inline Power' }
		],
		tags: ['trolley assist', 'catenaria', 'camiones diésel-eléctricos', 'eficiencia energética'],
		activity: {
			es: 'instala sistemas trolley assist con catenaria en rampas para camiones diésel-eléctricos y a batería',
			en: 'installs trolley-assist catenary systems on ramps for diesel-electric and battery trucks'
		},
		details: [
			{
				es: 'En la rampa principal el camión sube {percent} % más rápido y casi sin consumir diésel.',
				en: 'On the main ramp trucks climb {percent}% faster while burning almost no diesel.'
			},
			{
				es: 'La catenaria se alimenta de la red con contratos renovables y recarga las baterías mientras el camión sube.',
				en: 'The catenary draws renewable grid power and tops up batteries while the truck climbs.'
			}
		],
		metric: { es: 'consumo de diésel en rampa', en: 'ramp diesel consumption' },
		ideas: [
			{
				product: 'Trolley',
				title: {
					es: 'trolley assist modular para rampas de tajo abierto',
					en: 'modular trolley assist for open-pit ramps'
				},
				summary: {
					es: 'Tramos de catenaria reubicables que se mueven con el avance del tajo y alimentan camiones de {tonnage} t.',
					en: 'Relocatable catenary sections that follow the pit as it deepens and feed {tonnage}-t trucks.'
				}
			}
		],
		offers: ['trolley assist', 'subestaciones móviles', 'ingeniería de electrificación'],
		seeks: [
			'minas con rampas largas',
			'fabricantes de camiones',
			'financiamiento de infraestructura'
		]
	},
	{
		key: 'underground-bev',
		count: [10, 18],
		sectors: ['electromobility', 'automation'],
		words: [
			{ es: 'Equipos Eléctricos', en: 'Electric Equipment' },
			{ es: 'Mina Eléctrica', en: 'Electric Mine' }
		],
		tags: ['scoops eléctricos', 'mina subterránea', 'cambio de baterías', 'cero emisiones'],
		activity: {
			es: 'fabrica scoops y camiones de bajo perfil a batería para minería subterránea sin emisiones de diésel',
			en: 'builds battery-electric loaders and low-profile trucks for diesel-free underground mining'
		},
		details: [
			{
				es: 'Sin gases de escape, la mina reduce su caudal de ventilación y mejora el ambiente de trabajo en interior mina.',
				en: 'With no exhaust, the mine needs less ventilation air and workers breathe cleaner air underground.'
			},
			{
				es: 'El cambio de batería toma {count} minutos con un sistema de intercambio instalado en una cámara de la mina.',
				en: 'A battery swap takes {count} minutes at a swap station built into an underground bay.'
			}
		],
		metric: { es: 'caudal de ventilación requerido', en: 'required ventilation airflow' },
		ideas: [
			{
				product: 'LHD-e',
				title: {
					es: 'scoop eléctrico de {count} t con cambio rápido de batería',
					en: '{count}-t battery-electric loader with fast swap'
				},
				summary: {
					es: 'Cargador de bajo perfil a batería que elimina el diésel en galerías estrechas y reduce el calor en frentes profundos.',
					en: 'A low-profile battery loader that removes diesel from narrow drifts and lowers heat at deep faces.'
				}
			}
		],
		offers: [
			'scoops eléctricos',
			'estaciones de cambio de baterías',
			'conversión de equipos a eléctricos'
		],
		seeks: ['minas subterráneas de mediana escala', 'socios de mantenimiento', 'leasing de equipos']
	}
];

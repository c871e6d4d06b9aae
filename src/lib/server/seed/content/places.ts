/** Countries of the demo event: weight, cities, and how local company names sound. */

export type NameStyle = 'es' | 'en' | 'pt';
export type PeopleGroup =
	'pe' | 'latam' | 'es' | 'anglo' | 'ca' | 'za' | 'de' | 'fi' | 'se' | 'cn' | 'br' | 'jp';

export interface CountryProfile {
	code: string;
	weight: number;
	cities: string[];
	/** First words of company names: places, landmarks, local words. */
	prefixes: string[];
	suffixes: string[];
	style: NameStyle;
	people: PeopleGroup;
	/** Share of its people who prefer the English interface. */
	english: number;
}

export const COUNTRY_PROFILES: CountryProfile[] = [
	{
		code: 'PE',
		weight: 40,
		cities: [
			'Arequipa',
			'Lima',
			'Cusco',
			'Moquegua',
			'Tacna',
			'Puno',
			'Cajamarca',
			'Trujillo',
			'Ica',
			'Huancayo',
			'Abancay',
			'Juliaca'
		],
		prefixes: [
			'Andes',
			'Qhapaq',
			'Inti',
			'Wari',
			'Misti',
			'Chachani',
			'Kuntur',
			'Colca',
			'Tambo',
			'Yaku',
			'Illapa',
			'Sumaq',
			'Ayni',
			'Altiplano',
			'Puna',
			'Pichu',
			'Mollendo',
			'Cotahuasi',
			'Ampato',
			'Coropuna',
			'Titicaca',
			'Vilcanota',
			'Paucarpata',
			'Sabandía',
			'Yura',
			'Tinta',
			'Qori',
			'Rumi',
			'Wayra',
			'Killa'
		],
		suffixes: ['S.A.C.', 'S.A.', 'E.I.R.L.', 'S.R.L.', 'S.A.C.'],
		style: 'es',
		people: 'pe',
		english: 0.03
	},
	{
		code: 'CL',
		weight: 10,
		cities: ['Santiago', 'Antofagasta', 'Calama', 'Copiapó', 'La Serena', 'Iquique', 'Rancagua'],
		prefixes: [
			'Atacama',
			'Loa',
			'Andina',
			'Pacífico Norte',
			'Austral',
			'Licancabur',
			'Chuqui',
			'Tarapacá',
			'Huasco',
			'Elqui',
			'Salar',
			'Mejillones'
		],
		suffixes: ['SpA', 'S.A.', 'Ltda.'],
		style: 'es',
		people: 'latam',
		english: 0.05
	},
	{
		code: 'CA',
		weight: 7,
		cities: ['Toronto', 'Vancouver', 'Sudbury', 'Montréal', 'Calgary', 'Québec'],
		prefixes: [
			'Northern',
			'Boreal',
			'Laurentian',
			'Cobalt',
			'Yukon',
			'Glacier',
			'Shield',
			'Timmins',
			'Kootenay',
			'Nunavik',
			'Maple',
			'Abitibi'
		],
		suffixes: ['Inc.', 'Ltd.', 'Corp.'],
		style: 'en',
		people: 'ca',
		english: 0.85
	},
	{
		code: 'AU',
		weight: 6,
		cities: ['Perth', 'Brisbane', 'Adelaide', 'Melbourne', 'Kalgoorlie', 'Newcastle'],
		prefixes: [
			'Pilbara',
			'Kalgoorlie',
			'Southern Cross',
			'Ironbark',
			'Goldfields',
			'Kimberley',
			'Hamersley',
			'Coolgardie',
			'Eyre',
			'Mallee',
			'Gibber',
			'Spinifex'
		],
		suffixes: ['Pty Ltd', 'Pty Ltd', 'Ltd'],
		style: 'en',
		people: 'anglo',
		english: 0.9
	},
	{
		code: 'US',
		weight: 6,
		cities: ['Denver', 'Tucson', 'Phoenix', 'Salt Lake City', 'Pittsburgh', 'Austin', 'Reno'],
		prefixes: [
			'Sierra',
			'Great Basin',
			'Copper State',
			'Summit',
			'Cascade',
			'Mesa',
			'Bingham',
			'Mojave',
			'Comstock',
			'Front Range',
			'Keystone',
			'Lone Peak'
		],
		suffixes: ['Inc.', 'LLC', 'Corp.'],
		style: 'en',
		people: 'anglo',
		english: 0.9
	},
	{
		code: 'DE',
		weight: 4,
		cities: ['Freiberg', 'Essen', 'München', 'Hamburg', 'Aachen', 'Clausthal'],
		prefixes: ['Erzgebirge', 'Rhein', 'Harz', 'Nordwerk', 'Bergbau', 'Ruhr', 'Saxon', 'Glückauf'],
		suffixes: ['GmbH', 'AG', 'GmbH'],
		style: 'en',
		people: 'de',
		english: 0.7
	},
	{
		code: 'FI',
		weight: 3,
		cities: ['Tampere', 'Espoo', 'Oulu', 'Helsinki', 'Outokumpu'],
		prefixes: [
			'Nordic',
			'Lapland',
			'Aurora',
			'Kaleva',
			'Pohjola',
			'Saimaa',
			'Revontuli',
			'Kuusamo'
		],
		suffixes: ['Oy', 'Oy', 'Oyj'],
		style: 'en',
		people: 'fi',
		english: 0.8
	},
	{
		code: 'SE',
		weight: 3,
		cities: ['Luleå', 'Stockholm', 'Göteborg', 'Kiruna', 'Västerås', 'Skellefteå'],
		prefixes: [
			'Norrland',
			'Kiruna',
			'Bergslagen',
			'Malmberget',
			'Fjäll',
			'Boliden Valley',
			'Torne',
			'Svea'
		],
		suffixes: ['AB', 'AB'],
		style: 'en',
		people: 'se',
		english: 0.8
	},
	{
		code: 'CN',
		weight: 4,
		cities: ['Beijing', 'Shanghai', 'Changsha', 'Xuzhou', 'Shenzhen', 'Hefei'],
		prefixes: [
			'Huaxin',
			'Zhongke',
			'Jinlong',
			'Tianhe',
			'Xinghai',
			'Longyuan',
			'Hengtong',
			'Sanhe'
		],
		suffixes: ['Co., Ltd.', 'Technology Co., Ltd.', 'Group'],
		style: 'en',
		people: 'cn',
		english: 0.7
	},
	{
		code: 'BR',
		weight: 3,
		cities: ['Belo Horizonte', 'São Paulo', 'Rio de Janeiro', 'Parauapebas', 'Vitória'],
		prefixes: [
			'Carajás',
			'Minas',
			'Serra Verde',
			'Itabira',
			'Quadrilátero',
			'Paraopeba',
			'Tapajós',
			'Ouro Preto'
		],
		suffixes: ['Ltda.', 'S.A.'],
		style: 'pt',
		people: 'br',
		english: 0.3
	},
	{
		code: 'MX',
		weight: 3,
		cities: ['Ciudad de México', 'Monterrey', 'Hermosillo', 'Zacatecas', 'Chihuahua', 'Guanajuato'],
		prefixes: [
			'Sierra Madre',
			'Sonora',
			'Zacatecas',
			'Cananea',
			'Mezquital',
			'Anáhuac',
			'Real de Catorce',
			'Fresnillo'
		],
		suffixes: ['S.A. de C.V.', 'S.A.P.I. de C.V.'],
		style: 'es',
		people: 'latam',
		english: 0.05
	},
	{
		code: 'CO',
		weight: 3,
		cities: ['Medellín', 'Bogotá', 'Bucaramanga', 'Cali', 'Manizales'],
		prefixes: [
			'Cordillera',
			'Magdalena',
			'Antioquia',
			'Cauca',
			'Nechí',
			'Segovia',
			'Marmato',
			'Chocó'
		],
		suffixes: ['S.A.S.', 'S.A.'],
		style: 'es',
		people: 'latam',
		english: 0.05
	},
	{
		code: 'ES',
		weight: 3,
		cities: ['Madrid', 'Huelva', 'Bilbao', 'Barcelona', 'Oviedo', 'Sevilla'],
		prefixes: [
			'Ibérica',
			'Tharsis',
			'Riotinto',
			'Cantábrica',
			'Bética',
			'Aznalcóllar',
			'Almadén',
			'Astur'
		],
		suffixes: ['S.L.', 'S.A.'],
		style: 'es',
		people: 'es',
		english: 0.1
	},
	{
		code: 'JP',
		weight: 2,
		cities: ['Tokyo', 'Osaka', 'Kobe', 'Yokohama', 'Nagoya'],
		prefixes: ['Hikari', 'Sakura', 'Fuji', 'Kaizen', 'Yamato', 'Asahi', 'Kiseki', 'Tsubasa'],
		suffixes: ['Co., Ltd.', 'K.K.', 'Corporation'],
		style: 'en',
		people: 'jp',
		english: 0.8
	},
	{
		code: 'ZA',
		weight: 2,
		cities: ['Johannesburg', 'Pretoria', 'Cape Town', 'Rustenburg', 'Polokwane'],
		prefixes: [
			'Highveld',
			'Bushveld',
			'Karoo',
			'Witwatersrand',
			'Limpopo',
			'Merensky',
			'Kalahari',
			'Waterberg'
		],
		suffixes: ['(Pty) Ltd', 'Ltd'],
		style: 'en',
		people: 'za',
		english: 0.9
	},
	{
		code: 'BO',
		weight: 1,
		cities: ['La Paz', 'Oruro', 'Potosí', 'Santa Cruz de la Sierra'],
		prefixes: ['Illimani', 'Potosí', 'Uyuni', 'Huanuni', 'Sajama', 'Oruro'],
		suffixes: ['S.R.L.', 'S.A.'],
		style: 'es',
		people: 'pe',
		english: 0.02
	},
	{
		code: 'EC',
		weight: 1,
		cities: ['Quito', 'Cuenca', 'Loja', 'Zamora'],
		prefixes: ['Cotopaxi', 'Chimborazo', 'Nambija', 'Zaruma', 'Cóndor Mirador', 'Pichincha'],
		suffixes: ['S.A.', 'Cía. Ltda.'],
		style: 'es',
		people: 'latam',
		english: 0.03
	}
];

export const PERU = COUNTRY_PROFILES[0];

export function countryProfile(code: string): CountryProfile {
	const found = COUNTRY_PROFILES.find((c) => c.code === code);
	if (!found) throw new Error(`No demo profile for country ${code}`);
	return found;
}

/** Artisanal and small-scale mining districts of southern Peru. */
export const MINING_DISTRICTS = [
	'Chala',
	'Secocha',
	'Relave',
	'Nazca',
	'La Rinconada',
	'Ananea',
	'Pataz',
	'Atico',
	'Caravelí',
	'Cháparra',
	'Yanaquihua',
	'Ocoña',
	'Saramarca',
	'Huanca',
	'Jaqui',
	'Acarí',
	'Cerro Rico',
	'Sancos',
	'Lucanas',
	'Otoca'
];

/** Peruvian regions with a regional mining directorate. */
export const PERU_REGIONS = [
	'Arequipa',
	'Moquegua',
	'Tacna',
	'Puno',
	'Cusco',
	'Apurímac',
	'Ayacucho',
	'Ica',
	'Cajamarca',
	'La Libertad',
	'Junín',
	'Pasco',
	'Huancavelica',
	'Áncash',
	'Madre de Dios',
	'Piura'
];

export const MINERALS = [
	{ es: 'cobre', en: 'copper' },
	{ es: 'oro', en: 'gold' },
	{ es: 'plata', en: 'silver' },
	{ es: 'zinc', en: 'zinc' },
	{ es: 'plomo', en: 'lead' },
	{ es: 'molibdeno', en: 'molybdenum' },
	{ es: 'litio', en: 'lithium' },
	{ es: 'estaño', en: 'tin' }
];

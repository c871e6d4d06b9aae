const es = {
	home: {
		title: 'Tecnología para la minería del futuro',
		lead: 'EXTEMIN conecta empresas, inversionistas, universidades, centros de investigación y pequeños productores con la innovación en inteligencia artificial, automatización, energías renovables, electromovilidad y economía circular.',
		dates: 'Fechas',
		venue: 'Sede',
		ctaExhibitors: 'Explorar expositores',
		ctaFloor: 'Ver el plano',
		ctaMatchmaking: 'Rueda de negocios',
		atAGlance: 'El evento en cifras',
		exhibitors: 'expositores',
		innovations: 'innovaciones',
		countries: 'países',
		booths: 'stands',
		pavilions: 'Pabellones',
		boothsInHall: (n: number) => `${n} stands`,
		sectors: 'Sectores',
		sectorCount: (orgs: number, innovations: number) =>
			`${orgs} organizaciones · ${innovations} innovaciones`,
		featured: 'Innovaciones destacadas',
		seeAll: 'Ver todas'
	},
	exhibitor: {
		booth: 'Stand',
		noBooth: 'Sin stand asignado',
		findOnFloor: 'Ver en el plano',
		website: 'Sitio web',
		country: 'País',
		city: 'Ciudad',
		kind: 'Tipo',
		sectors: 'Sectores',
		tags: 'Temas',
		about: 'Acerca de',
		innovations: 'Innovaciones',
		noInnovations: 'Esta organización aún no ha publicado innovaciones.',
		notExhibiting: 'Participa en el directorio; no tiene stand en esta edición.',
		pending: 'Solicitud de expositor en revisión'
	},
	innovation: {
		by: 'Presentada por',
		trl: 'Madurez tecnológica',
		trlValue: (trl: number) => `TRL ${trl} de 9`,
		sector: 'Sector',
		tags: 'Temas',
		visitBooth: 'Visítelos en el stand',
		moreFrom: 'Más de esta organización',
		description: 'Descripción'
	},
	breadcrumbs: 'Ruta de navegación'
};

const en: typeof es = {
	home: {
		title: 'Technology for the mining of the future',
		lead: 'EXTEMIN connects companies, investors, universities, research centres and small producers with innovation in artificial intelligence, automation, renewable energy, electromobility and the circular economy.',
		dates: 'Dates',
		venue: 'Venue',
		ctaExhibitors: 'Explore exhibitors',
		ctaFloor: 'See the floor plan',
		ctaMatchmaking: 'Matchmaking',
		atAGlance: 'The event at a glance',
		exhibitors: 'exhibitors',
		innovations: 'innovations',
		countries: 'countries',
		booths: 'booths',
		pavilions: 'Pavilions',
		boothsInHall: (n: number) => `${n} booths`,
		sectors: 'Sectors',
		sectorCount: (orgs: number, innovations: number) =>
			`${orgs} organisations · ${innovations} innovations`,
		featured: 'Featured innovations',
		seeAll: 'See all'
	},
	exhibitor: {
		booth: 'Booth',
		noBooth: 'No booth assigned',
		findOnFloor: 'Find on the floor plan',
		website: 'Website',
		country: 'Country',
		city: 'City',
		kind: 'Type',
		sectors: 'Sectors',
		tags: 'Topics',
		about: 'About',
		innovations: 'Innovations',
		noInnovations: 'This organisation has not published innovations yet.',
		notExhibiting: 'Listed in the directory; no booth at this edition.',
		pending: 'Exhibitor application under review'
	},
	innovation: {
		by: 'Presented by',
		trl: 'Technology readiness',
		trlValue: (trl: number) => `TRL ${trl} of 9`,
		sector: 'Sector',
		tags: 'Topics',
		visitBooth: 'Visit them at booth',
		moreFrom: 'More from this organisation',
		description: 'Description'
	},
	breadcrumbs: 'Breadcrumbs'
};

export const catalogue = { es, en };

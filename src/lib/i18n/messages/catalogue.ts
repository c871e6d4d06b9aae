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

export type CatalogueMessages = typeof es;
export default es;

const es = {
	title: 'Expositores e innovaciones',
	lead: 'Busque por nombre, tecnología, sector o país. Funciona con o sin tildes, y perdona errores de tipeo.',
	label: 'Buscar en el catálogo',
	placeholder: 'Ej.: hidrógeno verde, camiones autónomos, Chile',
	submit: 'Buscar',
	filters: 'Filtros',
	apply: 'Aplicar filtros',
	clear: 'Quitar filtros',
	show: 'Mostrar',
	all: 'Todo',
	organisations: 'Organizaciones',
	innovations: 'Innovaciones',
	sector: 'Sector',
	kind: 'Tipo de organización',
	country: 'País',
	results: (n: string) => `${n} resultados`,
	oneResult: '1 resultado',
	none: 'No encontramos resultados para su búsqueda.',
	noneHint: 'Pruebe con menos palabras o quite algún filtro.',
	didYouMean: '¿Quiso decir',
	booth: (code: string) => `Stand ${code}`,
	noBooth: 'Sin stand',
	by: (name: string) => `De ${name}`,
	pagination: 'Páginas de resultados',
	previous: 'Anterior',
	next: 'Siguiente',
	pageOf: (page: number, pages: number) => `Página ${page} de ${pages}`,
	degraded: 'La búsqueda funciona en modo de respaldo; los resultados pueden variar un poco.',
	organisationHit: 'Organización',
	innovationHit: 'Innovación',
	invalid: {
		type: 'El tipo de resultado debe ser «organisation» (organizaciones) o «innovation» (innovaciones).',
		locale: 'El idioma debe ser «es» (español) o «en» (inglés).',
		limit: 'El número de resultados por página (limit) debe ser un número entero de 1 a 100.',
		offset: 'La posición de inicio (offset) debe ser un número entero de 0 a 10 000.'
	}
};

export type SearchMessages = typeof es;
export default es;

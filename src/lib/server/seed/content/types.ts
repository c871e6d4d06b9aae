export interface Bilingual {
	es: string;
	en: string;
}

export interface InnovationIdea {
	/** Product word placed after the organisation's brand: "Kuntur Drive". */
	product: string;
	title: Bilingual;
	summary: Bilingual;
}

/** A line of mining technology: what organisations in it do, show and look for. */
export interface Theme {
	key: string;
	/** Range of the {count} placeholder in this theme's sentences. */
	count: [number, number];
	/** Sector keys, the first one primary. */
	sectors: string[];
	/** Nouns that fit a company name: "Autonomía" / "Autonomy". */
	words: Bilingual[];
	/** Tags in Spanish, as organisers write them. */
	tags: string[];
	/** Third-person verb phrase: "desarrolla sistemas de acarreo autónomo …". */
	activity: Bilingual;
	/** Full sentences that add evidence. */
	details: Bilingual[];
	/** What a pilot improves: "disponibilidad de flota". */
	metric: Bilingual;
	ideas: InnovationIdea[];
	/** Short phrases for matchmaking profiles, in Spanish. */
	offers: string[];
	seeks: string[];
}

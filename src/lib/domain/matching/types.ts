/** What scoring needs to know about a participant; loaded from the database by the server. */
export interface MatchParticipant {
	id: number;
	kind: string | null;
	country: string | null;
	sectors: string[];
	/** Vocabulary keys or free tags. */
	offers: string[];
	seeks: string[];
	languages: string[];
	/** Headline, descriptions in both languages and tags: the text for TF-IDF. */
	text: string;
}

/** Structured reasons; the UI words them in the visitor's language. */
export type MatchReason =
	| { type: 'offers-what-you-seek'; terms: string[] }
	| { type: 'seeks-what-you-offer'; terms: string[] }
	| { type: 'shared-sectors'; sectors: string[] }
	| { type: 'kind-fit'; kind: string; partnerKind: string }
	/** Offers or needs both list, as stored (vocabulary keys or free tags). */
	| { type: 'similar-topics'; words: string[] }
	| { type: 'no-common-language' };

export interface Recommendation {
	id: number;
	/** 0..100, symmetric: score(a, b) = score(b, a). */
	score: number;
	reasons: MatchReason[];
}

export interface RecommendationFilter {
	kinds?: string[];
	sectors?: string[];
	countries?: string[];
	/** People already requested or declined, in either direction. */
	exclude?: Set<number>;
}

export const SCORE_WEIGHTS = { offerSeek: 0.45, text: 0.2, sector: 0.15, kind: 0.2 } as const;
/** No shared meeting language: still shown, but well below pairs who can talk. */
export const NO_LANGUAGE_FACTOR = 0.5;

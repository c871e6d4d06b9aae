/** Why two participants should meet, as structured reasons from the visitor's side. */
import { isStrongKindPair } from './kinds';
import type { IndexedParticipant, MatchIndex } from './match-index';
import { shareLanguage } from './recommend';
import { matchingTerms, type Term } from './terms';
import { foldText } from './text';
import type { MatchReason } from './types';

/**
 * Offers or needs both people list (the same curated item, or the same free tag), as stored:
 * the UI words a curated key with the taxonomy's label in the reader's language.
 */
function sharedTerms(me: IndexedParticipant, other: IndexedParticipant): string[] {
	const id = (t: Term) => t.key ?? foldText(t.raw).trim();
	const theirs = new Set([...other.offers, ...other.seeks].map(id));
	const out = new Map<string, string>();
	for (const t of [...me.offers, ...me.seeks])
		if (theirs.has(id(t))) out.set(id(t), t.key ?? t.raw);
	return [...out.values()].slice(0, 3);
}

/** Reasons in the order the UI shows them, strongest kinds of evidence first. */
export function explain(index: MatchIndex, viewer: number, partner: number): MatchReason[] {
	const me = index.people[viewer];
	const other = index.people[partner];
	const reasons: MatchReason[] = [];
	const theyOffer = matchingTerms(other.offers, me.seeks);
	if (theyOffer.length) reasons.push({ type: 'offers-what-you-seek', terms: theyOffer });
	const theySeek = matchingTerms(me.offers, other.seeks);
	if (theySeek.length) reasons.push({ type: 'seeks-what-you-offer', terms: theySeek });
	const sectors = me.participant.sectors.filter((s) => other.participant.sectors.includes(s));
	if (sectors.length) reasons.push({ type: 'shared-sectors', sectors });
	const { kind } = me.participant;
	const partnerKind = other.participant.kind;
	if (kind && partnerKind && isStrongKindPair(kind, partnerKind)) {
		reasons.push({ type: 'kind-fit', kind, partnerKind });
	}
	if (reasons.length < 2) {
		const words = sharedTerms(me, other);
		if (words.length) reasons.push({ type: 'similar-topics', words });
	}
	if (!shareLanguage(index, viewer, partner)) reasons.push({ type: 'no-common-language' });
	return reasons;
}

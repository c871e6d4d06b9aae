/** Why two participants should meet, as structured reasons from the visitor's side. */
import { isStrongKindPair } from './kinds';
import type { IndexedParticipant, MatchIndex } from './match-index';
import { shareLanguage } from './recommend';
import { matchingTerms } from './terms';
import type { MatchReason } from './types';

function sharedWords(
	index: MatchIndex,
	me: IndexedParticipant,
	other: IndexedParticipant
): string[] {
	const mine = new Map<number, number>();
	for (let k = 0; k < me.text.ids.length; k++) mine.set(me.text.ids[k], me.text.weights[k]);
	const shared: { id: number; w: number }[] = [];
	for (let k = 0; k < other.text.ids.length; k++) {
		const id = other.text.ids[k];
		const w = mine.get(id);
		if (w !== undefined && index.textPostings.docs[id].length > 0) {
			shared.push({ id, w: w * other.text.weights[k] });
		}
	}
	return shared
		.sort((x, y) => y.w - x.w)
		.slice(0, 3)
		.map((x) => {
			const token = index.features.names[x.id];
			return index.surfaces.get(token) ?? token;
		});
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
		const words = sharedWords(index, me, other);
		if (words.length) reasons.push({ type: 'similar-topics', words });
	}
	if (!shareLanguage(index, viewer, partner)) reasons.push({ type: 'no-common-language' });
	return reasons;
}

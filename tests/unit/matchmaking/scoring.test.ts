import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	buildMatchIndex,
	pairScore,
	recommend,
	type MatchParticipant
} from '../../../src/lib/domain/scoring';
import { generateParticipants } from '../../bench/matchmaking';

const person = (id: number, over: Partial<MatchParticipant>): MatchParticipant => ({
	id,
	kind: 'company',
	country: 'PE',
	sectors: [],
	offers: [],
	seeks: [],
	languages: ['es'],
	text: '',
	...over
});

const mine = person(1, {
	kind: 'company',
	sectors: ['electromobility', 'circular-economy'],
	seeks: ['truck-batteries'],
	offers: ['pilot-sites']
});
const batteries = person(2, {
	kind: 'startup',
	sectors: ['circular-economy'],
	offers: ['baterías para camiones'],
	seeks: ['sitios para pilotos']
});
const unrelated = person(3, {
	kind: 'company',
	sectors: ['ai'],
	offers: ['computer-vision'],
	text: 'visión artificial'
});
const investor = person(4, {
	kind: 'investor',
	country: 'CA',
	sectors: ['electromobility'],
	offers: ['investment'],
	languages: ['en']
});

describe('recommend', () => {
	const index = buildMatchIndex([mine, batteries, unrelated, investor]);

	it('ranks the partner who offers what I seek first, with reasons to say so', () => {
		const [top] = recommend(index, 1);
		expect(top.id).toBe(2);
		expect(top.reasons).toContainEqual({
			type: 'offers-what-you-seek',
			terms: ['baterías para camiones']
		});
		expect(top.reasons).toContainEqual({ type: 'seeks-what-you-offer', terms: ['pilot-sites'] });
		expect(top.reasons).toContainEqual({ type: 'shared-sectors', sectors: ['circular-economy'] });
	});

	it('says when there is no common meeting language', () => {
		const found = recommend(index, 1).find((r) => r.id === 4);
		expect(found?.reasons).toContainEqual({ type: 'no-common-language' });
	});

	it('leaves out excluded people and applies kind, sector and country filters', () => {
		expect(
			recommend(index, 1, { filter: { exclude: new Set([2]) } }).map((r) => r.id)
		).not.toContain(2);
		expect(recommend(index, 1, { filter: { kinds: ['investor'] } }).map((r) => r.id)).toEqual([4]);
		expect(recommend(index, 1, { filter: { countries: ['CA'] } }).map((r) => r.id)).toEqual([4]);
		expect(recommend(index, 1, { filter: { sectors: ['ai'] } }).map((r) => r.id)).toEqual([3]);
	});

	it('never recommends the visitor to themself, and nobody outside the index', () => {
		expect(recommend(index, 1).map((r) => r.id)).not.toContain(1);
		expect(recommend(index, 99)).toEqual([]);
	});

	it('ranks by the same score pairScore gives', () => {
		for (const r of recommend(index, 1)) expect(r.score).toBeCloseTo(pairScore(index, 1, r.id), 1);
	});
});

describe('pairScore', () => {
	const crowd = buildMatchIndex(generateParticipants(300, 11));

	it('is symmetric for every pair (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), (a, b) => {
				expect(pairScore(crowd, a, b)).toBeCloseTo(pairScore(crowd, b, a), 6);
			}),
			{ numRuns: 300 }
		);
	});

	it('stays within 0..100', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), (a, b) => {
				const s = pairScore(crowd, a, b);
				return s >= 0 && s <= 100;
			})
		);
	});

	it('matches curated keys to free tags across languages', () => {
		const idx = buildMatchIndex([
			person(1, { seeks: ['battery-storage'] }),
			person(2, { offers: ['Battery storage'], languages: ['es', 'en'] })
		]);
		expect(recommend(idx, 1)[0].reasons[0]).toEqual({
			type: 'offers-what-you-seek',
			terms: ['Battery storage']
		});
	});
});

/** Tokens for matching: accent-folded, stop words of Spanish and English removed, plurals trimmed. */

const STOPWORDS = new Set(
	(
		'a al algo algunos ante antes como con contra cual cuando de del desde donde dos el ella ellos en entre era es esa ese eso esta este esto estos han hasta hay la las le les lo los mas me mi mucho muy nos o otra otro para pero poco por que quien se ser si sin sobre son su sus tambien tan te tiene todo tu un una uno unos y ya ' +
		'about after all also an and any are as at be been but by can for from had has have how i if in into is it its more most no not of on or our out over so such than that the their them then there these they this those to up us was we were what when which who will with you your ' +
		'sa sac srl eirl inc ltd'
	).split(' ')
);

export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase();
}

/** Plural trimming good enough for both languages: "baterias" and "battery" stay apart, "camiones"→"camion". */
function stem(word: string): string {
	if (word.length > 5 && word.endsWith('es')) return word.slice(0, -2);
	if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
	return word;
}

/**
 * The match tokens of `text`. When `surfaces` is given, it learns a readable word per token
 * (lower case, accents kept) so that explanations can show "camiones", not "camion".
 */
export function matchTokens(text: string, surfaces?: Map<string, string>): string[] {
	const words = text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
	const out: string[] = [];
	for (const word of words) {
		const folded = foldText(word);
		if (folded.length < 2 || STOPWORDS.has(folded)) continue;
		const token = stem(folded);
		if (surfaces && !surfaces.has(token)) surfaces.set(token, word);
		out.push(token);
	}
	return out;
}

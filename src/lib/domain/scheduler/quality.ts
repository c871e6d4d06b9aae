/**
 * The organiser's figure: scheduled weight over the proven upper bound, as a percentage
 * rounded down to one decimal, so "at least x %" of the best possible schedule stays true.
 * Nothing to schedule (bound 0) is 100 %.
 */
export function qualityPercent(weight: number, upperBound: number): number {
	if (upperBound <= 0) return 100;
	return Math.floor((1000 * weight) / upperBound + 1e-9) / 10;
}

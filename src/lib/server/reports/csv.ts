import { neutraliseFormula } from '../../domain/csv';

/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (first visible character =, +,
 * -, @ or a full-width form, or a leading tab/CR) get a leading apostrophe: search terms are
 * typed by visitors (OWASP "CSV injection").
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	const safe = neutraliseFormula(value);
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A BOM first, so spreadsheet programs read the accents as UTF-8. */
export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
	const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
	return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const input = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < input.length; i++) {
		const ch = input[i];
		if (quoted) {
			if (ch === '"' && input[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"' && field === '') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && input[i + 1] === '\n') i++;
			row.push(field);
			if (row.some((f) => f !== '')) rows.push(row);
			row = [];
			field = '';
		} else field += ch;
	}
	row.push(field);
	if (row.some((f) => f !== '')) rows.push(row);
	return rows;
}

/** Rows of header-keyed records; the first row is the header. */
export function parseCsvRecords(text: string): Record<string, string>[] {
	const [header, ...rows] = parseCsv(text);
	if (!header) return [];
	const keys = header.map((h) => h.trim());
	return rows.map((cells) => Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? ''])));
}

// Invisible characters a spreadsheet skips before it decides a cell is a formula: format
// characters (zero-width space and joiners, BOM, direction marks) and spaces.
const INVISIBLE_LEAD = /^[\p{Cf}\p{Zs}\u00a0]*/u;
// =, +, - and @, their full-width forms (＝＋－＠) and small forms (﹦﹢﹣﹫).
const FORMULA_TRIGGER = /^[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/u;

/**
 * Whether a spreadsheet could run this text as a formula (OWASP "CSV injection"): its first
 * visible character is a trigger, or it starts with a tab or carriage return.
 */
export function looksLikeFormula(text: string): boolean {
	if (/^[\t\r\n]/.test(text)) return true;
	return FORMULA_TRIGGER.test(text.replace(INVISIBLE_LEAD, ''));
}

/** A cell that would run as a formula gets a leading apostrophe, so it stays text. */
export function neutraliseFormula(text: string): string {
	return looksLikeFormula(text) ? `'${text}` : text;
}

function escapeCell(value: unknown): string {
	const text = value === null || value === undefined ? '' : String(value);
	const safe = neutraliseFormula(text);
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(columns: string[], records: Record<string, unknown>[]): string {
	const lines = [columns.map(escapeCell).join(',')];
	for (const record of records) lines.push(columns.map((c) => escapeCell(record[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}

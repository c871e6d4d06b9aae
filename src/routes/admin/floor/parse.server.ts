import type { Locale } from '$lib/i18n';
import { messagesFor } from '$lib/i18n';

/** Reads named fields from a form, collecting one message per bad field (named in the visitor's language). */
export class FormReader {
	readonly values: Record<string, string> = {};
	readonly errors: Record<string, string> = {};

	constructor(
		private readonly form: FormData,
		private readonly locale: Locale
	) {}

	text(name: string, max = 200): string {
		const raw = this.form.get(name);
		const value = typeof raw === 'string' ? raw.trim().slice(0, max) : '';
		this.values[name] = value;
		return value;
	}

	code(name: string): string {
		return this.text(name, 20).toUpperCase();
	}

	required(name: string, label: string): string {
		const value = this.code(name);
		if (!value) this.errors[name] = messagesFor(this.locale).floor.fieldErrors.required(label);
		return value;
	}

	/** A number in metres (a comma is accepted as the decimal mark, as typed in Peru). */
	number(name: string, label: string): number {
		const value = this.text(name, 20).replace(',', '.');
		const parsed = value === '' ? NaN : Number(value);
		if (!Number.isFinite(parsed)) {
			this.errors[name] = messagesFor(this.locale).floor.fieldErrors.number(label);
		}
		return parsed;
	}

	flag(name: string): boolean {
		const raw = this.form.get(name);
		return raw === 'on' || raw === 'true' || raw === '1';
	}

	get ok(): boolean {
		return Object.keys(this.errors).length === 0;
	}
}

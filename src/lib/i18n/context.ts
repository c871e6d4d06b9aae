import { getContext, setContext } from 'svelte';
import { messagesFor, type Locale, type Messages } from './index';

const KEY = Symbol('i18n');

export interface I18n {
	readonly locale: Locale;
	readonly t: Messages;
}

/** Called once in the root layout with a getter, so the messages follow the page's locale. */
export function setI18n(locale: () => Locale): void {
	setContext<I18n>(KEY, {
		get locale() {
			return locale();
		},
		get t() {
			return messagesFor(locale());
		}
	});
}

export function getI18n(): I18n {
	return getContext<I18n>(KEY);
}

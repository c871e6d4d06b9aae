import { getContext, setContext } from 'svelte';
import { localizeHref, type Locale } from './locale';
import type { Messages } from './messages';

const KEY = Symbol('i18n');

export interface I18n {
	readonly locale: Locale;
	readonly t: Messages;
	/** An in-site href in the page's language: `i18n.href('/exhibitors')`. */
	href(path: string): string;
}

/**
 * Called once in the root layout with getters, so the messages follow the page's locale. The
 * messages are the areas the root layout's load fetched for the route (`load.ts`).
 */
export function setI18n(locale: () => Locale, messages: () => Messages): void {
	setContext<I18n>(KEY, {
		get locale() {
			return locale();
		},
		get t() {
			return messages();
		},
		href(path: string) {
			return localizeHref(path, locale());
		}
	});
}

export function getI18n(): I18n {
	return getContext<I18n>(KEY);
}

import { EVENT_TIME_ZONE } from '../taxonomy';

const tag = (locale: 'es' | 'en') => (locale === 'es' ? 'es-PE' : 'en-GB');

/** "09:00" in the event's time zone. */
export function formatTime(unixSeconds: number, locale: 'es' | 'en'): string {
	return new Intl.DateTimeFormat(tag(locale), {
		hour: '2-digit',
		minute: '2-digit',
		timeZone: EVENT_TIME_ZONE
	}).format(new Date(unixSeconds * 1000));
}

/** "lunes, 21 de septiembre" in the event's time zone. */
export function formatDay(unixSeconds: number, locale: 'es' | 'en'): string {
	return new Intl.DateTimeFormat(tag(locale), {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		timeZone: EVENT_TIME_ZONE
	}).format(new Date(unixSeconds * 1000));
}

export function formatSlot(unixSeconds: number, locale: 'es' | 'en'): string {
	return `${formatDay(unixSeconds, locale)}, ${formatTime(unixSeconds, locale)}`;
}

import { messages, type Messages } from './messages';
import type { Locale } from './locale';

export * from './locale';
export type { Messages };

/** Every message of `locale`, for the server (browsers load theirs through `load.ts`). */
export function messagesFor(locale: Locale): Messages {
	return messages[locale];
}

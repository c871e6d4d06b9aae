import { messagesFor, type Locale } from '../../i18n';
import type { FloorIssue } from './errors';

/** The sentence for a refused floor change, naming its booth, hall or exhibitor. */
export function describeFloorIssue(issue: FloorIssue, locale: Locale): string {
	const t = messagesFor(locale).floor.issues;
	switch (issue.kind) {
		case 'overlap':
		case 'grid-overlap':
			return t[issue.kind](issue.booth, issue.other);
		case 'hall-too-small':
		case 'hall-occupied':
			return t[issue.kind](issue.hall, issue.booth);
		case 'target-required':
		case 'target-occupied':
			return t[issue.kind](issue.booth, issue.exhibitor);
		case 'exhibitor-not-approved':
			return t[issue.kind](issue.exhibitor);
		case 'exhibitor-not-found':
			return t[issue.kind]();
		case 'hall-not-found':
		case 'hall-code-taken':
		case 'hall-bad-code':
		case 'hall-bad-size':
		case 'grid-empty':
			return t[issue.kind](issue.hall);
		default:
			return t[issue.kind](issue.booth);
	}
}

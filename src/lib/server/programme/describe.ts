import { messagesFor, type Locale } from '../../i18n';
import type { ProgrammeIssue } from './errors';

export function describeProgrammeIssue(issue: ProgrammeIssue, locale: Locale): string {
	const t = messagesFor(locale).admin.programme.errors;
	switch (issue.kind) {
		case 'dayTaken':
		case 'dayHasMeetings':
			return t[issue.kind](issue.date);
		case 'outsideEvent':
			return t.outsideEvent(issue.date, issue.from, issue.to);
		case 'breaks':
			return t.breaks(issue.index + 1);
		default:
			return t[issue.kind];
	}
}

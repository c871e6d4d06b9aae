import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/lib/i18n/messages';

describe('floor editor messages', () => {
	it('end a name that ends in a full stop with one full stop, not two', () => {
		for (const locale of ['es', 'en'] as const) {
			const ask = messages[locale].admin.floorEditor.deleteAsk;
			expect(ask('Shield Geodata Corp.')).not.toContain('..');
			expect(ask('Shield Geodata Corp.')).toContain('Corp.');
			expect(ask('Andes Solar')).toContain('Andes Solar.');
		}
		expect(messages.es.admin.floorEditor.deleteAsk('Shield Geodata Corp.')).toBe(
			'Este stand tiene a Shield Geodata Corp. ¿A dónde lo trasladamos?'
		);
	});
});

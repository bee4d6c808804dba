/** `prw tor set --field panel`: members one per line (as before), or as JSON with a name, role and agency each. */
import { describe, expect, it } from 'vitest';
import { fieldValue } from '../../../electron/cli/commands/terms';

describe('a terms field read from the command line', () => {
  it('takes the panel one member per line, or as JSON objects', () => {
    expect(fieldValue('panel', 'Pat Example, Chair, Police\nAlex Example\n')).toEqual(['Pat Example, Chair, Police', 'Alex Example']);
    expect(fieldValue('panel', '[{"name": "Alex Example", "role": "Designated Nurse", "agency": "ICB"}]')).toEqual([{ name: 'Alex Example', role: 'Designated Nurse', agency: 'ICB' }]);
  });

  it('says what JSON the panel takes when it cannot be read', () => {
    expect(() => fieldValue('panel', '[{"name": ')).toThrow('--value for panel must be a JSON array of {"name": "…", "role": "…", "agency": "…"}, or one member per line.');
  });
});

import type { HandlersOf } from './types';
import type { HolidaysStore } from '../deadlines';
import type { Ports } from '../ports';

export function deadlineHandlers(holidays: HolidaysStore, ports: Ports): HandlersOf<'deadlines:bank-holidays' | 'deadlines:load-bank-holidays'> {
  return {
    'deadlines:bank-holidays': () => holidays.summary(),
    'deadlines:load-bank-holidays': async () => {
      const chosen = await ports.dialogs.showOpen({
        title: 'Load bank holidays from gov.uk (bank-holidays.json)',
        filters: [{ name: 'gov.uk bank holidays (JSON)', extensions: ['json'] }],
      });
      return chosen?.[0] ? holidays.load(chosen[0]) : null;
    },
  };
}

/** `wt2018`: Working Together to Safeguard Children 2018, chapter 4 — children's reviews only. */
import type { RuleSet } from './model';

export const wt2018: RuleSet = {
  id: 'wt2018',
  title: 'Working Together to Safeguard Children 2018',
  source: 'Working Together to Safeguard Children 2018, ch.4; Children Act 2004 s16C; Child Safeguarding Practice Review Panel practice guidance (April 2019)',
  rules: [
    {
      id: 'notification',
      reviewTypes: ['rapid-review'],
      from: ['aware'],
      amount: 5,
      unit: 'working-days',
      direction: 'after',
      source: 'Working Together to Safeguard Children 2018, ch.4; Children Act 2004 s16C — the local authority notifies the Panel within 5 working days of becoming aware of the incident.',
    },
    {
      id: 'rapid-review',
      reviewTypes: ['rapid-review'],
      from: ['notified'],
      amount: 15,
      unit: 'working-days',
      direction: 'after',
      source: 'Working Together to Safeguard Children 2018, ch.4, as applied by the Panel practice guidance (April 2019) — the rapid review within 15 working days of the notification. Confirm this against your partnership’s procedure.',
    },
    {
      id: 'lcspr',
      reviewTypes: ['rapid-review', 'lcspr'],
      from: ['decision'],
      amount: 6,
      unit: 'months',
      direction: 'after',
      source: 'Working Together to Safeguard Children 2018, ch.4 — the local review completed within 6 months of the decision to initiate it. Confirm this against your partnership’s procedure.',
    },
    {
      id: 'publication-notice',
      reviewTypes: ['rapid-review', 'lcspr'],
      from: ['publication'],
      amount: 7,
      unit: 'working-days',
      direction: 'before',
      source: 'Working Together to Safeguard Children 2018, ch.4 — the final report to the Panel and the Secretary of State (through the Department for Education) no later than 7 working days before publication; partnership procedures also send it to Ofsted. Confirm this against your partnership’s procedure.',
    },
  ],
};

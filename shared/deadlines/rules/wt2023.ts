/** `wt2023`: Working Together to Safeguard Children 2023, chapter 5 — children's reviews only. */
import type { RuleSet } from './model';

export const wt2023: RuleSet = {
  id: 'wt2023',
  title: 'Working Together to Safeguard Children 2023',
  source: 'Working Together to Safeguard Children 2023, ch.5; Children Act 2004 s16C',
  rules: [
    {
      id: 'notification',
      reviewTypes: ['rapid-review'],
      from: ['aware'],
      amount: 5,
      unit: 'working-days',
      direction: 'after',
      source:
        "Working Together to Safeguard Children 2023, ch.5; Children Act 2004 s16C — notify the Panel within 5 working days of becoming aware, and report to the safeguarding partners within 5 working days too. A care leaver's death up to age 24 is notified, with no rapid review.",
    },
    {
      id: 'rapid-review',
      reviewTypes: ['rapid-review'],
      from: ['aware'],
      amount: 15,
      unit: 'working-days',
      direction: 'after',
      source: 'Working Together to Safeguard Children 2023, ch.5, as partnership procedures quote it — the rapid review within 15 working days of becoming aware of the incident. Confirm this against your partnership’s procedure.',
    },
    {
      id: 'lcspr',
      reviewTypes: ['rapid-review', 'lcspr'],
      from: ['decision'],
      amount: 6,
      unit: 'months',
      direction: 'after',
      source: 'Working Together to Safeguard Children 2023, ch.5 — the local review completed within 6 months of the decision to initiate it. Confirm this against your partnership’s procedure.',
    },
    {
      id: 'publication-notice',
      reviewTypes: ['rapid-review', 'lcspr'],
      from: ['publication'],
      amount: 7,
      unit: 'working-days',
      direction: 'before',
      source: 'Working Together to Safeguard Children 2023, ch.5 — the final report to the Panel (and Ofsted) no later than 7 working days before publication. Confirm this against your partnership’s procedure.',
    },
  ],
};

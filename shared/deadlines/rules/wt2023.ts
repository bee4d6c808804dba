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
      id: 'agency-summary',
      reviewTypes: ['rapid-review'],
      from: ['notified'],
      amount: 10,
      unit: 'working-days',
      direction: 'after',
      source:
        'Partnership rapid review procedures under Working Together to Safeguard Children 2023, ch.5 (for example Devon’s: letters to agencies on working day 1, agency summaries back by working day 10) — agency summaries are due 10 working days after the notification is sent. Your partnership may set a different day: type the due date on the request.',
    },
    {
      id: 'rapid-review',
      reviewTypes: ['rapid-review'],
      from: ['notified'],
      amount: 15,
      unit: 'working-days',
      direction: 'after',
      source:
        'Working Together to Safeguard Children 2023, ch.5, as partnership procedures apply it (Cambridgeshire and Peterborough, North Yorkshire, Plymouth, Devon) — the rapid review within 15 working days of the notification being sent.',
    },
    {
      id: 'looked-after-notice',
      reviewTypes: ['rapid-review'],
      from: ['aware'],
      amount: 5,
      unit: 'working-days',
      direction: 'after',
      when: 'looked-after',
      source:
        'Working Together to Safeguard Children 2023, ch.5 — when a looked-after child dies, the local authority also notifies the Secretary of State and Ofsted, whether or not abuse or neglect is known or suspected; counted here like the Panel notification, within 5 working days of becoming aware. Confirm this against your partnership’s procedure.',
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
      source: 'Working Together to Safeguard Children 2023, ch.5 — the final report to the Panel and the Secretary of State (through the Department for Education) no later than 7 working days before publication; partnership procedures also send it to Ofsted. Confirm this against your partnership’s procedure.',
    },
  ],
};

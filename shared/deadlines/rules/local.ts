/**
 * `local` — the default: the partnership's own procedure (Wiltshire’s safeguarding plan, 2019), read with the statutory
 * working-day convention. One Practice Review Group handles every review type, so this set has
 * clocks for all of them. Sources whose reading is uncertain end by asking the user to confirm them against the partnership's procedure.
 */
import type { RuleSet } from './model';

export const local: RuleSet = {
  id: 'local',
  title: "The partnership's own procedure (Wiltshire’s safeguarding plan, 2019), read with the statutory working-day convention",
  source: 'Wiltshire Safeguarding Vulnerable People Partnership (SVPP), safeguarding plan (2019), with Children Act 2004 s16C and Working Together to Safeguard Children',
  rules: [
    {
      id: 'notification',
      reviewTypes: ['rapid-review'],
      from: ['aware'],
      amount: 5,
      unit: 'working-days',
      direction: 'after',
      source:
        'gov.uk: Report a serious child safeguarding incident; Children Act 2004 s16C — notify the Child Safeguarding Practice Review Panel and Ofsted within 5 working days of becoming aware. Wiltshire’s safeguarding plan (2019) says "within five days of the incident"; counted here as working days from awareness.',
    },
    {
      id: 'agency-summary',
      reviewTypes: ['rapid-review'],
      from: ['notified'],
      amount: 10,
      unit: 'working-days',
      direction: 'after',
      source:
        'Local practice under the partnership’s rapid review procedure (for example Devon’s timetable: letters to agencies on working day 1, agency summaries back by working day 10) — agency summaries are due 10 working days after the notification is sent. Your partnership may set a different day: type the due date on the request.',
    },
    {
      id: 'rapid-review',
      reviewTypes: ['rapid-review'],
      from: ['notified'],
      amount: 15,
      unit: 'working-days',
      direction: 'after',
      source:
        'Wiltshire’s safeguarding plan (2019): the rapid review is completed "within a further 15 days" after the notification is sent, counted as working days (Panel FAQ; Working Together to Safeguard Children 2018, ch.4).',
    },
    {
      id: 'lcspr',
      reviewTypes: ['rapid-review', 'lcspr'],
      from: ['decision'],
      amount: 6,
      unit: 'months',
      direction: 'after',
      source: 'Wiltshire’s safeguarding plan (2019); Trafford Strategic Safeguarding Partnership’s practice review procedure (2020) — the local child safeguarding practice review is completed, its report ready for publication, within 6 months of the decision to review.',
    },
    {
      id: 'publication-notice',
      reviewTypes: ['rapid-review', 'lcspr'],
      from: ['publication'],
      amount: 7,
      unit: 'working-days',
      direction: 'before',
      source: 'Working Together to Safeguard Children 2018 (ch.4) and 2023 (ch.5) — the final report goes to the Panel and the Secretary of State (through the Department for Education) at least 7 working days before publication; partnership procedures also send it to Ofsted. Confirm this against your partnership’s procedure.',
    },
    {
      id: 'sar-completion',
      reviewTypes: ['sar'],
      from: ['decision', 'referral'],
      amount: 6,
      unit: 'months',
      direction: 'after',
      source:
        'Care Act 2014 s44; Safeguarding Adults Board guidance — the SAR is completed within 6 months of the decision to hold it, counted from the referral when no decision date is recorded. Confirm this against your partnership’s procedure.',
    },
    {
      id: 'dhr-decision',
      reviewTypes: ['dhr'],
      from: ['notified'],
      amount: 1,
      unit: 'months',
      direction: 'after',
      source:
        'Domestic Violence, Crime and Victims Act 2004 s9; Home Office, Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews (2016; revised 2024) — decide whether to hold a DHR within 1 month of the notification. Confirm this against your partnership’s procedure.',
    },
    {
      id: 'dhr-overview',
      reviewTypes: ['dhr'],
      from: ['decision', 'notified'],
      amount: 6,
      unit: 'months',
      direction: 'after',
      source:
        'DHR statutory guidance (Home Office 2016; revised 2024) — the overview report within 6 months of the decision to hold the review, counted from the notification when no decision date is recorded; the Home Office quality assurance panel follows before publication. Confirm this against your partnership’s procedure.',
    },
    {
      id: 'escalation-stage-1',
      reviewTypes: ['escalation'],
      from: ['stage1'],
      amount: 2,
      unit: 'working-days',
      direction: 'after',
      source: "The partnership's escalation (case resolution) protocol — stage 1, practitioner to practitioner: action within 2 working days. Confirm this against your partnership’s escalation protocol.",
    },
    {
      id: 'escalation-stage-2',
      reviewTypes: ['escalation'],
      from: ['stage2'],
      amount: 5,
      unit: 'working-days',
      direction: 'after',
      source: "The partnership's escalation (case resolution) protocol — stage 2, manager to manager: action within 5 working days. Confirm this against your partnership’s escalation protocol.",
    },
    {
      id: 'escalation-stage-3',
      reviewTypes: ['escalation'],
      from: ['stage3'],
      amount: 2,
      unit: 'working-days',
      direction: 'after',
      source:
        "The partnership's escalation (case resolution) protocol — stage 3, senior leads: action within 2 working days; after that, an independently chaired meeting. Confirm this against your partnership’s escalation protocol.",
    },
  ],
};

import { parallelProcessLabels } from '../../../shared/reviews/catalogue';
import type { InvolvedValues } from './involved';

const joined = (...parts: Array<string | undefined>) => parts.filter(Boolean).join(', ');

function Items({ items }: { items: string[] }) {
  if (items.length === 0) return <>None recorded</>;
  return (
    <ul className="plain-list">
      {items.map((item, index) => (
        <li key={`${index}:${item}`}>{item}</li>
      ))}
    </ul>
  );
}

/** The review's agencies, reviewers, panel and parallel processes, read-only. */
export function InvolvedSummary({ review }: { review: InvolvedValues }) {
  return (
    <dl className="summary-list">
      <dt>Agencies</dt>
      <dd>
        <Items items={review.agencies} />
      </dd>
      <dt>Reviewers</dt>
      <dd>
        <Items items={review.reviewers.map((reviewer) => joined(reviewer.name, reviewer.role))} />
      </dd>
      <dt>Panel members</dt>
      <dd>
        <Items items={review.panelMembers.map((member) => joined(member.name, member.role, member.agency))} />
      </dd>
      <dt>Parallel processes</dt>
      <dd>
        <Items items={review.parallelProcesses.map((process) => (process.note ? `${parallelProcessLabels[process.kind]}: ${process.note}` : parallelProcessLabels[process.kind]))} />
      </dd>
    </dl>
  );
}

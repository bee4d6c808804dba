import { useEffect } from 'react';
import { personRoleLabels } from '../../../shared/reviews/catalogue';
import type { Person, ReviewDetail } from '../../../shared/reviews/types';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { useReviews } from '../reviews/store';
import { AddPerson } from './AddPerson';
import { selectPeople, usePeople } from './store';

function roleText(person: Person): string {
  const parts = [personRoleLabels[person.role], person.relationship, person.practitionerRole, person.agency].filter(Boolean);
  return parts.join(', ');
}

export function PeopleRegister({ review }: { review: ReviewDetail }) {
  const show = useReviews((state) => state.show);
  const people = usePeople(selectPeople);
  const load = usePeople((state) => state.load);

  useEffect(() => {
    void load(review.id);
  }, [load, review.id]);

  return (
    <section aria-labelledby="people-heading">
      <BackLink onClick={() => show('overview')}>Back to the review</BackLink>
      <PageHeading id="people-heading" caption={review.title}>
        People and pseudonyms
      </PageHeading>
      <p className="lead">Everyone in the case, with the pseudonym used for them in anything published.</p>
      {people === null ? (
        <p role="status">Loading people…</p>
      ) : people.length === 0 ? (
        <p>No people added yet.</p>
      ) : (
        <table className="table table-wide">
          <caption className="table-caption">People in this review</caption>
          <thead>
            <tr>
              <th scope="col">Real name</th>
              <th scope="col">Role</th>
              <th scope="col">Pseudonym</th>
              <th scope="col">Date of birth</th>
              <th scope="col">Aliases and spellings</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">{person.name}</th>
                <td>{roleText(person)}</td>
                <td>{person.pseudonym}</td>
                <td>{person.dateOfBirth ?? '—'}</td>
                <td>{person.aliases.length > 0 ? person.aliases.join(', ') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddPerson reviewId={review.id} />
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { Person, ReviewDetail } from '../../../shared/reviews/types';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { useReviews } from '../reviews/store';
import { AddPerson } from './AddPerson';
import { EditPerson } from './EditPerson';
import { editButtonId, PeopleTable, removeButtonId } from './PeopleTable';
import { RemovePerson } from './RemovePerson';
import { selectPeople, usePeople } from './store';

/** The register, or one person being edited, or the step that confirms a removal. */
type Mode = { kind: 'list' } | { kind: 'edit'; person: Person } | { kind: 'remove'; person: Person };

export function PeopleRegister({ review }: { review: ReviewDetail }) {
  const show = useReviews((state) => state.show);
  const people = usePeople(selectPeople);
  const load = usePeople((state) => state.load);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [notice, setNotice] = useState<string | null>(null);
  const noticeBox = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void load(review.id);
  }, [load, review.id]);

  function open(next: Mode) {
    setNotice(null);
    setMode(next);
  }

  /** Back to the register: to the message when something changed, otherwise to the button that was pressed. */
  function done(message: string | null, buttonId: string) {
    setMode({ kind: 'list' });
    setNotice(message);
    requestAnimationFrame(() => (message ? noticeBox.current : document.getElementById(buttonId))?.focus());
  }

  return (
    <section aria-labelledby="people-heading">
      <BackLink onClick={() => show('overview')}>Back to the review</BackLink>
      <PageHeading id="people-heading" caption={review.title}>
        People and pseudonyms
      </PageHeading>
      <p className="lead">Everyone in the case, with the pseudonym used for them in anything published.</p>
      <p ref={noticeBox} role="status" className="confirmation-text" tabIndex={-1}>
        {notice}
      </p>
      {mode.kind === 'edit' ? (
        <EditPerson person={mode.person} onDone={(message) => done(message, editButtonId(mode.person))} />
      ) : mode.kind === 'remove' ? (
        <RemovePerson person={mode.person} onDone={(message) => done(message, removeButtonId(mode.person))} />
      ) : (
        <>
          {people === null ? (
            <p role="status">Loading people…</p>
          ) : people.length === 0 ? (
            <p>No people added yet.</p>
          ) : (
            <PeopleTable people={people} onEdit={(person) => open({ kind: 'edit', person })} onRemove={(person) => open({ kind: 'remove', person })} />
          )}
          <AddPerson reviewId={review.id} />
        </>
      )}
    </section>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Escalation } from '../../../shared/reviews/types';
import { EscalationTable, updateButtonId } from './EscalationTable';
import { selectEscalations, useEscalations } from './store';
import { UpdateEscalation } from './UpdateEscalation';

interface EscalationRegisterProps {
  /** One review's escalations, or (null) every review's. */
  reviewId: string | null;
  caption: string;
  empty: string;
  reviewTitles?: ReadonlyMap<string, string>;
  /** Shown below the table, and hidden while an escalation is being updated. */
  children?: ReactNode;
}

/** The table of escalations, or the form updating one of them. */
export function EscalationRegister({ reviewId, caption, empty, reviewTitles, children }: EscalationRegisterProps) {
  const escalations = useEscalations(selectEscalations);
  const load = useEscalations((state) => state.load);
  const [updating, setUpdating] = useState<Escalation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeBox = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void load(reviewId);
  }, [load, reviewId]);

  function open(escalation: Escalation) {
    setNotice(null);
    setUpdating(escalation);
  }

  /** Back to the table: to the message when something changed, otherwise to the button that was pressed. */
  function done(escalation: Escalation, message: string | null) {
    setUpdating(null);
    setNotice(message);
    requestAnimationFrame(() => (message ? noticeBox.current : document.getElementById(updateButtonId(escalation)))?.focus());
  }

  return (
    <>
      <p ref={noticeBox} role="status" className="confirmation-text" tabIndex={-1}>
        {notice}
      </p>
      {updating ? (
        <UpdateEscalation escalation={updating} onDone={(message) => done(updating, message)} />
      ) : (
        <>
          {escalations === null ? (
            <p role="status">Loading escalations…</p>
          ) : escalations.length === 0 ? (
            <p>{empty}</p>
          ) : (
            <EscalationTable caption={caption} escalations={escalations} reviewTitles={reviewTitles} onUpdate={open} />
          )}
          {children}
        </>
      )}
    </>
  );
}

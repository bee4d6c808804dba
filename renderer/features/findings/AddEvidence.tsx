import { useEffect, useState } from 'react';
import { evidenceKinds, evidenceKindWords, type EvidenceKind } from '../../../shared/findings/model';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import type { EvidenceChoice } from './evidence-choices';
import { selectBusy, useFindings } from './store';

/** Finds an item of the review by a few words and adds it to the finding's evidence. */
export function AddEvidence({ findingId, name }: { findingId: string; name: string }) {
  const findEvidence = useFindings((state) => state.findEvidence);
  const addEvidence = useFindings((state) => state.addEvidence);
  const say = useFindings((state) => state.say);
  const busy = useFindings(selectBusy);
  const [kind, setKind] = useState<EvidenceKind>('entry');
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ key: string; choices: EvidenceChoice[] | null; problem: string }>({ key: '', choices: null, problem: '' });
  const key = `${kind}\u0000${text.trim()}`;

  // Read again once typing pauses; an answer to older words is dropped.
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void findEvidence(kind, text).then((outcome) => {
        if (current) setFound({ key, choices: outcome.ok ? outcome.value : [], problem: outcome.ok ? '' : outcome.error.message });
      });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [findEvidence, kind, text, key]);

  async function add(choice: EvidenceChoice) {
    const outcome = await addEvidence(findingId, { kind, id: choice.id });
    say(outcome.ok ? `Added ${evidenceKindWords[kind].toLowerCase()} to ${name}’s evidence.` : outcome.error.message);
  }

  const choices = found.key === key ? found.choices : null;
  return (
    <section aria-labelledby="fd-add-evidence-heading" className="fd-inset">
      <h2 id="fd-add-evidence-heading">Add evidence</h2>
      <SelectInput id="evidence-kind" label="Kind of evidence" value={kind} options={evidenceKinds.map((each) => ({ value: each, label: evidenceKindWords[each] }))} onChange={setKind} />
      <TextInput id="evidence-search" label="Find by words" hint="A few words of its text, an agency or a date; leave empty to see the first few." value={text} onChange={setText} width="medium" />
      {found.problem && found.key === key ? (
        <p className="error-message" role="alert">
          {found.problem}
        </p>
      ) : null}
      {choices === null ? (
        <p role="status">Looking…</p>
      ) : choices.length === 0 ? (
        <p role="status">Nothing of this kind matches those words.</p>
      ) : (
        <ul className="fd-choices" aria-label={`${evidenceKindWords[kind]} to add`}>
          {choices.map((choice) => (
            <li key={choice.id}>
              <span>{choice.label}</span>
              <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void add(choice)}>
                Add<span className="visually-hidden"> {choice.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

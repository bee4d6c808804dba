import { consentCovers } from '../../../shared/interviews/model';
import { DateInput } from '../../components/DateInput';
import { toggledCover, withStatus, type ConsentDraft } from './consent-draft';
import { consentStatusLabels, coverLabels } from './words';

interface ConsentFieldsProps {
  /** Unique in the page: the fields' ids start with it. */
  id: string;
  /** "Consent: Social worker, Children's Services" */
  legend: string;
  value: ConsentDraft;
  onChange: (draft: ConsentDraft) => void;
  /** Planning offers not yet asked, given and declined; a change later offers a withdrawal too. */
  statuses: ReadonlyArray<ConsentDraft['status']>;
  dateError?: string;
}

/** One participant's consent: its status, what a given consent covers, and the day. */
export function ConsentFields({ id, legend, value, onChange, statuses, dateError }: ConsentFieldsProps) {
  return (
    <fieldset className="fieldset iv-consent">
      <legend className="label">{legend}</legend>
      <div className="iv-inline-radios">
        {statuses.map((status) => (
          <div className="radio" key={status}>
            <input id={`${id}-${status}`} type="radio" name={`${id}-status`} checked={value.status === status} onChange={() => onChange(withStatus(value, status))} />
            <label htmlFor={`${id}-${status}`}>{consentStatusLabels[status]}</label>
          </div>
        ))}
      </div>
      {value.status === 'given' ? (
        <fieldset className="fieldset">
          <legend className="hint">What it covers</legend>
          {consentCovers.map((cover) => (
            <div className="checkbox" key={cover}>
              <input id={`${id}-${cover}`} type="checkbox" checked={value.covers.includes(cover)} onChange={(event) => onChange(toggledCover(value, cover, event.target.checked))} />
              <label htmlFor={`${id}-${cover}`}>{coverLabels[cover]}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      {value.status !== 'not-asked' ? (
        <DateInput id={`${id}-on`} label={`Date ${consentStatusLabels[value.status].toLowerCase()} (optional)`} value={value.on} onChange={(on) => onChange({ ...value, on })} error={dateError} />
      ) : null}
    </fieldset>
  );
}

import { useState, type FormEvent } from 'react';
import type { Briefing } from '../../../shared/findings/model';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { checkDelivery } from './drafts';
import { selectBusy, useFindings } from './store';
import { dayText, notConfirmedText } from './words';

/** Which agencies received the briefing, when, and whether (and how) they confirmed using it. */
export function DeliveryLog({ briefing }: { briefing: Briefing }) {
  const logDelivery = useFindings((state) => state.logDelivery);
  const unlogDelivery = useFindings((state) => state.unlogDelivery);
  const say = useFindings((state) => state.say);
  const busy = useFindings(selectBusy);
  const [agency, setAgency] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [used, setUsed] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkDelivery({ agency, receivedOn, confirmed, used });
    if (!checked.ok) return setErrors(checked.errors);
    const outcome = await logDelivery({ documentId: briefing.documentId, ...checked.value });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setAgency('');
    setReceivedOn('');
    setConfirmed(false);
    setUsed('');
    say(`Logged the briefing as received by ${checked.value.agency}.`);
  }

  async function remove(id: string, name: string) {
    const outcome = await unlogDelivery(id);
    say(outcome.ok ? `Took ${name} off the log.` : outcome.error.message);
  }

  return (
    <section aria-labelledby="fd-log-heading">
      <h2 id="fd-log-heading">Dissemination log</h2>
      {briefing.deliveries.length === 0 ? (
        <p>No agency has received it yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Agencies that received the briefing</caption>
            <thead>
              <tr>
                <th scope="col">Agency</th>
                <th scope="col">Received</th>
                <th scope="col">Use confirmed</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {briefing.deliveries.map((delivery) => (
                <tr key={delivery.id}>
                  <th scope="row">{delivery.agency}</th>
                  <td>{dayText(delivery.receivedOn)}</td>
                  <td>{delivery.used ? `Yes: ${delivery.used}` : 'Not yet confirmed'}</td>
                  <td>
                    <button type="button" className="link-button" disabled={busy} onClick={() => void remove(delivery.id, delivery.agency)}>
                      Remove<span className="visually-hidden"> {delivery.agency} from the log</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="fd-not-confirmed">{notConfirmedText(briefing.notConfirmed, briefing.deliveries.length)}</p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} aria-labelledby="fd-log-form-heading" className="fd-inset">
        <h3 id="fd-log-form-heading">Log an agency</h3>
        <ErrorSummary errors={errors} />
        <TextInput id="delivery-agency" label="Agency" hint="Logging an agency again replaces its line." value={agency} onChange={setAgency} error={errorFor(errors, 'delivery-agency')} width="medium" />
        <DateInput id="delivery-received" label="Received on" value={receivedOn} onChange={setReceivedOn} error={errorFor(errors, 'delivery-received')} />
        <div className="checkbox">
          <input id="delivery-confirmed" type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          <label htmlFor="delivery-confirmed">Confirmed use</label>
        </div>
        {confirmed ? <TextArea id="delivery-used" label="How the agency used it" hint="For example: team meetings and supervision." value={used} onChange={setUsed} error={errorFor(errors, 'delivery-used')} rows={2} /> : null}
        <button type="submit" className="button button-secondary" disabled={busy}>
          Log the agency
        </button>
      </form>
    </section>
  );
}

import { demoPassphrase } from '../../../shared/workspace';
import { useWorkspace } from './store';

/** First run: nothing opened yet, so offer a workspace of fictional data to try the app on. */
export function DemoOffer() {
  const recent = useWorkspace((state) => state.recent);
  const busy = useWorkspace((state) => state.busy);
  const openDemo = useWorkspace((state) => state.openDemo);
  if (recent.length > 0) return null;
  return (
    <section className="panel" aria-labelledby="demo-heading">
      <h2 id="demo-heading">New to the app?</h2>
      <p>
        Try it on a demo workspace first. It is encrypted like any other, but holds only fictional people and events, so its
        passphrase is public: <strong className="code-inline">{demoPassphrase}</strong>.
      </p>
      <button type="button" className="button button-secondary" disabled={busy !== null} onClick={() => void openDemo()}>
        Open the demo workspace
      </button>
    </section>
  );
}

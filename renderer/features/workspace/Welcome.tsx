import { PageHeading } from '../../components/PageHeading';
import { DemoOffer } from './DemoOffer';
import { RecentList } from './RecentList';
import { useWorkspace } from './store';

/** No workspace is open: make one, open one, or pick up a recent one. */
export function Welcome() {
  const startCreate = useWorkspace((state) => state.startCreate);
  const chooseExisting = useWorkspace((state) => state.chooseExisting);
  return (
    <>
      <PageHeading>Welcome</PageHeading>
      <p className="lead">
        Keep everything about a safeguarding practice review — terms of reference, interviews, the chronology and the report — in one
        encrypted workspace on this computer. Nothing leaves it unless you export it.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={startCreate}>
          Create a new workspace
        </button>
        <button type="button" className="button button-secondary" onClick={() => void chooseExisting()}>
          Open an existing workspace
        </button>
      </div>
      <DemoOffer />
      <RecentList />
    </>
  );
}

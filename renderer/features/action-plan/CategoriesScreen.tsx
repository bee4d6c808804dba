import { useState } from 'react';
import type { FindingCategory } from '../../../shared/findings/model';
import { AreaHeading } from '../interviews/AreaHeading';
import { CategoryForm } from './CategoryForm';
import { focusScreenHeading, useFocusOnOpen } from './focus';
import { selectBusy, selectCategories, usePlan } from './store';
import { categoryRemovalText, findingsText } from './words';

type Editing = { name: 'none' } | { name: 'rename'; category: FindingCategory } | { name: 'remove'; category: FindingCategory };

/** The partnership's own list of categories its findings are sorted into (information sharing, assessment…). */
export function CategoriesScreen() {
  const categories = usePlan(selectCategories);
  const [editing, setEditing] = useState<Editing>({ name: 'none' });
  const [said, setSaid] = useState('');

  function done(message: string) {
    setEditing({ name: 'none' });
    setSaid(message);
    focusScreenHeading();
  }

  return (
    <section aria-labelledby="area-heading" className="ap-screen">
      <AreaHeading caption="Action plan">Categories</AreaHeading>
      <p className="lead">The categories findings are sorted into, for every review and activity. The register and the annual report group and filter by them.</p>
      <p role="status" className="confirmation-text">
        {said}
      </p>
      {editing.name === 'rename' ? <CategoryForm key={editing.category.id} category={editing.category} onDone={done} /> : null}
      {editing.name === 'remove' ? <RemoveCategory key={editing.category.id} category={editing.category} onDone={done} /> : null}
      {categories === null ? (
        <p role="status">Loading categories…</p>
      ) : categories.length === 0 ? (
        <p>No categories. Add the first below.</p>
      ) : (
        <table className="table">
          <caption className="table-caption">Categories</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Findings</th>
              <th scope="col">
                <span className="visually-hidden">Rename or remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => (
              <tr key={category.id}>
                <th scope="row">{category.name}</th>
                <td>{findingsText(category.findings)}</td>
                <td>
                  <div className="ap-row-actions">
                    <button type="button" className="link-button" onClick={() => setEditing({ name: 'rename', category })}>
                      Rename<span className="visually-hidden"> {category.name}</span>
                    </button>
                    <button type="button" className="link-button" onClick={() => setEditing({ name: 'remove', category })}>
                      Remove<span className="visually-hidden"> {category.name}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CategoryForm onDone={setSaid} />
    </section>
  );
}

/** Findings with the category keep their text and become uncategorised: said before, and counted after. */
function RemoveCategory({ category, onDone }: { category: FindingCategory; onDone: (message: string) => void }) {
  const removeCategory = usePlan((state) => state.removeCategory);
  const busy = usePlan(selectBusy);
  const [problem, setProblem] = useState('');
  const heading = useFocusOnOpen<HTMLHeadingElement>();

  async function remove() {
    const outcome = await removeCategory(category.id);
    if (!outcome.ok) return setProblem(outcome.error.message);
    const count = outcome.value.uncategorised;
    onDone(`Removed ${category.name}.${count > 0 ? ` ${findingsText(count)} now uncategorised.` : ''}`);
  }

  return (
    <div className="ap-inset" role="group" aria-labelledby="ap-remove-category-heading">
      <h2 id="ap-remove-category-heading" ref={heading} tabIndex={-1}>Remove {category.name}?</h2>
      <p>{categoryRemovalText(category.name, category.findings)}</p>
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="button-group">
        <button type="button" className="button button-warning" disabled={busy} onClick={() => void remove()}>
          Yes, remove {category.name}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
    </div>
  );
}

import { personRoleLabels } from '../../../shared/reviews/catalogue';
import type { Person } from '../../../shared/reviews/types';
import { formatLocalDate, parseLocalDate } from '../../../shared/deadlines/local-date';

function roleText(person: Person): string {
  const parts = [personRoleLabels[person.role], person.relationship, person.practitionerRole, person.agency].filter(Boolean);
  return parts.join(', ');
}

export const editButtonId = (person: Person) => `person-edit-${person.id}`;
export const removeButtonId = (person: Person) => `person-remove-${person.id}`;

interface PeopleTableProps {
  people: Person[];
  onEdit: (person: Person) => void;
  onRemove: (person: Person) => void;
}

export function PeopleTable({ people, onEdit, onRemove }: PeopleTableProps) {
  return (
    <table className="table table-wide">
      <caption className="table-caption">People in this review</caption>
      <thead>
        <tr>
          <th scope="col">Real name</th>
          <th scope="col">Role</th>
          <th scope="col">Pseudonym</th>
          <th scope="col">Date of birth</th>
          <th scope="col">Aliases and spellings</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.id}>
            <th scope="row">{person.name}</th>
            <td>{roleText(person)}</td>
            <td>{person.pseudonym}</td>
            <td>{person.dateOfBirth ? formatLocalDate(parseLocalDate(person.dateOfBirth), 'short') : '—'}</td>
            <td>{person.aliases.length > 0 ? person.aliases.join(', ') : '—'}</td>
            <td>
              <div className="button-group">
                {/* The hidden words make each button's name unique: "Edit Kerry Hartwell (Mother)". */}
                <button id={editButtonId(person)} type="button" className="link-button" onClick={() => onEdit(person)}>
                  Edit<span className="visually-hidden"> {person.name} ({person.pseudonym})</span>
                </button>
                <button id={removeButtonId(person)} type="button" className="link-button" onClick={() => onRemove(person)}>
                  Remove<span className="visually-hidden"> {person.name} ({person.pseudonym})</span>
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

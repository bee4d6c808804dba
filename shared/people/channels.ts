/** A review's people register: real names with the pseudonyms that replace them. */
import { channel } from '../ipc/channel';
import { idInput, personAddInput, personPatchInput, reviewIdInput, suggestPseudonymInput } from '../reviews/schemas';
import type { Person } from '../reviews/types';

export const peopleChannels = {
  /** A review's people register, in the order they were added. Holds real names: never log it. */
  'people:list': channel<typeof reviewIdInput, Person[]>(reviewIdInput),
  /** Suggests a pseudonym when none is given. */
  'people:add': channel<typeof personAddInput, Person>(personAddInput),
  'people:update': channel<typeof personPatchInput, Person>(personPatchInput),
  'people:remove': channel<typeof idInput, { id: string }>(idInput),
  'people:suggest-pseudonym': channel<typeof suggestPseudonymInput, { pseudonym: string }>(suggestPseudonymInput),

};

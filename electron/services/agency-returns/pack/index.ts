/** The request pack for one agency: the chronology template and the covering letter, as export products. */
export { requestTemplateProduct } from './template';
export { coveringLetterProduct } from './letter';

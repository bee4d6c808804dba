/** Learning from the plan: the annual report tables and the 7-minute briefings with their dissemination log (issue #18). */
export { createBriefing, listBriefings, logDelivery, unlogDelivery } from './briefings';
export { annualReport, yearWords } from './annual';
export { annualProduct } from './annual-export';

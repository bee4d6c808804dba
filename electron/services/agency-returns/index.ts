/** Agency requests and returns (issue #16): the requests, the PRG's view across reviews, and the request pack. */
export { addRequest, editRequest, listRequests, recordRequest, reopenRequest } from './request-service';
export { answerRequest, sameAgency } from './received';
export { overviewExport, returnsOverview } from './overview';
export { packProducts, writePack } from './request-pack';

/** The project's resources/ folder, seen from the CLI: the same folder the services use. */
export { resourcesDir } from '../services/resources';

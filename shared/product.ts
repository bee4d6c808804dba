/** Names the user sees. Kept in one place so the window title, CLI and PDFs agree. */
export const productName = 'Practice Review Workspace';
export const cliName = 'prw';

/** The areas of the app, in navigation order. */
export const areas = [
  { id: 'reviews', label: 'Reviews' },
  { id: 'chronology', label: 'Chronology' },
  { id: 'terms', label: 'Terms of reference' },
  { id: 'interviews', label: 'Interviews' },
  { id: 'findings', label: 'Findings' },
  { id: 'report', label: 'Report' },
  { id: 'actions', label: 'Action plan' },
] as const;

export type AreaId = (typeof areas)[number]['id'];
export const areaIds = areas.map((area) => area.id) as [AreaId, ...AreaId[]];

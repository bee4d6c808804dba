import { workspaceExtension, type WorkspaceSummary } from '../../../shared/workspace';

/** "…/Review 2025-03.review" → "Review 2025-03": the name the user gave, from a path on any OS. */
export function workspaceNameFromPath(path: string): string {
  const folder = path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? path;
  return folder.endsWith(workspaceExtension) ? folder.slice(0, -workspaceExtension.length) : folder;
}

export function summaryFromPath(path: string): WorkspaceSummary {
  return { path, name: workspaceNameFromPath(path) };
}

/** Where the create wizard will put the workspace, shown before it does (display only). */
export function plannedPath(parentDir: string, name: string): string {
  const separator = parentDir.includes('\\') && !parentDir.includes('/') ? '\\' : '/';
  return `${parentDir.replace(/[\\/]+$/, '')}${separator}${name.trim()}${workspaceExtension}`;
}

/**
 * What the themes show: one theme's excerpts across every conversation (filterable by agency and
 * role), how often themes occur together, and the excerpts left with no theme.
 */
import type { ExcerptInList } from '../../../shared/interviews/channels';
import type { CoOccurrence, ThemeView } from '../../../shared/interviews/model';
import { read, requireReview, type Kernel } from '../kernel';
import { conversationLabels } from './conversation-repository';
import { excerptShower } from './excerpts';
import { linksOf } from './links';
import { listThemes as themeRows, reviewExcerpts, shownTheme, themeExcerpts } from './theme-repository';
import { requireTheme, treeOrder } from './themes';

export function themeView(kernel: Kernel, input: { id: string; agency?: string | undefined; role?: string | undefined }): ThemeView {
  return read(kernel, (db) => {
    const theme = shownTheme(requireTheme(db, input.id));
    const labels = conversationLabels(db, theme.reviewId);
    const links = linksOf(kernel, db, theme.reviewId);
    const show = excerptShower(kernel, db, theme.reviewId, links);
    const all = themeExcerpts(db, theme.id).map((excerpt) => ({ ...show(excerpt), conversation: labels.get(excerpt.conversationId) ?? '' }));
    const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en-GB'));
    const excerpts = all.filter((excerpt) => (!input.agency || excerpt.agencies.includes(input.agency)) && (!input.role || excerpt.roles.includes(input.role)));
    return { theme, links: links.get(theme.id) ?? [], excerpts, agencies: sorted(all.flatMap((e) => e.agencies)), roles: sorted(all.flatMap((e) => e.roles)) };
  });
}

/**
 * Two themes occur together when they code the same excerpt, or excerpts whose text overlaps in
 * the same notes. The diagonal is each theme's own count of excerpts.
 */
export function coOccurrence(kernel: Kernel, reviewId: string): CoOccurrence {
  return read(kernel, (db) => {
    requireReview(db, reviewId);
    const themes = treeOrder(themeRows(db, reviewId)).map(({ id, name, parentId, colour }) => ({ id, name, parentId, colour }));
    const index = new Map(themes.map((theme, i) => [theme.id, i]));
    const counts = themes.map(() => themes.map(() => 0));
    const pair = (a: string[], b: string[], same: boolean) => {
      for (const x of a) {
        for (const y of b) {
          const i = index.get(x);
          const j = index.get(y);
          if (i === undefined || j === undefined || (same && x === y)) continue;
          if (i === j) continue;
          counts[i]![j]! += 1;
        }
      }
    };
    const byConversation = new Map<string, ReturnType<typeof reviewExcerpts>>();
    for (const excerpt of reviewExcerpts(db, reviewId)) {
      for (const id of excerpt.themeIds) {
        const i = index.get(id);
        if (i !== undefined) counts[i]![i]! += 1;
      }
      pair(excerpt.themeIds, excerpt.themeIds, true);
      if (!excerpt.orphaned) byConversation.set(excerpt.conversationId, [...(byConversation.get(excerpt.conversationId) ?? []), excerpt]);
    }
    for (const excerpts of byConversation.values()) {
      // Sorted by start: each excerpt meets only those that start before it ends.
      for (let a = 0; a < excerpts.length; a++) {
        for (let b = a + 1; b < excerpts.length && excerpts[b]!.anchor.start < excerpts[a]!.anchor.end; b++) {
          const first = excerpts[a]!.themeIds;
          const second = excerpts[b]!.themeIds.filter((id) => !first.includes(id));
          pair(first.filter((id) => !excerpts[b]!.themeIds.includes(id)), second, false);
          pair(second, first.filter((id) => !excerpts[b]!.themeIds.includes(id)), false);
        }
      }
    }
    return { themes, counts };
  });
}

export function uncodedExcerpts(kernel: Kernel, reviewId: string): ExcerptInList[] {
  return read(kernel, (db) => {
    requireReview(db, reviewId);
    const labels = conversationLabels(db, reviewId);
    const show = excerptShower(kernel, db, reviewId);
    return reviewExcerpts(db, reviewId)
      .filter((excerpt) => excerpt.themeIds.length === 0)
      .map((excerpt) => ({ ...show(excerpt), conversation: labels.get(excerpt.conversationId) ?? '' }));
  });
}

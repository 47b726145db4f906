// What to call each article where an event's outlets are compared. Columns and differences name outlets, and one
// outlet may have several articles in an event (a first report and a follow-up): "Only Pulsepoint reports this;
// Pulsepoint does not" would make no sense, so those articles are told apart by their date, or by number.
import { formatArticleDate } from "./format-date";

export interface LabelledArticle {
  id: number;
  outlet: string;
  publishedAt: string | null;
}

/** The label of each article, in the order given: its outlet's name, with a date or a number when the outlet has several. */
export function articleLabels(articles: readonly LabelledArticle[]): string[] {
  const byOutlet = new Map<string, LabelledArticle[]>();
  for (const a of articles) {
    const group = byOutlet.get(a.outlet);
    if (group) group.push(a);
    else byOutlet.set(a.outlet, [a]);
  }
  const labelOf = new Map<LabelledArticle, string>();
  for (const [outlet, group] of byOutlet) {
    if (group.length === 1) {
      labelOf.set(group[0]!, outlet);
      continue;
    }
    const ordered = [...group].sort((x, y) => when(x) - when(y) || x.id - y.id);
    // Each article by its day if no other has it, else by its day and time if those are its alone; the rest numbered
    // 1, 2, … in date order.
    const times = ordered.map((a) => formatArticleDate(a.publishedAt));
    const days = ordered.map((a, i) => dayOf(a, times[i]!));
    const unique = (names: (string | null)[], i: number) => names[i] !== null && names.filter((n) => n === names[i]).length === 1;
    const dated = ordered.map((_, i) => (unique(days, i) ? days[i]! : unique(times, i) && times[i] !== days[i] ? times[i]! : null));
    let n = 0;
    ordered.forEach((a, i) => labelOf.set(a, `${outlet} (${dated[i] ?? `article ${++n}`})`));
  }
  return articles.map((a) => labelOf.get(a)!);
}

/** When an article came out, as a number to sort by: undated last. (A stamp with no zone is read as UTC, on the server and in any browser alike.) */
function when(a: LabelledArticle): number {
  const stamp = a.publishedAt?.trim() ?? "";
  const t = Date.parse(/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(stamp) ? `${stamp}Z` : stamp);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** The day an article came out ("7 Mar 2025"), from its date as shown; the date as the outlet gave it when it is not ISO. */
function dayOf(a: LabelledArticle, shown: string | null): string | null {
  return shown !== null && shown !== a.publishedAt?.trim() ? shown.split(", ")[0]! : shown;
}

/** The labels of an event's articles as the pages hold them, by article id. */
export function articleLabelsById(articles: readonly { id: number; outlet: { name: string }; publishedAt: string | null }[]): Map<number, string> {
  const labels = articleLabels(articles.map((a) => ({ id: a.id, outlet: a.outlet.name, publishedAt: a.publishedAt })));
  return new Map(articles.map((a, i) => [a.id, labels[i]!]));
}

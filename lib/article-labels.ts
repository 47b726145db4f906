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
  for (const a of articles) byOutlet.set(a.outlet, [...(byOutlet.get(a.outlet) ?? []), a]);
  const labelOf = new Map<LabelledArticle, string>();
  for (const [outlet, group] of byOutlet) {
    if (group.length === 1) {
      labelOf.set(group[0]!, outlet);
      continue;
    }
    // Date order (ISO strings compare as dates), undated last, then import order.
    const when = (a: LabelledArticle) => a.publishedAt ?? "\uffff";
    const ordered = [...group].sort((x, y) => (when(x) < when(y) ? -1 : when(x) > when(y) ? 1 : x.id - y.id));
    const days = ordered.map((a) => formatArticleDate(a.publishedAt)?.split(", ")[0] ?? null);
    const times = ordered.map((a) => formatArticleDate(a.publishedAt));
    const tellApart = [days, times].find((names) => names.every((n) => n !== null) && new Set(names).size === names.length);
    ordered.forEach((a, i) => labelOf.set(a, `${outlet} (${tellApart ? tellApart[i] : `article ${i + 1}`})`));
  }
  return articles.map((a) => labelOf.get(a)!);
}

/** The labels of an event's articles as the pages hold them, by article id. */
export function articleLabelsById(articles: readonly { id: number; outlet: { name: string }; publishedAt: string | null }[]): Map<number, string> {
  const labels = articleLabels(articles.map((a) => ({ id: a.id, outlet: a.outlet.name, publishedAt: a.publishedAt })));
  return new Map(articles.map((a, i) => [a.id, labels[i]!]));
}

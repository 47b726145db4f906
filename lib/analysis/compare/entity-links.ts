// Which entities of different articles are the same: "Julian Assange" in one outlet and "Assange" in another,
// "U.S. intelligence community" and "intelligence community". Names are compared folded (case, dots, "the").
import { GENERATION_SUFFIXES } from "../lexicon";
import type { EntityKind } from "../types";
import type { CompareArticle } from "./types";

/** Folded form of a name: "The U.S. Intelligence Community" → "us intelligence community". */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[.’']/g, "")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Folded name with a leading country qualifier dropped ("us intelligence community" → "intelligence community"). */
function unqualified(folded: string): string {
  return folded.replace(/^(?:us|u s|american|federal)\s+/, "");
}

export interface EntityLinks {
  /** Event-wide id of an article's entity ("e3" of article 1 → "g7"). */
  globalId(article: number, entityKey: string): string;
  /** Display name of an event-wide entity: the longest canonical name any article gives it. */
  nameOf(globalId: string): string;
  kindOf(globalId: string): EntityKind;
}

/** Links the entities of an event's articles by name. A one-word name links only when it is unambiguous. */
export function linkEntities(articles: readonly CompareArticle[]): EntityLinks {
  const nodes: { article: number; key: string; name: string; kind: EntityKind; names: string[] }[] = [];
  const nodeIndex = new Map<string, number>();
  articles.forEach((a, ai) => {
    for (const e of a.analysis.entities) {
      nodeIndex.set(`${ai}:${e.key}`, nodes.length);
      const names = [e.name, ...e.aliases].map(foldName).filter((n) => n.length > 0);
      nodes.push({ article: ai, key: e.key, name: e.name, kind: e.kind, names: [...new Set(names)] });
    }
  });

  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[rb] = ra;
  };

  // Full names (two words or more) link whoever uses them; a folded name with its qualifier dropped too.
  const byFullName = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    for (const n of nodes[i]!.names) {
      for (const form of new Set([n, unqualified(n)])) {
        if (!form.includes(" ")) continue;
        const seen = byFullName.get(form);
        if (seen === undefined) byFullName.set(form, i);
        else union(seen, i);
      }
    }
  }
  // A person's two-word name links to the one group that gives the same person a middle name or initial ("Hillary
  // Clinton" and "Hillary Rodham Clinton", "Michael Flynn" and "Michael T. Flynn"); with two such groups ("George
  // W. Bush", "George H. W. Bush") it links to neither. A generational suffix must agree: "Jesse L. Jackson" is not
  // "Jesse Jackson Jr.".
  const firstAndLast = (words: string[]) => {
    const suffix = GENERATION_SUFFIXES.has(words[words.length - 1]!) ? words[words.length - 1]! : null;
    const core = suffix ? words.slice(0, -1) : words;
    return { key: [core[0], core[core.length - 1], suffix].filter(Boolean).join(" "), middle: core.length > 2, suffix };
  };
  // (Not people named together, "mitt romney and paul ryan": a group, which no one person's name should reach.)
  const together = (name: string) => / and /.test(name);
  const personNames = nodes.map((node) => (node.kind === "person" ? node.names.filter((n) => !together(n)).map((n) => firstAndLast(n.split(" "))) : []));
  const byFirstAndLast = new Map<string, Set<number>>();
  personNames.forEach((named, i) => {
    for (const { key, middle } of named) {
      if (!middle) continue;
      if (!byFirstAndLast.has(key)) byFirstAndLast.set(key, new Set());
      byFirstAndLast.get(key)!.add(i);
    }
  });
  personNames.forEach((named, i) => {
    // A node that is somebody "Jr." anywhere ("Jesse Jackson Jr.", also called "Jesse Jackson") looks only for
    // that person.
    const suffix = named.find((x) => x.suffix)?.suffix ?? null;
    for (const { key, middle, suffix: own } of named) {
      if (middle) continue;
      const groups = new Set([...(byFirstAndLast.get(own || !suffix ? key : `${key} ${suffix}`) ?? [])].map(find));
      if (groups.size === 1) union([...groups][0]!, i);
    }
  });
  // A node known only by one word: that word, else null.
  const oneWord = nodes.map((node) => (node.names.some((n) => n.includes(" ")) ? null : (node.names[0] ?? null)));
  // The same one-word name in several articles ("Obamacare", "ObamaCare") is one entity, whatever else it may link to.
  const byOneWordName = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const word = oneWord[i];
    if (!word) continue;
    const seen = byOneWordName.get(word);
    if (seen === undefined) byOneWordName.set(word, i);
    else union(seen, i);
  }
  // One-word names ("Assange", "WikiLeaks"): link to the one group whose names end with that word.
  const groupsByLastWord = new Map<string, Set<number>>();
  for (let i = 0; i < nodes.length; i++) {
    for (const n of nodes[i]!.names) {
      if (nodes[i]!.kind === "person" && together(n)) continue;
      const last = n.slice(n.lastIndexOf(" ") + 1);
      if (!groupsByLastWord.has(last)) groupsByLastWord.set(last, new Set());
      groupsByLastWord.get(last)!.add(find(i));
    }
  }
  for (let i = 0; i < nodes.length; i++) {
    const word = oneWord[i];
    if (!word) continue;
    const groups = [...(groupsByLastWord.get(word) ?? [])].map(find).filter((g) => g !== find(i));
    const distinct = [...new Set(groups)];
    if (distinct.length === 1) union(distinct[0]!, i);
  }

  const names = new Map<number, string>();
  const kinds = new Map<number, EntityKind>();
  for (let i = 0; i < nodes.length; i++) {
    const root = find(i);
    const current = names.get(root);
    if (current === undefined || nodes[i]!.name.length > current.length) names.set(root, nodes[i]!.name);
    if (!kinds.has(root) || kinds.get(root) === "other") kinds.set(root, nodes[i]!.kind);
  }
  const rootOf = (globalId: string) => Number(globalId.slice(1));
  return {
    globalId(article, entityKey) {
      const i = nodeIndex.get(`${article}:${entityKey}`);
      return i === undefined ? `x${article}:${entityKey}` : `g${find(i)}`;
    },
    nameOf: (globalId) => names.get(rootOf(globalId)) ?? "",
    kindOf: (globalId) => kinds.get(rootOf(globalId)) ?? "other",
  };
}

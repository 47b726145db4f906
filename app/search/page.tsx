import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { searchArchive } from "@/db/queries/search";
import { SearchResultsView } from "@/components/search-results";

// Reads the live database on every request: never prerendered at build time.
export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<{ q?: string | string[] }>;
}

const queryOf = async (searchParams: Props["searchParams"]) => {
  const q = (await searchParams).q;
  return (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200) ?? "";
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = await queryOf(searchParams);
  return { title: q ? `Search: ${q}` : "Search" };
}

/** /search?q=…: claims and articles whose words match, each linking to the claim in context. */
export default async function SearchPage({ searchParams }: Props) {
  const q = await queryOf(searchParams);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{q ? <>Search results for “{q}”</> : "Search"}</h1>
      {q ? <SearchResultsView results={searchArchive(getDb(), q)} /> : <p className="text-muted">Type words from a claim or an article in the search box above.</p>}
    </div>
  );
}

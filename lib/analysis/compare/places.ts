// Countries under their other names: the adjective ("Russian"), the capital or seat of power standing for the
// state ("Moscow", "the Kremlin"). Outlets switch between them; alignment should not see different words.
const COUNTRY_FORMS: Record<string, string> = {
  russia: "russian moscow kremlin",
  china: "chinese beijing",
  ukraine: "ukrainian kyiv kiev",
  iran: "iranian tehran",
  israel: "israeli",
  "united kingdom": "uk britain british",
  france: "french paris elysee",
  germany: "german berlin",
  "north korea": "north korean pyongyang",
  "south korea": "south korean seoul",
  syria: "syrian damascus",
  mexico: "mexican",
  canada: "canadian ottawa",
  japan: "japanese tokyo",
  india: "indian",
  "saudi arabia": "saudi riyadh",
  turkey: "turkish ankara",
  iraq: "iraqi baghdad",
  afghanistan: "afghan kabul",
  pakistan: "pakistani islamabad",
  egypt: "egyptian cairo",
  cuba: "cuban havana",
  venezuela: "venezuelan caracas",
  "united states": "us usa america american",
};

const COUNTRY_OF = new Map<string, string>();
for (const [country, forms] of Object.entries(COUNTRY_FORMS)) {
  COUNTRY_OF.set(country, country);
  for (const f of forms.split(" ")) COUNTRY_OF.set(f, country);
}
/** The country a folded name or word stands for ("moscow" → "russia"), or null. */
export function countryOf(folded: string): string | null {
  return COUNTRY_OF.get(folded) ?? null;
}

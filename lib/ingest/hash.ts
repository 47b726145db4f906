// A fingerprint of an article's text, stable under re-scraping: whitespace and letter case do not count.
import { createHash } from "node:crypto";
import { foldText } from "./normalize";

/** sha256 (hex) of the folded title and body. */
export function contentHash(article: { title: string | null; body: string }): string {
  // JSON keeps title and body apart, so moving words between them changes the hash.
  const canonical = JSON.stringify([foldText(article.title ?? ""), foldText(article.body)]);
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

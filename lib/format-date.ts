// Article dates are stored as the outlet gave them: "2017-02-14", "2017-02-14T08:59:00" or with an offset.
// Show them as written, in the outlet's own clock, without converting to the reader's zone.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function formatArticleDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = ISO.exec(iso.trim());
  if (!m) return iso;
  const [, year, month, day, hour, minute, zone] = m;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) return iso;
  const date = `${Number(day)} ${monthName} ${year}`;
  if (hour === undefined || minute === undefined) return date;
  const zoneLabel = zone === undefined ? "" : zone === "Z" ? " UTC" : ` UTC${zone.replace(/:00$/, "").replace(/^([+-])0/, "$1")}`;
  return `${date}, ${hour}:${minute}${zoneLabel}`;
}

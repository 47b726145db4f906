// The whole Parallax domain in one Drizzle schema. Timestamps are ISO 8601 strings (UTC, from the database clock
// or the app); article dates are kept as the outlet printed them, normalised to ISO but not to UTC.
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  CLAIM_KINDS,
  DIFFERENCE_TYPES,
  ENTITY_KINDS,
  PROPOSITION_CATEGORIES,
  QUOTE_TYPES,
  SECTIONS as CLAIM_SECTIONS,
} from "../lib/analysis/types";

export { CLAIM_KINDS, CLAIM_SECTIONS, DIFFERENCE_TYPES, ENTITY_KINDS, PROPOSITION_CATEGORIES, QUOTE_TYPES };

const timestamp = (name: string) =>
  text(name)
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);
const createdAt = () => timestamp("created_at");
const updatedAt = () => timestamp("updated_at");

export const USER_ROLES = ["admin", "fact_checker", "reader"] as const;
export const ORIGINS = ["auto", "manual"] as const;
export const FACT_CHECK_STATUSES = ["draft", "in_review", "published"] as const;
export const IMPORT_JOB_STATUSES = ["queued", "running", "done", "failed"] as const;
export const IMPORT_ITEM_STATUSES = ["pending", "imported", "duplicate", "failed"] as const;

// ---------------------------------------------------------------- people and access

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    name: text("name"),
    role: text("role", { enum: USER_ROLES }).notNull().default("reader"),
    passwordHash: text("password_hash").notNull(),
    disabledAt: text("disabled_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(sql`lower(${t.email})`)],
);
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export const sessions = sqliteTable(
  "sessions",
  {
    // sha-256 of the cookie token: a stolen database does not hand out live sessions.
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: text("expires_at").notNull(),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);
export type Session = typeof sessions.$inferSelect;

// ---------------------------------------------------------------- outlets, events, articles

export const outlets = sqliteTable(
  "outlets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    domain: text("domain"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("outlets_name_unique").on(sql`lower(${t.name})`),
    uniqueIndex("outlets_domain_unique").on(t.domain),
  ],
);
export type Outlet = typeof outlets.$inferSelect;

export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    summary: text("summary"),
    // Event grouping (lib/analysis/events.ts): length of the centroid in event_terms, and the publication days
    // (days since 1970) of its earliest and latest dated article.
    centroidNorm: real("centroid_norm").notNull().default(0),
    // Bumped by every change to the event's stored comparison: what caches of it are keyed by.
    comparisonVersion: integer("comparison_version").notNull().default(0),
    firstDay: integer("first_day"),
    lastDay: integer("last_day"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("events_updated_idx").on(t.updatedAt),
    index("events_title_idx").on(sql`lower(${t.title})`),
  ],
);
export type Event = typeof events.$inferSelect;

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    outletId: integer("outlet_id")
      .notNull()
      .references(() => outlets.id, { onDelete: "restrict" }),
    eventId: integer("event_id").references(() => events.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    subtitle: text("subtitle"),
    author: text("author"),
    publishedAt: text("published_at"),
    sourceUpdatedAt: text("source_updated_at"),
    url: text("url"),
    // The cleaned body: paragraphs joined by a blank line. Never rewritten after import, because claims and
    // fact-checks anchor to character offsets in it.
    body: text("body").notNull(),
    contentHash: text("content_hash").notNull(),
    wordCount: integer("word_count").notNull(),
    importedBy: integer("imported_by").references(() => users.id, { onDelete: "set null" }),
    importedAt: timestamp("imported_at"),
    // The claim engine version that last analysed it; null when it has never been analysed.
    // The article's event-grouping signature (term → weight), kept to move it between events.
    signature: text("signature", { mode: "json" }).$type<[string, number][]>(),
    analyzerVersion: text("analyzer_version"),
  },
  (t) => [
    uniqueIndex("articles_content_hash_unique").on(t.contentHash),
    uniqueIndex("articles_url_unique").on(t.url),
    index("articles_outlet_idx").on(t.outletId),
    index("articles_event_idx").on(t.eventId),
    index("articles_imported_by_idx").on(t.importedBy),
    index("articles_published_idx").on(t.publishedAt),
    index("articles_analyzer_version_idx").on(t.analyzerVersion),
  ],
);
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;

// ---------------------------------------------------------------- entities

export const entities = sqliteTable(
  "entities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    kind: text("kind", { enum: ENTITY_KINDS }).notNull(),
    description: text("description"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("entities_name_kind_unique").on(sql`lower(${t.name})`, t.kind)],
);
export type Entity = typeof entities.$inferSelect;

export const entityAliases = sqliteTable(
  "entity_aliases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    // lower-cased, punctuation-folded form used for lookups
    normalized: text("normalized").notNull(),
  },
  (t) => [
    uniqueIndex("entity_aliases_entity_normalized_unique").on(t.entityId, t.normalized),
    index("entity_aliases_normalized_idx").on(t.normalized),
  ],
);
export type EntityAlias = typeof entityAliases.$inferSelect;

// Where an entity is mentioned in an article, with the role or title that outlet gives it there
// ("then the head of the CIA").
export const entityMentions = sqliteTable(
  "entity_mentions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    section: text("section", { enum: CLAIM_SECTIONS }).notNull().default("body"),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    text: text("text").notNull(),
    role: text("role"),
    analyzerVersion: text("analyzer_version"),
  },
  (t) => [
    index("entity_mentions_article_idx").on(t.articleId),
    index("entity_mentions_entity_idx").on(t.entityId),
  ],
);
export type EntityMention = typeof entityMentions.$inferSelect;

// ---------------------------------------------------------------- claims

export const claims = sqliteTable(
  "claims",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    // Which text the span indexes: the headline, the dek or the body.
    section: text("section", { enum: CLAIM_SECTIONS }).notNull().default("body"),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    exact: text("exact").notNull(),
    kind: text("kind", { enum: CLAIM_KINDS }).notNull(),
    sourceEntityId: integer("source_entity_id").references(() => entities.id, {
      onDelete: "set null",
    }),
    // The source as this article words it ("the organization"), and the role it gives ("founder").
    sourceText: text("source_text"),
    sourceRole: text("source_role"),
    cue: text("cue"),
    content: text("content").notNull(),
    quoteType: text("quote_type", { enum: QUOTE_TYPES }).notNull().default("none"),
    hedged: integer("hedged", { mode: "boolean" }).notNull().default(false),
    hedges: text("hedges", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    checkWorthiness: real("check_worthiness").notNull().default(0),
    origin: text("origin", { enum: ORIGINS }).notNull().default("auto"),
    // Set when a person dismisses or edits an engine claim: re-analysis keeps such claims as they are.
    dismissedAt: text("dismissed_at"),
    editedAt: text("edited_at"),
    analyzerVersion: text("analyzer_version"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("claims_article_idx").on(t.articleId, t.section, t.start),
    index("claims_source_entity_idx").on(t.sourceEntityId),
    index("claims_created_by_idx").on(t.createdBy),
    index("claims_check_worthiness_idx").on(t.checkWorthiness),
    check("claims_span_valid", sql`${t.start} >= 0 AND ${t.end} >= ${t.start}`),
  ],
);
export type Claim = typeof claims.$inferSelect;
export type NewClaim = typeof claims.$inferInsert;

// Who a blame claim blames.
export const claimBlamed = sqliteTable(
  "claim_blamed",
  {
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    entityId: integer("entity_id").references(() => entities.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.position] }),
    index("claim_blamed_entity_idx").on(t.entityId),
  ],
);

// ---------------------------------------------------------------- event grouping

// Document frequency of each term over the archive: the IDF of event grouping.
export const termStats = sqliteTable("term_stats", {
  term: text("term").primaryKey(),
  df: integer("df").notNull(),
});

// Each event's centroid, one row per term; looked up by term to find the events a new article may belong to.
export const eventTerms = sqliteTable(
  "event_terms",
  {
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    term: text("term").notNull(),
    weight: real("weight").notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.term] }), index("event_terms_term_idx").on(t.term)],
);

// ---------------------------------------------------------------- propositions and differences

export const propositions = sqliteTable(
  "propositions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    category: text("category", { enum: PROPOSITION_CATEGORIES }).notNull(),
    origin: text("origin", { enum: ORIGINS }).notNull().default("auto"),
    analyzerVersion: text("analyzer_version"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("propositions_event_idx").on(t.eventId, t.category),
    index("propositions_created_by_idx").on(t.createdBy),
  ],
);
export type Proposition = typeof propositions.$inferSelect;

// A claim belongs to at most one proposition. `origin` = manual marks a person's decision (merge/split) that
// re-analysis must keep.
export const propositionClaims = sqliteTable(
  "proposition_claims",
  {
    propositionId: integer("proposition_id")
      .notNull()
      .references(() => propositions.id, { onDelete: "cascade" }),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    origin: text("origin", { enum: ORIGINS }).notNull().default("auto"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.propositionId, t.claimId] }),
    uniqueIndex("proposition_claims_claim_unique").on(t.claimId),
    index("proposition_claims_created_by_idx").on(t.createdBy),
  ],
);

export const differences = sqliteTable(
  "differences",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    propositionId: integer("proposition_id")
      .notNull()
      .references(() => propositions.id, { onDelete: "cascade" }),
    type: text("type", { enum: DIFFERENCE_TYPES }).notNull(),
    explanation: text("explanation").notNull(),
    // The claims compared and the word-level diff, as the comparison engine produced them.
    claimIds: text("claim_ids", { mode: "json" }).$type<number[]>().notNull().default(sql`'[]'`),
    detail: text("detail", { mode: "json" }).$type<unknown>(),
    origin: text("origin", { enum: ORIGINS }).notNull().default("auto"),
    dismissedAt: text("dismissed_at"),
    analyzerVersion: text("analyzer_version"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("differences_proposition_idx").on(t.propositionId),
    index("differences_type_idx").on(t.type),
    index("differences_created_by_idx").on(t.createdBy),
  ],
);
export type Difference = typeof differences.$inferSelect;

// Differences people dismissed, by what they compare (type + claim spans, see db/queries/comparison.ts): the engine
// recreates differences on every run, and a dismissal must outlive them.
export const differenceDismissals = sqliteTable(
  "difference_dismissals",
  {
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    dismissedBy: integer("dismissed_by").references(() => users.id, { onDelete: "set null" }),
    dismissedAt: timestamp("dismissed_at"),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.key] }), index("difference_dismissals_user_idx").on(t.dismissedBy)],
);

// ---------------------------------------------------------------- fact-checks

export const ratings = sqliteTable(
  "ratings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    label: text("label").notNull(),
    color: text("color").notNull(),
    // Position on the scale: higher is truer. ClaimReview's ratingValue.
    value: integer("value").notNull(),
    retiredAt: text("retired_at"),
  },
  (t) => [uniqueIndex("ratings_label_unique").on(sql`lower(${t.label})`)],
);
export type Rating = typeof ratings.$inferSelect;

export const factChecks = sqliteTable(
  "fact_checks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    claimId: integer("claim_id").references(() => claims.id, { onDelete: "cascade" }),
    propositionId: integer("proposition_id").references(() => propositions.id, {
      onDelete: "cascade",
    }),
    ratingId: integer("rating_id").references(() => ratings.id, { onDelete: "restrict" }),
    explanation: text("explanation").notNull().default(""),
    status: text("status", { enum: FACT_CHECK_STATUSES }).notNull().default("draft"),
    // Optimistic concurrency: a save names the version it started from.
    version: integer("version").notNull().default(1),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    assigneeId: integer("assignee_id").references(() => users.id, { onDelete: "set null" }),
    publishedAt: text("published_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("fact_checks_claim_idx").on(t.claimId),
    index("fact_checks_proposition_idx").on(t.propositionId),
    index("fact_checks_rating_idx").on(t.ratingId),
    index("fact_checks_author_idx").on(t.authorId),
    index("fact_checks_assignee_idx").on(t.assigneeId),
    index("fact_checks_status_idx").on(t.status),
    check(
      "fact_checks_one_target",
      sql`(${t.claimId} IS NOT NULL) + (${t.propositionId} IS NOT NULL) = 1`,
    ),
  ],
);
export type FactCheck = typeof factChecks.$inferSelect;

export const factCheckEvidence = sqliteTable(
  "fact_check_evidence",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    factCheckId: integer("fact_check_id")
      .notNull()
      .references(() => factChecks.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    url: text("url").notNull(),
    note: text("note").notNull().default(""),
  },
  (t) => [uniqueIndex("fact_check_evidence_position_unique").on(t.factCheckId, t.position)],
);

export interface FactCheckSnapshot {
  ratingId: number | null;
  explanation: string;
  status: (typeof FACT_CHECK_STATUSES)[number];
  evidence: { url: string; note: string }[];
}

// Every saved version of a fact-check, the current one included, so any of them can be restored.
export const factCheckRevisions = sqliteTable(
  "fact_check_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    factCheckId: integer("fact_check_id")
      .notNull()
      .references(() => factChecks.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    snapshot: text("snapshot", { mode: "json" }).$type<FactCheckSnapshot>().notNull(),
    editorId: integer("editor_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("fact_check_revisions_version_unique").on(t.factCheckId, t.version),
    index("fact_check_revisions_editor_idx").on(t.editorId),
  ],
);

// ---------------------------------------------------------------- imports and audit

export const importJobs = sqliteTable(
  "import_jobs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    status: text("status", { enum: IMPORT_JOB_STATUSES }).notNull().default("queued"),
    source: text("source").notNull(), // "upload", "ndjson", "cli", "url", ...
    total: integer("total").notNull().default(0),
    options: text("options", { mode: "json" }).$type<Record<string, unknown>>(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    finishedAt: text("finished_at"),
  },
  (t) => [
    index("import_jobs_status_idx").on(t.status),
    index("import_jobs_created_by_idx").on(t.createdBy),
  ],
);
export type ImportJob = typeof importJobs.$inferSelect;

export const importItems = sqliteTable(
  "import_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    jobId: integer("job_id")
      .notNull()
      .references(() => importJobs.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    label: text("label").notNull(), // file name, "line 12", URL
    status: text("status", { enum: IMPORT_ITEM_STATUSES }).notNull().default("pending"),
    // The item's input, kept from the job's creation until it is imported, so that a job interrupted by a crash
    // resumes from the database alone. Cleared once the item is done.
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>(),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    error: text("error"),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("import_items_position_unique").on(t.jobId, t.position),
    index("import_items_status_idx").on(t.jobId, t.status),
    index("import_items_article_idx").on(t.articleId),
  ],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: timestamp("at"),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(), // "article.import", "fact_check.save", ...
    subjectType: text("subject_type").notNull(),
    subjectId: integer("subject_id"),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [
    index("audit_log_subject_idx").on(t.subjectType, t.subjectId),
    index("audit_log_user_idx").on(t.userId),
    index("audit_log_at_idx").on(t.at),
  ],
);
export type AuditEntry = typeof auditLog.$inferSelect;

// The shapes pages, client components and the JSON API exchange: plain, serialisable data.

export interface OutletView {
  id: number;
  name: string;
  domain: string | null;
}

export interface ArticleView {
  id: number;
  title: string;
  subtitle: string | null;
  author: string | null;
  publishedAt: string | null;
  sourceUpdatedAt: string | null;
  url: string | null;
  wordCount: number;
  importedAt: string;
  outlet: OutletView;
  event: { id: number; title: string } | null;
  paragraphs: string[];
}

export interface EventSummary {
  id: number;
  title: string;
  summary: string | null;
  articleCount: number;
  outlets: string[];
  latestPublishedAt: string | null;
}

export interface EventDetail {
  id: number;
  title: string;
  summary: string | null;
  createdAt: string;
  articles: ArticleView[];
}

export interface ApiErrorBody {
  error: { code: string; message: string };
}

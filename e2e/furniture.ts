// Page furniture found in the raw sample articles; none of it may reach a page.
export const FURNITURE = [
  "Getty Images",
  "{mosads}",
  "Article Lead Image",
  "Flickr",
  "Share this article",
  "comment section",
  "join the discussion",
  "Tags Hillary",
  "Most Popular",
  "Load more",
  "See all Video",
  "First Published",
  "Posted on",
  "Updated at 8:59",
];

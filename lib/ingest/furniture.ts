// Line classifiers for page furniture: the text a scraper picks up around an article (share buttons, ad slots,
// photo credits, tag lists, comment notices, story lists). Each rule is written for the general shape of such
// lines across outlets, and guarded so that a real sentence that merely mentions "Getty Images" or "comments"
// is kept: furniture lines are short, and mostly lack sentence punctuation.

import { EMBED_SIGNATURE_SOURCE, mayBeSignature } from "../embed-signature";
import { creditLineKind } from "./credit-lines";
import { isRecordLine } from "./record-furniture";

export type FurnitureKind = "ui" | "related" | "credit" | "caption" | "tags" | "notice" | "copyright" | "trailer" | "contact" | "dateline";

// Template/ad-slot markers left inline by CMSs: {mosads}, {/mosads}, {{ad}}, [ad], [/embed]. Square brackets only
// for a known list, so editorial brackets such as "[sic]" or "[the president]" stay.
const INLINE_MARKER_RE =
  /\{\{[^{}\n]{0,40}\}\}|\{\/?[a-z][a-z0-9_-]*\}|\[\/?(?:ad|ads|advert|advertisement|adsense|dfp|mpu|banner|embed|sponsored|promo|newsletter|related|inline-?ad|ad-?slot)(?:\s[^\]\n]{0,60})?\]/gi;

/** Removes inline template/ad markers; returns the remaining text and the markers removed. */
export function stripInlineMarkers(line: string): { text: string; fragments: string[] } {
  const fragments: string[] = [];
  const text = line.replace(INLINE_MARKER_RE, (m) => {
    fragments.push(m);
    return " ";
  });
  return { text: fragments.length ? text.replace(/ {2,}/g, " ").trim() : line, fragments };
}

// --- UI lines: whole-line phrases --------------------------------------------------------------------------

const UI_PHRASES = [
  // sharing and saving
  // ("Kindly share this story:", "Share or comment on this article:")
  // ("Share this article in your social network")
  // ("Click to share on WhatsApp", "Tap to share on X": a share button's full label)
  "(?:(?:kindly|please|(?:click|tap) (?:here )?to) )?share(?: (?:or|and) comment(?: on)?)?(?: this)?(?: article| story| post| page| video| link)?(?: on [a-z]+| via [a-z]+| by (?:e-?mail|text|sms)| with [a-z ]+| (?:in|on|with) your social (?:networks?|media))?",
  // ("Print Edition": a button to the page as printed, or a label that the story ran in print)
  "tweet|pin it|copy(?: article)? link|link copied|copied|email(?: this)?(?: article| story)?|print(?: this)?(?: article| story| page| edition)?",
  "save(?: for later| article| story)?|saved|bookmark|gift(?: this)? article|unlock(?: this)? article",
  // (An embedded post's link to its site: "View this post on Instagram", "View this video on TikTok".)
  "view (?:this )?(?:post|photo|video|reel|profile) on (?:instagram|facebook|tiktok|x|twitter|threads|youtube)",
  // ("Unlock the Editor's Digest for free": a paywall's offer of a newsletter or a story)
  "unlock (?:the |this |our )?(?:[a-z']+ ){0,3}(?:article|story|digest|newsletter|briefing)(?: for free)?",
  // lists of other stories
  "most (?:popular|read|viewed|shared|emailed|commented|watched)(?: (?:stories|articles|news|videos?|now|today|this week|(?:on|from|at|in) [a-z0-9 .&'-]{1,40}))?",
  "(?:trending|popular)(?: now| today| stories| articles| news| topics| videos?)?",
  "(?:top|latest|more|other|recent|related|recommended|featured|editor's|editors'?|sponsored|partner) (?:stories|story|articles|news|headlines|videos?|posts|picks?|coverage|content|links|reads|topics)",
  "latest|related|recommended|featured|up next|just in|breaking news|don't miss|in case you missed it|you (?:may|might) (?:also )?like|what to read next|read (?:more|next|this next)|see also|also read|also on [a-z .]+|more from [a-z0-9 '&.-]{1,40}|more on this(?: story)?|next (?:article|story|up)|previous (?:article|story)",
  "(?:load|show|view|see|read) more(?: stories| articles| news| comments| videos?| results)?|more",
  // (A summary box's toggle, both its states printed: "More Less", "Read more / Read less".)
  "(?:(?:show|read|see|view) )?more ?(?:/ ?)?(?:(?:show|read|see|view) )?less",
  "(?:see|view|watch|browse) all(?: videos?| photos| stories| news| articles| coverage| results| topics| tags)?",
  "watch(?: now| more| video| live| the video)?|play(?: video)?|now playing|autoplay|replay|video|videos|photos?|gallery|view (?:photo )?gallery|open (?:this )?(?:photo|image|picture) in (?:the )?gallery|(?:photo|image|slide) \\d+ of \\d+|\\d+ of \\d+|\\d+ (?:photos|images)",
  // ad slots
  "(?:skip )?advertisement|advertisements|advertising|ad|ads|sponsored(?: content| post| stories| by [a-z0-9 '&.-]{1,40})?|paid (?:content|post|partnership)|promoted(?: content| stories)?|partner content",
  // ("Stage results powered by FirstCycling", "Live scores powered by Opta": a widget's data, the widget named before it)
  "(?:(?:(?:live|stage|race|match|election|final) )?(?:results|scores|stats|statistics|data|standings|tables?|odds|maps?|charts?|graphics|comments|search) )?(?:presented|brought to you|powered) by [a-z0-9 '&.-]{1,40}|click here(?: (?:for|to) [a-z0-9 '&.-]{1,50})?",
  "(?:advertisement[ -–—]*)?(?:story|article|text|content) continues (?:below|after)(?: (?:the )?(?:advertisement|this ad|ad))?",
  "(?:advertisement[ -–—]*)?(?:scroll|continue) (?:down )?to continue(?: reading| with content)?",
  "continue reading(?: below| the (?:main )?(?:story|article)| the rest of the story)?",
  "skip (?:to|past) (?:the )?(?:main )?(?:content|navigation|article|ad)|skip ad",
  // images
  "(?:article |story )?(?:lead|featured|hero|main|header|top) (?:image|photo)|enlarge(?: this)? image|(?:toggle|hide|show) caption|image|caption|fullscreen|full screen",
  // comments
  // ("412 View comments": the count before the button)
  // ("Closed": the comments' state under their count; "Article content": a newspaper chain's label between the story's blocks)
  "closed|article content|(?:\\d+ )?comments?(?: \\d+)?|(?:\\d[\\d,]* )?(?:show|view|read|see|load|hide|post|add|leave|write) (?:a |all |the )?(?:\\d+ )?comments?|be the first to comment|no comments(?: yet)?|join the (?:discussion|conversation)(?::? \\d+ comments?)?|conversation",
  // video players
  // ("LOADING ERROR LOADING": a player's status words, left in the text when its video did not load)
  "video ad feedback|ad feedback|(?:loading|error)(?: (?:loading|error))*|error loading (?:the )?(?:video|media|player|content)",
  // accounts, newsletters, following
  // ("Join now": a membership box's button)
  "(?:sign up|sign in|log ?in|log ?out|register|subscribe|join)(?: now| today| here| for free)?|subscribe to (?:our|the) newsletters?|sign up (?:for|to) (?:our|the) newsletters?|(?:our )?newsletters?(?: sign ?up)?|get (?:our|the) newsletter|follow(?: us)?(?: on [a-z]+)?",
  // (A share button's counter left without its number: "Facebook Count", "X (Twitter) Count".)
  "(?:facebook|x|twitter|x \\(twitter\\)|linkedin|whatsapp|reddit|pinterest|e-?mail) count",
  // a paywall's badge on a story: "Premium", "Subscribers only"
  "premium(?: (?:article|story|content))?|(?:for )?subscribers? only|for subscribers|subscriber[- ]only(?: article| story| content)?|exclusive to subscribers",
  "unsubscribe|manage (?:your )?(?:email |subscription )?(?:preferences|subscriptions?)|update (?:your )?preferences|view (?:this email )?in (?:your )?browser",
  // page chrome ("4 min read", "3-Minute Listen": how long the story takes to read or to hear)
  "(?:site |mobile |main |primary |global )*(?:navigation|nav|menu)|back to top|menu|search|home|close|open|expand|collapse|listen(?: to this (?:article|story))?|listen now|audio|(?:\\d+[- ])?min(?:ute)?s?(?: to)? read|\\d+[- ]min(?:ute)?s? (?:listen|watch)|reading time:? ?\\d+ min(?:ute)?s?|story highlights",
  // ("Normal text size | Larger text size": the buttons that set the page's text size; "AA Text Size", "A- A+ Text
  // size": with the buttons' letters before it)
  "(?:(?:a ?a|a- ?a\\+|a\\+ ?a-) )?(?:(?:normal|default|small|smaller|medium|large|larger|largest|very large|extra large|increase|decrease|reset) )?(?:font|text) ?size",
  // headings of tag lists
  "tags|tagged|topics|related topics|filed under|categories|keywords",
  // a fact-check's and an author box's headings
  "our (?:ruling|verdict|rating|sources)|about the (?:author|writer|reporter)s?|sources(?: and (?:notes|methodology))?",
  // a science-news page's tail: "Story Source:" over the press office's credit, "Journal Reference:" over the paper
  "story source|journal references?",
  // live blogs
  "what we know(?: so far)?|key (?:points|events|updates)|(?:live|latest) updates|(?:in )?summary|recap|show key events(?: only)?|(?:show|view) all (?:events|posts|updates)",
  // (A summary box's heading over its points: "In short:", "Quick Read", "Key takeaways".)
  "in (?:short|brief)|quick read|(?:the )?short version|at a glance|key takeaways|tl;?dr",
  // ("Live feed", "Summary of the day", and the player's notice "Please turn on JavaScript to use this feature")
  "live feed|summary of (?:the day|today|the day's events)|(?:please )?(?:turn on|enable) javascript(?: (?:to|in) [a-z ]{1,40})?",
  // sharing, licensing and reader services
  "social sharing|licen[cs]e this (?:article|story|content)|reprints?(?: (?:&|and) permissions)?|corrections(?: (?:&|and) clarifications)?|submit a (?:news )?tip|report (?:an )?(?:error|typo)|send us a tip",
  // ("Send us your feedback", "Give feedback": the button under a broadcaster's story)
  "(?:send|give|leave|share)(?: us)?(?: your)? feedback|feedback",
  // (A business paper's foot: "Report an editorial error", "Report a technical issue", "Editorial code of conduct".)
  "report an? (?:editorial |factual |technical )?(?:error|typo|issue|problem)|editorial (?:code of (?:conduct|ethics|practice)|guidelines|policy)",
  // ("Cite This Page:" over the citation styles' buttons, one a line; "Explore more on these topics" over the tags)
  "cite this (?:page|article|story)|explore more on (?:these|this) topics?",
  // ("Acquire Licensing Rights", "Reuse this content", "Follow this company": a wire's and a business paper's buttons)
  "acquire licen[cs]ing rights|reuse this (?:content|article|story)|follow this (?:company|topic|author|writer|journalist|reporter|story)",
  // a radio or podcast player ("Playlist", "Add to playlist"), a live page
  "download|embed|transcript|(?:add to )?playlist|refresh(?: (?:for|to see) (?:the )?latest(?: updates)?)?|heard on [a-z][a-z' ]{1,40}",
  // (A player's clock, perhaps with its length and controls: "02:31", "00:00 / 04:12", "00:00 Voice 1x".)
  "\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?/ ?\\d{1,2}:\\d{2}(?::\\d{2})?)?(?: (?:voice|speed|play|pause|mute|\\d(?:\\.\\d{1,2})?x))*",
  // a match report's links
  "match stats|player ratings|(?:live blog|match) replay|live blog|match report|line-?ups|as it happened|highlights|match centre|match center",
];
const UI_RE = new RegExp(`^(?:${UI_PHRASES.join("|")})$`, "i");

/** The separator of a bar of links or topics: " | ", " • ", " · ". */
const BAR = /\s[|•·]\s/;

// Lines made only of share targets: "Facebook Twitter Email", "Share on Facebook | Share on X".
const SHARE_WORDS = new Set(
  "share this on via facebook twitter x email e-mail print linkedin whatsapp reddit pinterest tweet copy link comments comment flipboard messenger telegram sms save bluesky threads mastodon tumblr story article post full".split(" "),
);

/** Lower case, typographic apostrophe folded, decoration and counters around the words removed. */
function uiKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/’/g, "'")
    // ("___": a rule drawn with underscores, alone on its line.)
    .replace(/^[\s>»›•·|*#+→▶►_-]+/, "")
    .replace(/[\s:>»›•·|…→▶►+.!_]+$/, "")
    // ("Comments (47)", "Join the conversation (214 comments)": a counter in brackets.)
    .replace(/\s*\(\d[\d,]*(?: comments?| replies| responses)?\)$/, "")
    .trim();
}

// Section names as printed in breadcrumbs and kickers above a headline: "Politics", "World news", "U.S. › Politics".
const SECTION_WORDS = new Set(
  "news world us u.s. uk u.k. politics political business economy markets money finance tech technology science health sport sports opinion opinions analysis entertainment culture arts lifestyle life style travel food media national international local europe asia africa americas middle east latin america australia canada india china education environment climate weather crime justice law security elections election white house congress senate campaign breaking live investigations features commentary editorial columnists blogs podcasts nation region regional metro state government policy companies agribusiness".split(
    " ",
  ),
);

// (Set 21: an arts page's section, "Art and design".)
for (const w of "art design".split(" ")) SECTION_WORDS.add(w);

/** A business desk's sections, read as one only in a kicker in capitals with its parts parted: "COMPANIES / MINING". */
const TRADE_SECTION_WORDS = new Set("industry agriculture mining energy property retail banking".split(" "));

export function isSectionLabel(line: string): boolean {
  if (line.length > 50) return false;
  const words = line
    .toLowerCase()
    .split(/[\s›»>/|&,–—-]+|\band\b/)
    .filter(Boolean);
  // (Not "Mining / Retail / Banking" in a list, nor "Energy and mining" as a subhead.)
  const kicker = !/\p{Ll}/u.test(line) && /\s[/›»|]\s/u.test(line);
  return words.length > 0 && words.length <= 5 && words.every((w) => SECTION_WORDS.has(w) || (kicker && TRADE_SECTION_WORDS.has(w)));
}

/**
 * "More on the Supreme Court", "MORE ON LOVE VILLA": a heading over links to other stories on a subject, the subject's
 * name alone after it (capitalised words, "the", "of", "and"), no full stop.
 */
const MORE_ON_SUBJECT_RE = /^(?:More on|MORE ON) (?:(?:the|The|THE) )?\p{Lu}[\p{L}\d'’&.-]*(?: (?:of|and|the|OF|AND|THE|&|\p{Lu}[\p{L}\d'’&-]*)){0,4}$/u;
/**
 * "More Scottish Premiership news", "More Premier League stories": a link to a section's other stories, the section's
 * name in capitals and the list's word in lower case (not a headline in title case, "More Britons Trust News").
 */
const MORE_SECTION_NEWS_RE = /^More (?:\p{Lu}[\p{L}\d'’&.-]*\s){1,4}(?:news|stories|headlines|coverage|videos)$/u;
/** "This advertisement has not loaded yet, but your article continues below.": an ad slot that has not loaded. */
const AD_NOT_LOADED_RE = /^This (?:advertisement|ad) (?:has not|hasn['’]t) loaded(?: yet)?,? but (?:your|the) (?:article|story) continues below\.?$/i;

/**
 * "Issue #142", "The Ballot Brief | Issue 87", "Vol. 3, Issue 12": a newsletter's or a magazine's issue number, alone or
 * after its name and a bar.
 */
/** "Skip next section What you need to know": a link past a box, the box's heading after it (capitalised, no full stop). */
const SKIP_SECTION_RE = /^Skip (?:the )?(?:next|previous|this) (?:section|box|module)(?: \p{Lu}[^.!"“”]{0,60})?$/u;
const ISSUE_NUMBER_RE = /^(?:(?:The )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,4}\s[|•·—–-]\s)?(?:(?:Vol\.|Volume)\s?\d{1,4},?\s)?(?:Issue|Edition|Episode|ISSUE|EDITION)\s(?:#\s?|No\.\s?)?\d{1,5}$/u;

function isUiLine(line: string): boolean {
  if (ISSUE_NUMBER_RE.test(line) || SKIP_SECTION_RE.test(line)) return true;
  if (MORE_ON_SUBJECT_RE.test(line) || MORE_SECTION_NEWS_RE.test(line) || AD_NOT_LOADED_RE.test(line)) return true;
  // "Share on X | Share on Facebook | Email this story": a bar of share targets and UI phrases, longer than one.
  if (line.length <= 120 && BAR.test(line) && line.split(BAR).every((part) => UI_RE.test(uiKey(part)) || isShareWords(uiKey(part)))) return true;
  if (isPromotion(line) || isPromotionThenButton(line)) return true;
  if (CITE_STYLES_RE.test(line) || (PRICE_TICKER_RE.test(line) && PRICE_SIGNS_RE.test(line)) || MORE_ABOUT_WRITER_RE.test(line)) return true;
  if (line.length > 60) return false;
  const key = uiKey(line);
  if (!key) return true; // only decoration characters
  if (UI_RE.test(key) || isSectionLabel(line) || LIVE_TIME_RE.test(line) || LISTEN_BAR_RE.test(line) || VIDEO_RUNTIME_RE.test(line)) return true;
  return isShareWords(key);
}

/** "More about Dana Whitcomb": the link to a writer's page, after the note about them. */
const MORE_ABOUT_WRITER_RE = /^More (?:about|by) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** "Cite This Page: MLA | APA | Chicago": the buttons that format a citation, under their label. */
const CITE_STYLES_RE = /^Cite this (?:page|article|story)\s*:?\s*(?:MLA|APA|Chicago|Harvard|Vancouver|IEEE|BibTeX)(?:\s*[|•·,/]\s*(?:MLA|APA|Chicago|Harvard|Vancouver|IEEE|BibTeX))*$/i;
/**
 * A share-price ticker above a business story: "Kestrel Mining plc (KSM.L) 212.40p +3.10 (+1.48%)", "FTSE 100
 * 8,102.33 -0.42%". A name (a ticker in brackets may follow), a price, and the change signed, its digits right after the
 * sign, with or without the percentage: no word after the numbers, as a sentence would have.
 */
const PRICE_TICKER_RE = /^[\p{Lu}\d][\p{L}\d&.'’ -]{0,40}?(?:\s\([\p{Lu}\d.:^=-]{1,14}\))?\s(?:\p{Sc}\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:\p{Sc}|p|c))?\s[+−–-]\d[\d,]*(?:\.\d+)?%?(?:\s\(?[+−–-]\d[\d,]*(?:\.\d+)?%\)?)?$/u;
/**
 * What only a price line has (not a poll's "Labour 12,402 +4.2%", "Turnout 41.3 -2.7"): a currency sign, a pence or
 * cents unit, a ticker in brackets, or a price with decimals and a change in per cent.
 */
const PRICE_SIGNS_RE = /\p{Sc}|\d(?:p|c)\s|\s\([\p{Lu}\d.:^=-]{1,14}\)\s|\s\d[\d,]*\.\d+\s[+−–-]\d[\d,]*(?:\.\d+)?%/u;

/**
 * "02:31 - Source: MNN": a video's running time and where it comes from, under the video's title (the cleaner drops the
 * title with it).
 */
const VIDEO_RUNTIME_RE = /^\d{1,2}:\d{2}(?::\d{2})?\s[-–—|·•]\s(?:Source|Video|Via|From)\s?:\s\p{Lu}[\p{L}\d&.'’ -]{0,40}$/u;
/** A video's running time and its source, alone on its line ("02:31 - Source: MNN"). */
export function isVideoRuntime(line: string): boolean {
  return VIDEO_RUNTIME_RE.test(line);
}
/** A live blog's time stamp on its own line: "16:42 GMT", "9.05am", "3:10 p.m. ET". */
const LIVE_TIME_RE = /^\d{1,2}[:.]\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?(?:\s(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|CT|PT|PST|PDT))?$/i;
/**
 * "Sign up for The Iberia Post’s free morning newsletter", "Subscribe to our daily briefing newsletter", "Sign up to
 * Quadrant Weekly for the week’s biggest science stories", "Download the KMRV 9 News app to get breaking news alerts".
 */
// (Also a channel or community on a messaging app, under a label: "BREAKING NEWS: Get the biggest stories first - join
// our free WhatsApp community".)
// (Or a briefing, a digest or a bulletin by its name, under a label perhaps: "Newsletter: Sign up for our Morning Europe
// briefing", "Sign up for the weekly Press Brief"; or the alerts of the outlet's app: "Get breaking news alerts on your
// phone with the Harbor News app.", "Get The Harbor Post app and receive breaking news alerts.")
const NEWSLETTER_RE = /^(?:(?:breaking(?: news)?|news alerts?|newsletters?)\s?:\s)?(?:(?:don['’]t miss|never miss|get)\b[^.!?]{0,60}?\s[-–—:]\s)?(?:(?:sign up|subscribe)\b[^.!?]{0,60}\b(?:newsletters?|briefings?|brief|digest|bulletin|round-?up)(?: here| now| today)?|join [^.!?]{1,60}\b(?:whatsapp|telegram) (?:channel|community|group)\b[^.!?]{0,80}|download (?:the|our) [^.!?]{1,60}\bapp\b[^.!?]{0,60}|get [^.!?]{0,40}\b(?:alerts|notifications)\b[^.!?]{0,60}\b(?:with|on|in|from|via) (?:the|our) [^.!?]{1,40}\bapp|get (?:the|our) [^.!?]{1,40}\bapp and (?:receive|get) [^.!?]{0,40}\b(?:alerts|notifications)\b)[.!]?$/i;
/** "Sign up for The Harbor Ledger's Morning Email.": an outlet's email by its name in capitals (not "Sign up for the vaccine by email."). */
const NAMED_EMAIL_RE = /^(?:Sign up|Subscribe) (?:to|for) (?:the |our )?(?:\p{Lu}[\p{L}\d’'&.-]*\s){1,5}E-?mails?[.!]?$/u;
/** "Sign up to Quadrant Weekly for …": a product named in capitals (case-sensitive, unlike NEWSLETTER_RE). */
const NAMED_PRODUCT_SIGN_UP_RE = /^(?:Sign up|Subscribe) (?:to|for) (?:the )?\p{Lu}[\p{L}\d’'&]*(?: \p{Lu}[\p{L}\d’'&]*){0,4} (?:for|to get) [^.!?]{0,80}[.!]?$/u;
/** A line that is a sentence of the article's, not a promotion: a clause after a comma ("…, the health secretary urged"). */
const CLAUSE_AFTER_COMMA = /,\s+\p{Ll}/u;

/**
 * A newsletter talking to its reader: "Was this forwarded to you? Sign up here.", "Good morning, Ballot Brief readers.",
 * "You’re reading The Ballot Brief, a free newsletter from …".
 */
const NEWSLETTER_VOICE_RE =
  /^(?:(?:was this|did someone) [^.!?]{0,30}forward[^.!?]{0,30}\?\s*(?:sign up|subscribe)\b[^.!?]{0,40}|good (?:morning|afternoon|evening)(?:,\s[^.!?]{0,40}\breaders)?|you['’]re reading [^.!?]{1,100}\bnewsletter\b[^.!?]{0,60})[.!]?$/i;
/**
 * "Hi all,", "Hello everyone!", "Dear readers,": a newsletter greeting its readers, all of them, alone on its line (not
 * a letter to someone by name, "Dear Ann,").
 */
const READER_GREETING_RE = /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)),? (?:all|everyone|everybody|friends|folks|readers|subscribers|y['’]all|there)[,!.]?$/i;
/**
 * "Thanks for reading The Ballot Brief! Subscribe for free to receive new posts and support my work.": a newsletter's
 * closing thanks and its sign-up (each sentence one of these; not "Thanks for reading, she told the crowd.").
 */
const THANKS_FOR_READING_RE = /^(?:Thanks?|Thank you) (?:so much )?for reading(?: (?:to the end|this (?:far|newsletter|post|issue|edition)|(?:The )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,4}))?[.!]$/u;
const SUBSCRIBE_FOR_POSTS_RE = /^(?:Subscribe|Sign up)(?: for free| now| today)? (?:to (?:receive|get)|for) (?:new |future |more |the latest )?(?:posts|issues|editions|essays|stories|updates|newsletters?)\b[^.!?"“”]{0,60}[.!]?$/;
function isThanksForReading(line: string): boolean {
  const sentences = line.split(/(?<=[.!?])\s+/);
  return line.length <= 200 && sentences.length <= 2 && THANKS_FOR_READING_RE.test(sentences[0]!) && sentences.slice(1).every((x) => SUBSCRIBE_FOR_POSTS_RE.test(x));
}
/** The apps where an outlet has a channel: "WhatsApp", "Google News". */
const NEWS_APPS = "(?:WhatsApp|Telegram|Google News|Apple News|Flipboard|Signal|Viber|LINE|KakaoTalk)";
/** An outlet by its name in capitals: "The Harbor Post", "HNS". */
const OUTLET_NAME = String.raw`(?:The )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,4}`;
/**
 * "Join The Harbor Post on WhatsApp for the day's top stories.", "Follow us on Google News": the outlet asking to be
 * joined or followed on an app, perhaps with what it sends there (case-sensitive: not "Join the protest on Friday").
 */
// (Or its own channel there: "Follow our WhatsApp channel for the latest health news.")
// (Or its news offered there: "Get the latest news from The Harbor Post on our WhatsApp channel."; not "Get the latest
// news on the storm from the council's website".)
const JOIN_ON_APP_RE = new RegExp(
  String.raw`^(?:(?:Join|Follow) (?:us|${OUTLET_NAME}) on ${NEWS_APPS}(?: (?:for|to get) [^.!?"“”,]{1,60})?|(?:Join|Follow) our ${NEWS_APPS} (?:channel|community|group)(?: (?:for|to get) [^.!?"“”,]{1,60})?|Get (?:the|all the|our) (?:latest |top |breaking )?(?:news|updates|headlines|stories)(?: from (?:us|${OUTLET_NAME}))? on (?:our|the) ${NEWS_APPS} (?:channel|community|group))[.!]?$`,
  "u",
);
/**
 * "Plateful Harbor: the dining news you need, three times a week.", "The Morning Memo: your briefing on the statehouse,
 * every weekday.": a newsletter's tagline, its name, a colon, the news it brings and how often (not "Chicago: the city
 * that works", nor "Ridership: the agency's news releases, issued weekly").
 */
const NEWSLETTER_TAGLINE_RE = new RegExp(
  String.raw`^${OUTLET_NAME}: (?:the|your|our|all the) [^.!?"“”:]{0,50}\b(?:news|stories|headlines|updates|briefing|digest|round-?up|picks|reads)\b[^.!?"“”:,]{0,40}, (?:(?:every|each) (?:day|morning|evening|weekday|week|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|daily|weekly|(?:once|twice|three times|four times|five times|\d times) a (?:day|week|month)|(?:straight |delivered )?(?:to|in) your inbox)[.!]?$`,
  "u",
);
/**
 * "Join our Space Forums to keep talking space on the latest missions!": inviting the reader into the outlet's own
 * forum or community (by "our", with its name in capitals or not); or into a chat server by the outlet's name, "Join the
 * Harbor Sport Discord to talk about this story" (not "Join the Springfield community for a vigil").
 */
const JOIN_OUR_COMMUNITY_RE =
  /^Join (?:our (?:[\p{L}\d&'’.-]+ ){0,4}(?:[Ff]orums?|[Cc]ommunity|[Dd]iscord(?: server)?|[Ss]ubreddit)|the \p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,3} (?:Discord|Slack|[Ss]ubreddit)(?: server| channel| community)?)(?: (?:to|and|for|on) [^.!?"“”]{1,100})?[.!]?$/u;
/**
 * "And if you have a news tip, correction or comment, let us know at: tips@example.com.": asking the reader for tips,
 * with the outlet's address.
 */
const TIP_US_AT_RE = /^(?:And )?[Ii]f you have (?:a|any) (?:news )?(?:tips?|story|correction|question)\b[^.!?"“”]{0,60}, (?:let us know|get in touch|contact us|e-?mail us|write to us|tell us)(?: at| via| on)?:? [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/u;
function isCommunityInvite(line: string): boolean {
  const sentences = line.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  return line.length <= 300 && sentences.length <= 2 && !/\b(?:said|says|urged|told|wrote)\b/.test(line) && JOIN_OUR_COMMUNITY_RE.test(sentences[0]!) && sentences.slice(1).every((x) => TIP_US_AT_RE.test(x));
}

/**
 * Asking the reader for money: "Support The Current", "Our 2020 Coverage Needs You", "Our election coverage needs you.",
 * "Support Free Journalism", "Support The Harbor Post's independent journalism." (by the outlet's name, in capitals).
 */
const SUPPORT_ASK_RE =
  /^(?:Support (?:The|Our|Independent|Local) \p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,2}|Support (?:(?:The |the )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,3}['’]s )?(?:[Ff]ree|[Ii]ndependent|[Ll]ocal|[Qq]uality|[Nn]onprofit|[Nn]on-[Pp]rofit|[Pp]ublic[- ][Ii]nterest)(?: \p{Ll}+)? (?:[Jj]ournalism|[Nn]ews|[Rr]eporting)|(?:Our|Your) [^.!?]{1,40} Needs You|(?:Our|Your) [^.!?]{0,40}\b(?:coverage|journalism|reporting|newsroom) needs you)[.!]?$/u;

/**
 * "Support independent journalism. Donate to PeopleFirst Report today.": each sentence an ask for the reader's money.
 * ("Support independent humanitarian journalism. Donate today.", "Support our work: Donate", "Subscribe from €1.", "Give
 * once or become a member today.", "Become a member to keep our reporting free for everyone."; not "Become a member to
 * vote in the club's elections.": what the membership keeps is the outlet's journalism.)
 */
const DONATION_ASK_RE =
  /^(?:(?:please\s)?(?:support|fund|back)\s(?:independent|local|public[- ]interest|quality|our|nonprofit|non-profit|free)\s(?:[a-z]+\s)?(?:journalism|news|reporting|newsroom)|(?:please\s)?support (?:our|this) (?:work|mission)(?:\s?:\s?donate(?:\s(?:now|today|here))?)?|donate(?:\s(?:to|now|today|here)\b[^.!?]{0,50})?|(?:(?:give|donate|contribute) (?:once|monthly) or )?(?:make a (?:donation|gift)|become a (?:member|supporter|patron))(?:\s(?:today|now|here))?(?:\s(?:to|and)\s(?:help\s)?(?:keep|support|sustain|fund|protect|power)\s[^.!?"“”]{0,60}\b(?:journalism|reporting|newsroom|coverage)\b[^.!?"“”]{0,40})?|subscribe(?: now| today)? (?:from|for)(?: just| only| as little as)? \p{Sc}\s?\d+(?:[.,]\d{1,2})?(?:\s?(?:a|per|\/)\s?(?:month|week|year|mo))?)[.!]?$/iu;
/**
 * Before such an ask, and only beside one: a question to the reader ("Like what you read?", "Enjoyed this story?") or the
 * outlet saying what it is ("The Harbor Monitor is an independent non-profit.", "The Undercurrent is reader-funded.") or
 * who pays for it ("Support comes from listeners like you.").
 */
const DONATION_LEAD_RE =
  /^(?:(?:Like|Liked|Enjoy|Enjoyed|Value|Appreciate) (?:what you(?:['’]ve| have)? (?:just )?(?:read|seen)|this (?:article|story|piece|reporting|journalism))\?|(?:The )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,4} is (?:an? (?:independent,? )?(?:non-?profit|not-for-profit|reader-(?:funded|supported)|charitable|independent)|(?:reader|member|listener|viewer)-(?:funded|supported))(?: (?:news(?:room| organi[sz]ation| site| outlet)?|organi[sz]ation|newsroom|charity|publication|media outlet))?\.|(?:Support|Funding) comes from (?:listeners|readers|viewers|members|supporters|donors) like you\.|(?:Can['’]t|Cannot) (?:afford to )?(?:donate|give|chip in)(?: right now| today)?\?)$/u;
/** "Become a Harbor Post Insider.", "Become a Ledger member today": membership of the outlet, by its name (in capitals). */
const BECOME_NAMED_MEMBER_RE = /^Become an? (?:\p{Lu}[\p{L}\d&'’.-]* ){1,4}(?:[Ii]nsider|[Mm]ember|[Ss]upporter|[Pp]atron|[Ss]ubscriber|[Ff]riend|[Ii]nsiders? [Cc]lub member)(?: (?:today|now|here))?[.!]?$/u;
/**
 * "Consider supporting The Harbor Ledger. Your donation keeps our reporting free for everyone.": asking for money by the
 * outlet's name (in capitals), and what the reader's money does for its journalism. (Not "Consider supporting the bill.")
 */
/** "Consider supporting ", "Please consider donating to ": the opening of an ask for money. */
const CONSIDER_ASK = String.raw`^(?:Please c|C)onsider (?:supporting|donating to|becoming a (?:member|supporter) of) `;
const CONSIDER_SUPPORT_RE = new RegExp(String.raw`${CONSIDER_ASK}(?:us|our (?:journalism|reporting|work|newsroom)|(?:The |the )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,3})(?: today| now)?[.!]?$`, "u");
/** "Consider supporting The Harbor Ledger." by a name, which alone may be any body's. */
const CONSIDER_NAMED_RE = new RegExp(String.raw`${CONSIDER_ASK}(?:The |the )?\p{Lu}`, "u");
/**
 * What the reader's money does for the outlet's journalism: "Your donation keeps our reporting free for everyone.", "Your
 * support fuels our midterm coverage."
 */
const YOUR_SUPPORT_RE =
  /^Your (?:contribution|support|donation|gift|membership)s? (?:(?:keeps?|helps?|makes?|allows?|ensures?|funds?|powers?|sustains?) [^.!?]{0,80}\b(?:journalism|reporting|newsroom|coverage)\b|(?:fuels?|drives?|supports?|enables?|makes? possible|pays? for|protects?|underwrites?) (?:our|the|this|independent|local) [^.!?"“”]{0,60}\b(?:journalism|reporting|newsroom|coverage|work)\b)[^.!?"“”]{0,40}[.!]?$/;
/**
 * "Readers like you keep The Harbor Post free for everyone.", "Members like you make our reporting possible.": what
 * readers' money does for the outlet (not "Readers like you keep asking whether the pool will reopen.").
 */
const READERS_LIKE_YOU_RE = new RegExp(
  String.raw`^(?:Readers|Members|Supporters|Donors|Subscribers) like you (?:keep|make|help keep|help make) (?:us|our (?:journalism|reporting|newsroom|work)|${OUTLET_NAME}) (?:free|independent|going|possible|alive|open)(?: for (?:everyone|all(?: readers)?|every reader))?[.!]?$`,
  "u",
);
/** "Contribute as little as $2 to keep our journalism free for everyone.": an ask for a sum, for the outlet's journalism. */
const CONTRIBUTE_SUM_RE = /^(?:Contribute|Give|Donate|Chip in|Pitch in)(?: (?:as little as|just|only|from))? \p{Sc}\s?\d+(?:\.\d{2})?\b[^.!?"“”]{0,80}\b(?:our|the) (?:journalism|reporting|newsroom|coverage|work)\b[^.!?"“”]{0,40}[.!]?$/u;
/** "Support The Current by signing up for our newsletters.": the other way to back the outlet, by its name or as "us". */
const SUPPORT_BY_SIGNING_UP_RE = /^Support (?:us|(?:The |the )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,3}) by (?:signing up for|subscribing to) (?:our|its) (?:free )?(?:[\p{L}-]+ )?newsletters?[.!]?$/u;
/** "Can you chip in?", "Will you chip in today?": the ask of a donation box as a question. */
const CHIP_IN_RE = /^(?:Can|Could|Will|Would) you (?:chip in|pitch in|help(?: us)?|support us|donate|give)(?: (?:today|now|\p{Sc}\s?\d+))?\?$/u;
/** "Our reporting is free for everyone.": the outlet saying its journalism costs the reader nothing, before such an ask. */
const FREE_FOR_EVERYONE_RE = /^Our (?:reporting|journalism|work|coverage|news) (?:is|remains|will always be) free (?:for everyone|to read|for all(?: readers)?|to all)[.!]?$/;

function isDonationSentence(sentence: string): boolean {
  return DONATION_ASK_RE.test(sentence) || CHIP_IN_RE.test(sentence) || SUPPORT_BY_SIGNING_UP_RE.test(sentence) || SUPPORT_ASK_RE.test(sentence) || CONSIDER_SUPPORT_RE.test(sentence) || YOUR_SUPPORT_RE.test(sentence) || CONTRIBUTE_SUM_RE.test(sentence) || BECOME_NAMED_MEMBER_RE.test(sentence) || READERS_LIKE_YOU_RE.test(sentence);
}
/**
 * "Give to Harbor Public Radio.", "Donate now": the box's button, the outlet named perhaps; an ask for money only under
 * such a label ("Give to the flood relief fund." alone is a story's appeal).
 */
const GIVE_TO_OUTLET_RE = new RegExp(String.raw`^(?:Give|Donate|Contribute|Chip in)(?: (?:now|today|here))?(?: to ${OUTLET_NAME})?(?: (?:now|today))?[.!]?$`, "u");
/** "Support Free Journalism: ": an ask for money as the label of a box, its sentences after the colon (group 1: the ask). */
const DONATION_LABEL_RE = /^([^.!?:"“”]{3,50}):\s(?=\p{Lu})/u;
/**
 * A line of asks for the reader's money, each sentence one (or a lead-in before them), perhaps under such a label; a lone
 * "Consider donating to the Kellerby Flood Relief Fund." is a story's appeal: a body's name asks for the outlet only
 * beside another ask.
 */
function isDonationLine(raw: string): boolean {
  if (raw.length > 200) return false;
  const label = DONATION_LABEL_RE.exec(raw);
  const labelled = !!label && SUPPORT_ASK_RE.test(label[1]!);
  const line = labelled ? raw.slice(label[0].length) : raw;
  const asks = line.split(/(?<=[.!?])\s+/);
  // ("Support local journalism: Give to Harbor Public Radio.": under the label, the button's words.)
  if (labelled && asks.every((s) => GIVE_TO_OUTLET_RE.test(s) || isDonationSentence(s))) return true;
  // (The box's button may close it: "… free for everyone. Join now".)
  // (Or subscribing to the outlet by its name: "Like this story? Support independent journalism. Subscribe to The Harbor Post.")
  const button = (s: string, i: number) => i === asks.length - 1 && i >= 2 && ((s.length <= 30 && UI_RE.test(uiKey(s))) || SUBSCRIBE_TO_OUTLET_RE.test(s));
  const lead = (s: string) => DONATION_LEAD_RE.test(s) || FREE_FOR_EVERYONE_RE.test(s);
  return asks.some(isDonationSentence) && asks.every((s, i) => isDonationSentence(s) || (asks.length > 1 && lead(s)) || button(s, i)) && (asks.length > 1 || !CONSIDER_NAMED_RE.test(line)) && (asks.length > 1 || !CHIP_IN_RE.test(line));
}

/** "Have a confidential tip for our reporters? Get in touch": asking the reader for tips, with the link's words. */
const TIP_ASK_RE = /^(?:have|got) an? (?:confidential |news |story )?tip\b[^.!?]{0,60}\?\s*(?:get in touch|contact us|let us know|tell us|e-?mail us|reach out)\b[^.!?]{0,40}[.!]?$/i;

/**
 * "Sign up for the Policy Circuit Brussels Briefing, every Tuesday.", "Subscribe to Harbor Security Weekly, delivered
 * every Tuesday.": a named product and when it comes.
 */
const SIGN_UP_SCHEDULE_RE = /^(?:Sign up|Subscribe) (?:to|for) (?:the )?\p{Lu}[\p{L}\d’'&]*(?: \p{Lu}[\p{L}\d’'&]*){0,5},? (?:(?:delivered|sent|published|out)(?: to your inbox)? )?(?:every|each) (?:day|morning|evening|week|weekday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?[.!]?$/u;

/**
 * "Sign up for the Weekend Reads newsletter: the best long stories of the week, every Saturday.": a newsletter and what
 * it brings, after a colon or a dash ("… newsletter - the stories you missed, in your inbox by 6 a.m.").
 */
const NEWSLETTER_COLON_RE = /^(?:Sign up|Subscribe) (?:to|for) (?:the |our )?[^.!?:]{1,60}\bnewsletters?(?:\s?:|\s[-–—])\s(?:[^.!?:]|\b[ap]\.m\.){1,120}[.!]?$/i;
/**
 * "Sign up for the Ledger's Evening Wrap newsletter. Everything that mattered today, in five minutes.": a sign-up and
 * the newsletter's slogan, one short sentence after it with no quotation and no one saying it.
 */
const NEWSLETTER_SLOGAN_RE = /^((?:Sign up|Subscribe) (?:to|for) [^.!?]{1,60}\bnewsletters?(?: here| now| today)?[.!])\s+(\p{Lu}[^.!?"“”]{3,70}[.!])$/u;
/**
 * "Sign up to The Daily Catch, our free morning newsletter, for the news you need.", "Subscribe to the Ledger’s Asia
 * newsletter for a weekly round-up.": a newsletter, then what it brings (no comma after it, as a clause would have).
 */
// (Or what it is on: "Sign up for Capitol Memo, our weekday newsletter on Congress".)
const NEWSLETTER_FOR_RE = /^(?:Sign up|Subscribe) (?:to|for) [^.!?"“”]{1,60}?\bnewsletters?,? (?:for|to get|and get|to receive|on|about|covering) [^.!?"“”,]{1,100}[.!]?$/;
/**
 * "Subscribe for unlimited access to local journalism. Subscribe now": a paywall's pitch, the access it sells, perhaps
 * with its button after it.
 */
// (Or the free stories it allows: "Register to read up to five free articles a month"; or the access offered alone, "Get
// all-access to exclusive stories.", "Enjoy unlimited access to our journalism."; not "Get full access to the records".)
const SUBSCRIBE_ACCESS_RE =
  /^(?:Subscribe|Sign up|Become a (?:subscriber|member))(?: now| today)? (?:for|to get|and get) (?:unlimited|full|complete|digital|ad-free|premium)\b[^.!?"“”]{0,40}\baccess\b[^.!?"“”]{0,80}[.!]?(?:\s(?:Subscribe|Sign up|Join)(?: now| today| here)?[.!]?)?$|^(?:Get|Enjoy|Unlock) (?:unlimited|full|complete|digital|ad-free|premium|all)[- ]access to (?:[a-z-]+ ){0,3}(?:stories|articles|journalism|reporting|coverage|content|news)[.!]?$|^(?:Register|Sign up|Subscribe|Log in)(?: now| today| for free)? to (?:read|unlock|access|get) (?:up to )?(?:\d+|one|two|three|four|five|six|ten|unlimited|more) (?:more )?(?:free )?(?:articles|stories)(?: (?:a|per|each|every) (?:month|week))?[.!]?$/;
/**
 * "Catch all the Sports News, Match Reports and Live Updates on Harbor Sport.": a news site's tagline, everything it
 * carries, on its name (an imperative opening no report has).
 */
// (Or the site by its address: "Follow HNS coverage of the statehouse at harbornews.example/statehouse.", "Track Latest
// News Live on HNS.com and get updates from around the world."; or the latest news listed after a colon: "Get the latest
// Ohio news: flood warnings, the budget vote, and more".)
const CATCH_ALL_NEWS_RE =
  /^(?:Catch|Get|Read) (?:all the|the latest) [^.!?"“”]{0,120}\b[Nn]ews\b[^.!?"“”]{0,80} (?:on|at) (?:(?:the )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,3}|our (?:site|website|app))[.!]?$|^(?:Follow|Track|Catch|Get|Read|Find) [^"“”]{0,60}?\b(?:[Nn]ews|[Cc]overage|[Uu]pdates|[Ss]tories)\b[^"“”,]{0,100}? (?:on|at) (?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|news|co|in|uk|ca|au|example)\b[^"“”,]{0,100}$|^(?:Get|Read|Catch) (?:all )?(?:the )?latest [^.!?:"“”]{0,40}\b(?:news|updates|headlines|stories)\s?:\s[^"“”]{1,160}$/u;
/**
 * "Listen to this article. The audio version is generated by text-to-speech and may contain errors.": an audio
 * player's disclaimer (with its warning of errors: not "The audio version was generated by AI and shared widely.").
 */
// (Or a summary's: "Summary is AI generated, newsroom reviewed.", "This summary has been generated using AI and checked by our
// editors.": in the present, perhaps with its review after it.)
const AUDIO_DISCLAIMER_RE =
  /^(?:Listen to this (?:article|story)[.:]?\s+)?The audio(?: version)?(?: of this (?:article|story))? (?:is|was|has been) (?:generated|created|produced|read)\b[^.!?"“”]{0,60}\b(?:text-to-speech|artificial intelligence|AI)\b,? and may (?:contain (?:errors|mistakes|inaccuracies)|mispronounce\b[^.!?"“”]{0,40})[.!]?$|^(?:This |AI )?[Ss]ummary (?:is|has been) (?:AI[- ]generated|generated (?:by|using|with) (?:AI|artificial intelligence)(?: tools?)?)(?:,? (?:and )?(?:(?:newsroom|editor|human|staff)[- ](?:reviewed|checked|edited|verified)|(?:reviewed|checked|edited|verified) by (?:the |our |an? )?(?:newsroom|editors?|journalists?|staff|humans?)))?[.!]?$/;
/**
 * "Watch the full public comment period in the player above.", "Listen to the interview in the audio player below.": the
 * page pointing to its own player.
 */
const PLAYER_POINTER_RE = /^(?:You can )?(?:Watch|Listen to|See|View|Hear) [^.!?"“”]{1,80}? (?:in|on|using) the (?:video |audio |media )?player(?: (?:above|below))?[.!]?$|^(?:You can )?(?:Watch|Listen to|See|View|Hear) (?:the |our )?(?:full |complete |entire |raw |unedited )?(?:video|clip|audio|livestream|broadcast|footage)(?: of [^.!?"“”]{1,60})? (?:above|below)[.!]?$/;
/** "NEW You can now listen to Harbor Post articles!": the audio player's promotion. */
const LISTEN_PROMO_RE = /^(?:NEW:?\s+)?You can now listen to [^.!?]{1,60}\b(?:articles|stories)[.!]?$/i;
/**
 * A live blog's promise to its reader: "We’ll bring you the latest throughout the day.", "We'll keep you updated as it
 * happens." (nothing after the promise's words, which a reported sentence would have).
 */
const LIVE_PROMISE_RE =
  /^(?:We['’]ll|We will) (?:bring you|have|keep you (?:updated|posted)(?: with)?)(?: all)?(?: the)?(?: latest| updates| live updates| more)?(?: news| updates| developments| reaction)?(?: here)?(?: (?:throughout|through|during) the (?:day|morning|afternoon|evening|night)| as (?:it|they) (?:happens?|unfolds?)| on this page)?[.!]?$/;

/**
 * "Get the Harbor Post daily newsletter - sign up here", "Get the best rugby coverage straight to your inbox with our
 * weekly newsletter.": a newsletter offered, then the button's words or the inbox it comes to; or only the inbox, then the
 * button's words: "Get the latest Wychcombe news sent straight to your inbox. Sign up here.".
 */
const GET_NEWSLETTER_RE =
  /^Get (?:the|our) [^.!?]{1,60}\bnewsletters?\s[-–—:|]\s(?:sign up|subscribe)(?: here| now| today| for free)?[.!]?$|^Get [^.!?]{1,60}\b(?:straight |delivered |direct )?(?:to|in|into) your inbox\b[^.!?]{0,40}\bnewsletters?[.!]?$|^Get (?:the |all the |our )?(?:latest |top |best |biggest )[^.!?]{1,60}\b(?:sent |delivered )(?:straight |direct(?:ly)? )?(?:to|in|into) your inbox[.!]?$|^Get [^.!?]{1,60}\b(?:sent |delivered )?(?:straight |direct(?:ly)? )?(?:to|in|into) your inbox[.!]\s+(?:sign up|subscribe)(?: (?:to|for) (?:our|the) (?:free )?(?:[\w-]+ )?newsletters?)?(?: here| now| today| for free)?[.!]?$/i;
/**
 * "Get a look at the day ahead in the markets with the Morning Briefing newsletter. Sign up here.": what a newsletter
 * brings, then its button's words as a sentence of their own.
 */
const GET_WITH_NEWSLETTER_RE = /^Get [^.!?"“”]{1,120}\b(?:with|in|from|through) (?:the|our) [^.!?"“”]{1,60}\bnewsletters?[.!]\s+(?:Sign up|Subscribe)(?: here| now| today| for free)?[.!]?$/;
/** "Stay tuned to KVRN for live coverage of the storm on TV, radio and online.": a broadcaster promoting its coverage. */
const STAY_TUNED_RE = /^Stay tuned to [^.!?]{1,40} for (?:(?:live|continuing|full|more|the latest)\s)*(?:coverage|updates|reports)\b[^.!?"“”]{0,120}[.!]?$/i;
/**
 * "Consider supporting The Harbor Ledger with a one-time or monthly contribution.": the outlet's donation box, which
 * offers both (a story's appeal, "Please consider donating to the Kellerby Flood Relief Fund.", stays).
 */
const CONSIDER_ONE_TIME_RE =
  /^(?:Please c|C)onsider (?:supporting|donating to|contributing to) (?:us|(?:The |the )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,3}) (?:with|through|by making) an? (?:(?:one-time|one-off|single)(?: or (?:monthly|recurring|regular|annual))|(?:monthly|recurring|regular|annual)(?: or (?:one-time|one-off|single)))(?: (?:contribution|donation|gift|payment))?[.!]?$/u;

/** "said", "says", "told": a line that reports someone, which the guards of several rules keep. */
const SAID_RE = /\b(?:said|says|told)\b/;

/** "Reminder, this is a Premium article and requires a subscription to read.": a paywall's note on the story itself. */
const PREMIUM_NOTE_RE = /^(?:Reminder,?\s+)?[Tt]his is an? (?:[Pp]remium|[Ss]ubscriber(?:s|-only)?|[Mm]ember(?:s|-only)?|[Pp]aid) (?:article|story|feature)\b(?:,)?\s(?:and\s)?(?:(?:it\s)?requires an? (?:subscription|membership)|(?:is\s)?(?:only\s)?(?:available|for) (?:only\s)?(?:to\s)?(?:subscribers|members))\b[^"“”]{0,40}[.!]?$/;
/**
 * "Have your say: Should dogs be allowed on the beach? Comment below.", "Have your say: email news@kirkhavenpost.co.uk":
 * the outlet asking readers to comment, a question and where to answer it.
 */
const HAVE_YOUR_SAY_RE = /^(?:Have your say|Join the (?:conversation|debate|discussion)|Tell us what you think|What do you think)\s*[:?!.-]\s*(?:[^"“”]{0,160}?(?:[Cc]omment below|in the comments(?: below)?|[Ll]eave a comment|[Ll]et us know(?: below| in the comments)?)[.!]?|(?:[Ee]-?mail|[Ww]rite to|[Cc]ontact) (?:us (?:at|on) )?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?)$/;

/** "Sign up to receive daily headline news from the Harbor Post.": the news itself, not a named newsletter, as the pitch. */
const SIGN_UP_FOR_NEWS_RE = new RegExp(
  String.raw`^(?:Sign up|Subscribe)(?: to (?:receive|get)| for) (?:the |our )?(?:(?:free|daily|weekly|breaking|top|latest|local)\s)*(?:headline news|news|headlines|top stories)(?: (?:from|by) (?:the )?${OUTLET_NAME})?(?: (?:in|to) your inbox)?[.!]?$`,
  "u",
);

function isPromotion(line: string): boolean {
  if (SIGN_UP_SCHEDULE_RE.test(line) || SIGN_UP_FOR_NEWS_RE.test(line)) return true;
  if (line.length <= 240 && !SAID_RE.test(line) && !/\baccording to\b/.test(line) && (PREMIUM_NOTE_RE.test(line) || HAVE_YOUR_SAY_RE.test(line))) return true;
  // (Never a report of what someone said.)
  if (!SAID_RE.test(line)) {
    if (line.length <= 200 && (GET_WITH_NEWSLETTER_RE.test(line) || NEWSLETTER_FOR_RE.test(line) || SUBSCRIBE_ACCESS_RE.test(line) || CATCH_ALL_NEWS_RE.test(line) || AUDIO_DISCLAIMER_RE.test(line))) return true;
    if (line.length <= 160 && (GET_NEWSLETTER_RE.test(line) || STAY_TUNED_RE.test(line) || CONSIDER_ONE_TIME_RE.test(line) || NEWSLETTER_COLON_RE.test(line) || NEWSLETTER_TAGLINE_RE.test(line))) return true;
  }
  if (line.length <= 160 && (LISTEN_PROMO_RE.test(line) || LIVE_PROMISE_RE.test(line) || PLAYER_POINTER_RE.test(line))) return true;
  const slogan = NEWSLETTER_SLOGAN_RE.exec(line);
  if (slogan && line.length <= 160 && !SAID_RE.test(slogan[2]!) && NEWSLETTER_RE.test(slogan[1]!)) return true;
  if (line.length <= 160 && (NEWSLETTER_VOICE_RE.test(line) || TIP_ASK_RE.test(line))) return true;
  if (READER_GREETING_RE.test(line) || isThanksForReading(line) || (line.length <= 160 && JOIN_ON_APP_RE.test(line)) || isCommunityInvite(line)) return true;
  if (isDonationLine(line)) return true;
  return line.length <= 160 && !CLAUSE_AFTER_COMMA.test(line) && (NEWSLETTER_RE.test(line) || NAMED_PRODUCT_SIGN_UP_RE.test(line) || NAMED_EMAIL_RE.test(line));
}

/** "Subscribe to The Harbor Post.": a button naming the outlet, after its pitch. */
const SUBSCRIBE_TO_OUTLET_RE = new RegExp(String.raw`^(?:Subscribe|Sign up) (?:to|for) ${OUTLET_NAME}(?: today| now| here)?[.!]?$`, "u");
/**
 * "Get the latest news from The Harbor Post on our WhatsApp channel. Click here to join.", "Get all-access to exclusive
 * stories. Subscribe to The Harbor Post.": a promotion, then its button's words as a sentence or two of their own (a UI
 * phrase, or subscribing to the outlet by its name).
 */
function isPromotionThenButton(line: string): boolean {
  if (line.length > 250) return false;
  const [pitch, ...buttons] = line.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  return buttons.length >= 1 && buttons.length <= 2 && isPromotion(pitch!) && buttons.every((b) => (b.length <= 60 && UI_RE.test(uiKey(b))) || SUBSCRIBE_TO_OUTLET_RE.test(b));
}

/**
 * An audio player's bar, with how long the reading runs: "Listen to this article · 6:41 min Learn more", "Listen
 * duration 4′ 12″".
 */
const LISTEN_BAR_RE = /^(?:listen|audio|play)(?:\s+(?:to\s+)?(?:this\s+)?(?:article|story|now))?(?:\s+duration)?\s*[:·|•-]?\s*(?:\d{1,2}\s?[:′']\s?\d{2}\s?[″"]?(?:\s?min(?:ute)?s?)?|\d{1,3}\s?min(?:ute)?s?(?:\s?\d{1,2}\s?s(?:ec(?:ond)?s?)?)?)(?:\s*[·|•]?\s*learn more)?$/i;

function isShareWords(key: string): boolean {
  const words = key.split(/[\s|/•·,:]+/).filter(Boolean);
  return words.length <= 10 && words.every((w) => SHARE_WORDS.has(w));
}

// --- a dateline alone on its line ---------------------------------------------------------------------------

/**
 * "ALDEN CITY, March 4 (Continental Wire)", "COPENHAGEN, Sept 18 (Nordwire)", "LONDON (Reuters) —": a wire
 * dateline printed above the first paragraph instead of opening it. A place in capitals, then a date (an agency in
 * brackets may follow), or an agency in brackets and a dash ("NATO (North Atlantic …)" alone is no dateline).
 */
const DATELINE_LINE_RE =
  /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L}.]{1,15}(?:\s\p{Lu}[\p{L}.]{1,15})?)?(?:(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)(?:\s*\([^()]{2,40}\))?\s*[-—–:]?|\s*\([^()]{2,40}\)\s*[-—–])$/u;

/** "CARVER FALLS, Iowa", "MADISON, Wis.", "DUNMORE SPRINGS, N.D.": a place in capitals and its state or country, alone. */
const PLACE_DATELINE_RE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{2,40},\s(?:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}{0,4}\.|(?:\p{Lu}\.){2})$/u;

/** "WASHINGTON —", "ALDEN CITY, Iowa —": a place in capitals and the dash that would open the first paragraph, alone. */
const PLACE_DASH_RE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}(?:,\s\p{Lu}[\p{L}.]{1,15}(?:\s\p{Lu}[\p{L}.]{1,15})?)?\s*[—–-]$/u;

/** "Washington (NCN) —", "Hong Kong (Reuters) -": a place not in capitals, an agency in brackets, the dash, alone. */
// (The agency an acronym or a wire's name: not "Tom Holt (D) —".)
const PLACE_AGENCY_DASH_RE = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,3}(?:,\s\p{Lu}[\p{L}.]{1,15})?\s\((?:\p{Lu}[\p{Lu}&.]{1,7}|Reuters|Bloomberg)\)\s*[—–-]$/u;

/**
 * "Puerto Lindo (Panama), May 9 (NCA).-", "Ciudad Real, 9 May (EFE).-": a Spanish-language wire's dateline, the place (its
 * country in brackets), the date, the agency in brackets and ".-", alone on its line.
 */
const PLACE_DATE_AGENCY_RE = new RegExp(
  String.raw`^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s(?:de|del|la|las|los|el|do|da|dos|\p{Lu}[\p{L}\p{M}.'’-]*)){0,4}(?:\s\(\p{Lu}[\p{L}\p{M} .'’-]{1,30}\))?,\s(?:\p{L}{3,10}\.?\s\d{1,2}|\d{1,2}\s\p{L}{3,10}\.?)\s\((?:\p{Lu}[\p{Lu}&.-]{1,7}|Reuters|Bloomberg)\)\s?\.?\s?[-–—]$`,
  "u",
);

/**
 * "Buenos Aires, February 27, 2028", "Cork, 3 March 2028": a place in ordinary capitals and a full date, alone (not a
 * headline's "Remembering Selma, March 7, 1965", nor a day's name, "Election Day, November 5, 2024").
 */
const PLACE_FULL_DATE_RE =
  /^(?!\p{Lu}\p{Ll}+ing\s)\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,3}(?<!\s(?:Day|Eve|Night)),\s(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2},\s\d{4}|\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{4})$/u;
function isDatelineLine(line: string): boolean {
  return line.length <= 80 && (DATELINE_LINE_RE.test(line) || PLACE_FULL_DATE_RE.test(line) || PLACE_DATELINE_RE.test(line) || PLACE_DASH_RE.test(line) || PLACE_AGENCY_DASH_RE.test(line) || PLACE_DATE_AGENCY_RE.test(line));
}

// --- "Related: <other story>" link lines --------------------------------------------------------------------

// ("Live results: Follow the count in every seat": a link to the outlet's page of results under its label; not "LIVE
// UPDATES: …", a live blog's own headline.)
const RELATED_PREFIX_RE =
  /^(?:related(?: (?:articles?|stories|story|coverage|content|reading|video|link))?|live (?:results|scores)|(?:associated|further|additional) (?:coverage|reading|stories|articles)|read more|read next|read also|more|see also|also read|also see|recommended|don't miss|don’t miss|must read|watch next|up next|more from [^:|]{1,40}|more on [^:|]{1,40}|trending|popular|go deeper|dig deeper|go further)\s*(?::|>>|»|›|\|)\s*\S/i;

/**
 * "WATCH: Council debate runs past midnight (2:14)", "PODCAST | The Week: the budget explained (31 min)": a video or
 * audio promoted with its running time (perhaps under its label: "(Duration 2:41)").
 */
const PROMO_WITH_DURATION_RE = /^(?:watch|video|listen|audio|podcast)\s*[:|]\s*\S.{2,140}\((?:(?:duration|length|runtime|running time)\s?:?\s)?(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}\s?min(?:ute)?s?)\)$/i;

/** "WATCH: Drone video shows derailed cars …": a promotion labelled in capitals, as pages print them. */
// (And a link to another story under "READ:" or "ALSO READ:", in capitals: "READ: Dog bite cases hit record high in 2028".)
const PROMO_LABEL_RE = /^(?:WATCH|VIDEO|LISTEN|PHOTOS|GALLERY|(?:ALSO )?READ)\s*:\s*\S/;

/** "Watch: Tourists crowd Seville’s fountains as the city swelters": a video's headline under its label, with no full stop. */
const PROMO_HEADLINE_RE = /^(?:Watch|Video|Listen|Photos|Gallery|In pictures)\s*:\s*\p{Lu}[^.!?]{5,140}$/u;

/** "Related... Voters Raised The Minimum Wage.": a link under its label, set off by an ellipsis. */
const RELATED_ELLIPSIS_RE = /^(?:Related|RELATED)(?: (?:[Aa]rticles?|[Ss]tories|[Ss]tory|[Cc]overage|[Rr]eading))?\s*(?:\.{2,}|…)\s*\p{Lu}/u;

function isRelatedLink(line: string): boolean {
  return line.length <= 220 && (RELATED_PREFIX_RE.test(line) || RELATED_ELLIPSIS_RE.test(line) || PROMO_WITH_DURATION_RE.test(line) || PROMO_LABEL_RE.test(line) || PROMO_HEADLINE_RE.test(line));
}

// --- photo and image credits --------------------------------------------------------------------------------

// Agencies and licences that only appear in credits as names; matched case-insensitively.
const AGENCY_CI =
  "getty images|getty|associated press|reuters|shutterstock|flickr|wikimedia commons|wikimedia|alamy|istockphoto|istock|unsplash|pexels|pixabay|bloomberg|zuma press|zuma wire|zuma|nurphoto|anadolu agency|anadolu|xinhua|sipa usa|sipa|pool|handout|creative commons|public domain|imagn|usa today sports";
// Acronyms matched case-sensitively so that ordinary words ("ap", "pa") never count.
const AGENCY_CS = "AP Photo|AP Images|AP|AFP|EPA-EFE|EPA|UPI|PA|CC0|CC[- ]BY(?:[- ](?:SA|ND|NC))*(?: \\d\\.\\d)?";
const AGENCY_CI_RE = new RegExp(`\\b(?:${AGENCY_CI})\\b`, "gi");
const AGENCY_CS_RE = new RegExp(`\\b(?:${AGENCY_CS})\\b`, "g");
const LICENCE_RE = /\b(?:CC[- ]?BY|CC0|creative commons|public domain|licen[cs]ed? under)\b/i;
// ("Image Credits: Harbor / PaceLoop": the label in the plural too.)
// ("File picture: Ann Holt/Harbor Post", "Archive photo: …", "File photo by Rudolph Brown": a photo from the files,
// under its label and a colon or "by"; not "File photos of the suspect were released".)
const CREDIT_PREFIX_RE =
  /^(?:photo(?:graph)?s?|photo illustration|images?|pictures?|pics?|illustrations?|graphics?|video|footage|credits?|courtesy|source|photo credits?|image credits?|image source)\b(?:\s+credits?)?\s*(?::|\/|\bby\b|\bcourtesy\b|\bvia\b|\bof\b|\bfrom\b)|^credits?\s*(?:\.{2,}|…)\s*\p{Lu}|^(?:file|archive|stock) (?:photo(?:graph)?|picture|image|footage)s?\s?(?::|\bby\b)/iu;
/** "(File photo)", "(File)", "(Archive image)": a photo from the outlet's files, in brackets after its caption or alone. */
const FILE_PHOTO_RE = /^\((?:file(?:\s+(?:photo(?:graph)?|image|picture|footage))?|(?:archive|stock)\s+(?:photo(?:graph)?|image|picture|footage))s?\)$/i;
/** "Submitted by Darren Moose", "Supplied", "Courtesy of the Hale family": a photo someone gave the paper. */
const SUBMITTED_CREDIT_RE =
  /^(?:(?:[Ss]ubmitted|[Ss]upplied|[Cc]ontributed)(?:\s+(?:photo|image|picture))?(?:\s+by\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|the|and|de|la|del|da|du|van|von|der|le|family)){0,6})?|(?:SUBMITTED|SUPPLIED|CONTRIBUTED)(?:\s+(?:PHOTO|IMAGE|PICTURE))?|(?:[Pp]hoto\s+)?[Cc]ourtesy\s+of\s+(?:the\s+)?(?:family|\p{Lu}[\p{L}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|of|the|and|family)){0,6}))$/u;
/** A caption's sentence, then a short credit with no stop of its own (see SUBMITTED_CREDIT_RE). */
const CAPTION_THEN_GIVEN_RE = /^(.+?[.!?]["”’]?)\s+([^.!?]{2,80})$/u;
/** A credit under the label a newspaper of record prints under its photos: "Credit...Amir Hadid for The Sentinel". */
export function isLabelledCredit(line: string): boolean {
  return LABELLED_CREDIT_RE.test(line.trim()) && isCreditLine(line);
}
/** The label itself: "Credit...", "Credits…" before a name. */
const CREDIT_LABEL = String.raw`[Cc]redits?\s*(?:\.{2,}|…)\s*\p{Lu}`;
const LABELLED_CREDIT_RE = new RegExp(`^${CREDIT_LABEL}`, "u");
/**
 * A caption of two or three short sentences, as such a credit has above it ("Dr. Lena Ruiz at her home on Wednesday.
 * She has worked at the agency for 14 years."): no quotation and no report of what anyone said, denied or vowed.
 */
export function isShortCaption(text: string): boolean {
  // (A sentence ends after a word of two lower-case letters or more: not "Gov." or "U.S.".)
  const sentences = text.split(/(?<=(?:\p{Ll}{2,}|\d)[.!?])\s+(?=\p{Lu})/u);
  return sentences.length <= 3 && sentences.every((x) => x.length <= 130) && !/["“”]/.test(text) &&
    !/\b(?:said|says|told|tells|according|denied|denies|called|claimed|announced|vowed|warned|argued|insisted)\b/i.test(text);
}
// "... he said. The ..." — a sentence end (not an initial such as "J." in "J. Scott Applewhite").
const SENTENCE_BREAK_RE = /\p{Ll}{2,}[.!?]["”’]?\s+\p{Lu}/u;
const ENDS_LIKE_SENTENCE_RE = /(?:\p{Ll}{2,}|\d)[.!?]["”’]?$|[!?]["”’]?$/u;

function agencySpans(s: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of [AGENCY_CI_RE, AGENCY_CS_RE]) {
    re.lastIndex = 0;
    for (const m of s.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** A short line that credits a photo or image: "Getty Images", "AP Photo/Evan Vucci", "Photo: Jane Doe". */
export function isCreditLine(raw: string): boolean {
  let s = raw.trim();
  if (FILE_PHOTO_RE.test(s)) return true;
  const wrapped = /^\((.*)\)$/.exec(s);
  if (wrapped) s = (wrapped[1] ?? "").trim();
  if (!s || s.length > 160 || s.split(/\s+/).length > 16) return false;
  if (SENTENCE_BREAK_RE.test(s) || ENDS_LIKE_SENTENCE_RE.test(s)) return false;
  if (CREDIT_PREFIX_RE.test(s)) return true;
  // "KARIN DAHL/PULSEPOINT", "Ben Alvarado/Pine Valley Courier": a photographer and their outlet.
  // (Or "HNW Photo/Ana Ruiz, File": the wire's photo service and its photographer, "File" marking a picture from its archive.)
  if (PHOTOGRAPHER_SLASH_OUTLET_RE.test(s.replace(FILE_MARK_RE, ""))) return true;

  // Trailing licence parentheses: "Jane Doe/Flickr (CC-BY-SA)".
  let hadLicence = false;
  for (let m = /\s*\(([^()]*)\)\s*$/.exec(s); m; m = /\s*\(([^()]*)\)\s*$/.exec(s)) {
    const inner = m[1] ?? "";
    if (!LICENCE_RE.test(inner) && agencySpans(inner).length === 0) break;
    hadLicence ||= LICENCE_RE.test(inner);
    s = s.slice(0, m.index).trim();
  }
  if (hadLicence && s.split(/\s+/).length <= 8) return true;
  if (!s) return hadLicence;

  for (const [start, end] of agencySpans(s)) {
    const before = s.slice(0, start).trim();
    const after = s.slice(end).trim();
    if (after.startsWith("/") || before.endsWith("/")) return true; // "AP Photo/Evan Vucci", "Jane Doe/Reuters"
    if (after === "" || /^[|,;]/.test(after)) {
      // The agency ends the credit: alone, or after a separator or "via". Not after a bare name or "by":
      // a Title Case headline such as "Trump Sues Reuters" or "Flynn Interviewed by Bloomberg" must stay.
      if (before === "" || /(?:[|,:©/–—-]|\b(?:via|photos?|images?))$/i.test(before)) return true;
    }
  }
  return false;
}

// A caption that ends with its credit: "The president speaks on Monday. (AP Photo/Evan Vucci)".
const PHOTO_SPECIFIC_RE = /\/|\b(?:photo|image|picture|credit|illustration|via|getty|shutterstock|alamy|istock|flickr|unsplash)\b/i;

/**
 * "RiverSport/Dana Ruiz": an outlet, a slash, then its photographer's name (two words or more), as some pages order a
 * credit in brackets after a caption.
 */
const OUTLET_SLASH_PHOTOGRAPHER_RE = /^(?:The\s)?\p{Lu}[\p{L}'’&-]*(?:\s\p{Lu}[\p{L}'’&-]*){0,3}\s?\/\s?\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}$/u;
/**
 * "HBC News: Dana Ruiz": the outlet, a colon, then its photographer's name (two words or more), in brackets after a
 * caption (the outlet no label of a note: not "Update: Ann Holt", nor of where figures come from, "Source: Statistics Norway").
 */
const OUTLET_COLON_PHOTOGRAPHER_RE =
  /^(?!(?:Update[ds]?|Correction|Clarification|Note|Editor['’]s note|Read|Watch|Listen|See|Related|More|Also|Reporting|Opinion|Analysis|Sources?|Data|Figures|Statistics)\s?:)(?:The\s)?\p{Lu}[\p{L}\d'’&-]*(?:\s(?:\p{Lu}[\p{L}\d'’&-]*|\d{1,3})){0,3}:\s\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}$/u;
/** ", File" closing a slashed credit: the picture is from the archive ("HNW Photo/Ana Ruiz, File"). */
const FILE_MARK_RE = /,\s?(?:File|FILE)$/;
/** "Ben Alvarado/Pine Valley Courier": a photographer's name, a slash, then a name (the outlet, a channel's number in it perhaps: "Harbor 9 News"). */
const PHOTOGRAPHER_SLASH_OUTLET_RE = /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}\s?\/\s?(?:The\s)?\p{Lu}[\p{L}'’&-]*(?:\s(?:\p{Lu}[\p{L}'’&-]*|\d{1,3})){0,4}$/u;
/**
 * "DEVIN HALE FOR PULSEPOINT", "NADIA ROUX FOR THE DAILY HERALD": a photographer working for an outlet, in capitals (a
 * subhead may read so too, "VOTERS ASK FOR ANSWERS": the cleaner takes it for a credit only under a caption).
 */
export function isCapitalsCreditFor(line: string): boolean {
  return PHOTOGRAPHER_FOR_OUTLET_RE.test(line.trim());
}
const PHOTOGRAPHER_FOR_OUTLET_RE = /^(?!.*\b(?:ASKS?|PUSH(?:ES)?|CALLS?|FIGHTS?|VOTES?|PRESS(?:ES)?|HOPES?|WAITS?|PLEADS?|RALL(?:Y|IES)|PREPARES?|GO|GOES|RUNS?|BIDS?|LOOKS?|HEADS?|SETTLES?|STANDS?)\s+FOR\b)(?:\p{Lu}\.\s?|\p{Lu}{2,}[\s.'’-]+|Mc\p{Lu}{2,}\s){1,3}\p{Lu}{2,}\sFOR\s(?:THE\s)?\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,3}$/u;
/**
 * "Haruto Mills for The Coastal Times": a photographer working for an outlet, under a caption; the outlet's last word one
 * that names a paper or an agency (not "Vote Yes for The Union"), or the outlet's initials alone, three letters or more
 * ("Ana Ruiz-Tagle for HNR"; not "Vote Ann Holt for MP").
 */
export function isPhotographerForOutlet(line: string): boolean {
  return PHOTOGRAPHER_FOR_NAMED_OUTLET_RE.test(line.trim());
}
/** A photographer's name as a credit prints it: "Haruto Mills", "Ann B. Holt", "Ana Ruiz-Tagle". */
const PHOTOGRAPHER_NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?)){1,3}`;
const PHOTOGRAPHER_FOR_NAMED_OUTLET_RE = new RegExp(
  String.raw`^${PHOTOGRAPHER_NAME}\sfor\s(?:(?:The\s)?(?:\p{Lu}[\p{L}'’&.-]*\s){0,4}(?:Times|Post|News|Herald|Journal|Tribune|Guardian|Telegraph|Globe|Star|Chronicle|Gazette|Courier|Ledger|Review|Observer|Independent|Standard|Press|Record|Sentinel|Dispatch|Examiner|Bulletin|Mail|Express|Mirror|Magazine|Agency|Network|Media|Images|Photos?)|\p{Lu}{3,6})$`,
  "u",
);
/** One sentence of a caption, with no quotation or verb of saying and a verb in the present: "Ann Holt speaks in Denver on Thursday." */
const CAPTION_VERBS = "speaks|bows|kneels|reacts|celebrates|embraces|hugs|shakes hands|testifies|listens|walks|arrives|leaves|stands|sits|looks|waves|talks|addresses|holds|attends|gestures|smiles|poses|pauses|prepares|answers|votes|signs|greets|meets|visits|tours|is seen|are seen|is shown|are shown";
const CAPTION_SENTENCE_RE = new RegExp(String.raw`^(?![^"“”]*["“”])(?![^]*\b(?:said|says|told|according)\b)[^.!?]{10,200}\b(?:${CAPTION_VERBS})\b[^.!?]*[.!?]$`);
/** A caption's verb in the present: "arrives", "speaks", "is seen". */
const CAPTION_VERB_RE = new RegExp(String.raw`\b(?:${CAPTION_VERBS})\b`);
/** "Meridian News", "The Eastern Standard": an outlet's name, as a caption credits its own photo in brackets. */
const OUTLET_CREDIT_RE = /^(?:The\s)?(?:\p{Lu}[\p{L}'’&-]*\s){0,3}(?:News|Times|Post|Press|Standard|Herald|Journal|Tribune|Courier|Chronicle|Gazette|Network|Media|Radio|TV|Television|Photos?|Images)$/u;
/** "Image caption, Lorries queued …", "Image source, Getty Images": a caption or credit under its label. */
const CAPTION_LABEL_RE = /^(?:image|photo|picture|video)\s+(?:caption|source|credit)\s*[,:]\s*\S/i;

/** "(Photo: The senator speaks on Tuesday. Senate PRIB)": a caption under its label, the whole line in brackets. */
const BRACKETED_CAPTION_RE = /^\((?:photo|image|picture|file photo)s?\s*:\s*[^()]{3,300}\)$/i;

/** "2 / 5 ", "3/4 ": a gallery's counter (this photo of so many) opening a caption. */
const GALLERY_COUNTER_RE = /^(\d{1,2})\s?\/\s?(\d{1,2})\s(?=\p{Lu})/u;
/** After a counter, a plural noun for people or a verb of saying, as a fraction opens a sentence: "Britons support", "Greek firefighters say". */
const FRACTION_OF_PEOPLE = /^(?:\p{L}+\s)?\p{L}+s\s(?:say|says|support|back|oppose|want|think|believe|agree|got|get|are|were|have|had)\b/iu;
/** "Coastguard", "National Fire Service", "KFA": a credit of capitalised names only, as a gallery's is. */
const NAMES_ONLY_RE = /^\p{Lu}[\p{L}\d&.'’-]*(?:\s(?:\p{Lu}[\p{L}\d&.'’-]*|of|and|the|&))*$/u;
/** One sentence before a photo's credit in brackets that reports no one's words, as a caption is. */
function isCaptionSentence(caption: string): boolean {
  return /[.!?]["”’]?$/.test(caption) && caption.length <= 250 && !/["“”]|\b(?:said|says|told|tells|according)\b/.test(caption) && !SENTENCE_BREAK_RE.test(withoutAbbreviations(caption));
}

/** A line with its titles' and initials' full stops taken out ("Gov. Ann Holt", "U.S. Rep."), so that only sentences end. */
function withoutAbbreviations(line: string): string {
  return line.replace(/\b(?:\p{Lu}\.){2,}\s/gu, "US ").replace(/\b(\p{Lu}\p{Ll}{0,3})\.\s/gu, "$1 ");
}

/**
 * "The mayor arrives at the court on Thursday. (Harbor Wire)": one sentence of a caption, told in the present with a
 * caption's verb and reporting no one's words, then a credit of capitalised names in brackets. Alone such a line may be a
 * paragraph citing its source; the cleaner takes it for a caption only right under the header's byline or dates.
 */
export function isCaptionWithNamesCredit(line: string): boolean {
  if (line.length > 300) return false;
  const credit = TRAILING_NAMES_CREDIT_RE.exec(line);
  if (!credit) return false;
  const caption = withoutAbbreviations(line.slice(0, credit.index).trim());
  return isCaptionSentence(caption) && CAPTION_VERB_RE.test(caption) && !TOLD_IN_PAST_RE.test(caption);
}

/** "Photo: A water truck on the road above the village.": a caption under its label. Group 1: what follows the label. */
// (Also a photo's place on the page before the label: "Banner image: …", "Top photo: …"; or a video's player, "Video
// player: Parents address the board on Tuesday night. (KDRW)".)
const PHOTO_LABEL_RE = /^(?:(?:[Bb]anner|[Tt]op|[Mm]ain|[Hh]eader|[Ll]ead|[Ff]eatured|[Cc]over|[Hh]ero)\s)?(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|PHOTO|PICTURE|IMAGE|[Vv]ideo player|VIDEO PLAYER)s?\s*:\s+(\p{Lu}.*)$/u;
/** " (KDRW)", " (Harbor Fire Service)": a credit of capitalised names only, in brackets after a caption. */
const TRAILING_NAMES_CREDIT_RE = /\s\(\p{Lu}[\p{L}\d&.'’\/-]*(?:\s(?:\p{Lu}[\p{L}\d&.'’\/-]*|of|and|the|&)){0,4}\)$/u;
/** " Tomas Ruiz-Tagle for Meridiano Sur", " Ana Lima/Reuters": a photographer's credit ending a caption. */
// (A name's words end with no full stop but an initial's: not "… above La Higuera Alta. Tomas Ruiz-Tagle".)
const TRAILING_PHOTOGRAPHER_RE = /\s(?:\p{Lu}(?:[\p{L}'’-]+|\.)(?:\s\p{Lu}(?:[\p{L}'’-]+|\.)){1,3}\s(?:for|\/)\s?(?:The\s)?\p{Lu}[\p{L}'’&-]*(?:\s\p{Lu}[\p{L}'’&-]*){0,4})$/u;

/**
 * "… She has clashed with legislative leaders over spending.Credit...Luis Ortega for The Harbor Times": a newspaper of
 * record's caption run into its labelled credit (group 1: the caption; group 2: the credit).
 */
const CAPTION_THEN_LABELLED_CREDIT_RE = new RegExp(String.raw`^(.{10,400}?[.!?\p{Ll}\d)])\s?(${CREDIT_LABEL}.{1,120})$`, "u");
/** " Image source, Getty Images", " Photo credit, Ann Holt": a caption's credit under its label and a comma (group 1: the names). */
const TRAILING_SOURCE_LABEL_RE = /(?<=[.!?]["”’]?)\s+(?:[Ii]mage|[Pp]hoto|[Pp]icture) (?:source|credit)s?,\s(\p{Lu}[\p{L}\d&.'’-]*(?:\s(?:\p{Lu}[\p{L}\d&.'’-]*|of|and|the|&|via|\/)){0,5})$/u;
/** A caption's sentences (group 1) then a photographer working for an outlet (group 2), no full stop after it. */
const TRAILING_FOR_OUTLET_RE = new RegExp(String.raw`^(\p{Lu}.{9,400}?[.!?]["”’]?)\s(${PHOTOGRAPHER_NAME}\sfor\s(?:The\s)?(?:\p{Lu}[\p{L}'’&.-]*\s){0,4}\p{Lu}[\p{L}'’&-]*)$`, "u");
/** The first person, as a letter writes and a caption does not: "We have waited", "I think". */
const FIRST_PERSON_RE = /\b(?:I|we|We|our|Our|my|My|us)\b/u;
/** How many sentences a caption has, each no longer than a caption's (a hundred more than the limit otherwise). */
function captionSentences(text: string): number {
  const sentences = withoutAbbreviations(text).split(/(?<=(?:\p{Ll}{2,}|\d)[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u);
  return sentences.every((x) => x.length <= 200) ? sentences.length : 100;
}
/**
 * Up to three sentences of a caption's length, none in the first person, as a caption over its photographer's credit is:
 * they may quote the person pictured ("… at the briefing on Thursday. She said talks were at a “delicate”
 * stage."); not a reader's letter signed for a group ("… We have waited six years. Siobhán Daly for Galway Cycling Network").
 */
function isCaptionOfThePictured(text: string): boolean {
  return captionSentences(text) <= 3 && !FIRST_PERSON_RE.test(text);
}
/** A caption's closing credit: " Image by Marina Coelho.", " Photo: Ana Lima." (a name of up to four words). */
const TRAILING_CREDIT_BY_RE = /\s(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)s?\s(?:by|:)\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}\.?$/u;

/** " Image courtesy of Colônia de Pescadores Z-14.", " Photo by the family.": a credit of names only, ending in a full stop. */
const CREDIT_WITH_STOP_RE = /(?<=[.!?]["”’]?)\s+(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)s?\s+(?:by|courtesy\s+of)\s+(?:(?:the|of|and|de|da|do|dos|du|la|le|van|von|family|author|artist)\s+|\p{Lu}[\p{L}\d'’&-]*\s+)*?(?:\p{Lu}[\p{L}\d'’&-]*|family|author|artist)\.$/u;

/** " Ann Holt via Getty Images" closing a caption: a photographer's name via an agency (group 1). */
const TRAILING_VIA_AGENCY_RE = /(?<=[.!?]["”’]?)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}\svia\s[^.!?]{2,40})$/u;
/**
 * "… against the charges.DANA RUIZ/THE HARBOR LEDGER": a photographer and their outlet in capitals, run on to the
 * caption's full stop with no space, as a sentence never is (group 1: the caption; group 2: the credit).
 */
const GLUED_CAPITALS_CREDIT_RE = /^(.{10,300}?[.!?]["”’]?)(\p{Lu}{2,}[\p{Lu}\p{M} .'’-]*\/[\p{Lu}\p{M} .'’&-]{2,60})$/u;
/**
 * "Ann Holt arrives at Southwark Crown Court on Monday Credit: Ruiz Pictures": a tabloid's caption with no full stop, its
 * credit after "Credit:" (group 1: the caption; group 2: the credit, capitalised names only).
 */
const CAPTION_CREDIT_COLON_RE = /^(\p{Lu}.{9,249}?[^\s.!?:;,])\s((?:Photo |Picture |Image )?Credits?:\s\p{Lu}[\p{L}\d'’&./-]*(?:\s(?:\p{Lu}[\p{L}\d'’&./-]*|\/|of|the|and|&|via)){0,5})$/u;

function isCaptionWithCredit(line: string): boolean {
  if (CAPTION_LABEL_RE.test(line) || BRACKETED_CAPTION_RE.test(line)) return true;
  const glued = CAPTION_THEN_LABELLED_CREDIT_RE.exec(line);
  if (glued && isLabelledCredit(glued[2]!) && (isShortCaption(glued[1]!) || isCaptionOfThePictured(glued[1]!))) return true;
  // (The capitals credit run on with no space: a caption of up to three sentences with no quotation, which may tell
  // what a company says, "… in Boucherville, Que. The company says it will appeal.DANA RUIZ/THE HARBOR LEDGER".)
  const gluedCapitals = GLUED_CAPITALS_CREDIT_RE.exec(line);
  if (gluedCapitals && PHOTOGRAPHER_SLASH_OUTLET_RE.test(gluedCapitals[2]!.trim()) && !/["“”]/.test(gluedCapitals[1]!) && gluedCapitals[1]!.split(/(?<=\p{Ll}{2,}[.!?])\s+(?=\p{Lu})/u).length <= 3) return true;
  const colon = CAPTION_CREDIT_COLON_RE.exec(line);
  // (The caption with its verb in the present: not "The bank cut rates on Consumer Credit: Visa and Mastercard".)
  if (colon && isCreditLine(colon[2]!) && isShortCaption(colon[1]!) && CAPTION_VERB_RE.test(colon[1]!)) return true;
  // (" Ann Holt via Getty Images" after a caption that reports no one's words.)
  const via = TRAILING_VIA_AGENCY_RE.exec(line);
  if (via && isCreditLine(via[1]!) && isShortCaption(line.slice(0, via.index))) return true;
  // "Photo: A water truck on the road above La Higuera Alta. Tomas Ruiz-Tagle for Meridiano Sur": the label, a
  // caption's sentence that reports no one's words, perhaps its credit.
  const labelled = PHOTO_LABEL_RE.exec(line);
  if (labelled && isCaptionSentence(labelled[1]!.replace(TRAILING_PHOTOGRAPHER_RE, "").replace(TRAILING_CREDIT_BY_RE, "").replace(TRAILING_NAMES_CREDIT_RE, "").trim())) return true;
  if (line.length > 500) return false;
  // "… began producing spodumene in 2025. Supplied": a photo someone gave the paper, credited after a caption's
  // sentence with no brackets.
  const given = CAPTION_THEN_GIVEN_RE.exec(line);
  if (given && SUBMITTED_CREDIT_RE.test(given[2]!) && isCaptionSentence(given[1]!)) return true;
  const paren = /\(([^()]{2,120})\)\s*$/.exec(line);
  if (paren && paren.index > 0) {
    const inner = paren[1] ?? "";
    // ("… speaks at a summit in Wichita, Kan., in August. (File photo)": a photo from the files, after one sentence that
    // reports no one's words.)
    const caption = line.slice(0, paren.index).trim();
    if (FILE_PHOTO_RE.test(paren[0].trim()) && isCaptionSentence(caption)) return true;
    if (PHOTO_SPECIFIC_RE.test(inner) && isCreditLine(inner)) return true;
    // "… north of Kesagami Lake on July 10. (Submitted by Darren Moose)": a reader's or a family's photo, after a
    // caption's sentence that reports no one's words.
    if (SUBMITTED_CREDIT_RE.test(inner) && isCaptionSentence(caption)) return true;
    // "… on Monday afternoon. (Ben Alvarado/Pine Valley Courier)": a photographer and their paper, after a sentence.
    if (PHOTOGRAPHER_SLASH_OUTLET_RE.test(inner) && /[.!?]["”’]?\s*$/.test(line.slice(0, paren.index))) return true;
    // (Or the outlet first, "… in May. (RiverSport/Dana Ruiz)", "… in Canberra. (HBC News: Dana Ruiz)", after a caption's
    // one sentence that reports no one's words.)
    if ((OUTLET_SLASH_PHOTOGRAPHER_RE.test(inner) || OUTLET_COLON_PHOTOGRAPHER_RE.test(inner)) && isCaptionSentence(caption)) return true;
    // "2 / 5 Flood water in the square on Sunday. (Coastguard)": a gallery's photo, its counter, caption and credit.
    // (Not a fraction of people, "7/10 Britons support the ban.", nor "9/11 Families Against Terror": a counter's caption
    // opens with no plural noun and never says what people "say".)
    const counter = GALLERY_COUNTER_RE.exec(caption);
    const fraction = counter ? FRACTION_OF_PEOPLE.test(caption.slice(counter[0].length)) || counter[0].trim().replace(/\s/g, "") === "9/11" : false;
    if (counter && !fraction && Number(counter[1]) <= Number(counter[2]) && NAMES_ONLY_RE.test(inner) && isCaptionSentence(caption.slice(counter[0].length))) return true;
    // (Or the outlet alone after a caption's one sentence in the present, "… speaks in Denver on Thursday. (Meridian
    // News)"; not a paragraph citing its source, "The Fed raised rates on Wednesday. (The New York Times)".)
    // (A title's full stop is no sentence end: "Gen. Ann Ruiz speaks …".)
    if (OUTLET_CREDIT_RE.test(inner) && CAPTION_SENTENCE_RE.test(line.slice(0, paren.index).trim().replace(/\b(\p{Lu}\p{Ll}{0,3})\.\s/gu, "$1 "))) return true;
  }
  // "... on Tuesday. Photo: Jane Doe/Reuters" / "... | Getty Images"
  // (Or after a dash: "… on Tuesday. - Photo: Mohd Rafiq/Peninsula Courier".)
  // (Or "… after his second goal. Pic: SNS"; or from the files, "… in February. - File photo by Rudolph Brown".)
  const tail = /(?:[.!?]["”’]?(?:\s+[-–—])?|\|)\s+((?:(?:file|archive|stock) )?(?:photo(?:graph)?|image|picture|pic|credit|illustration)s?\s*(?::|\bby\b|\bcourtesy\b)[^.!?]{1,80}|[^.!?|]{0,60}\/\s*[^.!?|]{1,40}|getty images)$/i.exec(line);
  if (tail && isCreditLine(tail[1] ?? "")) return true;
  // ("… at a trial plot in Kitui County. PHOTO | FILE", "… on Monday. PHOTO | JOHN DOE | NMG": the label in capitals, then
  // the photographer or the archive between bars.)
  if (BARRED_PHOTO_CREDIT_RE.test(line) && isShortCaption(line.replace(BARRED_PHOTO_CREDIT_RE, ""))) return true;
  // "… with a beakful of fish. Image source, Getty Images": the credit under its label and a comma, names only.
  const source = TRAILING_SOURCE_LABEL_RE.exec(line);
  if (source && (isCreditLine(source[0].trim()) || NAMES_ONLY_RE.test(source[1]!)) && isShortCaption(line.slice(0, source.index))) return true;
  // "Lydia Strand on Capitol Hill last month. She said on Thursday that she was “proud of every word”. Haiyun Jiang for
  // The National Record": a caption of up to three sentences, its photographer's credit ending the line with no full
  // stop, the outlet named as a paper or an agency is (the sentences may quote the person pictured).
  const forOutlet = TRAILING_FOR_OUTLET_RE.exec(line);
  if (forOutlet && isPhotographerForOutlet(forOutlet[2]!) && isCaptionOfThePictured(forOutlet[1]!)) return true;
  // (Or one closing with a full stop, names only, after a caption: "… on Oct. 9. Image courtesy of Colônia de Pescadores Z-14.")
  const stopped = CREDIT_WITH_STOP_RE.exec(line);
  if (stopped && isShortCaption(line.slice(0, stopped.index))) return true;
  // "… on Oct. 6. Dana Ruiz-Holloway/Heartland Public Media": a photographer and their outlet after the caption.
  const byline = /[.!?]["”’]?\s+(\p{Lu}[^.!?]{2,80})$/u.exec(line);
  return !!byline && PHOTOGRAPHER_SLASH_OUTLET_RE.test(byline[1]!);
}

/** A caption's closing credit in capitals between bars: ". PHOTO | FILE", ". PHOTO | JOHN DOE | NMG". */
const BARRED_PHOTO_CREDIT_RE = /(?<=[.!?]["”’]?)\s+(?:PHOTO|PICTURE|IMAGE|FILE PHOTO)(?:\s\|\s[\p{Lu}\d][\p{Lu}\d .'’&-]{0,40}){1,2}$/u;

// --- tag and topic lists ------------------------------------------------------------------------------------

// ("See more on: Federal Reserve, U.S. Politics"; "Follow the topics in this article: Banks; Currencies; IMF"; "Read more
// about: Mississauga, Workplace Safety")
const TAGS_RE = /^(?:tags|tagged(?: with)?|topics|related topics|filed under|categories|category|keywords|(?:see |explore )?more on|read more about|follow (?:the |these )?topics(?: in this (?:article|story))?)\b\s*:?\s*(.+)$/i;

/** "Spain · Health · Climate": three or more short capitalised topics in a bar, with no heading. */
function isTopicBar(line: string): boolean {
  if (isLongTopicBar(line)) return true;
  if (line.length > 80) return false;
  const parts = line.split(BAR);
  return parts.length >= 3 && parts.every((p) => /^\p{Lu}[\p{L}’'-]*(?:\s(?:&|and|\p{Lu}[\p{L}’'-]*)){0,2}$/u.test(p.trim()));
}
/**
 * One topic of a longer bar: capitalised words, the small words of a name between them ("Democratic Republic of the
 * Congo"), up to six words, perhaps "and" a word in lower case ("Art and design"), no full stop.
 */
const LONG_TOPIC_RE = /^\p{Lu}[\p{L}’'-]*(?:\s(?:&|and|of|the|for|in|on|de|\p{Lu}[\p{L}’'-]*)){0,5}(?:\s(?:and|&)\s\p{Ll}[\p{L}’'-]*)?$/u;
/** A topic's last word a small one: "Republic of the". */
const ENDS_IN_SMALL_WORD_RE = /\s(?:&|and|of|the|for|in|on|de)$/;
/**
 * "Museums | Belgium | Democratic Republic of the Congo | Colonialism | Art and design | news": a longer bar of topics,
 * four or more, the last one perhaps a section's name in lower case, as a page's tag list prints it (not a line of prose
 * with bars, "Turnout was 41% | Labour held the seat | The Greens came third | Recount due", whose parts have verbs and
 * figures in lower case).
 */
function isLongTopicBar(line: string): boolean {
  if (line.length > 200) return false;
  const parts = line.split(BAR).map((p) => p.trim());
  const last = parts.at(-1)!;
  const topics = SECTION_WORDS.has(last) ? parts.slice(0, -1) : parts;
  return parts.length >= 4 && topics.length >= 3 && topics.every((p) => LONG_TOPIC_RE.test(p) && !ENDS_IN_SMALL_WORD_RE.test(p));
}

function isTagList(line: string): boolean {
  if (isTopicBar(line)) return true;
  const m = TAGS_RE.exec(line);
  if (!m || line.length > 300) return false;
  const rest = m[1] ?? "";
  if (/[!?]/.test(rest) || ENDS_LIKE_SENTENCE_RE.test(rest) || SENTENCE_BREAK_RE.test(rest)) return false;
  if (/[,|•·;/]/.test(rest)) return true;
  // Without separators the entries are names: nearly all words capitalised ("Hillary Clinton Mike Pence Russia").
  const words = rest.split(/\s+/).filter(Boolean);
  const capitalised = words.filter((w) => /^[\p{Lu}\d#]/u.test(w)).length;
  return words.length > 0 && capitalised / words.length >= 0.75;
}

// --- notices about comments, following, newsletters, republication ------------------------------------------

const NOTICE_TOPIC_RE =
  /\b(?:comments? (?:section|sections|area|feature|threads?|policy)|comment(?:ing)? (?:section|sections|area|feature)|comments? (?:are|is|have been|has been) (?:now )?(?:closed|disabled|turned off|removed|unavailable|not available|moderated)|commenting (?:is|has been) (?:closed|disabled|turned off|unavailable)|(?:removed|closed|disabled|turned off) (?:its|our|the) comments?\b|join the (?:discussion|conversation)|follow us on|like us on|find us on|connect with us|share your (?:thoughts|views|story)|let us know in the comments|sign up for (?:our|the) [\w ]{0,30}newsletters?|subscribe to (?:our|the) [\w ]{0,30}(?:newsletters?|channel|podcast))/i;
// The page speaking to its reader: "We invite you ...", "Follow us on ...".
const READER_ADDRESS_RE = /\b(?:we|our|us|you|your)\b/i;
const STANDALONE_NOTICE_RE =
  /^(?:(?:update[ds]?|correction|editor['’]s note)\b.{0,30}?:\s+(?=(?:this|the|an?)\s))?(?:(?:this|the) (?:story|article|post|report|piece) (?:has been|was|will be|is being|is) (?:updated|corrected)\b|(?:this|the) (?:story|article|post|report|piece) (?:was )?(?:originally|first) (?:appeared|published|ran)\b|this (?:story|article|post|piece) (?:originally )?appeared (?:in|on|at)\b|this is a developing story\b|a version of this (?:article|story) appears in print\b|an? (?:earlier|previous|prior) version of this (?:story|article|post|report|piece)\b[^.]{0,120}\b(?:misstated|misstate|incorrectly|misidentified|misspelled|misattributed|erroneously|wrongly|omitted|gave)\b|this (?:article|story) was (?:originally )?(?:written|published) in [a-z]+\.?$|(?:this (?:article|story) (?:was|has been) )?translated from (?:the )?[a-z]+\.?$|editor['’]s note:\s|this story is developing\b|our standards:|the (?:views|opinions) expressed (?:here |in this (?:article|column|piece|commentary) )?are (?:his|her|their|the (?:author|writer)['’]s|solely (?:his|her|their|the (?:author|writer)['’]s)) own\b|this (?:article|story|information) is (?:for (?:general )?information(?:al purposes)? only|not a substitute for)\b|[^.!?]{1,60}\bis an? (?:verified )?signatory (?:to|of) (?:the )?[^.!?]{1,80}\b(?:code|principles|charter)\b)/i;
const AP_RIGHTS_RE = /\bmay not be (?:re)?published, broadcast, rewritten,? or redistributed\b/i;
/**
 * "All rights reserved. This material may not be reproduced, published or redistributed without prior written
 * permission from the Valley Courier.": what may not be done with the page, three ways of copying it at least.
 */
const RIGHTS_LIST_RE = /\bmay not be (?:(?:reproduced|copied|(?:re)?published|broadcast|rewritten|redistributed|distributed|transmitted|republished|stored|adapted)(?:,\s(?:or\s|and\s)?|\s(?:or|and)\s)){2,}(?:reproduced|copied|(?:re)?published|broadcast|rewritten|redistributed|distributed|transmitted|stored|adapted|used)\b/i;
/** What such a notice is about: the rights reserved, or the page itself ("This material", "The content of this site"). */
const RIGHTS_SUBJECT_RE = /\ball rights reserved\b|^(?:this|the|our|its) (?:material|content|article|story|site|website|page|publication|broadcast)\b/i;
/** "(Translated from Portuguese)", "(Translated from the French by Ana Ruiz)": a wire's translation note in brackets. */
const TRANSLATED_NOTE_RE = /^\((?:(?:This (?:article|story|text) (?:was|has been) )?[Tt]ranslated|Translation) from (?:the )?\p{Lu}\p{Ll}+(?: by \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})?\.?\)$/u;
/**
 * "Materials provided by Ridgeway University. Note: Content may be edited for style and length.": a science-news page's
 * credit of the press release it ran (a name only after "by").
 */
const MATERIALS_PROVIDED_RE = /^(?:Materials?|Content) (?:provided|supplied) by (?:the )?\p{Lu}[\p{L}\d&'’-]*(?: (?:\p{Lu}[\p{L}\d&'’-]*|of|the|and|for|at|de|&)){0,8}\.(?:\s+Note:\s+Content may be edited for (?:style and length|length and style|clarity)\.)?$|^Note:\s+Content may be edited for (?:style and length|length and style|clarity)\.$/u;
/** "This interview has been edited for length and clarity.", "The conversation was condensed and edited." */
const EDITED_FOR_LENGTH_RE =
  /^(?:this|the following|our)\s+(?:interview|conversation|transcript|q\s?&\s?a|exchange|discussion)\s+(?:has\s+been|was|is|have\s+been)\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed)(?:\s+(?:and|&)\s+(?:lightly\s+)?(?:edited|condensed))?(?:\s+for\s+(?:length|clarity|brevity|space|style)(?:,?\s+(?:and|&)\s+(?:length|clarity|brevity|space|style))?)?\.?$/i;
/**
 * A transcript's signpost: "An edited transcript follows.", "Below is a partial transcript of the news conference.", "The
 * following is a transcript of his remarks." (not a sentence that says what the transcript shows).
 */
const TRANSCRIPT_FOLLOWS_RE =
  /^(?:(?:an?\s+)?(?:(?:lightly\s+)?edited|partial|full|complete)?\s*transcript(?:\s+of\s+[^.!?]{1,80}?)?\s+follows|(?:below|here)\s+is\s+an?\s+(?:(?:lightly\s+)?edited\s+|partial\s+|full\s+)?transcript(?:\s+of\s+[^.!?]{1,80})?|the\s+following\s+is\s+an?\s+(?:(?:lightly\s+)?edited\s+|partial\s+|full\s+)?transcript(?:\s+of\s+[^.!?]{1,80})?)[.:]?$/i;
/** A wire story's currency note: "(1 $ = 10.73 Norwegian crowns)", "($1 = 0.92 euros)". */
const CURRENCY_NOTE_RE = /^\(\s*(?:1\s*(?:\p{Sc}|[A-Z]{3})|\p{Sc}\s*1)\s*=\s*(?:\p{Sc}\s*)?[\d.,]+\s*[\p{L} ]{0,30}\)$/u;
/**
 * A link to the outlet's standards or methods, at the foot of a page: "NMW Editorial Standards", "How we rate claims:
 * our ratings explained", "Our fact-checking methodology".
 */
// (Or why to trust it, by its name or "us" alone: "Why you can trust HMP"; not "Why you can trust the polls", nor a
// question, "Why should you trust Parliament?".)
const STANDARDS_LINK_RE = /^(?:Why\s+(?:you\s+can|to)\s+trust\s+(?:us|(?:The\s)?\p{Lu}[\p{L}\d&'’.-]*(?:\s\p{Lu}[\p{L}\d&'’.-]*){0,3})|(?:[\p{Lu}\d][\p{L}\d&'’.-]*\s+){0,3}(?:Editorial|Ethics|Corrections)\s+(?:Standards|Principles|Guidelines|Policy|Code)|How\s+we\s+(?:rate|check|fact-check|verify|choose|work|report)\b[^.!?]{0,60}|Our\s+(?:fact-checking\s+)?(?:methodology|methods|standards|ratings\s+explained))$/u;
/** A book's details for sale under a review or interview: "The Loudest Sea (Northlight Press, 312pp) is out now." */
// (Pages in the brackets, "(Northlight Press, 312pp)", or a publisher and a price with "is out now" or "is published"
// after them; not "(128GB, £599) is available from Thursday" nor "(unleaded, £1.89).")
const BOOK_DETAILS_RE = /^[^.!?]{1,80}\((?:(?:[^(),]+,\s*)+\d{2,4}\s?pp(?:,[^()]*)?\)(?:\s+is\s+(?:out\s+now|published\b[^.!?]{0,80}|out\s+on\b[^.!?]{0,40}))?|(?:[^(),]+,\s*)+\p{Sc}\s?\d[\d.]*(?:,[^()]*)?\)\s+is\s+(?:out\s+now|published\b[^.!?]{0,80}))\.?$/u;

/** A wire story's note on what a new version changed: "(Updates with credit default swaps in 13th paragraph.)". */
// (Saying where or what: "in 13th paragraph", "throughout", "to add …", "with …"; not "(Moves to the Senate next week.)".)
const UPDATE_NOTE_RE = /^\((?:Updates?|Adds?|Recasts?|Corrects?|Rewrites?|Refiles?|Changes)\b[^()]{0,160}\b(?:paragraphs?|graf|headline|throughout|byline|dateline|details|comments?|quotes?|background|bullets?|spelling)\b[^()]{0,80}\)$/;
/** How to cite the article: "Citation: Coelho, M. (2025, October 14). Tonnes of dead fish …". */
// (With a year in brackets, as a citation has: not "Citation: The driver was issued a citation for speeding.")
// (Or a science story's paper under its label: "Study reference: Haldorsen I, Rennie C et al. (2026) “Four decades …”".)
const CITATION_RE = /^(?:Citation|Cite this (?:article|story|page)|How to cite(?: this (?:article|story|page))?|(?:Study|Journal|Paper|Research) (?:reference|citation)s?)\s*:\s*[^()]{1,80}\((?:\d{4}|n\.d\.)[^()]{0,30}\)/i;
/** "Study: Venkatesh H., Rao P. et al., 'Phosphate loading …', Journal of Urban Hydrology (2032).": the paper, by its authors "et al." and its year. */
// (With the paper's title in quotation marks: not "Study: Smith et al. found that … (2031).", a sentence.)
const STUDY_CITED_RE = /^(?:Study|Paper|Research|Source)\s*:\s*[^()]{1,80}\bet al\.,?[^()]{0,40}['‘"“][^'’"”]{10,}['’"”][^()]{1,120}\(\d{4}\)\.?$/;
/** A place a writer filed from: capitalised words, "and", commas and abbreviations ("Santa Fe, N.M.", "Columbus, Ohio"). */
const FILED_FROM_PLACE = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:(?:,\s|\s(?:and\s)?)\p{Lu}[\p{L}\p{M}.'’-]*){0,5}`;
/** "Reporting from Santa Fe, N.M.": where the writer filed from, under the byline. */
const REPORTING_FROM_RE = new RegExp(String.raw`^Reporting from ${FILED_FROM_PLACE}\.?$`, "u");
/** "Holt reported from Alden City, Iowa.", "Holt and Reed reported from Kyiv.": a wire's last line (group 1: the names). */
const REPORTED_FROM_RE = new RegExp(String.raw`^(\p{Lu}[\p{L}'’-]+(?:(?:,\s|\s(?:and\s)?)\p{Lu}[\p{L}'’-]+){0,5}) reported from ${FILED_FROM_PLACE}\.$`, "u");
/**
 * The names of the writers who, a wire's last line says, filed from a place ("Holt reported from Alden City, Iowa." →
 * ["Holt"]), or null; the cleaner drops the line only when they are the byline's (not "She reported from Kyiv for two
 * years.", nor "Smith reported from Kyiv." of someone else).
 */
export function reportedFromNames(line: string): string[] | null {
  const m = REPORTED_FROM_RE.exec(line);
  return m ? m[1]!.split(/,\s(?:and\s)?|\sand\s/) : null;
}

/**
 * "This article was amended on 3 June 2025. An earlier version said the mayor was a Labour councillor; she is an
 * independent.": a correction's note, dated, with what the earlier version said after it (its "said" no one's report).
 */
// (Or with what the change put right, a slip of the page's own: "… on 13 March 2026 to correct the spelling of Ann Holt’s
// name.", "… to correct an error in a date.", "… to correct Cr Vukovic’s first name."; not a law's article "amended on
// 4 July 1998 to remove the death penalty" or "to correct an injustice", nor anyone's report, "…, the court said".)
const AMENDED_NOTE_RE =
  /^This (?:article|story|piece|report) was (?:amended|corrected|updated) on (?:\d{1,2} \p{Lu}\p{Ll}{2,8}|\p{Lu}\p{Ll}{2,8}\.? \d{1,2},?) \d{4}(?: to correct (?:(?:\p{Lu}[\p{L}.’'-]*\s){0,3}\p{Lu}[\p{L}’'-]*['’]s (?:first |last |family |middle )?(?:name|surname|title|age|party|ward)|(?:the |an? |some )?(?:spelling|misspelling|name|names|headline|caption|byline|attribution of a quot\p{L}+|misattributed quot\p{L}+|an error in (?:a|the) (?:caption|headline|byline|name|date|quote)))\b(?:(?!\b(?:said|says|told)\b)[^.!?"“”]){0,140})?\.(?:\s+An? (?:earlier|previous|prior) version(?: of this (?:article|story|piece|report))? (?:said|stated|misstated|gave|named|described|referred|misnamed|misspelled|wrongly|incorrectly)\b[^]{0,250})?$/u;

/**
 * "This column is part of our weekly Asian markets series. Read last week’s edition: Why the yen slid": a note that the
 * piece belongs to a series (named by what a series is called, perhaps with its subject), perhaps with a link to an
 * earlier instalment (not "This story is part of a wider pattern of neglect.").
 */
const SERIES_NOTE_RE =
  /^This (?:article|story|piece|column|essay|interview|newsletter|episode) is (?:part|one) of (?:our|an?|the) [^.!?"“”]{0,80}\b(?:series|review|round-?up|edition|project|package|collection|partnership|initiative)(?:\s(?:on|about|of|from|into)\s[^.!?"“”]{1,60})?[.!]?(?:\s+(?:Read|See|Browse|Catch up on) (?:last week['’]s|the previous|previous|earlier|past|all|more|other)\b[^.!?"“”:]{0,40}(?::\s[^.!?"“”]{1,120}|[.!]?))?$/;

/**
 * "Published in the print edition of the May 11, 2026, issue, with the headline “Into the Fire.”": where the piece ran in
 * print and under what headline (not "Published in the print edition of the Gazette, the letter drew 300 replies.").
 */
const PRINT_EDITION_RE =
  /^(?:Published|Printed|(?:This|A version of this) (?:article|story|piece|review|essay) (?:was published|was printed|appeared|appears)) in (?:the )?print(?: edition)?(?: of (?:the )?[^.!?"“”]{1,60}?)?,? (?:with|under) the (?:headline|title):?\s["“‘][^"“”]{1,100}["”’]?\.?["”’]?$/;
/**
 * "Translated from the Kitakami Shimpo and other Japanese media by the Japan Regional Digest desk": what a digest
 * translated and who did, names only (not "Translated into 12 languages, the book sold …", nor "Translated from the
 * Japanese by Ann Holt, the novel won …").
 */
const TRANSLATED_BY_RE =
  /^(?:Translated|Adapted|Compiled(?: and translated)?|Translated and (?:adapted|compiled|edited)) from (?:the )?\p{Lu}[\p{L}\p{M}'’&.-]*(?: \p{Lu}[\p{L}\p{M}'’&.-]*){0,4}(?:,? and other (?:\p{Lu}\p{L}+ )?(?:media|sources|reports|outlets|newspapers|news reports|publications)(?: reports)?)? by (?:the |our )?(?:\p{Lu}[\p{L}\p{M}'’&.-]*(?: \p{Lu}[\p{L}\p{M}'’&.-]*){0,5}(?: (?:desk|staff|team|newsroom|editors))?|staff|editors|(?:news|foreign|translation|international|world) desk)\.?$/u;
/** "Names are given in Japanese order, family name first.": a note on how the page orders people's names. */
const NAME_ORDER_RE =
  /^(?:(?:All|Japanese|Chinese|Korean|Hungarian|Vietnamese) )?[Nn]ames(?: in this (?:article|story|report))? (?:are|have been) (?:given|written|rendered|presented|printed|listed) in (?:the )?(?:\p{Lu}\p{Ll}+|traditional|native|local) (?:order|style|fashion|custom)(?:,\s?(?:with (?:the )?)?(?:family name|surname)s? (?:first|before (?:the )?given names?))?\.?$/u;

/** A player's name as a line-up prints it: "Quigg", "Van Dijk", "O'Neill", "H Keenan", "de Jong". */
const PLAYER = String.raw`(?:(?:de|van|van der|van den|von|da|di|del|dos|le|la|mac) )?\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}`;
/** A player, perhaps with a captain's mark and the substitute who came on for them at a minute: "Kerr (Lindsay 77)". */
const PLAYER_IN_LINE_UP = String.raw`${PLAYER}(?: \((?:c|capt|gk|GK)\))?(?: \(${PLAYER} \d{1,3}(?:\+\d{1,2})?['’]?\))?`;
/**
 * "Strathkelvin Athletic: Moffat; Quigg, Duthie, Ramsay, Hanlon; Kerr (Lindsay 77), Boyle; Baird, Ogilvie, Sneddon
 * (Tait 70); McGuire.": a match report's line-up, the team, a colon, then its lines of players between semicolons (three
 * semicolons or more: goalkeeper, defence, midfield, attack).
 */
const LINE_UP_RE = new RegExp(
  String.raw`^(?:The )?\p{Lu}[\p{L}\p{M}\d.'’&-]*(?: (?:\p{Lu}[\p{L}\p{M}\d.'’&-]*|\d{1,4}|of|and|&)){0,4}: ${PLAYER_IN_LINE_UP}(?:, ${PLAYER_IN_LINE_UP})*(?:; ${PLAYER_IN_LINE_UP}(?:, ${PLAYER_IN_LINE_UP})*){3,}\.?$`,
  "u",
);
/** A referee's or a ground's name: two to four capitalised words, perhaps with their association or town in brackets. */
const MATCH_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,3}(?: \(\p{Lu}[\p{L}\p{M} '’.-]{1,30}\))?`;
/** Surnames listed: "Quigg, Ferrier" (two or more). */
const MATCH_NAMES = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*)?(?:, \p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*)?)+`;
/** One fact of a match under its label: "Referee: Kenny Lauder", "Attendance: 6,412", "Booked: Quigg, Ferrier". */
const MATCH_FACT = String.raw`(?:(?:Referee|Ref|Fourth official|VAR|Venue|Ground|Man of the match|Player of the match|Star man): ${MATCH_NAME}|(?:Attendance|Att|Crowd): \d{1,3}(?:,\d{3})*|(?:Booked|Bookings|Yellow cards|Sent off|Subs not used|Substitutes not used|Unused substitutes): (?:${MATCH_NAMES}|${MATCH_NAME}))`;
/** "Referee: Kenny Lauder. Attendance: 6,412.": a match report's facts, each under its label, one after another. */
const MATCH_FACTS_RE = new RegExp(String.raw`^${MATCH_FACT}(?:(?:[.;]? | [|•·] )${MATCH_FACT})*\.?$`, "u");

/** "The Harbor Ledger retains full editorial control.": the outlet keeping its say over funded work. */
const EDITORIAL_CONTROL = String.raw`(?:The\s)?\p{Lu}[\p{L}\d&'’.-]*(?:\s\p{Lu}[\p{L}\d&'’.-]*){0,3}\s(?:retains|maintains|keeps|has|holds)\s(?:full|complete|sole|total)\seditorial\s(?:control|independence|responsibility)(?:\s(?:over|of|for)\s(?:its|the|this|all)\s[^.!?"“”]{1,40})?\.`;
/**
 * "This article is part of The Long Move, a series on climate and migration supported by a grant from the Marwick Ross
 * Foundation. The Longitude retains full editorial control.": a series by its name (capitalised), what it is on, who
 * funds it, perhaps the outlet keeping its say (not "This article of the constitution is part of …", nor "This article is
 * part of the Bill of Rights, a series of ten amendments.").
 */
const NAMED_SERIES_NOTE_RE = new RegExp(
  String.raw`^This (?:article|story|piece|column|essay|interview|report|episode) is (?:part|one) of (?:The |the )?\p{Lu}[\p{L}\d'’&-]*(?: (?:\p{Lu}[\p{L}\d'’&-]*|of|and|the|in|on|for)){0,6}, (?:an?|our|the) (?:\p{Ll}+ ){0,3}(?:series|project|partnership|initiative)(?: (?:on|about|into|examining|exploring)\s[^.!?"“”]{1,80}?)?(?:,? (?:supported|funded|made possible|underwritten)(?: in part)? (?:by|with|through) (?:a grant from |funding from |support from )?(?:the )?\p{Lu}[^.!?"“”]{1,80}?)?\.(?:\s+${EDITORIAL_CONTROL})?$`,
  "u",
);
/** The editorial control after a series note of the other shape: "This story is part of our series on … . The Ledger retains …". */
const EDITORIAL_CONTROL_AFTER_RE = new RegExp(String.raw`\s+${EDITORIAL_CONTROL}$`, "u");
/** "Part of our series: The Long Move", "Part 2 of our series: The Long Move": a series' label and its name alone. */
const SERIES_LABEL_RE =
  /^Part (?:\d{1,2} |one |two |three |four |five |six )?of (?:our|the|a|an) (?:\p{Ll}+ ){0,2}(?:series|project|special report|investigation)\s?:\s(?:The\s)?\p{Lu}[\p{L}\d'’&-]*(?:\s(?:\p{Lu}[\p{L}\d'’&-]*|of|and|the|in|on|for|a|to)){0,7}$/u;
/**
 * "The Daily Glare may earn commission from purchases made through links on this page.": an affiliate note, the outlet
 * (or "We") earning from what the reader buys through the page's own links.
 */
// (Or the page's links said to be the affiliate's first: "Some links on this page are affiliate links; The Glare may earn a
// commission.")
const AFFILIATE_NOTE_RE =
  /^(?:We|(?:The\s)?\p{Lu}[\p{L}\d&'’.-]*(?:\s\p{Lu}[\p{L}\d&'’.-]*){0,3})\s(?:may|might|can|could)\s(?:earn|receive|get|collect)\s(?:an?\s)?(?:small\s)?(?:affiliate\s)?(?:commission|share of (?:the\s)?(?:revenue|sales)|compensation|fee)\b[^.!?"“”]{0,80}\b(?:links?|buttons?)\s(?:on|in)\s(?:this|our)\s(?:page|article|story|site|website)[.!]?$|^(?:Some|The|All|Certain) (?:of the )?(?:links|products)(?: (?:on|in) (?:this|our) (?:page|article|story|post|site))? (?:are|may be|include|contain) affiliate links?(?:[;,.]\s(?:and |so )?(?:we|\p{Lu}[\p{L}\d&'’.-]*(?:\s\p{Lu}[\p{L}\d&'’.-]*){0,3})\s(?:may|might|can|could)\s(?:earn|receive|get)\s(?:an?\s)?(?:small\s)?(?:commission|share of (?:the\s)?(?:revenue|sales)|compensation|fee)\b[^.!?"“”]{0,60})?[.!]?$/u;

/**
 * "When you purchase through links on our site, we may earn an affiliate commission.": the affiliate note with the
 * reader's purchase first.
 */
const AFFILIATE_WHEN_RE =
  /^(?:When|If) you (?:buy|purchase|shop|click)(?: (?:something|a product|products|an item))? (?:through|via|using|from) (?:the )?(?:links?|retailer links) (?:on|in) (?:our|this) (?:site|website|page|article|story),? (?:we|\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,3}) (?:may|might|can|could) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?(?:commission|share of (?:the )?(?:revenue|sale)|compensation|fee)\b[^.!?"“”]{0,60}[.!]?$/u;
/**
 * "The Baseline is the sports department of The Daily Meridian.": a section of the outlet saying what it is, both names
 * in capitals and a newsroom's part between them (not "The Criminal Division is the largest section of the Justice
 * Department.": a beat's word only).
 */
const OUTLET_PART_RE =
  /^(?:The )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,3} is (?:the|a) (?:sports?|business|news|politics|political|opinion|investigative|investigations|data|science|technology|tech|culture|arts|lifestyle|travel|food|health|climate|environment|money|finance|entertainment|books|video|audio|podcast|features?|local|international|world|fact-?check(?:ing)?|newsletter)(?: and [a-z]+)? (?:department|desk|section|vertical|site|website|brand|newsletter|podcast|newsroom|team|unit|channel|edition|imprint) (?:of|from|at) (?:The )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,3}\.?$/u;
/** "Comments are closed on this article.", "Commenting has been disabled for this story.": the page's comments, by "this". */
const COMMENTS_CLOSED_RE =
  /^(?:Comments|Commenting|Comment(?:ing)? (?:section|function)|The comments? section) (?:are|is|have been|has been) (?:now )?(?:closed|disabled|turned off|switched off|unavailable|not available) (?:on|for|under) this (?:article|story|post|page|piece|report)\.?$/;
/**
 * "Disclosure: The Ledger has no financial relationship with Vaultix.", "Full disclosure: the writer owns shares in …":
 * the outlet's or the writer's disclosure under its label.
 */
const DISCLOSURE_RE = /^(?:(?:Full |Editorial |Financial |Affiliate )?[Dd]isclosures?|DISCLOSURE|Conflicts? of interest|Editor['’]s disclosure)\s?:\s(?=\p{Lu}|the\s|our\s|this\s|I\s)[^"“”]{10,300}$/u;
/**
 * "This article was translated from German. Quotes from German-language interviews have been translated by the
 * International desk.": the page's notes on its language, each sentence one (the article translated, its quotations
 * translated, by whom).
 */
const ARTICLE_TRANSLATED_RE = /^This (?:article|story|report|piece|text|interview) (?:was|has been) (?:(?:originally )?(?:written|published) in|translated from|adapted from) (?:the )?\p{Lu}\p{Ll}+(?: original)?(?: by (?:the |our )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4}(?: (?:desk|team|staff))?)?\.$/u;
/**
 * "Quotes in this story have been translated from Portuguese.", "Quotes from Spanish-language interviews were translated by
 * the International desk.", "Quotes translated from Portuguese by HPA.": a note on the quotations' language.
 */
const QUOTES_TRANSLATED_RE =
  /^(?:Some |All )?(?:[Qq]uotes|[Qq]uotations|[Cc]omments|[Ii]nterviews|[Rr]emarks|Statements)(?: (?:from|in|given in) (?:the )?[\p{L}-]{3,30}(?:-language)?(?: (?:interviews|sources|media|reports|documents))?| (?:in|for) this (?:story|article|report|piece))? (?:(?:have been|were|are|has been) )?translated(?: from (?:the )?\p{Lu}\p{Ll}+(?: and \p{Lu}\p{Ll}+)?)?(?: (?:into|to) (?:English|\p{Lu}\p{Ll}+))?(?: by (?:the |our )?(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4} )?(?:desk|team|staff|editors|newsroom|\p{Lu}[\p{L}'’-]*))?\.?$/u;
/**
 * "Statements by Ann Holt and Tom Reed, and quotations from the Harbor Daily, were translated from Korean by the Harbor
 * Times.": whose words were translated, from which language and by whom, names only after "by" (not "Statements by
 * the minister were translated from Korean by aides who, lawmakers say, softened them.").
 */
const STATEMENTS_TRANSLATED_RE =
  /^(?:Statements|Quotes|Quotations|Comments|Remarks|Interviews) (?:by|from|of) [^.!?"“”]{1,100}?(?:,? and (?:statements|quotes|quotations|comments|remarks|interviews) (?:by|from|of|in) [^.!?"“”]{1,100}?,)? (?:were|have been|had been|are) translated from (?:the )?\p{Lu}\p{Ll}+(?: and \p{Lu}\p{Ll}+)?(?: (?:into|to) \p{Lu}\p{Ll}+)?(?: by (?:the |our )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4}(?: (?:desk|team|staff))?)?\.$/u;
/**
 * The page's notes on its language: the article translated, its quotations translated, by whom, each sentence one; or
 * one such note alone, in brackets ("(Translated from Portuguese)"), or saying it is a translation of the original.
 */
function isTranslationNote(line: string): boolean {
  if (line.length > 300) return false;
  if (TRANSLATED_NOTE_RE.test(line) || TRANSLATION_OF_RE.test(line)) return true;
  const sentences = line.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  return sentences.length <= 3 && sentences.every((x) => ARTICLE_TRANSLATED_RE.test(x) || QUOTES_TRANSLATED_RE.test(x) || TRANSLATED_BY_RE.test(x) || STATEMENTS_TRANSLATED_RE.test(x));
}

/**
 * "The Local Democracy Reporting Service is funded by the BBC and covers councils across Wales.": the British scheme
 * behind a council story, described at its foot.
 */
// (Or a news service of public interest like it, "Local Democracy Reporting is a public interest news service supported by
// RNZ, …".)
const LOCAL_DEMOCRACY_RE = /^(?:The )?(?:Local Democracy Reporting(?: Service)? (?:is|was) (?:funded|run|set up|part of|a partnership)\b|\p{Lu}[\p{L}’' ]{2,60} is an? public[- ]interest news (?:service|agency|initiative|partnership) (?:supported|funded|backed|run)\b)[^"“”]*[.!]?$/u;

function isNotice(line: string): boolean {
  if (line.length <= 400 && AMENDED_NOTE_RE.test(line)) return true;
  // (A team's line-up names ten players or more: not "Shortlisted: Ann Holt; Mark Reid; Tom Byrne; Ciara Nolan.")
  if (line.length <= 300 && ((LINE_UP_RE.test(line) && line.split(/[;,]/).length >= 10) || MATCH_FACTS_RE.test(line))) return true;
  // (Never a report of what someone said: "The views expressed here are his own, Holt's lawyer said of the post.")
  if (line.length > 400 || SAID_RE.test(line)) return false;
  if (CITATION_RE.test(line) || STUDY_CITED_RE.test(line)) return true;
  if (line.length <= 240 && LOCAL_DEMOCRACY_RE.test(line)) return true;
  if (line.length <= 200 && (UPDATE_NOTE_RE.test(line) || REPORTING_FROM_RE.test(line))) return true;
  // (Not "part of a series of failures", nor a note with what critics "say".)
  // (Nor with the outlet's editorial control after it; "The Long Move, a series on climate supported by a grant from …".)
  const series = line.replace(EDITORIAL_CONTROL_AFTER_RE, "");
  if (line.length <= 300 && (SERIES_NOTE_RE.test(series) || NAMED_SERIES_NOTE_RE.test(line)) && !/\bseries of \p{Ll}+s\b|\bsays?\b/u.test(line)) return true;
  if (line.length <= 120 && SERIES_LABEL_RE.test(line)) return true;
  if (line.length <= 200 && (AFFILIATE_NOTE_RE.test(line) || AFFILIATE_WHEN_RE.test(line))) return true;
  if (OUTLET_PART_RE.test(line) || COMMENTS_CLOSED_RE.test(line) || DISCLOSURE_RE.test(line) || isTranslationNote(line)) return true;
  // (A list of ways of copying only with the page's rights for subject: not "Under the injunction, the photographs may
  // not be published, broadcast or distributed".)
  if ((AP_RIGHTS_RE.test(line) || (RIGHTS_LIST_RE.test(line) && RIGHTS_SUBJECT_RE.test(line))) && line.length <= 250) return true;
  if (line.length <= 200 && MATERIALS_PROVIDED_RE.test(line)) return true;
  if (STANDALONE_NOTICE_RE.test(line) && line.length <= 250) return true;
  if (line.length <= 250 && (PRINT_EDITION_RE.test(line) || NAME_ORDER_RE.test(line))) return true;
  if (line.length <= 160 && (EDITED_FOR_LENGTH_RE.test(line) || TRANSCRIPT_FOLLOWS_RE.test(line) || CURRENCY_NOTE_RE.test(line) || STANDARDS_LINK_RE.test(line) || BOOK_DETAILS_RE.test(line))) return true;
  // Quotation marks mean someone is being reported ("'We removed our comments section,' she said").
  if (/["“”]/.test(line)) return false;
  const sentences = line.split(/(?<=[.!?])\s+/).length;
  return sentences <= 3 && NOTICE_TOPIC_RE.test(line) && READER_ADDRESS_RE.test(line);
}

// --- copyright lines and agency trailers --------------------------------------------------------------------

/**
 * "(c) Harbor News Agency. All rights reserved.": "(c)" typed for "©" before the owner's name (capitalised), with the
 * rights reserved after it (a list's item "(c) The minister may …" has no such close).
 */
const TYPED_C_RIGHTS_RE = /^\([cC]\)\s(?:\d{4}\s)?(?:The\s)?\p{Lu}[\p{L}\d&'’.-]*(?:\s\p{Lu}[\p{L}\d&'’.-]*){0,5}(?:,?\s\d{4})?\.?\s(?:All [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\.?$/u;
function isCopyright(line: string): boolean {
  if (line.length > 200) return false;
  return /^(?:©|\(c\)\s*\d{4}|copyright\b)/i.test(line) || /^all rights reserved\.?$/i.test(line) || TYPED_C_RIGHTS_RE.test(line);
}

// "Reporting by Jane Doe; Editing by John Roe" (a wire trailer, not the byline).
// ("--With assistance from Ann Holt.": the dash may be doubled.)
const TRAILER_RE =
  /^\(?(?:(?:additional )?(?:reporting|writing|editing|research|compiled|fact-checking|graphics|production) by\b[^]*|[—–-]{1,2}\s*with (?:assistance|additional reporting) from\b[^]*|(?:[—–-]{1,2}\s*)?with (?:files|reporting) from [^,;:.!?]{1,60}\.?|(?:[^.!?]|\.(?=\s)){3,120}\bcontributed (?:reporting )?to this (?:report|story|article)\.?|(?:[^.!?]|\.(?=\s)){3,80}\bcontributed reporting(?: from [^.!?]{1,40})?\.?)$/i;
/** "Kiara Osei contributed research.": names alone (case-sensitive, not "14 of its labs contributed research."). */
const CONTRIBUTED_RESEARCH_RE = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:and\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})?contributed research\.?$/u;

/** "Edited by: Thomas Reiher", "Translated by Daniel Hurst": a name only after it (not "Edited by her daughter, the memoir …"). */
const EDITED_BY_RE = /^(?:Edited|Translated|Translation) by:?\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** "With assistance from Aylin Kaya and Tom Reed": names only after it, as a wire's trailer has (no dash before it). */
const ASSISTANCE_BY_NAMES_RE = /^[Ww]ith (?:assistance|additional reporting) from \p{Lu}[\p{L}.'’-]*(?:(?:,\s|\s(?:and\s)?)\p{Lu}[\p{L}.'’-]*)*\.?$/u;

/** "bl-rv", "jm-pdh": the writers' initials joined by hyphens (two or three letters each: not "low-paid"). */
const WIRE_HYPHENED = String.raw`\p{Ll}{2,3}(?:-\p{Ll}{2,3})+`;
/**
 * "NCA/jlm/ab", "efe/mr/ps", "jd-kt/ab": a wire's sign-off, the agency and the initials of its writers and editors,
 * slashed, the writers' perhaps joined by hyphens (the agency in capitals and one set of initials, three sets, or a
 * hyphened set first: not "and/or").
 */
const WIRE_SIGN_OFF_RE = new RegExp(
  String.raw`^(?:\p{Lu}{2,6}(?:\/\p{Ll}{2,4}){1,4}|\p{Ll}{2,4}(?:\/\p{Ll}{2,4}){2,4}|${WIRE_HYPHENED}(?:\/(?:${WIRE_HYPHENED}|\p{Ll}{2,4})){1,4})(?:\s?\(\p{Ll}{2,4}\))?$`,
  "u",
);

/**
 * What may follow "Reporting by", "Editing by" in a wire's credits: names (capitalised), where each writer was ("in Sao
 * Paulo", "at the United Nations") and the next credit; a word in lower case of any other kind is a sentence's ("Reporting
 * by the Times showed …").
 */
const CREDIT_BY_RE = /\b(?:reporting|writing|editing|research|compiled|fact-checking|graphics|production) by\b/i;
const CREDIT_WORD_RE = /^(?:[\p{Lu}\d(][\p{L}\p{M}\d'’.()-]*|(?:in|at|from|and|of|the|de|da|do|dos|del|la|le|van|von|der|bin|al|el|staff|bureau|desk|team|newsroom|additional|reporting|writing|editing|research|compiled|fact-checking|graphics|production|by)[,;.)]?)$/u;
function isNamesOnlyCredit(line: string): boolean {
  return !CREDIT_BY_RE.test(line) || line.replace(/^\(|\)$/g, "").split(/[\s,;]+/).filter(Boolean).every((w) => CREDIT_WORD_RE.test(w));
}
function isTrailerSentence(line: string): boolean {
  return (TRAILER_RE.test(line) && isNamesOnlyCredit(line)) || CONTRIBUTED_RESEARCH_RE.test(line) || EDITED_BY_RE.test(line) || ASSISTANCE_BY_NAMES_RE.test(line);
}
/**
 * A wire's credits: one such line; or a few sentences, each credits or a note on the translation ("Reporting by Ann
 * Holt; additional reporting by Tom Reed in Lima. Translated from Portuguese by the HNA English desk.").
 */
function isTrailer(line: string): boolean {
  if (WIRE_SIGN_OFF_RE.test(line)) return true;
  if (line.length > 300) return false;
  if (isTrailerSentence(line) && !SENTENCE_BREAK_RE.test(line)) return true;
  const sentences = line.split(/(?<=\p{Ll}{2,}[.!?])\s+(?=\p{Lu})/u);
  return sentences.length > 1 && sentences.length <= 3 && isTrailerSentence(sentences[0]!) && sentences.slice(1).every((x) => isTrailerSentence(x) || isTranslationNote(x));
}

// --- how to reach the writer: "Contact him at jroe@example.com.", "Follow her on X @janeroe." ---------------------

const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** How a note tells the reader to reach someone: "can be reached at", "Contact him at", "Email tips to". */
// ("Story tips can be sent to ann.holt@…", as a note on the writer closes.)
// ("You can contact her securely on Signal at …": the reader told they can.)
// ("To contact the reporters on this story: Ann Holt in Denver at aholt@…": a wire's foot, the writers after a colon.)
// ("You can reach her at ann.holt@…", as a note on the writer closes: with the address, as the rule needs.)
const CONTACT_WORDS_RE = /\b(?:can|may) be reached\b|^(?:you (?:can|may) (?:also )?)?reach (?:him|her|them|me|us) (?:at|by|via|on)\b|^(?:[^.!?]{0,40}\?\s+)?(?:you (?:can|may) (?:also )?(?=contact (?:him|her|them|me|us)\b)|to (?=contact (?:the |this )?(?:reporters?|writers?|authors?|editors?|journalists?|correspondents?)\b))?(?:contact|e-?mail|write to|send tips|tips|send (?:us )?your (?:story ideas|news tips|tips|stories|photos|pictures|videos)|(?:story|news) tips (?:can|may|should) be (?:sent|e-?mailed|directed|submitted))\b/i;
/** "dana.whitcomb@harborpost.example": the writer's e-mail address alone on its line, under the story. */
const BARE_EMAIL_RE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
/** A messaging app's handle: "on Signal at priyan.42", "via WhatsApp at +44 …". */
const MESSAGING_RE = /\b(?:on|via)\s+(?:Signal|WhatsApp|Telegram|Threema|Wire|Session)\b(?!\s+\p{Lu})/u;
const FOLLOW_WRITER_RE = /^(?:you can )?follow (?:him|her|them|me) (?:on|at) (?:x|twitter|instagram|threads|bluesky|mastodon|facebook|linkedin|tiktok)\b[^.!?]{0,60}[.!]?$/i;
/** "Twitter: @annholt", "X: @ann.holt": the writer's handle under the site's name, alone on its line. */
const HANDLE_LINE_RE = /^(?:X|Twitter|Instagram|Threads|Bluesky|Mastodon|TikTok|Telegram)\s?:\s?@[\w.-]{2,40}$/;
/** Social sites and e-mail, as a follow line lists them: "X, Facebook and Instagram", "X or email". */
const SOCIAL = "(?:X|Twitter|Facebook|Instagram|Threads|Bluesky|Mastodon|LinkedIn|TikTok|YouTube|WhatsApp|Telegram|[Ee]-?mail)";
const SOCIAL_LIST = `${SOCIAL}(?:(?:,| and| or| &) ${SOCIAL}){0,6}`;
/**
 * "Follow BBS Wessex on X, Facebook and Instagram.", "Connect via X or email.": a local edition or a writer asking to be
 * followed, the sites named and nothing else (case-sensitive: not "Follow the money", "connect with voters"); perhaps
 * with the handle and what it posts there ("Follow The Kingston Clarion on X @KingstonClarion for sports updates.").
 */
const FOLLOW_ON_SOCIAL_RE = new RegExp(`^(?:(?:You can )?[Ff]ollow (?:us|(?:The )?\\p{Lu}[\\p{L}\\d&'’.-]*(?: \\p{Lu}[\\p{L}\\d&'’.-]*){0,4}) on ${SOCIAL_LIST}(?: @[\\w.]{2,30})?(?: for (?:(?:the )?(?:latest|more|breaking|live|daily) )?(?:[\\p{Ll}-]+ )?(?:updates|news|coverage|stories|headlines|scores|results))?|(?:You can )?[Cc]onnect(?: with (?:us|him|her|them|me))? (?:via|on) ${SOCIAL_LIST})[.!]?$`, "u");

/** A telephone number: "555-0187", "(212) 555-0187", "+44 20 7946 0958", "0711 555 019". */
const PHONE_RE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?)?\d{3,4}[\s.-](?:\d{4}|\d{3}[\s.-]\d{3,4})\b/;
/**
 * Asking the reader to call or write in: "Call the police tip line at 555-0187.", "Anyone with information should call
 * …", "Reach him at 555-0187." (a writer's note), after a question perhaps ("Spotted a claim we should look at? …").
 */
const CALL_IN_RE = /^(?:[^.!?]{0,60}\?\s+)?(?:(?:anyone|readers|people)\s[^.!?]{0,60}\s(?:should|can|may|is asked to|are asked to)\s)?(?:call|phone|text|contact|whatsapp|message|reach)\s+(?:us|him|her|them|the|our|\d|\+|\()/i;

/**
 * "If you have been affected by any of the issues raised in this article, you can contact the Irish Road Victims’
 * Association on 01 000 0000.": the outlet pointing its reader to support, by what "this article" raised (not a police
 * appeal, "If you have been affected by the flooding, you can contact the council on …").
 */
/** A tag of who said it closing a line: ", the chair added.", ", the review's authors wrote." */
const SAID_TAG_END_RE = /,\s(?:[^,]{1,50}\s)?(?:said|says|added|adds|wrote|writes|told|tells|urged)\b[^,]{0,30}$/;
const SUPPORT_LINE_RE =
  /^If you(?:['’]ve been| have been| are| were| feel)? affected by (?:any of )?(?:the )?(?:issues|topics|themes|matters|subjects|content)(?: (?:raised|discussed|covered|mentioned|explored|featured|described))? in this (?:article|story|piece|report|programme|program|episode|podcast|feature),? (?:you can |you may |please )?(?:contact|call|ring|visit|reach|speak to|talk to|(?:help|support)(?: and (?:help|support|advice))? (?:is|are) available|there is (?:help|support))\b[^"“”]{0,160}$/;

function isContactLine(line: string): boolean {
  // (Never a report of what someone said or did: "Prosecutors said Holt sent an e-mail to buyer@…".)
  if (line.length > 200 || /["“”]/.test(line) || /\b(?:said|says|told|tells|according)\b/i.test(line)) return false;
  // (Not someone's words ending in their tag: "…, you can contact the inquiry's support line on 0800 555 010, the chair added.")
  if (SUPPORT_LINE_RE.test(line) && !SAID_TAG_END_RE.test(line)) return true;
  if (FOLLOW_WRITER_RE.test(line) || BARE_EMAIL_RE.test(line) || HANDLE_LINE_RE.test(line)) return true;
  // ("Follow BBS Wessex on X, Facebook and Instagram. Send your story ideas to wessex.news@bbs.example.")
  const sentences = line.split(/(?<=[.!?])\s+/);
  if (sentences.length <= 2 && sentences.some((x) => FOLLOW_ON_SOCIAL_RE.test(x)) && sentences.every((x) => FOLLOW_ON_SOCIAL_RE.test(x) || (EMAIL_RE.test(x) && CONTACT_WORDS_RE.test(x)))) return true;
  if (PHONE_RE.test(line) && CALL_IN_RE.test(line) && line.split(/(?<=[.!?])\s+/).length <= 2) return true;
  return (EMAIL_RE.test(line) || MESSAGING_RE.test(line)) && CONTACT_WORDS_RE.test(line) && line.split(/(?<=[.!?])\s+/).length <= 2;
}

// --- lists under a heading: "Topics" + one tag per line, "Most popular" + other stories' headlines ------------

export type ListKind = "tags" | "stories" | "citations" | "cite-styles";

const TAG_HEADING_RE = /^(?:tags|tagged|topics|related topics|filed under|categories|keywords|explore more on (?:these|this) topics?|(?:see|view|browse) all (?:topics|tags))$/;
const STORY_HEADING_RE =
  /^(?:our sources|sources|references|most (?:popular|read|viewed|shared|emailed|commented|watched)(?: .*)?|trending(?: now| stories| articles| news)?|popular(?: now| stories| articles)?|(?:top|latest|more|other|recent|related|recommended|featured|editor's|editors'?|sponsored|partner) (?:stories|articles|news|headlines|videos?|posts|picks?|coverage|content|links|reads)|recommended(?: for you)?|related|you (?:may|might) (?:also )?like|what to read next|in case you missed it|don't miss|up next|more from .+|read next|also read|read also|see also|more on this story|more on [^:|,•·]{2,50})$/;
/** "Journal Reference:" over the paper a science-news page ran, cited with its DOI. */
const CITATION_HEADING_RE = /^journal references?$/;
/** A paper's citation ending with its DOI: "… Journal of Coastal Studies, 2025; DOI: 10.1234/jcs.2025.017". */
const CITATION_ITEM_RE = /(?:\b(?:DOI|doi):?\s?|https?:\/\/(?:dx\.)?doi\.org\/)10\.\d{4,9}\/\S+$/;

/** "Cite This Page:" over the buttons of citation styles, one a line ("MLA", "APA", "Chicago"). */
const CITE_HEADING_RE = /^cite this (?:page|article|story)$/;
const CITE_STYLE_RE = /^(?:MLA|APA|Chicago|Harvard|Vancouver|IEEE|BibTeX)$/;

/**
 * "Read more" alone over other stories' headlines, one a line, with no "Related" label of their own. A bare "Read more"
 * is also a teaser's button, after which the story may go on: the cleaner takes the lines under it for a list only when
 * nothing of the story follows them (readMoreListCloses).
 */
export function isReadMoreHeading(line: string): boolean {
  return /^read more$/.test(uiKey(line));
}
/**
 * Under "Read more" at `index`, headlines (one or more) and after them only furniture or nothing, as a list of links
 * closing the page has: the headlines' neighbours tell them from a subhead, which body text follows.
 */
export function readMoreListCloses(lines: readonly string[], index: number): boolean {
  let items = 0;
  for (const raw of lines.slice(index + 1)) {
    const line = raw.trim();
    if (!line) continue;
    if (isListItem("stories", line) && classifyFurniture(line) === null) items++;
    else return items > 0 && classifyFurniture(line) !== null;
  }
  return items > 0;
}

/** When this furniture line heads a list (tags, other stories), the kind of list. */
export function listHeadingKind(line: string): ListKind | null {
  const key = uiKey(line);
  if (TAG_HEADING_RE.test(key)) return "tags";
  if (STORY_HEADING_RE.test(key)) return "stories";
  if (CITATION_HEADING_RE.test(key)) return "citations";
  if (CITE_HEADING_RE.test(key)) return "cite-styles";
  return null;
}

/** An entry of such a list: a tag (a few words) or another story's headline (no sentence ending). */
export function isListItem(kind: ListKind, line: string): boolean {
  // (Under "Journal Reference:", the paper: its authors, title and journal, ending with its DOI.)
  if (kind === "citations") return line.length <= 500 && !/["“”]/.test(line) && CITATION_ITEM_RE.test(line);
  if (kind === "cite-styles") return CITE_STYLE_RE.test(line);
  // (A story's headline in title case may hold two sentences: "Insulin Prices Have Tripled In A Decade. Here’s Who Profits.")
  if (kind === "stories" && line.length <= 160 && (isTitleCased(line) || QUESTION_THEN_ANSWER_RE.test(line))) return true;
  if (SENTENCE_BREAK_RE.test(line)) return false;
  // (The tags in a bar count their words, not the bars: "Veterans Affairs | US Politics | Health care"; or the slashes,
  // "Archaeology / Scotland / Higher education / news".)
  if (kind === "tags") return line.length <= 60 && line.split(/\s+/).filter((w) => !/^[|•·/]$/.test(w)).length <= 6 && !/[.!?:;]["”’)]?$/.test(line);
  return line.length <= 160 && line.split(/\s+/).length <= 25 && !/[.…:;!]["”’)]?$/.test(line);
}

/** "Who is Ann Holt? The farmer's daughter who took on the council": a headline asking, then answering with no full stop. */
const QUESTION_THEN_ANSWER_RE = /^\p{Lu}[^.!?"“”]{2,80}\?\s\p{Lu}[^.!?"“”]{2,120}$/u;
/** Every word of four letters or more capitalised, as headlines in title case are: "Here’s Who Profits". */
function isTitleCased(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * "— Dana Whitfield (@danawhit) March 2, 2025": the signature line under an embedded social post. Right under the post's
 * text it says whose the post is, so the cleaner keeps it there as a paragraph of its own (and the claim engine gives
 * the post to the signer); anywhere else it is furniture.
 */
const EMBED_SIGNATURE_RE = new RegExp(EMBED_SIGNATURE_SOURCE, "u");
export function isEmbedSignature(line: string): boolean {
  return mayBeSignature(line) && EMBED_SIGNATURE_RE.test(line);
}

/** "A post shared by ": the words before the writer under an embedded Instagram post. */
const SHARED_BY = "An? (?:post|photo|video|reel) shared by ";
/**
 * "Kaveh Rostami (@krostami.sec)": an embedded post's header, its writer's name and handle alone on the line; or the
 * line under an Instagram post, "A post shared by Ann Holt (@annholt.cooks)", "A photo shared by @annholt" (not "A
 * post shared by the mayor on Monday drew 4,000 replies.": a handle in brackets or alone closes the line).
 */
const POST_HANDLE_RE = new RegExp(String.raw`^(?:${SHARED_BY}@[\w.]{2,30}|(?:${SHARED_BY})?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s\(@[\w.]{2,30}\))$`, "u");
/** "9:42 AM · Jul 2, 2025": an embedded post's time and date. */
const POST_TIME_RE = /^\d{1,2}:\d{2}\s?(?:AM|PM|am|pm)\s·\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},\s\d{4}$/;

/** The kind of furniture this (normalised, non-empty) line is, or null for article text. */
export function classifyFurniture(line: string): FurnitureKind | null {
  if (isUiLine(line)) return "ui";
  if (isEmbedSignature(line) || POST_HANDLE_RE.test(line) || POST_TIME_RE.test(line)) return "credit";
  if (isRelatedLink(line)) return "related";
  if (isCreditLine(line)) return "credit";
  if (isTagList(line)) return "tags";
  if (isCopyright(line)) return "copyright";
  if (isTrailer(line)) return "trailer";
  if (isContactLine(line)) return "contact";
  if (isNotice(line)) return "notice";
  if (isDatelineLine(line)) return "dateline";
  if (isCaptionWithCredit(line)) return "caption";
  const more = moreFurnitureKind(line) ?? pitchLinkCreditOrCorrectionKind(line);
  if (more) return more;
  return null;
}

// --- set 21's page furniture (session 38, furn21) -----------------------------------------------------------

/**
 * Single UI lines: "Supported by" (the label over a sponsor's logo), "Go to Homepage", "Popular in the Community" (the
 * heading over a comments widget), and a byline that names no one, alone on its line: "Staff Reporter", "Our
 * Correspondent".
 */
const MORE_UI_RE =
  /^(?:supported by|(?:go|back|return) to (?:the )?home ?page|popular in the community|(?:staff|our|special|own) (?:reporter|correspondent|writer)s?)$/;

/** "Facebook Count Twitter Share 0 Translate": share buttons with their counters and a translation button. */
const COUNTED_SHARE_WORDS = new Set(["count", "counts", "shares", "translate", "like", "likes"]);
function isCountedShareBar(key: string): boolean {
  const words = key.split(/[\s|/•·,:]+/).filter(Boolean);
  const platforms = words.filter((w) => SHARE_WORDS.has(w) && !["share", "this", "on", "via", "story", "article", "post", "full", "copy", "link", "save", "print"].includes(w));
  return words.length <= 12 && platforms.length >= 2 && words.some((w) => COUNTED_SHARE_WORDS.has(w) || /^\d+$/.test(w)) &&
    words.every((w) => SHARE_WORDS.has(w) || COUNTED_SHARE_WORDS.has(w) || /^\d[\d,.]*k?$/.test(w));
}

/**
 * "Share Reuse this content", "Print Email this article": two buttons' words run together on one line, each a UI phrase
 * of its own, the second opening with a capital (no full stop: not a sentence).
 */
function isTwoButtons(line: string): boolean {
  if (line.length > 60 || /[.!?]$/.test(line)) return false;
  for (const m of line.matchAll(/\s(?=\p{Lu})/gu)) {
    const a = uiKey(line.slice(0, m.index));
    const b = uiKey(line.slice(m.index + 1));
    if (a && b && (UI_RE.test(a) || isShareWords(a)) && UI_RE.test(b)) return true;
  }
  return false;
}

/**
 * "close video Arizona governor defends groundwater order at news conference": a video player's close button run into
 * the video's title, above the article.
 */
const VIDEO_PLAYER_TITLE_RE = /^(?:[Cc]lose|CLOSE) (?:[Vv]ideo|VIDEO)\s+\p{Lu}.{5,200}$/u;
/** "Video", "Video Ad Feedback", "Now playing": a video player's label alone on its line, over the video's title. */
const VIDEO_PLAYER_LABEL_RE = /^(?:video(?: ad feedback)?|watch(?: video| now)?|play(?: video)?|now playing)$/i;
export function isVideoPlayerLabel(line: string): boolean {
  return VIDEO_PLAYER_LABEL_RE.test(line.trim());
}
/** A video player's title under its close button (the line under it is the video's description). */
export function isVideoPlayerTitle(line: string): boolean {
  return VIDEO_PLAYER_TITLE_RE.test(line);
}

/**
 * "At The Commons Post, we believe that everyone needs high-quality journalism, but … subscriptions. Would you join us?":
 * the outlet speaking as "we" of journalism and what readers pay, then asking the reader to join or back it.
 */
const JOIN_US_RE = /^(?:Would|Will|Can|Could|Won['’]t) you (?:join|support|help) us(?: today| now| in this)?\?$/;
const WE_OF_JOURNALISM_RE = /\b(?:we|our)\b[^"“”]*\b(?:journalism|reporting|newsroom)\b|\b(?:journalism|reporting|newsroom)\b[^"“”]*\b(?:we|our|us)\b/i;
function isJoinUsAppeal(line: string): boolean {
  if (line.length > 400 || /["“”]/.test(line) || SAID_RE.test(line)) return false;
  const sentences = line.split(/(?<=[.!?])\s+/);
  return sentences.length >= 2 && sentences.length <= 3 && JOIN_US_RE.test(sentences.at(-1)!) && WE_OF_JOURNALISM_RE.test(sentences.slice(0, -1).join(" "));
}

/** Words of saying: a line with them reports someone, never a promotion. */
const SAYING_RE = /\b(?:said|says|told|tells|urged|urges|added|wrote|writes)\b/;
/**
 * "Sign up for the Diplomatic Briefing newsletter, a daily look at the stories shaping world affairs.": what it is after a
 * comma; or a product by its name, then what sort of newsletter it is ("Subscribe to Harbor Daily, the essential briefing
 * on the region's politics.").
 */
const NEWSLETTER_APPOSITIVE_RE = /^(?:Sign up|Subscribe) (?:to|for) (?:[^.!?"“”]{1,60}?\bnewsletters?,\s(?:a|an|our|your)\s[^.!?"“”]{1,140}|(?:the |our )?\p{Lu}[^.!?"“”,]{1,60},\s(?:a|an|our|your|the)\s(?:[\p{L}-]+\s){0,3}(?:newsletter|briefing|digest|bulletin|round-?up|e-?mail)\b[^.!?"“”]{0,120})[.!]?$/u;
/**
 * "Subscribe to Runway Daily for the day’s safety, fleet and airline news. Sign up", "Get your daily dose of … with the
 * Ledger’s free Morning Rounds newsletter. Sign up": a newsletter's pitch, then its button's words.
 */
const PITCH_THEN_BUTTON_RE = /^((?:Sign up|Subscribe|Get)\b[^"“”]{1,200}?[.!])\s+(?:Sign up|Subscribe|Join)(?: here| now| today| for free)?[.!]?$/;
const NAMED_SIGN_UP_RE = /^(?:Sign up|Subscribe) (?:to|for) (?:the )?\p{Lu}/u;
/**
 * "Get the day’s top stories and a long read for the weekend. Sign up to our Evening Post newsletter.": what a newsletter
 * brings, then the sign-up to it by its name (capitalised), each a sentence.
 */
const WHAT_IT_BRINGS_RE = /^(?:Get|Receive|Enjoy|Catch up on|Start (?:your|the) day with) [^.!?"“”]{5,160}[.!]$/;
// (Or "to receive" it: "Sign up to receive our Evening Edition newsletter.")
const SIGN_UP_TO_NAMED_NEWSLETTER_RE = /^(?:Sign up|Subscribe) (?:to|for|to receive|to get) (?:our|the) (?:free )?(?:\p{Lu}[\p{L}\d’'&-]*\s){1,4}newsletter(?: here| now| today)?[.!]?$/u;
/** "Sign up to Art Weekly: your weekly art world round-up, …": a named newsletter, then its pitch after a colon. */
const NAMED_COLON_PITCH_RE = /^(?:Sign up|Subscribe) (?:to|for) (?:the )?\p{Lu}[\p{L}\d’'&]*(?: \p{Lu}[\p{L}\d’'&]*){0,4}\s?:\s(?:your|our|the|a|an)\s[^"“”]{1,200}$/u;
const PITCH_WORDS_RE = /\b(?:daily|weekly|monthly|morning|evening|round-?up|digest|briefing|newsletter|inbox|e-?mail|best|biggest|latest)\b/i;
/** "Privacy Notice: Newsletters may contain info about charities, online ads, …": a sign-up box's privacy note. */
const PRIVACY_NOTICE_RE = /^Privacy (?:[Nn]otice|[Pp]olicy|[Ii]nformation|[Ss]tatement)\s?:\s[^"“”]{1,250}$/u;
const PRIVACY_TOPIC_RE = /\b(?:newsletters?|e-?mails?|personal (?:data|information)|cookies|ads|advertis\w+|privacy policy|unsubscribe)\b/i;
/** "Our editor picks her favourite stories in this weekly newsletter.": a newsletter's pitch, by "this newsletter". */
const THIS_NEWSLETTER_RE = /^\p{Lu}[^"“”]{5,150}\b(?:in|with|through) this (?:free )?(?:(?:daily|weekly|monthly|fortnightly|morning|evening) )?newsletter[.!]?$/u;
function isMorePromotion(line: string): boolean {
  if (line.length > 260 || SAYING_RE.test(line)) return false;
  if (NEWSLETTER_APPOSITIVE_RE.test(line) || (THIS_NEWSLETTER_RE.test(line) && !TOLD_IN_PAST_RE.test(line))) return true;
  const pitch = PITCH_THEN_BUTTON_RE.exec(line);
  if (pitch && pitch[1]!.split(/(?<=[.!?])\s+/).length === 1 && (/\bnewsletters?\b/i.test(pitch[1]!) || NAMED_SIGN_UP_RE.test(pitch[1]!))) return true;
  if (NAMED_COLON_PITCH_RE.test(line) && PITCH_WORDS_RE.test(line)) return true;
  const brings = line.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  if (brings.length === 2 && WHAT_IT_BRINGS_RE.test(brings[0]!) && SIGN_UP_TO_NAMED_NEWSLETTER_RE.test(brings[1]!)) return true;
  return PRIVACY_NOTICE_RE.test(line) && PRIVACY_TOPIC_RE.test(line);
}

/** A date as a paper prints it: "December 5th, 2026", "5 December 2026", "Dec. 5, 2026". */
const PRINTED_DATE = String.raw`(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{Ll}{2,8},? \d{4})`;
/** "Published in The Capital Herald, December 5th, 2026": where and when the piece ran in print, and nothing else. */
const PUBLISHED_IN_RE = new RegExp(
  String.raw`^(?:Published|Printed|First published|Originally published) in (?:the )?\p{Lu}[\p{L}\d&'’.-]*(?: (?:\p{Lu}[\p{L}\d&'’.-]*|of|the|and|&)){0,5},? (?:on )?${PRINTED_DATE}\.?$`,
  "u",
);
/** "This article is a translation of the original published in French by …": a note on the story's language. */
const TRANSLATION_OF_RE = /^This (?:article|story|piece|report|text|is) (?:is )?an? (?:\p{Ll}+ )?translation of (?:the|an?) (?:original|article|story|piece|report|version)\b[^"“”]{0,160}$/u;
/** "About the Author: Theo Markovic, Biotech Correspondent. Theo covers …": an author box under its label. */
const ABOUT_AUTHOR_RE = /^About [Tt]he (?:[Aa]uthor|[Ww]riter|[Rr]eporter)s?\s?:\s\p{Lu}[^"“”]{2,400}$/u;
/**
 * "Aircraft: Airbus A320-251N | Registration: CS-LVK | Operator: Lusavia | Flight: LV1843": a box of facts, three labels
 * or more, each with its value, in a bar.
 */
const FACT_PART_RE = /^\p{Lu}[\p{L}]*(?: [\p{L}]+){0,2}\s?:\s[^:]{1,60}$/u;
function isFactBar(line: string): boolean {
  if (line.length > 300 || SAYING_RE.test(line)) return false;
  const parts = line.split(BAR);
  return parts.length >= 3 && parts.every((p) => FACT_PART_RE.test(p.trim()) && !SENTENCE_BREAK_RE.test(p));
}
function isMoreNotice(line: string): boolean {
  if (line.length > 420 || SAYING_RE.test(line)) return false;
  return PUBLISHED_IN_RE.test(line) || ABOUT_AUTHOR_RE.test(line) || isFactBar(line);
}

/** " GDW/Carlos Ibarra" after a caption's sentence: an agency, a slash, its photographer (not an organisation's name). */
const TRAILING_OUTLET_SLASH_RE = /(?<=[.!?]["”’]?)\s+(\p{Lu}[\p{L}'’&-]*(?:\s\p{Lu}[\p{L}'’&-]*){0,3}\s?\/\s?\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3})$/u;
const ORGANISATION_WORD_RE = /\b(?:Party|Union|Council|Committee|Association|Group|Alliance|League|Federation|Coalition|Movement|Front)$/u;
/** " Source: Shutterstock" after a caption: the photo's source, a stock-photo library (not a wire, as a chart's note may cite). */
const TRAILING_SOURCE_RE = /(?<=[.!?]["”’]?)\s+(Source\s?:\s[^.!?]{2,60})$/u;
const STOCK_PHOTO_RE = /\b(?:shutterstock|getty images|alamy|istock(?:photo)?|unsplash|pexels|pixabay|flickr|wikimedia(?: commons)?|adobe stock|dreamstime|depositphotos)\b/i;
/** A verb in the past or perfect, as news is told and a caption is not: "passed", "was", "has". */
const TOLD_IN_PAST_RE = /\b(?:was|were|had|has|have|did)\b|\b\p{Ll}{3,}ed\b/u;
/** " © Julien Marceau, RHI" after a caption: the photo's rights, a name and an outlet. */
const TRAILING_COPYRIGHT_RE = /(?<=[.!?]["”’]?)\s+©\s?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}(?:\s?[,/]\s?\p{Lu}[\p{L}\d&'’.-]*(?:\s\p{Lu}[\p{L}\d&'’.-]*){0,3})?$/u;
/**
 * "Volunteers hand out bottled water at a church on Tuesday. Residents said they had “no idea” for months. Harbor
 * Post/Ann Holt": a caption of up to three sentences, which may report what the people pictured said (none in the first
 * person), then its outlet and photographer after a slash, no full stop. Alone such a line may close a paragraph of the
 * body; the cleaner takes it for a caption only right under the header's byline or dates.
 */
export function isCaptionWithOutletSlashCredit(line: string): boolean {
  if (line.length > 500) return false;
  const slash = TRAILING_OUTLET_SLASH_RE.exec(line);
  return !!slash && OUTLET_SLASH_PHOTOGRAPHER_RE.test(slash[1]!.replace(/\s?\/\s?/, "/")) && !ORGANISATION_WORD_RE.test(slash[1]!) && isCaptionOfThePictured(line.slice(0, slash.index).trim());
}
function isMoreCaption(line: string): boolean {
  if (line.length > 400) return false;
  const slash = TRAILING_OUTLET_SLASH_RE.exec(line);
  if (slash && OUTLET_SLASH_PHOTOGRAPHER_RE.test(slash[1]!.replace(/\s?\/\s?/, "/")) && !ORGANISATION_WORD_RE.test(slash[1]!) && !TOLD_IN_PAST_RE.test(line.slice(0, slash.index)) && isCaptionSentence(line.slice(0, slash.index).trim())) return true;
  const source = TRAILING_SOURCE_RE.exec(line);
  if (source && STOCK_PHOTO_RE.test(source[1]!) && isCreditLine(source[1]!) && !TOLD_IN_PAST_RE.test(line.slice(0, source.index)) && isShortCaption(line.slice(0, source.index))) return true;
  const rights = TRAILING_COPYRIGHT_RE.exec(line);
  return !!rights && !TOLD_IN_PAST_RE.test(line.slice(0, rights.index)) && isShortCaption(line.slice(0, rights.index));
}

/**
 * "BORDER-TECH FIRM TIED TO GOVERNOR'S ALLIES WON $340M CONTRACT, WATCHDOG FINDS" between a story's paragraphs: a link
 * to another story, its headline in capitals (six words or more, no lower case, no closing punctuation). Only the
 * cleaner can tell it from a tabloid's headline in capitals, by where it stands (after the body has begun).
 */
export function isCapitalsStoryLink(line: string): boolean {
  if (line.length < 30 || line.length > 200 || /\p{Ll}/u.test(line) || !/^\p{Lu}/u.test(line) || /[.!?:;…]["”’)]?$/u.test(line)) return false;
  return line.split(/\s+/).filter((w) => /\p{Lu}{2,}/u.test(w)).length >= 6;
}

/** The section a story is filed under, over it, by its name in capitals: "From the section Rugby Union" (not "From the section on housing"). */
const SECTION_LABEL_RE = /^From the section \p{Lu}[\p{L}&'’ -]{1,30}$/u;

/** The kind of set 21's furniture this line is, or null. */
function moreFurnitureKind(line: string): FurnitureKind | null {
  if (line.length <= 60 && (MORE_UI_RE.test(uiKey(line)) || SECTION_LABEL_RE.test(line) || isCountedShareBar(uiKey(line)) || isTwoButtons(line))) return "ui";
  if (VIDEO_PLAYER_TITLE_RE.test(line)) return "related";
  if (isJoinUsAppeal(line) || isMorePromotion(line)) return "ui";
  if (isMoreNotice(line)) return "notice";
  if (isMoreCaption(line)) return "caption";
  if (isLegend(line)) return "caption";
  if (isRecordLine(line)) return "notice";
  return creditLineKind(line);
}

/**
 * "Level 1 (Low) - Level 2 (Guarded) - Level 3 (Elevated) - Level 4 (Severe)": a graphic's legend, three entries or
 * more between dashes or bars, each a short label and what it means in brackets, a word or more, capitalised (not a
 * sentence that lists, "Ann Holt (D) - the mayor's rival - voted against it.", nor candidates and their parties' initials,
 * "Ann Holt (D) - Tom Reed (R) - Sam Lee (I)").
 */
const LEGEND_ENTRY_RE = /^[\p{Lu}\d][\p{L}\d'’.+-]*(?:\s[\p{L}\d'’.+-]+){0,3}\s\(\p{Lu}[\p{L}\d'’ -]{1,30}\)$/u;
function isLegend(line: string): boolean {
  if (line.length > 300) return false;
  const entries = line.split(/\s[-–—|•·]\s/);
  return entries.length >= 3 && entries.every((e) => LEGEND_ENTRY_RE.test(e));
}

// --- newsletter pitches, run-in related links, file-photo credits, stamped corrections (set 26, session 41) ---

/** A newsletter's name ending in a word for one: "Morning Briefing", "Capitol Memo", "Health Check Weekly". */
const NEWSLETTER_NAME = String.raw`(?:the |our )?(?:\p{Lu}[\p{L}\d’'&.-]*\s){0,5}(?:Briefing|Brief|Newsletter|Digest|Bulletin|Round-?up|Roundup|Memo|Dispatch|Wrap|Daily|Weekly|Report)s?`;
/**
 * "Sign up for the Frontline Morning Briefing - the news the legacy media won't tell you.": a newsletter by its name
 * (capitalised, ending in a newsletter's word), then its tagline after a dash or a colon (not "Sign up for the Boston
 * Marathon - entries close on Friday.", nor a report, "… - the mayor said it would carry the flood warnings.").
 */
const NAMED_NEWSLETTER_TAGLINE_RE = new RegExp(String.raw`^(?:Sign up|Subscribe) (?:to|for) ${NEWSLETTER_NAME}\s[-–—:]\s[^"“”]{3,120}$`, "u");
/** The days a newsletter comes: "every Tuesday", "each weekday". */
const NEWSLETTER_DAYS = String.raw`(?:every|each) (?:day|morning|evening|week|weekday|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?`;
/**
 * "Sign up for NCN's Health Check for the latest health news, delivered every Tuesday.": a product by its name
 * (capitalised), the news it brings and when it comes (not "Sign up for Harvest Box for fresh vegetables, delivered every
 * Tuesday.": no news in it).
 */
const NAMED_SIGN_UP_WHEN_RE = new RegExp(
  String.raw`^(?:Sign up|Subscribe) (?:to|for) (?:the )?\p{Lu}[\p{L}\d’'&]*(?: \p{Lu}[\p{L}\d’'&]*){0,4} (?:for|to get) [^.!?"“”,]{0,80}\b(?:news|stories|headlines|updates|analysis|coverage|reporting|reads)\b[^.!?"“”,]{0,40},? (?:delivered|sent|published|out)(?: (?:to|in) your inbox)? ${NEWSLETTER_DAYS}[.!]?$`,
  "u",
);
/** "Get Our Free Weekly Newsletter: ", "Newsletter: ": a sign-up box's heading before its pitch. */
const NEWSLETTER_HEADING_RE = /^(?:(?:get|sign up for|subscribe to) )?(?:(?:our|the) )?(?:free )?(?:(?:daily|weekly|morning|evening|monthly) )?(?:e-?mail )?newsletters?\s?:\s(?=\p{Lu})/iu;
/**
 * A newsletter's pitch: a named newsletter's tagline or its news and days, or, under a sign-up box's heading, any promotion ("Get Our Free Weekly
 * Newsletter: Sign up for …"; not "Newsletter: the mayor said on Monday that …").
 */
function isNewsletterPitch(line: string): boolean {
  if (line.length > 250 || SAYING_RE.test(line)) return false;
  if (NAMED_NEWSLETTER_TAGLINE_RE.test(line) || NAMED_SIGN_UP_WHEN_RE.test(line)) return true;
  const heading = NEWSLETTER_HEADING_RE.exec(line);
  if (!heading) return false;
  const pitch = line.slice(heading[0].length);
  return isPromotion(pitch) || NAMED_NEWSLETTER_TAGLINE_RE.test(pitch) || NAMED_SIGN_UP_WHEN_RE.test(pitch);
}

/**
 * "Related article Drugmakers sue to block Medicare negotiation as first prices take effect": a link to another story,
 * its label run into its headline with no colon (a capital after the label, no full stop: not "Related articles in the
 * journal found the same effect.").
 */
const RELATED_RUN_IN_RE = /^(?:Related|RELATED) (?:[Aa]rticles?|[Ss]tor(?:y|ies)|[Cc]overage|[Rr]eading|ARTICLES?|STOR(?:Y|IES))\s+\p{Lu}[^"“”]{5,160}[^.!:;,\s]$/u;

/**
 * " Hangang Business Times file photos", " Harbor Post file photo": the outlet's name (capitalised) and "file photo" closing
 * a caption, no full stop after it (not a sentence going on, "Officers file photos of every arrest.").
 */
const TRAILING_FILE_PHOTO_RE = /(?<=[.!?]["”’]?)\s+(?:The\s)?\p{Lu}[\p{L}\d&'’.-]*(?:\s\p{Lu}[\p{L}\d&'’.-]*){0,4}\s(?:file|archive|stock)\s(?:photo(?:graph)?|picture|image)s?$/u;

/**
 * "Correction: An earlier version of this story said 14 children had been admitted to intensive care. In fact, one child
 * is in intensive care. Mar 02, 2026 11:15 AM CST": a correction's box under its label, what the earlier version said and
 * what is so, with the time the box was posted closing it (its "said" the earlier version's: no quotation, no one else
 * saying; not "Correction officers said the inmate was moved."). Without the time stamp such a note may be a paragraph of
 * the story putting facts right in its own voice ("… said the rubric was approved by the board. It was drafted by the
 * admissions office …"), which the labels of set 13 count as claims: it stays.
 */
const CORRECTION_NOTE_RE = /^(?:Correction|CORRECTION|Clarification|CLARIFICATION)\s?:\s(?:An?|The) (?:earlier|previous|prior|original) version of this (?:story|article|report|piece|post) (?:said|stated|misstated|gave|named|described|reported|referred|misidentified|misspelled|incorrectly|wrongly)\b[^"“”]{1,300}$/u;
/** When a correction was made, after it: " Mar 02, 2026 11:15 AM CST", " 2 March 2026, 11.15am". */
const CORRECTION_STAMP_RE =
  /\s(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8},? \d{4})(?:,? (?:at )?\d{1,2}[:.]\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4})?)?$/u;
/**
 * "Correction: Dec. 5, 2027. ": the label, then the day the correction was made as a sentence of its own, before the note
 * (group 1: the label).
 */
const CORRECTION_LABEL_STAMP_RE = /^((?:Correction|CORRECTION|Clarification|CLARIFICATION)\s?:\s)(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8},? \d{4})[.:]\s(?=\p{Lu})/u;
function isCorrectionNote(line: string): boolean {
  if (line.length > 450) return false;
  // (The time stamp closing the note, or the date right after its label.)
  const dated = CORRECTION_LABEL_STAMP_RE.test(line);
  const note = dated ? line.replace(CORRECTION_LABEL_STAMP_RE, "$1") : line.replace(CORRECTION_STAMP_RE, "");
  if (!CORRECTION_NOTE_RE.test(note) || (!dated && !CORRECTION_STAMP_RE.test(line))) return false;
  const sentences = note.split(/(?<=\p{Ll}{2,}[.!?]|\d[.!?])\s+(?=\p{Lu})/u);
  // (The earlier version's "said" only: no one else's words after it.)
  return sentences.length <= 3 && /[.!?]$/.test(note) && !SAYING_RE.test(note.replace(/^[^:]+:\s\S+ \S+ version of this \p{Ll}+ \p{Ll}+/u, ""));
}

/**
 * The kind of furniture this line is as a newsletter pitch, a run-in related link, a file-photo credit or a stamped
 * correction, or null.
 */
function pitchLinkCreditOrCorrectionKind(line: string): FurnitureKind | null {
  if (isNewsletterPitch(line)) return "ui";
  if (line.length <= 220 && RELATED_RUN_IN_RE.test(line)) return "related";
  const filePhoto = line.length <= 400 ? TRAILING_FILE_PHOTO_RE.exec(line) : null;
  if (filePhoto && isShortCaption(line.slice(0, filePhoto.index))) return "caption";
  if (isCorrectionNote(line)) return "notice";
  return null;
}

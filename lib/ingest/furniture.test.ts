import { describe, expect, it } from "vitest";
import { classifyFurniture, isCaptionWithNamesCredit, isCreditLine, isListItem, isPhotographerForOutlet, listHeadingKind, reportedFromNames, stripInlineMarkers } from "./furniture";
import { isCapitalsStoryLink } from "./furniture";
import { parseDateLine } from "./dates";

describe("stripInlineMarkers", () => {
  it("removes template and ad markers and keeps the rest of the line", () => {
    expect(stripInlineMarkers("{mosads}“I have apologized,” he said.{/mosads}")).toEqual({
      text: "“I have apologized,” he said.",
      fragments: ["{mosads}", "{/mosads}"],
    });
    expect(stripInlineMarkers("Before [ad] after [/ad]")).toEqual({ text: "Before after", fragments: ["[ad]", "[/ad]"] });
  });

  it("keeps editorial brackets", () => {
    expect(stripInlineMarkers("“They [the Democrats] lost,” he said [sic].").fragments).toEqual([]);
  });
});

describe("classifyFurniture", () => {
  it.each([
    "This interview has been edited for length and clarity.",
    "(1 $ = 10.73 Norwegian crowns)",
    "NMW Editorial Standards",
    "How we rate claims: our ratings explained",
    "The Loudest Sea (Northlight Press, 312pp) is out now.",
  ])("%s is a notice about the page", (line) => {
    expect(classifyFurniture(line)).toBe("notice");
  });

  it.each([
    "He was also fined CHF 500,000 (€455,000).",
    "How we won the war was never told.",
    "The interview was edited by her son, who cut the last page.",
    "The new Harbourphone 9 (128GB, £599) is available from Thursday.",
    "Petrol prices hit a record on Monday (unleaded, £1.89).",
    "Average rents rose fastest in the north-east (Newcastle, £950).",
  ])("%s is article text", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });

  it.each([
    "Share this article",
    "Site Mobile Navigation",
    "Main navigation",
    "Share",
    "Tweet",
    "Facebook Twitter Email",
    "Most Popular",
    "Most Read",
    "Trending Now",
    "Load more",
    "See all Video",
    "See All Videos",
    "Read more",
    "Related Articles",
    "Advertisement",
    "ADVERTISEMENT - SCROLL TO CONTINUE",
    "Story continues below advertisement",
    "Continue reading the main story",
    "Article Lead Image",
    "Skip to content",
    "Comments (12)",
    "Show comments",
    "Sign up for our newsletter",
    "Subscribe",
    "» Load more stories",
    "Politics",
    "World news",
    "U.S. › Politics",
    "Story highlights",
  ])("%s is UI furniture", (line) => {
    expect(classifyFurniture(line)).toBe("ui");
  });

  it.each([
    ["Getty Images", "credit"],
    ["AP Photo/Evan Vucci", "credit"],
    ["(AP Photo/Evan Vucci)", "credit"],
    ["Mandel Ngan/AFP via Getty Images", "credit"],
    ["Cancillería Ecuador/Flickr (CC-BY-SA)", "credit"],
    ["Photo: Jane Doe for The Daily Dot", "credit"],
    ["Photo by Chip Somodevilla", "credit"],
    ["Illustration by The Daily Dot", "credit"],
    ["Wikimedia Commons (CC BY 2.0)", "credit"],
    ["Reuters", "credit"],
    ["President Trump speaks in the Oval Office on Monday. (AP Photo/Evan Vucci)", "caption"],
    ["Smoke rises over the treeline north of Kesagami Lake on July 10. (Submitted by Darren Moose)", "caption"],
    ["Flood water fills the main street on Friday. (Supplied)", "caption"],
    ["Show key events only", "ui"],
    ["Flood water fills the main street on Friday. (SUBMITTED PHOTO)", "caption"],
    ["Flood water fills the main street on Friday. (Submitted by the Hale family)", "caption"],
    ["Flood water fills the main street on Friday. (Courtesy of the family)", "caption"],
    ["Flood water fills the main street on Friday. (Submitted by Maria de la Cruz)", "caption"],
    ["Related: Who could replace Comey at the FBI?", "related"],
    ["READ MORE: Flynn's Russia ties under scrutiny", "related"],
    ["Tags Hillary Clinton Mike Pence Russia Wikileaks", "tags"],
    ["Topics: Russia, WikiLeaks, National security", "tags"],
    ["Filed under: Politics | Russia", "tags"],
    ["Copyright 2017 The Associated Press. All rights reserved.", "copyright"],
    ["© 2017 Example Media", "copyright"],
    ["Reporting by Jane Doe; Editing by John Roe", "trailer"],
    [
      "The Hill has removed its comment section, as there are many other forums for readers to participate in the conversation. We invite you to join the discussion on Facebook and Twitter.",
      "notice",
    ],
    ["Comments are closed on this article. Follow us on Twitter for updates.", "notice"],
    ["This story has been updated with additional reporting.", "notice"],
    ["This material may not be published, broadcast, rewritten or redistributed.", "notice"],
    ["The views expressed here are her own.", "notice"],
    ["This article is for information only and is not a substitute for medical advice.", "notice"],
    ["Jane Roe can be reached at jroe@example.com or 555-0143.", "contact"],
    ["Contact him at smehra@ledger-news.com.", "contact"],
    ["Follow him on X @JoeFeeneyCourier.", "contact"],
    ["Have information? Call the Eastgate Police tip line at 555-0187.", "contact"],
    ["Update, 4:15 p.m.: This story has been updated with comment from the regulator.", "notice"],
    ["Share on X | Share on Facebook | Email this story", "ui"],
    ["Share this article: X · Facebook · Email", "ui"],
    ["Share · Post · Email", "ui"],
    ["Share on Facebook | Share on X | Share on WhatsApp | Copy link", "ui"],
    ["16:42 GMT", "ui"],
    ["9.05am", "ui"],
    ["What we know so far", "ui"],
    ["Sign up for The Harbour Times’s free evening newsletter", "ui"],
    ["WATCH: Mayor answers questions on the budget (3:21)", "related"],
    ["Politics · Transport · Wales", "tags"],
    ["Got a story? Contact Jo Reyes on Signal at jreyes.07", "contact"],
    ["MILLBANK, North Carolina, May 2 (Capitol Wire)", "dateline"],
    ["ALDEN CITY, March 4 (Continental Wire)", "dateline"],
    ["COPENHAGEN, Sept 18 (Nordwire)", "dateline"],
    ["LONDON (Reuters) —", "dateline"],
    ["SPRINGFIELD, Ill., Jan. 5, 2024", "dateline"],
    ["Share this: Facebook | X | Email", "ui"],
    ["Video Ad Feedback", "ui"],
    ["Join the conversation: 118 comments", "ui"],
    ["Image caption, Lorries queued for miles on the approach road", "caption"],
    ["Social Sharing", "ui"],
    ["License this article", "ui"],
    ["Match stats | Player ratings | Live blog replay", "ui"],
    ["Corrections and clarifications | Submit a news tip | Report error", "ui"],
    ["Sign up to Harbour Weekly for the week’s biggest science stories.", "ui"],
    ["Download the KTVB 7 News app to get breaking news alerts.", "ui"],
    ["ALSO READ | Rail line reopens after three days", "related"],
    ["Go deeper: The pension puzzle, explained", "related"],
    ["With files from Radio-Nord", "trailer"],
    // (Right under a post's text the cleaner keeps it, as whose the post is; see clean-article.test.ts.)
    ["— Dana Whitfield (@danawhit) March 2, 2025", "credit"],
    ["4 mins to read", "ui"],
    ["Listen · 4:38", "ui"],
    ["Heard on Evening Edition", "ui"],
    ["Transcript", "ui"],
    ["Refresh for the latest updates", "ui"],
    ["Join The Lion City Times' WhatsApp channel and get the latest news and must-reads.", "ui"],
    ["Sign up to the Clarion’s free Sport newsletter here", "ui"],
    ["Photo / Volcanic Hazards Institute", "credit"],
    ["The crater lake, photographed from a monitoring flight on Friday. Photo / Volcanic Hazards Institute", "caption"],
    ["Workers outside a barn near Alder Grove, Iowa, on Oct. 6. Dana Ruiz-Holloway/Heartland Public Media", "caption"],
    ["Azman Tahir arrives at the court complex on Tuesday. - Photo: Mohd Rafiq/Peninsula Courier", "caption"],
    ["Photo: A water truck on the road above La Higuera Alta. Tomas Ruiz-Tagle for Meridiano Sur", "caption"],
    ["Photo: A water truck on the road above the village.", "caption"],
    ["- Gbenga Ilori (@GbengaIloriLAG) October 9", "credit"],
    ["Continental Press writer Luis Ferreira in Columbus, Ohio, contributed to this report.", "trailer"],
    ["Edited by: Thomas Reiher", "trailer"],
    ["WhatsApp our newsroom on 060 000 1234.", "contact"],
    ["This article was originally written in German.", "notice"],
    ["Editor's note: Ann Lee wrote columns for The Beacon in 2023 and had no role in this story.", "notice"],
    ["WATCH: Drone video shows derailed cars near the grain elevator", "related"],
    ["Smoke rises over Cedar Ridge on Monday afternoon. (Ben Alvarado/Pine Valley Courier)", "caption"],
    ["CLICK HERE FOR THE HARBOUR NEWS APP", "ui"],
    ["PRESENTED BY NORTHGATE CREDIT UNION", "ui"],
    ["Unsubscribe | Manage preferences", "ui"],
    ["Was this forwarded to you? Sign up here.", "ui"],
    ["Good morning, Tuesday Brief readers.", "ui"],
    ["You’re reading The Tuesday Brief, a free newsletter from Harbour Media.", "ui"],
    ["Support The Ledger", "ui"],
    ["Our 2024 Coverage Needs You", "ui"],
    ["In Summary", "ui"],
    ["Ledger writer Ann Holt in St. Louis contributed to this report.", "trailer"],
    ["An earlier version of this article misstated the number of staff. It is 14, not 16.", "notice"],
    ["(Photo: Sen. Ann Holt speaks at the Senate on Tuesday. Senate PRIB)", "caption"],
    ["CARVER FALLS, Iowa", "dateline"],
    ["MADISON, Wis.", "dateline"],
    ["DUNMORE SPRINGS, N.D.", "dateline"],
    ["Correction: An earlier version of this article misstated the month. It was January, not February.", "notice"],
    ["A version of this article appears in print on Aug. 10, 2018, Section A, Page 12 of the national edition with the headline: Raid Leaves Town Reeling.", "notice"],
  ])("%s is %s", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it.each([
    "WikiLeaks on Tuesday blamed a “destabilization campaign” by the media and Democrats.",
    "Photographers from Getty Images and Reuters were kept outside the room, the White House said.",
    "Getty Images said on Tuesday that it would license the photos to news outlets.",
    "Readers left hundreds of comments on the announcement within an hour of it being posted.",
    "The company said comments on the post had been disabled after a flood of abuse.",
    "“We removed our comments section because it was abused,” the editor said.",
    "Topics discussed included the economy and immigration.",
    "Share prices fell 5 percent after the announcement.",
    "The family said the photo was taken on July 10. (Submitted by Darren Moose)",
    "The council approved the budget on Tuesday. It will raise rates by nine per cent for every household. (Supplied)",
    "Flood water fills the main street on Friday. (Submitted by darren moose and friends of the lake)",
    "Trump Sues Reuters",
    "Flynn Interviewed by Bloomberg",
    "Andrew Couts",
    "More than 200 people attended the rally.",
    "Related reporting suggests the call was monitored.",
    "Photos by the agency showed the damage.",
    "Photo: the agency said the picture was taken on Monday.",
    "The strike ended on Tuesday. - Photo evidence was shown to the court by the union.",
    "WASHINGTON (Reuters) - President Trump fired his national security adviser.",
    "“They [the Democrats] lost,” he said.",
    "The suspect e-mailed the victim at jroe@example.com three times that night, prosecutors said.",
    "Follow the money, the senator told reporters.",
    "Police said the suspect called 911 at 10:42 p.m. and hung up.",
    "Phone records show Holt called 555-0199 twice that night.",
    "Prosecutors said Holt sent an e-mail to buyer@example.com.",
    "Text messages sent from 555-0143 were read to the jury.",
    "Phone lines at 555-0100 were jammed.",
    "The views expressed here are his own, Holt's lawyer said of the post.",
    "HARKER AXED: Rovers boss sacked",
    "NATO (North Atlantic Treaty Organization)",
    "Share prices | Email alerts for investors rose",
    "The deal was signed by both sides (Holt/Kerr)",
    "This was the image caption, the editor said.",
    "Contact the clinic on Signal Hill Road for an appointment.",
    "Post office closes after 80 years",
    "At 16:42 GMT the ferry sank.",
    "Watch: the mayor said the budget was fine.",
    "Sign up for the course closed on Friday, the college said.",
    "Labour · Tories split on the bill",
    "Sign up to vote closed on Friday, the council said.",
    "Download times rose after the app was updated, the company said.",
    "With files from the archive, the museum rebuilt the room.",
    "— and then the water came in, Dana Whitfield said.",
    "Three reporters contributed to the union's fund, the paper said.",
    "Edited video of the crash was shared widely on Monday, police said.",
    "Download speeds fell by half during the outage, the company said.",
    "Sign up for the program for free at any library branch, officials said.",
    "Download the NHS app to book a vaccine, the health secretary urged on Tuesday.",
    "Join the county’s WhatsApp channel for flood alerts, the fire chief told residents",
    "Edited by her daughter, the memoir was published in 2019.",
    "Support grows for the bill.",
    "OK, Boomer",
    "Support Slips Among Parents",
    "BREAKING, Officials say",
    "A version of the bill appears in the budget, the clerk said.",
    "Good morning, the mayor said.",
    "Click here to see the map, officials said.",
    "An earlier version of the bill was rejected, the clerk said.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("list headings", () => {
  it("recognise tag and story list headings", () => {
    expect(listHeadingKind("Topics")).toBe("tags");
    expect(listHeadingKind("Most Popular")).toBe("stories");
    expect(listHeadingKind("Related Stories")).toBe("stories");
    expect(listHeadingKind("Share this article")).toBeNull();
  });

  it("take tags and headlines as items, never sentences", () => {
    expect(isListItem("tags", "Trump administration")).toBe(true);
    expect(isListItem("tags", "He was replaced.")).toBe(false);
    expect(isListItem("stories", "Who is Flynn?")).toBe(true);
    expect(isListItem("stories", "He was replaced by Keith Kellogg, who served as acting adviser.")).toBe(false);
  });
});

describe("isCreditLine", () => {
  it("does not mistake long lines or sentences for credits", () => {
    expect(isCreditLine("Reuters reported it first.")).toBe(false);
    expect(isCreditLine("A photo that circulated widely on Flickr was later removed by the site's moderators")).toBe(false);
  });
});

describe("furniture of set 14's pages (session 34)", () => {
  it.each([
    ["SKIP ADVERTISEMENT", "ui"],
    ["Listen duration 4′ 12″", "ui"],
    ["Listen to this article · 6:41 min Learn more", "ui"],
    ["Washington (NCN) —", "dateline"],
    ["Gov. Ana Ruiz at the State Capitol last month. She has clashed with leaders over spending.Credit...Luis Ortega for The Harbor Times", "caption"],
    ["Ben Holt performing at a festival in 1979.Credit...Lenny Dwyer/Archive Photos", "caption"],
    ["Support independent journalism. Donate to PeopleFirst Report today.", "ui"],
    ["Have a confidential tip for our reporters? Get in touch", "ui"],
    ["Dead fish near the town of Porto Jacu on Oct. 9. Image courtesy of Colônia de Pescadores Z-14.", "caption"],
    ["Banner image: The river below the dam. Image by Marina Coelho.", "caption"],
    ["Translated by Daniel Hurst", "trailer"],
    ["— With assistance from Aylin Kaya", "trailer"],
    ["Citation: Coelho, M. (2025, October 14). Dead fish line river after dam flushes sediment. River & Forest Journal.", "notice"],
    ["(Updates with credit default swaps in 13th paragraph.)", "notice"],
    ["Reporting from Santa Fe, N.M.", "notice"],
    ["Sign up for the Policy Circuit Brussels Briefing, every Tuesday.", "ui"],
  ])("removes %s", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it.each([
    "Washington (CNN) — Senator Ann Holt said on Monday that she would resign.",
    "Translated by her daughter, the memoir sold well.",
    "Reporting from the front line is dangerous, he said.",
    "Support for the bill grew. Donate now.",
    "The senator said he would donate to charity.",
    "Listen to the tapes and you will hear him say it.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("keeps what session 34's first furniture rules took (its review, /work/s34/review.md)", () => {
  it.each([
    "The paramilitary group denies targeting civilians. Images by Maxar Technologies show rows of scorched homes along the river.",
    "The family shared the photograph. Photo courtesy of the family shows her at her graduation.",
    "Officials said the fund would pay out in March. Image courtesy of the county.",
    "With assistance from the FBI, local police arrested three suspects on Tuesday, officials said.",
    "With assistance from neighbours, the family rebuilt the barn in six weeks.",
    "Reporting from Kyiv, Smith said the mood in the capital was grim.",
    "Reporting from Gaza, our correspondent described scenes of chaos.",
    "(Changes in the rules take effect in January.)",
    "(Moves to the Senate next week.)",
    "Citation: The driver was issued a citation for speeding.",
    "Become a member of the union.",
    "Make a donation to the victims' fund at the county clerk's office.",
    "Tom Holt (D) —",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
  it("still removes a wire's names-only trailer without its dash", () => {
    expect(classifyFurniture("With assistance from Aylin Kaya and Tom Reed")).toBe("trailer");
  });
});

describe("furniture of set 15's pages (session 34)", () => {
  it.each([
    ["Hollis Vandermeer contributed reporting from New York.", "trailer"],
    ["Watch: Tourists crowd Seville’s fountains as the city swelters", "related"],
    ["ABOUT THE AUTHOR", "ui"],
    ["Don't miss the latest court news - sign up to our daily newsletter", "ui"],
    ["Our ruling", "ui"],
    ["VerifyDesk is a signatory to the Global Fact Standards Alliance’s code of principles.", "notice"],
    ["Kaveh Rostami (@krostami.sec)", "credit"],
    ["9:42 AM · Jul 2, 2025", "credit"],
  ])("removes %s", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });
  it.each(["Watch: the mayor said the plan was fair.", "Sources said the plan was dead.", "He contributed reporting from Kyiv to the war's first history, a book that sold well."])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("furniture of set 16's pages (session 35)", () => {
  it.each([
    ["NEW You can now listen to Harbor Post articles!", "ui"],
    ["Sign up for the Ledger's Evening Wrap newsletter. Everything that mattered today, in five minutes.", "ui"],
    ["Sign up for the Weekend Reads newsletter: the best long stories of the week, every Saturday.", "ui"],
    ["Consider supporting The Harbor Ledger. Your donation keeps our reporting free for everyone.", "ui"],
    ["Acquire Licensing Rights", "ui"],
    ["Reuse this content", "ui"],
    ["Follow this company", "ui"],
    ["Quotes in this story have been translated from Portuguese.", "notice"],
    ["Follow BBS Wessex on X, Facebook and Instagram. Send your story ideas to wessex.news@bbs.example.com.", "contact"],
    ["Connect via X or email.", "contact"],
    ["Kestrel Mining plc (KSM.L) 212.40p +3.10 (+1.48%)", "ui"],
    ["FTSE 100 8,102.33 -0.42%", "ui"],
    ["Kindly share this story:", "ui"],
    ["Share or comment on this article:", "ui"],
    ["All rights reserved. This material may not be reproduced, published or redistributed without prior written permission from the Valley Courier.", "notice"],
    ["Live feed", "ui"],
    ["Please turn on JavaScript to use this feature", "ui"],
    ["Summary of the day", "ui"],
    ["We’ll bring you the latest throughout the day.", "ui"],
    ["We'll keep you updated as it happens.", "ui"],
    ["Story Source:", "ui"],
    ["Journal Reference:", "ui"],
    ["Materials provided by Ridgeway University. Note: Content may be edited for style and length.", "notice"],
    ["Cite This Page: MLA | APA | Chicago", "ui"],
  ])("removes %s", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it.each([
    "Sign up for the newsletter. The mayor said it would be free.",
    "Consider supporting the bill, the senator urged her colleagues.",
    "Consider supporting the bill.",
    "Your support helps the campaign, the candidate told donors.",
    "Follow the money.",
    "Connect with voters on the doorstep, the party told candidates.",
    "We’ll bring you the latest on the strike as the minister speaks.",
    "We will have more to say about the plan next week, the minister said.",
    "Shares fell 5.8 per cent to €74.12.",
    "The index closed at 8,102.33, down 0.42%.",
    "Kestrel Mining shares rose 3.10 to 212.40p on Tuesday.",
    "Comments in this story were translated from Spanish by the reporter, he said.",
    "Materials provided by the company showed the loss was larger.",
    "Materials provided by Holt's lawyers show he was abroad.",
    "Materials provided by Holt Mining were shredded.",
    "The court ruled that the footage may not be broadcast until the trial ends.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("lists and credits of set 16's pages (session 35)", () => {
  it("takes “More on this story” for a list of other stories, and “Journal Reference:” for the paper's citation", () => {
    expect(listHeadingKind("More on this story")).toBe("stories");
    expect(listHeadingKind("Journal Reference:")).toBe("citations");
    expect(isListItem("citations", "Ana Ruiz, Tom Holt. Salt marsh loss on the Severn, 1990–2020. Journal of Coastal Studies, 2025; DOI: 10.1234/jcs.2025.017")).toBe(true);
    // (A sentence under the heading, with no DOI at its end, is the article's.)
    expect(isListItem("citations", "The study was published in the Journal of Coastal Studies on Monday.")).toBe(false);
  });

  it("takes a writer's page link and a photographer working for a paper for what they are", () => {
    expect(classifyFurniture("More about Dana Whitcomb")).toBe("ui");
    expect(classifyFurniture("More about the plan was revealed on Monday.")).toBeNull();
    expect(isPhotographerForOutlet("Haruto Mills for The Coastal Times")).toBe(true);
    expect(isPhotographerForOutlet("Vote Yes for The Union")).toBe(false);
    expect(isPhotographerForOutlet("Ann Holt worked for The Coastal Times for a decade.")).toBe(false);
  });
});

describe("story lines shaped like set 16's furniture stay (session 35 review)", () => {
  it.each([
    "Under the injunction, the photographs may not be published, broadcast or distributed in England and Wales.",
    "The documents may not be reproduced, published or distributed, the judge ruled on Friday.",
    "Labour 12,402 +4.2%",
    "Turnout 41.3 -2.7",
    "Please consider donating to the Kellerby Flood Relief Fund.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("furniture of set 17's pages (session 36)", () => {
  it.each([
    ["More on the Federal Reserve", "ui"],
    ["MORE ON HARBOUR ISLAND", "ui"],
    ["Explore more on these topics", "ui"],
    ["Cite This Page:", "ui"],
    ["Report an editorial error", "ui"],
    ["Report a technical issue", "ui"],
    ["Editorial code of conduct", "ui"],
    ["Get the Harbor Post daily newsletter - sign up here", "ui"],
    ["Get the best rugby coverage straight to your inbox with our weekly newsletter.", "ui"],
    ["Stay tuned to KVRN for live coverage of the storm on TV, radio and online.", "ui"],
    ["Consider supporting the Valley Courier with a one-time or monthly contribution.", "ui"],
  ])("removes %s", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it("reads the headings over other stories, tags and citation styles", () => {
    expect(listHeadingKind("More on the Federal Reserve")).toBe("stories");
    expect(listHeadingKind("MORE ON HARBOUR ISLAND")).toBe("stories");
    expect(listHeadingKind("Explore more on these topics")).toBe("tags");
    expect(listHeadingKind("Cite This Page:")).toBe("cite-styles");
    expect(isListItem("cite-styles", "APA")).toBe(true);
    expect(isListItem("cite-styles", "Chicago police said the road was closed.")).toBe(false);
  });

  it.each([
    "More on that later.",
    "More on the Federal Reserve's decision is expected on Friday.",
    "Please consider donating to the Kellerby Flood Relief Fund.",
    "Consider supporting the Red Cross with a monthly donation.",
    "Stay tuned to the hearing, she told reporters.",
    "Stay tuned to find out whether the council backs the plan.",
    "Get the vaccine, the health secretary urged.",
    "Report an error in the ballot count to the county clerk, the board said.",
    "The editorial code of conduct was breached, the regulator found.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("notes, contacts and a wire's lines of set 17's pages (session 36)", () => {
  it.each([
    ["News tips can be sent to dana.whitcomb@harborpost.example.", "contact"],
    ["dana.whitcomb@harborpost.example", "contact"],
    ["This article was amended on 3 June 2025. An earlier version said the mayor was a Labour councillor; she is an independent.", "notice"],
    ["This story was corrected on March 4, 2026.", "notice"],
    ["Puerto Lindo (Panama), May 9 (NCA).-", "dateline"],
    ["Ciudad Real, 9 May (EFE).-", "dateline"],
    ["NCA/jlm/ab", "trailer"],
    ["efe/mr/ps", "trailer"],
    ["(Translated from Portuguese)", "notice"],
  ])("removes %s", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it.each([
    "Prosecutors said the bribe was arranged by e-mail, from dana.whitcomb@harborpost.example to a buyer in Lagos.",
    "Her address, dana.whitcomb@harborpost.example, appeared on every invoice.",
    "Story tips were sent to ann.holt@example.com by a reader in March.",
    "This article was amended on 3 June 2025, the paper said, after the mayor complained.",
    "This article was amended on 3 June 2025 to remove the allegation, which the council disputed.",
    "Article 12 was amended on 3 June 2025.",
    "Use and/or",
    "and/or",
    "Puerto Lindo, May 9, was the last day the port was open.",
    "(Translated from Portuguese, the letter reads: “We will not leave.”)",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("captions run into their credits on set 17's pages (session 36)", () => {
  it.each([
    "Mayor Ann Holt at a rally in Dunmore, Ohio, on Oct. 2. Tom Reed via Getty Images",
    "The plant in Kellerby, Ont. The company says it will appeal the ruling.DANA RUIZ/THE HARBOR LEDGER",
    "Ann Holt arrives at Southwark Crown Court on Monday Credit: Ruiz Pictures",
  ])("removes %s", (line) => {
    expect(classifyFurniture(line)).toBe("caption");
  });

  it.each([
    "The company says it will appeal.",
    "The company says it will appeal the ruling, which it called unfair.",
    "The video was shared on Friday. It spread via Reuters",
    "Holt said the photo was fake. Tom Reed via Reuters",
    "The bank cut rates on Consumer Credit: Visa and Mastercard",
    "Changes to Universal Credit: Ministers Defend Plan",
    "“We will appeal,” the company said.DANA RUIZ/THE HARBOR LEDGER",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("set 18's page furniture (session 36)", () => {
  it.each([
    "Premium",
    "Subscribers only",
    "Default text size | Large text size | Extra large text size",
    "Subscribe for full digital access to the news that matters in the valley. Subscribe today",
    "Sign up to The Morning Bell, our free weekday newsletter, for the headlines before breakfast.",
    "Subscribe to the Courier’s Africa newsletter for a weekly digest of the continent’s business news.",
    "Catch all the Cricket News, Match Reports and Live Scores on Harbor Sport.",
    "NEWS ALERTS: Get the top stories from the valley first - join our free Telegram channel",
    "Listen to this story. The audio version is generated by artificial intelligence and may contain mistakes.",
  ])("%s is the page's chrome or a promotion", (line) => {
    expect(classifyFurniture(line)).toBe("ui");
  });

  it("takes a podcast promoted with its running time in minutes for a link", () => {
    expect(classifyFurniture("PODCAST | Inside the Court: the week's rulings explained (31 min)")).toBe("related");
  });

  it.each(["Spotted something you think is wrong? WhatsApp our verification team on 0711 555 019.", "Reach him at 555-0199."])("%s is how to reach the outlet or the writer", (line) => {
    expect(classifyFurniture(line)).toBe("contact");
  });

  it.each([
    "This column is part of our monthly series on rural schools. Read the previous instalment: Why the bus stopped coming",
    "This story is part of our Climate Desk project.",
  ])("%s is a note on the series", (line) => {
    expect(classifyFurniture(line)).toBe("notice");
  });

  it.each(["The goalkeeper dives to save a penalty at Riverside Park in April. (RiverSport/Dana Ruiz)", "2 / 4 Flood water fills the square in Kellerby on Sunday. (Coastguard)", "3/4 A lifeboat crew at the harbour wall. (Kellerby Lifeboat Station)"])(
    "%s is a caption with its credit",
    (line) => {
      expect(classifyFurniture(line)).toBe("caption");
    },
  );

  it.each([
    "A larger text size helps older readers, the designer said.",
    "Readers can subscribe for unlimited access for $5 a month.",
    "Subscribe to the council's newsletter for updates, the mayor urged residents.",
    "Catch all the latest news on the floods, the council told residents on Monday.",
    "The audio version was generated by artificial intelligence and shared 40,000 times.",
    "Podcast listeners rose to 2 million last year (up 24%).",
    "The hotline, 0800 555 019, took 4,000 calls on Monday.",
    "Reach her at 717-555-0142, the flyer said.",
    "This story is part of a wider pattern of neglect.",
    "This story is part of a series of failures in the care system that the inquiry will examine.",
    "This column is part of a government initiative on literacy, which critics say is underfunded.",
    "7/10 Britons support the ban. (YouGov)",
    "9/11 Families Against Terror demanded the release of classified files. (AP)",
    "3/5 Greek firefighters say they have been battling blazes for 72 hours. (Hellenic Fire Service)",
    "This article is part of the evidence, the prosecutor told the jury.",
    "The council passed the budget on Tuesday. (Labour/Green)",
    "24/7 Care is what the families want. (Harbor Care Trust)",
    "1/3 of voters backed the plan. (Harbor Polling)",
    "The minister was listening to the debate at the Harbor Hotel on Dec. 14. (Harbor Radio)",
    "Listen to the tape and you will hear him laugh at the victims.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });

  it("takes a related story's headline that asks and answers for a list item, but not a paragraph that ends in a full stop", () => {
    expect(isListItem("stories", "Who is Ann Holt? The farmer's daughter who took on the council")).toBe(true);
    expect(isListItem("stories", "Is the ferry safe? Inspectors say it is.")).toBe(false);
  });
});

describe("set 19's page furniture (session 37)", () => {
  it.each([
    "Sign up for Capitol Memo, our weekday newsletter on Congress",
    "More Scottish Premiership news",
    "This advertisement has not loaded yet, but your article continues below.",
    "Share this article in your social network",
  ])("%s is the page's chrome or a promotion", (line) => {
    expect(classifyFurniture(line)).toBe("ui");
  });

  it.each([
    "Lydia Strand at her confirmation visits on Capitol Hill last month. She said on Thursday that she was “proud of every word” she had written. Haiyun Jiang for The National Record",
    "The mayor walks to the council chamber on Tuesday. Tom Ruiz for The Harbor Ledger",
    "Lewis Baird wheels away after his second goal. Pic: SNS",
    "An adult puffin returns to its burrow with a beakful of fish. Image source, Getty Images",
    "Crews clear the road above the village on Monday. Image source, Harbor Fire Service",
  ])("%s is a caption with its credit", (line) => {
    expect(classifyFurniture(line)).toBe("caption");
  });

  it("takes a topic list after “See more on:” for tags", () => {
    expect(classifyFurniture("See more on: Federal Reserve, U.S. Politics")).toBe("tags");
  });

  it.each([
    "Published in the print edition of the May 11, 2026, issue, with the headline “Into the Fire.”",
    "Strathkelvin Athletic: Moffat; Quigg, Duthie, Ramsay, Hanlon; Kerr (Lindsay 77), Boyle; Baird, Ogilvie, Sneddon (Tait 70); McGuire.",
    "Inverallan: Reekie; Gow, Ferrier, Abara, Leitch; Munro, Pirie (Aranburu 63); Kyle, Rennick, Stott; Meikle (Conlon 80).",
    "Referee: Kenny Lauder. Attendance: 6,412.",
    "Booked: Quigg, Ferrier. Referee: Kenny Lauder (Fife).",
    "Study reference: Haldorsen I, Rennie C, Vik T et al. (2026) “Four decades of declining energy density in puffin chick diets”, Marine Ecology Letters.",
    "Translated from the Kitakami Shimpo and other Japanese media by the Japan Regional Digest desk",
    "Names are given in Japanese order, family name first.",
  ])("%s is a note on the page or the match", (line) => {
    expect(classifyFurniture(line)).toBe("notice");
  });

  it("takes a support line pointing the reader to help with what this article raised for how to reach someone", () => {
    expect(classifyFurniture("If you have been affected by any of the issues raised in this article, you can contact the Irish Road Victims’ Association on 01 000 0000.")).toBe("contact");
  });

  it.each([
    "Sign up for the newsletter on Monday, the mayor urged residents.",
    "More Britons Trust News",
    "More Americans are reading news on their phones.",
    "This advertisement has been banned by the regulator.",
    "Share this article in your social network, the campaign urged its supporters on Monday.",
    "The mayor walks to the council chamber on Tuesday. Vote Yes for The Union",
    "The column ran on Sunday. Ann Holt wrote it for The Times.",
    "He posted the photo on Monday. Image source, the police said, was his phone.",
    "See more on the council's website, she said.",
    "Published in the print edition of the Gazette on Monday, the letter drew 300 replies.",
    "Holt covers the cost of the repairs for the council.",
    "Referee Kenny Lauder said he had not seen the incident.",
    "Referee: Stop.",
    "Attendance: down 12 per cent on last season.",
    "Strathkelvin Athletic: the club was fined; Quigg, Duthie and Ramsay were suspended; the manager was banned.",
    "The study, published in the journal Marine Ecology and Evolution Letters, found that chicks were starving.",
    "Translated into 12 languages, the book sold 2 million copies.",
    "Translated from the Japanese by Ann Holt, the novel won the prize in 2019.",
    "Names are given in alphabetical order on the memorial wall.",
    "If you have been affected, police said, call 101.",
    "If you have been affected by the flooding, you can contact the council on 0300 555 0199.",
    "Ann Holt is a reporter with the Gazette who was arrested in March.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("keeps what session 37's furniture rules took (its review, /work/s37/review/review.md)", () => {
  it.each([
    "Published in print under the headline “Traitors”, the column drew more than 4,000 complaints to the press regulator.",
    "Published in print with the title “How I quit”, her essay was shared a million times online.",
    "If you have been affected by the issues raised in this report, please contact the hospital's patient advice service, the review's authors wrote.",
    "If you have been affected by the issues raised in this report, you can contact the inquiry's support line on 0800 555 010, the chair added.",
    "The council must finish the Salthill cycle lane before another child is hurt. We have waited six years. Siobhán Daly for Galway Cycling Network",
    "Shortlisted: Ann Holt; Mark Reid; Tom Byrne; Ciara Nolan.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("set 20's page furniture (session 37)", () => {
  it.each([
    "Get a look at the day ahead in European and global markets with the Morning Briefing Europe newsletter. Sign up here.",
    "Subscribe to Harbor Security Weekly, delivered every Tuesday.",
    "Share | AA Text Size | Follow us",
    "412 View comments",
    "Watch the full public comment period in the player above.",
    "Listen to the full interview in the audio player below.",
  ])("%s is the page's chrome or a promotion", (line) => {
    expect(classifyFurniture(line)).toBe("ui");
  });

  it.each([
    "This article was amended on 13 March 2026 to correct the spelling of Chloe Barraclough’s name.",
    "Why you can trust HMP",
    "Part of our series: The Long Move",
    "This article is part of The Long Move, a series on climate and migration supported by a grant from the Marwick Ross Foundation. The Longitude retains full editorial control.",
    "This story is part of our series on the housing crisis. The Harbor Ledger retains full editorial control.",
    "The Daily Glare may earn commission from purchases made through links on this page.",
    "We may earn a commission when you buy through links on our site.",
  ])("%s is a note on the page", (line) => {
    expect(classifyFurniture(line)).toBe("notice");
  });

  it("takes a credit under the plural label (“Image Credits:”) for a credit", () => {
    expect(classifyFurniture("Image Credits: Byteline / PaceLoop")).toBe("credit");
  });

  it("takes the reader told they can reach the writer on a messaging app for how to reach someone", () => {
    expect(classifyFurniture("You can contact her securely on Signal at marguerite.42.")).toBe("contact");
  });

  it("takes a video player's caption under its label, with the outlet's credit in brackets, for a caption", () => {
    expect(classifyFurniture("Video player: Parents and students address the Cedar Hollow school board on Tuesday night. (KDRW)")).toBe("caption");
  });

  it.each([
    "The council amended the plan on 13 March to correct errors in the map.",
    "This article was amended on 4 July 1998 to correct an injustice against women.",
    "This article was amended on 4 July 1998 to correct an error in the map, the court said.",
    "This article was amended on 4 July 1998 to remove the death penalty.",
    "Subscribe to the idea that markets always recover, delivered every Tuesday.",
    "Subscribe to the idea that prices only rise.",
    "Get out now with the Morning Briefing newsletter, he said. Sign up here.",
    "Share prices fell 4% | analysts said",
    "412 people viewed the comments",
    "Image credits rose sharply in 2025.",
    "Watch the video, the police urged.",
    "Watch the skies above the city tonight.",
    "Video player maker Vimeo said on Monday it would cut jobs.",
    "Video player: The mayor says the vote was fair. (KDRW)",
    "Why you can trust the polls this time",
    "Why you can trust Biden, according to his aides.",
    "Part of our series on flooding ran last week.",
    "Part of the problem: The council never checked.",
    "This article of the constitution is part of the Bill of Rights, a series on the rights of the accused.",
    "The Longitude retains full editorial control.",
    "This story is part of a wider pattern of neglect. The Ledger retains full editorial control.",
    "The council may earn commission from purchases made through its new portal.",
    "Retailers may earn commission from links on this page, the regulator said.",
    "You can contact her on Signal at any time, her lawyer told reporters.",
    "Ann Holt is a writer based in London who was arrested in March.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("keeps what session 37's later furniture rules took (its second review)", () => {
  it.each([
    "This article was amended on 12 May 2004 to correct errors in the original French translation.",
    "This article was amended on 4 July 1998 to correct the age at which prisoners could vote.",
    "Why should you trust Parliament?",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("blind set 22's furniture (session 38)", () => {
  it.each([
    ["Skip next section Our coverage in brief", "ui"],
    ["Send us your feedback", "ui"],
    ["Give feedback", "ui"],
    ["The Ballot Brief | Issue 87", "ui"],
    ["Vol. 3, Issue 12", "ui"],
    ["Issue #412", "ui"],
    ["Hello everyone!", "ui"],
    ["Dear readers,", "ui"],
    ["Thanks for reading The Ballot Brief! Subscribe for free to receive new posts and support my work.", "ui"],
    ["Thank you for reading!", "ui"],
    ["Join The Harbor Post on WhatsApp for the day's top stories.", "ui"],
    ["Follow The Harbor Ledger on Google News", "ui"],
    ["Join our Reader Forums to keep talking politics, polls and more! And if you have a news tip, correction or comment, let us know at: tips@harborledger.example.", "ui"],
    ["Support local journalism. Become a Harbor Post Insider.", "ui"],
    ["If you buy something through links on this page, The Daily Glare may earn a commission.", "notice"],
    ["When you purchase through links on our site, we may earn an affiliate commission.", "notice"],
    ["Pitchside is the sports desk of The Harbor Post.", "notice"],
    ["Commenting has been disabled for this story.", "notice"],
    ["Comments are closed on this article.", "notice"],
    ["Disclosure: The Harbor Ledger receives funding from the Marwick Foundation.", "notice"],
    ["This article was translated from Portuguese. Quotes from Spanish-language interviews have been translated by the World desk.", "notice"],
  ])("%s is furniture (%s)", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it.each([
    "Skip the next section if you have read the report.",
    "Issue 87 of the magazine sold out in a day.",
    "Chanel No. 5",
    "Dear Ann,",
    "Hi all, the vote is on Friday.",
    "Thanks for reading, she told the crowd of fans.",
    "Join the protest on Friday.",
    "Follow Ann Holt on Telegram, where she posts daily.",
    "Join Ann Holt on WhatsApp for the day's top stories, the campaign urged.",
    "Join our community to fight the closure, the residents' group urged.",
    "Become a Labour Party member, the leaflet urged.",
    "When you purchase through links on our site, we may earn an affiliate commission, the retailer's lawyer said.",
    "When customers buy through links on its site, the retailer may earn a fee.",
    "The Criminal Division is the largest section of the Justice Department.",
    "Hoopwire is the sports department's biggest rival.",
    "The union said comments are closed until Friday.",
    "Comments are closed on this issue, the minister told MPs.",
    "Disclosure rules were tightened in 2019.",
    "Disclosure: the firm said it had paid the fee.",
    "This article was translated into 12 languages.",
    "The interview was translated from Farsi by her brother, who was present.",
    "Quotes from the interviews have been translated by the defence.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });

  it("takes a sentence in the present with a credit of names in brackets for a caption's shape, not a report or a sentence in the past", () => {
    expect(isCaptionWithNamesCredit("The mayor bows at the start of a news conference at City Hall on Tuesday. (The Harbor Courier)")).toBe(true);
    expect(isCaptionWithNamesCredit("Gov. Ann Holt arrives at the Alden District Court on Thursday. (Harbor Wire)")).toBe(true);
    expect(isCaptionWithNamesCredit("Ann Holt arrived at the Alden District Court on Thursday. (Harbor Wire)")).toBe(false);
    expect(isCaptionWithNamesCredit("Ann Holt speaks for the party, her office said on Thursday. (Harbor Wire)")).toBe(false);
    expect(isCaptionWithNamesCredit("The Fed raised rates on Wednesday. (The New York Times)")).toBe(false);
  });
});

describe("set 21's page furniture (session 38, furn21)", () => {
  it.each([
    ["Supported by", "ui"],
    ["Go to Homepage", "ui"],
    ["Back to the homepage", "ui"],
    ["Popular in the Community", "ui"],
    ["Staff Reporter", "ui"],
    ["Our Correspondent", "ui"],
    ["Facebook Count Twitter Share 0 Translate", "ui"],
    ["Facebook 12 Twitter 3 Shares", "ui"],
    ["Share Reuse this content", "ui"],
    ["Print Reuse this content", "ui"],
    ["close video Mayor defends parking plan at Harbor Hall news conference", "related"],
    ["Support Free Journalism", "ui"],
    ["Support Free Reporting", "ui"],
    ["Your support fuels our election coverage. Contribute as little as $3 to keep our journalism free for everyone.", "ui"],
    ["Your donation pays for our local reporting.", "ui"],
    ["At The Harbor Ledger, we believe that good journalism should be free for everyone, but not everyone can pay for subscriptions. Would you join us?", "ui"],
    ["Sign up for the Morning Ledger newsletter, a daily look at the stories shaping the region.", "ui"],
    ["Subscribe to Harbor Fleet Weekly for the week’s shipping, port and freight news. Sign up", "ui"],
    ["Get the week's best recipes every Friday with Kestrel Kitchen’s free Supper Club newsletter. Sign up", "ui"],
    ["Sign up to Stage Notes: your weekly theatre round-up, with all the reviews, openings and gossip", "ui"],
    ["Privacy Notice: Newsletters may contain information about charities, online ads and content funded by outside parties.", "ui"],
    ["Comments are closed on this story.", "notice"],
    ["Comments have been disabled for this article", "notice"],
    ["Published in The Harbor Ledger, March 3rd, 2025", "notice"],
    ["Published in The Valley Courier, 3 March 2025", "notice"],
    ["This article is a translation of the original published in Spanish by the paper's Madrid desk.", "notice"],
    ["This is a translation of the original German article.", "notice"],
    ["About the Author: Dana Holt, Health Correspondent. Dana covers hospitals and drug pricing. Reach her on Signal at dana.07", "notice"],
    ["Vessel: Bulk carrier Northern Tern | Flag: Malta | Operator: Keel Lines | Occurrence: grounding, 2 May 2025", "notice"],
    ["Delegates vote on the motion at the party conference in Brighton, 4 May 2025. KNA/Ruth Obinna", "caption"],
    ["The harbour wall runs along the edge of the old town. Source: Shutterstock", "caption"],
    ["Nurses march in Lyon against the hospital closures on 2 May 2025. © Claire Dumas, RTN", "caption"],
  ])("takes %s for furniture (%s)", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it.each([
    // single labels and buttons next to real text
    "Supported by a majority of members, the motion passed.",
    "Open Letters",
    "Our correspondent was detained at the border for six hours.",
    "Share prices fell 4% on Monday.",
    // appeals and newsletters in a story's own sentences
    "Your support helped the shelter reopen, the charity told donors.",
    "Contribute as little as $2 to the campaign, the candidate urged supporters.",
    "We believe the council should act now. Would you join us?",
    "Sign up for the newsletter, a spokesperson urged residents.",
    "Subscribe to the county's alerts before the storm arrives.",
    "Privacy notices are often ignored by users, the study found.",
    // notices' words in sentences
    "Comments are closed on the consultation from Friday, the council said.",
    "Published in The Lancet on December 5, 2026, the study followed 4,000 patients.",
    "Published in Nature in 2024, the paper was cited 300 times.",
    "This book is a translation of the original Portuguese edition.",
    "About the time the storm hit, the power went out.",
    "The governor covers the cost of the programme from the state's reserves.",
    // a news paragraph told in the past, ending in a photo's rights (session 38's review)
    "A court in Paris ruled on Thursday that a brand had used a photograph without permission. The image shows a boy on a bicycle. © Julien Marceau, AFP",
    "Result: Holt 52% | Reed 45% | Turnout: 61%",
    // captions' shapes in a story's sentences
    "The bill passed 52-48 in the Senate. Senate/House Republicans",
    "The party finished second in the vote. Labour/Co-operative Party",
    "Unemployment rose to 4.1% in March. Source: Reuters",
    "Prices climbed again in April. Source: Shutterstock",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });

  it("takes “Art and design” for a section's label", () => {
    expect(classifyFurniture("Art and design")).toBe("ui");
    expect(classifyFurniture("Art and design students walked out on Monday.")).toBeNull();
  });

  it("takes a line in capitals of six words or more, with no closing punctuation, for a story link (the cleaner decides where)", () => {
    expect(isCapitalsStoryLink("COUNTY SHERIFF SAYS CATTLE THEFTS HAVE DOUBLED SINCE LAST SUMMER")).toBe(true);
    expect(isCapitalsStoryLink("WE WILL NEVER SURRENDER TO THE RADICAL LEFT!")).toBe(false);
    expect(isCapitalsStoryLink("THE DEAL")).toBe(false);
    expect(isCapitalsStoryLink("COUNTY SHERIFF Says Cattle Thefts Have Doubled")).toBe(false);
  });
});

describe("sets 23 and 24's page furniture", () => {
  it.each([
    // headings and links over other stories
    ["Associated coverage: How the line-item veto works", "related"],
    ["Further reading: The port strike, explained", "related"],
    ["WATCH | Flood water reaches the high street as the river bursts its banks (Duration 1:58)", "related"],
    ["Most Read from Harbor Wire", "ui"],
    ["See all topics", "ui"],
    ["In short:", "ui"],
    ["Quick Read", "ui"],
    ["For Subscribers", "ui"],
    ["00:00 Voice 1x", "ui"],
    ["00:00 / 04:12", "ui"],
    ["03:05 - Source: HNN", "ui"],
    ["Join the discussion (1,204 comments)", "ui"],
    ["Share on X · Share on Facebook · Share by email", "ui"],
    ["Unlock the Weekend Digest for free", "ui"],
    // the outlet promoting its coverage, newsletters and app
    ["Follow HNS coverage of city hall at harbornews.example/cityhall.", "ui"],
    ["Track Latest News Live on HarborNow.com and get news updates from the coast and beyond.", "ui"],
    ["Get the latest Ohio news: flood warnings, the budget vote, and more", "ui"],
    ["Get breaking news alerts on your phone with the Harbor News app.", "ui"],
    ["Sign up for the weekly Coastal Brief", "ui"],
    ["Newsletter: Sign up for our Evening Asia briefing", "ui"],
    ["Subscribe to Harbor Daily, the essential briefing on the region's politics.", "ui"],
    ["Our editor picks her favourite reads in this weekly newsletter.", "ui"],
    ["Register to read up to five free articles a month", "ui"],
    ["Summary is AI generated, newsroom reviewed.", "ui"],
    ["This summary has been generated using AI and checked by our editors.", "ui"],
    ["Join the Harbor Sport Discord to talk about this match", "ui"],
    // asks for money
    ["Our election coverage needs you. Your donation keeps our reporting free for everyone. Support The Harbor Post", "ui"],
    ["The Harbor Monitor is an independent non-profit. Support our work: Donate", "ui"],
    ["Like what you read? Support The Valley Courier's independent journalism. Subscribe from $2.", "ui"],
    ["Support independent environmental journalism. Donate today.", "ui"],
    // notes, trailers, credits and contacts
    ["Some links on this page are affiliate links; Harbor Gear may earn a commission.", "notice"],
    ["Quotes translated from Spanish by HPA.", "notice"],
    ["Quotes in this story have been translated from Italian.", "notice"],
    ["(Translated from Portuguese)", "notice"],
    ["--With assistance from Ann Holt and Tom Reed.", "trailer"],
    ["jd-kt/ab", "trailer"],
    ["To contact the reporters on this story: Ann Holt in Denver at aholt@harborwire.example", "contact"],
    ["To contact the editor responsible for this story: Tom Reed at treed@harborwire.example", "contact"],
    ["Twitter: @annholt_hp", "contact"],
    ["Follow the topics in this article: Banks; Currencies; Inflation", "tags"],
    ["The finance minister at the budget lock-up in Wellington. (HBC News: Dana Ruiz)", "caption"],
    ["Ann Holt holds a sign outside the council chamber on Monday. (Tom Reed/Harbor 7 News)", "caption"],
  ])("takes %s for furniture (%s)", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it.each([
    // a story's own sentences with the same words
    "Further talks are planned for next week.",
    "Watch what happens when the tide comes in, the harbourmaster said.",
    "In short, the plan failed.",
    "Support for the bill fell to 41% in the latest poll.",
    "Support our troops, the banner read.",
    "Our country needs you, the general told the recruits.",
    "The Red Cross is an independent non-profit.",
    "Donate blood if you can, the hospital urged.",
    "Like what you read? No, she said, she did not.",
    "Sign up for the briefing, officials urged residents.",
    "The mayor criticised the plan in a weekly newsletter.",
    "Register to vote by Friday.",
    "Get updates on the storm at the council's website.",
    "Join the Springfield community for a vigil on Friday.",
    "Some links between the two cases are still unclear.",
    "Interviews were translated by volunteers.",
    "Remarks translated into English were posted online.",
    "low-paid/high-paid",
    "and/or",
    "To contact the victims' families, police set up a hotline.",
    "The minister spoke to reporters in Wellington. (Update: Ann Holt)",
    "Twitter users mocked the post.",
    "The summary was shared widely on social media.",
    "Follow the money, the senator said.",
    "Tom Reed is a politics reporter for The Harbor Post.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });

  it("takes a bar of topics under “See all topics” for the list's items", () => {
    expect(listHeadingKind("See all topics")).toBe("tags");
    expect(isListItem("tags", "Veterans Affairs | US Politics | Health care")).toBe(true);
    expect(isListItem("tags", "The council voted on Tuesday to close the pool.")).toBe(false);
  });
});

describe("where figures come from, in brackets after a fact (session 39 review)", () => {
  it("keeps “(Source: Statistics Norway)” and “(Data: …)” as body text, not a photo credit", () => {
    for (const line of ["Norway's unemployment rate rose to 4.1 percent in March. (Source: Statistics Norway)", "Engineers found corrosion in two supports. (Data: Kessel County Engineers)"]) {
      expect(classifyFurniture(line)).toBeNull();
    }
  });
});

describe("set 25's page furniture (session 40, furn25)", () => {
  it.each([
    ["3-Minute Listen", "ui"],
    ["Playlist", "ui"],
    ["View this post on Instagram", "ui"],
    ["A post shared by Ann Holt (@annholt.cooks)", "credit"],
    ["A photo shared by @annholt", "credit"],
    ["File picture: Ann Holt/Harbor Post", "credit"],
    ["Ann Holt, the mayor's spokeswoman, at the briefing on Thursday. She said talks were at a “delicate” stage.Credit...Tom Reed for The Harbor Times", "caption"],
    ["A home in Keaton, Fla., is covered with a blue tarp. The storm damaged more than 40,000 homes in the region. Ana Ruiz-Tagle for HNR", "caption"],
    ["Technicians at the Kessel power station on Monday. File picture: Ann Holt/Harbor Post", "caption"],
    ["Level 1 (Low) - Level 2 (Guarded) - Level 3 (Elevated) - Level 4 (Severe)", "caption"],
    ["Stage 1 (Low) • Stage 2 (Moderate) • Stage 3 (High)", "caption"],
    ["Sign up for The Harbor Post's Morning Memo newsletter - the stories you missed, in your inbox by 6 a.m.", "ui"],
    ["Support Free Journalism: Readers like you keep The Harbor Post free for everyone. Give once or become a member today.", "ui"],
    ["Get the latest news from The Harbor Post on our WhatsApp channel. Click here to join.", "ui"],
    ["Get all-access to exclusive stories. Subscribe to The Harbor Post.", "ui"],
    ["Enjoy unlimited access to our journalism.", "ui"],
    ["Plateful Harbor: the dining news you need, three times a week.", "ui"],
    ["The Morning Memo: your briefing on the statehouse, every weekday.", "ui"],
  ])("takes %s for furniture (%s)", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it.each([
    "The podcast is a 3-minute listen.",
    "The playlist ran to four hours.",
    "View this post on Instagram as a warning, the police said.",
    "A post shared by the mayor on Monday drew 4,000 replies.",
    "File photos of the suspect were released on Monday.",
    "Lenders tightened their terms in March. Credit... Everything was about credit, the banker said.",
    "The campaign opened its office on Monday. Vote Ann Holt for MP",
    "Ann Holt (D) - the mayor's rival - voted against it.",
    "Ann Holt (D) - Tom Reed (R) - Sam Lee (I)",
    "Sign up for the council's newsletter - the mayor said it would carry the flood warnings.",
    "Readers like you keep asking whether the pool will reopen.",
    "Support Free Journalism: a panel on Tuesday will discuss funding for local news.",
    "Get the latest news on the storm from the council's website.",
    "Get the latest news from The Harbor Post on our WhatsApp channel. Click here, the minister said, was all the instructions said.",
    "Get full access to the records, lawyers urged.",
    "Subscribe to The Harbor Post.",
    "Chicago: the city that works, three times a week.",
    "Ridership: the agency's news releases, issued weekly.",
    "She reported from Kyiv for two years.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });

  it("takes a photographer for an outlet's initials, three letters or more, for a credit", () => {
    expect(isPhotographerForOutlet("Ana Ruiz-Tagle for HNR")).toBe(true);
    expect(isPhotographerForOutlet("Vote Ann Holt for MP")).toBe(false);
  });

  it("reads the names in a wire's last line on where its writers filed from", () => {
    expect(reportedFromNames("Holt reported from Alden City, Iowa.")).toEqual(["Holt"]);
    expect(reportedFromNames("Ann Holt and Tom Reed reported from Santa Fe, N.M.")).toEqual(["Ann Holt", "Tom Reed"]);
    expect(reportedFromNames("Holt reported from Kyiv for two years.")).toBeNull();
  });
});

describe("a transcript's signpost (session 41)", () => {
  it.each(["An edited transcript follows.", "Below is a partial transcript of the news conference.", "The following is an edited transcript of her remarks:", "Transcript follows."])("%s is a notice about the page", (line) => {
    expect(classifyFurniture(line)).toBe("notice");
  });
  it.each(["The transcript follows weeks of argument over the recording.", "An edited transcript follows the pattern of earlier ones, the lawyer said."])("%s is article text", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("set 26's page furniture (session 41, furn26)", () => {
  it.each([
    "Sign up for the Frontline Morning Briefing - the news the legacy media won't tell you.",
    "Get Our Free Weekly Newsletter: Sign up for NCN's Health Check for the latest health news, delivered every Tuesday.",
    "Sign up for Harbor Health Check for the latest health news, delivered every Tuesday.",
    "The Undercurrent is reader-funded. Become a member to keep our reporting free for everyone. Join now",
    "Become a member to keep our reporting free for everyone.",
  ])("%s is a promotion", (line) => {
    expect(classifyFurniture(line)).toBe("ui");
  });

  it.each([
    "Related article Drugmakers sue to block Medicare negotiation as first prices take effect",
    "RELATED STORY Council votes to close the pool",
  ])("%s is a link to another story", (line) => {
    expect(classifyFurniture(line)).toBe("related");
  });

  it("takes a caption closed by the outlet's file photos for a caption", () => {
    expect(classifyFurniture("Group Vice Chairman Ann Holt, left, and her brother Tom Holt, president of Holt Bio. Harbor Business Times file photos")).toBe("caption");
  });

  it.each([
    "Statements by Ann Holt and Tom Reed, and quotations from the Harbor Daily, were translated from Korean by the Harbor Times.",
    "Correction: An earlier version of this story said 14 children had been admitted to intensive care. In fact, one child is in intensive care. Mar 02, 2026 11:15 AM CST",
  ])("%s is a notice about the page", (line) => {
    expect(classifyFurniture(line)).toBe("notice");
  });

  it("takes a longer bar of topics, the last a section in lower case, for tags", () => {
    expect(classifyFurniture("Museums | Belgium | Democratic Republic of the Congo | Colonialism | Art and design | news")).toBe("tags");
  });

  it("takes how to reach the writer by e-mail for a contact line", () => {
    expect(classifyFurniture("You can reach her at ann.holt@harbornews.example.")).toBe("contact");
  });

  it.each([
    "Sign up for the Boston Marathon - entries close on Friday.",
    "Sign up for the Morning Briefing - the mayor said it would carry the flood warnings.",
    "Sign up for Harvest Box for fresh vegetables, delivered every Tuesday.",
    "Newsletter: the mayor said on Monday that the pool would close.",
    "Become a member to vote in the club's elections.",
    "The co-op is member-funded. Become a member to vote on its board. Join now",
    "Related articles in the journal found the same effect.",
    "Officers file photos of every arrest.",
    "He was arrested in March. Police file photos.",
    "Statements by the minister were translated from Korean by aides who, lawmakers say, softened them.",
    "Statements by witnesses were translated from Korean, and the court heard them on Monday.",
    "Turnout was 41% | Labour held the seat | The Greens came third | Recount due",
    "Brexit | What the deal means for the Irish border | Analysis | Europe",
    "Correction officers said the inmate had been moved to another prison.",
    "Correction: An earlier version of this story said the mayor resigned. She did not, her spokesman said. Mar 02, 2026 11:15 AM CST",
    "Correction: An earlier version of this article said the rubric was approved by the board. It was drafted by the admissions office.",
    "You can reach the summit by cable car.",
    "She has covered the courts since 2017.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("set 27's page furniture (session 42, furn27)", () => {
  it.each([
    ["FILE - A Harbor Mail truck waits at a depot in Alden City, May 2, 2026. The union said Monday the company had cut its routes. (HNW Photo/Tom Reed-Okafor, File)", "caption"],
    ["Crews clear the road above the dam on Friday. (Harbor Post Photo/Ann Holt, File)", "caption"],
    ["Correction: March 4, 2026. An earlier version of this story misstated the number of buses the city bought. It was 40, not 44.", "notice"],
    ["Clarification: 4 March 2026. A previous version of this article gave the wrong date for the vote.", "notice"],
    ["Loading", "ui"],
    ["LOADING ERROR LOADING", "ui"],
    ["Error loading video", "ui"],
    ["Support local journalism: Give to Harbor Community Radio.", "ui"],
    ["Live results: See every ward's count as it comes in", "related"],
    ["Live scores: Rovers v United", "related"],
    ["Get the week’s best long reads and a crossword to finish. Sign up to our Sunday Papers newsletter.", "ui"],
    ["Live scores powered by Matchline", "ui"],
    ["Election results powered by Ballot Data Co.", "ui"],
    ["Reporting by Ann Holt; additional reporting by Tom Reed in Lima. Translated from Spanish by the HNA English desk.", "trailer"],
    ["Reporting by Ann Holt in Kyiv. Editing by Tom Reed.", "trailer"],
    ["(c) Harbor News Agency. All rights reserved.", "copyright"],
    ["(C) The Alden Courier 2026. All Rights Reserved.", "copyright"],
    ["____", "ui"],
  ])("takes %s for furniture (%s)", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it.each([
    "Correction officers said the inmate had been moved on March 4, 2026.",
    "Correction: March 4, 2026. The mayor said the buses were late again.",
    "The union said Monday the company had cut its routes. (Harbor Post)",
    "The union said Monday the company had cut its routes. (Ann Holt, File)",
    "Give to the flood relief fund.",
    "Support local journalism: a panel on Tuesday will discuss funding for the station.",
    "Loading the trucks took four hours.",
    "The error was loading the wrong file.",
    "Live results are expected after midnight, the commission said.",
    "Get the vaccine before winter. The clinic opens at 9 a.m.",
    "Cars powered by hydrogen are still rare.",
    "Reporting by the Times showed the mayor had lied about the contract.",
    "Earlier reporting by the Times found the same gap in the accounts.",
    "Reporting by Ann Holt. The mayor resigned on Monday.",
    "(c) The council may waive the fee for residents over 65.",
    "(c) Tom Reed, the second witness, was not called.",
    "The vote was held on 05/11/2027 at 19:32 BRT, officials said.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });

  it("reads a tag list in a bar of slashes under its heading, and no sentence with slashes", () => {
    expect(isListItem("tags", "Housing / Courts / Local government / news")).toBe(true);
    expect(isListItem("tags", "Prices rose / wages fell / rents doubled in a year.")).toBe(false);
  });
});

describe("set 28's page furniture (session 43)", () => {
  it.each([
    ["Sign up for The Harbor Ledger's Morning Email.", "ui"],
    ["Get the latest Eastvale news sent straight to your inbox. Sign up here.", "ui"],
    ["From the section Rugby Union", "ui"],
    ["The company's plant, 150 kilometres east of Kalgoorlie, began production in 2025. Supplied", "caption"],
    ["Buenos Aires, February 27, 2028", "dateline"],
    ["Cork, 3 March 2028", "dateline"],
  ])("reads %s", (line, kind) => {
    expect(classifyFurniture(line)).not.toBeNull();
    expect(classifyFurniture(line)).toBe(kind);
  });

  it.each([
    "Sign up for the draft closed on Friday, the league said.",
    "Residents can sign up for emergency alerts by email.",
    "Get the vaccine to your clinic. Sign up here for a slot, the council said.",
    "From the section of the report on pay, the union drew its figures.",
    "The plant began production in 2025. Supplied water ran out in March.",
    "The plant began production in 2025, the company said. Supplied",
    "Buenos Aires, February 27, 2028, was the hottest day on record.",
    // (From session 43's review.)
    "Sign up for the vaccine by email.",
    "Subscribe to the bank's fraud alerts by email.",
    "From the section above",
    "From the section on housing",
    "Remembering Selma, March 7, 1965",
    "Election Day, November 5, 2024",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("set 30's furniture (session 45)", () => {
  it.each([
    ["The mayor walks along the pier in February. - File photo by Ann Holt", "caption"],
    ["Follow The Harbor Post on X @HarborPost for sports updates.", "contact"],
    ["READ: Pool closures hit record high in 2028, council data show", "related"],
    ["ALSO READ: Council to vote on pier repairs", "related"],
    ["More Less", "ui"],
    ["Read more / Read less", "ui"],
  ])("reads %s", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it("reads a line of who pays for the station, then the ask, as a plea for money", () => {
    expect(classifyFurniture("Support comes from listeners like you. Donate to Harbor Public Radio.")).not.toBeNull();
  });

  it.each([
    "File photos of the suspect were released by police.",
    "The mayor spoke on Monday. - File photo by the council shows her smiling.",
    "Follow the Harbor police on X for updates on the search.",
    "Read: the council's full report is online.",
    "More or less everyone agreed.",
    "Support comes from listeners like you, the station's manager said.",
    "Support comes from listeners like you.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("set 31's page furniture", () => {
  it.each([
    "Related... Voters Raised The Minimum Wage. Lawmakers Raised The Bar For Ballot Measures.",
    "Related … Council Shuts Two Pools",
    "Open this photo in gallery:",
    "Get the biggest stories from Greater Halden straight to your inbox. Sign up to our newsletter here.",
    "Follow our WhatsApp channel for the latest health news.",
    "The Local Democracy Reporting Service is funded by the BBC and covers councils across Wales.",
  ])("reads %s as furniture", (line) => {
    expect(classifyFurniture(line)).not.toBeNull();
  });

  it.each([
    "Related... to the mayor by marriage, he said nothing.",
    "Open the gallery doors at nine, the curator said.",
    "Follow our lead on the budget, the mayor told rivals.",
    "The Local Democracy Reporting Service reporter asked the mayor, who said the pools would shut.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("set 31's furniture rules keep the service's news and a link label's reported speech", () => {
  it.each([
    "The Local Democracy Reporting Service revealed last month that the council had overspent by £2m.",
    "Read more... Ann Holt said it was alive, and she would fight for it.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("set 32's page furniture", () => {
  it.each([
    "Our reporting is free for everyone. Can you chip in?",
    "Reminder, this is a Premium article and requires a subscription to read.",
    "Comments 42",
    "Have your say: Should dogs be allowed on Marlin Bay beach? Comment below.",
    "Get the latest Sunshine Coast news delivered to your inbox",
  ])("reads %s as furniture", (line) => {
    expect(classifyFurniture(line)).not.toBeNull();
  });

  it.each([
    "Can you chip in?",
    "This is a premium article, the editor said, and readers must log in.",
    "Have your say at the council meeting on Tuesday, the mayor urged residents.",
    "Get the kids to school by eight.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("set 32's paywall rule keeps real sentences", () => {
  it.each(["This paid content model has won thousands of new subscribers, according to the company.", "This is a subscriber story that the paper has followed for years."])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("set 33's page furniture (session 47)", () => {
  it.each([
    "Can't afford to donate? Support The Current by signing up for our newsletters.",
    "Article content",
    "Facebook Count",
    "X (Twitter) Count",
    "Closed",
    "Study: Venkatesh H., Rao P., Gowda S. et al., 'Phosphate loading and foam formation in urban lakes', Journal of Urban Hydrology (2032).",
  ])("reads %s as furniture", (line) => {
    expect(classifyFurniture(line)).not.toBeNull();
  });

  it.each([
    "Support the bill by signing up for our petition, the group urged.",
    "The mine was closed in 2019.",
    "Study: phones keep teenagers awake, researchers say (2032).",
    "Study: Smith et al. found that teenagers who slept less than seven hours were twice as likely to be injured (2031).",
    "Published five years ago, the report still shapes policy.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("set 34's page furniture (session 48)", () => {
  it("reads a newsletter's pitch, then “Sign up to receive our … newsletter.”, as furniture", () => {
    expect(classifyFurniture("Get the day's breaking news, entertainment ideas and a long read to enjoy. Sign up to receive our Evening Edition newsletter.")).not.toBeNull();
    expect(classifyFurniture("Get the facts first. Sign up to receive our daily warnings about the storm.")).toBeNull();
  });
});

describe("set 35's page furniture (session 49)", () => {
  it.each([
    ["Read more about: Mississauga, Workplace Safety", "tags"],
    ["Have your say: email news@kirkhavenpost.co.uk", null],
    ["Print Edition", "ui"],
  ])("reads %s as furniture", (line, kind) => {
    const got = classifyFurniture(line);
    expect(got).not.toBeNull();
    if (kind) expect(got).toBe(kind);
  });

  it.each([
    "Read more about the plan in the council's report, she said.",
    "Have your say at the meeting, or email the council, residents were told.",
    "Print editions of the paper will end in March, the publisher said.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("furniture of set 36's pages (session 50)", () => {
  it.each([
    ["Tom Reed contributed research.", "trailer"],
    ["Catch all the Harbor News and Port Updates on our website.", "ui"],
    ["Get The Dayton Courier app and receive breaking news alerts.", "ui"],
    ["This article was amended on 2 March 2031 to correct Cllr Ann Holt’s surname.", "notice"],
    ["Harbor Democracy Reporting is a public interest news service funded by the Dayton Trust and two councils.", "notice"],
  ])("removes %s", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });
  it.each([
    "She contributed research to the study, which found lead in the water.",
    "This law was amended on 4 July 1998 to correct Holt's name.",
    "Catch all the buses on our route, the mayor said.",
    "The university said 14 of its labs contributed research.",
    "More than 40 scientists contributed research from 12 countries.",
    "The Harbor Trust is a public interest news service funded by donors, the mayor said.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
  it("reads “Also read” over other stories' headlines as a list heading", () => {
    expect(listHeadingKind("ALSO READ")).toBe("stories");
    expect(listHeadingKind("See also")).toBe("stories");
  });
});

describe("furniture of set 37's pages (session 51)", () => {
  it.each([
    ["Like this story? Support independent journalism. Subscribe to The Harbor Post.", "ui"],
    ["Sign up to receive daily headline news from the Dayton Courier.", "ui"],
    ["— With files from Tom Reed", "trailer"],
    ["COMPANIES / AGRIBUSINESS", "ui"],
  ])("removes %s", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });
  it.each([
    "Like this story? Subscribe to the mayor's plan, she said.",
    "Sign up to receive daily headline news, the council urged residents who had lost power.",
    "With files from the archive, the museum rebuilt the room.",
    "Companies and banks lobbied against the rule.",
  ])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("guards from session 51's review", () => {
  it.each(["Sign up for updates from the Lusk County Sheriff.", "Sign up for news alerts from the Lusk Emergency Office.", "Mining / Retail / Banking", "Energy and mining", "Retail"])("keeps %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
  it("still reads a business desk's kicker in capitals as furniture: “COMPANIES / MINING”", () => {
    expect(classifyFurniture("COMPANIES / MINING")).toBe("ui");
  });
});

describe("record lines (session 52)", () => {
  it.each([
    "(SOUNDBITE OF MUSIC)",
    "(SOUNDBITE OF ARCHIVED RECORDING)",
    "(CROSSTALK)",
    "NPR transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future.",
    "Maeve Rooney: born March 9th, 1953; died February 21st, 2038",
    "Principal researcher: Tom Adeyemi-Clarke",
    "UPDATE: May 18, 2038, 2:40 PM EDT - This story has been updated with comment from the governor's office.",
  ])("takes %j for page furniture", (line) => {
    expect(classifyFurniture(line)).not.toBeNull();
  });

  it.each([
    "(Music plays as the crowd files in.)",
    "The transcripts were created on a rush deadline, the lawyer said.",
    "Research: the study found that 40 per cent of drivers speed.",
    "She was born in Cork; she died in Boston after a long illness.",
    "This text may not be in its final form, ministers cautioned, as talks continue.",
    "Updated: 3:15 p.m. - The story was updated after Mayor Dana Ruiz said she would resign on Friday.",
    "UPDATE: 5:45 p.m. - This article has been updated with comment from Tom Reid, who said the claims were false.",
    "UPDATE: 4:10 p.m. - This story has been updated with comment from police saying the man was armed.",
  ])("leaves %j in the article", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("credit lines and page links (session 53)", () => {
  it.each([
    "Reporting from Billings, Mont., and Washington",
    "This story was produced in partnership with the Harbour News Bureau, a collaboration of public media stations across the region.",
    'Journal reference: Haile S., Lind R. et al., "Upslope spread of coffee rust", Tropical Plant Health, 13 April 2039.',
    "Leer en español",
    "Read this story in French",
    "Get the Business Monitor Markets newsletter in your inbox every weekday morning.",
    "UPDATE: Feb 25, 2039, 10:12 AM EST - This story has been updated with comment from Rep. Tillman-Rhodes' office.",
    "Updated 16:40 PET",
  ])("takes %j for page furniture", (line) => {
    expect(classifyFurniture(line) ?? parseDateLine(line)).not.toBeNull();
  });

  it.each([
    "Reporting from Billings, she said, was the hardest job she had done.",
    "This story was produced in partnership with the mayor's office, critics say, and it shows.",
    "Reference: the ministry said the figure was correct.",
    "Ann Holt is a reporter at The Courier who was arrested on Friday after the protest.",
    "Read in English, the ruling says the ban was lawful.",
    "Get the newsletter banned, the mayor told aides.",
    "This project was produced in partnership with the Asian Development Bank, which lent $300 million, the ministry said.",
    "Get the Crypto Gains newsletter in your inbox, the fraudulent emails promised.",
    "Paper: The Morning Lark reports that the minister will resign before the 2039 election.",
    "References: Mayor Dana Pike said in 2039 that the bridge was safe.",
    "In Spanish.",
    "Arman Keshvari is a journalist at The Tarsal Ledger. He covers courts and prisons.",
    "This story was produced in partnership with the Harbour Trust, a spokesman confirmed.",
    "Reference: Ann Holt et al. found in a 2038 study that the river was warming.",
  ])("leaves %j in the article", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe("near misses of session 53's date zones (its review)", () => {
  it("reads no Gulf time in “GST”, as often a sales tax", () => {
    expect(parseDateLine("Updated 10:32 GST")).toBeNull();
  });
});

describe("credits, offers and an obituary's header lines (set 40, session 54)", () => {
  it.each([
    ["Get our free Europe Today newsletter", "ui"],
    ["Spotted a claim you want checked? WhatsApp us on +91 90000 12345.", "ui"],
    ["This fact-check was written by Aditi Raghunathan-Kale and edited by Farhan Siddiqui-Nair.", "credit"],
    ["Marisol Urrutia-Kessler (1958-2040)", "notice"],
    ["Marisol Urrutia-Kessler, seismologist; born 3 March 1958; died 8 September 2040", "notice"],
  ])("reads %j as furniture (%s)", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it.each([
    "Get our free Europe Today newsletter, the minister told farmers, and you will see the subsidy is real.",
    "Spotted a claim you want checked? The council says it will publish every figure.",
    "This fact-check was written by Aditi Kale after the minister said the waiver was complete.",
    "Marisol Urrutia-Kessler (1958-2040) taught for four decades at the university.",
    "Marisol Urrutia-Kessler, who was born in 1958; died in September, the university said.",
  ])("leaves %j in the article", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

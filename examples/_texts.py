# ruff: noqa: SIM905 (name pools are easier to read as one string)
"""Hand-written text for the example candidates built by ``build_examples.py``.

Every post, comment, reply, caption, article, recommendation and commit message below was
written individually for one invented person. Nothing here is assembled from fragments; the
builder only adds structure (ids, timestamps, t.co links, counts) around these strings.

All people, companies, handles and places are invented. Links point at reserved domains
(``.example``, ``example.com``, ``example.org``).

Conventions
-----------
X entries are ``(kind, text)`` or ``(kind, text, flag)``; kind is ``post``, ``reply``,
``rt`` (a retweet as the archive stores it) or ``thread`` (text is a list: the head and its
continuations). ``flag`` is ``"unprofessional"`` or ``"spam"`` for red flags the tests check.
"""

# ======================================================================================
# 1. Amara Okafor: strong social-media candidate
# ======================================================================================

AMARA_SUMMARY = (
    "Social media coordinator who treats a content calendar like a product roadmap: every post "
    "has a goal, a metric and a review date.\n\n"
    "At Tallgrass Outfitters I run organic social across Instagram, LinkedIn, X and TikTok for a "
    "mid-size outdoor brand. Since January 2025 I have grown saved posts by 64%, brought median "
    "reply time to customer DMs under 2 hours and built the monthly reporting pack our "
    "leadership team actually reads.\n\n"
    "Before that I interned at Corvale Communications (paid social for three B2B clients) and led "
    "the Harrowgate Students' Union social channels.\n\n"
    "I am happiest in the overlap between community management and analytics: talking to the "
    "people who use the product, then checking whether what we changed made a difference."
)

AMARA_POSITIONS = [
    # (company, title, description, location, started, finished)
    ("Tallgrass Outfitters", "Social Media Coordinator",
     "Own the organic content calendar for Instagram, TikTok, LinkedIn and X (about 40 posts a "
     "month). Run community management with a two-hour response target, brief creators for the "
     "seasonal campaigns, and build the monthly performance report with GA4 and native "
     "analytics. Co-manage a paid social budget with the performance team.",
     "Leeds, England, United Kingdom", "Jan 2025", ""),
    ("Corvale Communications", "Marketing Intern (Paid & Social)",
     "Supported paid social for three B2B clients: built audience lists, wrote ad variants and "
     "pulled weekly reports. Drafted 60+ organic LinkedIn posts for client executives.",
     "Manchester, England, United Kingdom", "Jun 2024", "Dec 2024"),
    ("Harrowgate University Students' Union", "Student Social Media Lead",
     "Ran the union's Instagram and TikTok with a team of four volunteers. Introduced a shared "
     "content calendar and weekly analytics check-in.",
     "Harrowgate, England, United Kingdom", "Sep 2022", "May 2024"),
]

AMARA_EDUCATION = [
    # (school, start, end, notes, degree, activities)
    ("Harrowgate University", "2020", "2024",
     "Dissertation: what makes brand replies on social media feel human (survey of 412 users).",
     "BA (Hons) Communication and Media, First Class",
     "Students' Union social media lead; Marketing Society treasurer"),
]

AMARA_SKILLS = [
    "Social Media Strategy", "Social Media Analytics", "Content Calendar Planning",
    "Community Management", "Paid Social Advertising", "Copywriting", "Google Analytics 4",
    "Influencer Marketing", "Short-form Video", "Social Listening", "A/B Testing",
    "Stakeholder Reporting",
]

AMARA_CERTIFICATIONS = [
    # (name, url, authority, started, finished, license)
    ("Social Media Analytics Professional", "https://academy.example.org/cert/sma-2291",
     "Brightline Digital Academy", "Mar 2025", "", "SMA-2291-AO"),
    ("Paid Social Fundamentals", "https://learn.example.com/badges/paid-social/88410",
     "Northgate Marketing Institute", "Sep 2024", "Sep 2026", "NMI-88410"),
]

AMARA_PROJECTS = [
    # (title, description, url, started, finished)
    ("Trailhead Stories creator series",
     "Planned and ran a 10-week creator series with 6 micro-creators for Tallgrass. Result: "
     "1.9M organic views, 31% higher save rate than brand-made posts, 412 UGC submissions and "
     "a 12% lift in branded search during the campaign window.",
     "https://amaraokafor.example/work/trailhead-stories", "Mar 2025", "Jun 2025"),
    ("DM response playbook",
     "Wrote a response playbook and saved-reply library for customer DMs and comments. Median "
     "first-reply time fell from 9 hours to 1 hour 40 minutes; complaint escalations to email "
     "dropped by a third.",
     "https://amaraokafor.example/work/dm-playbook", "Aug 2025", "Oct 2025"),
    ("Students' Union content calendar",
     "Replaced ad-hoc posting with a shared calendar and a weekly analytics check-in. Event "
     "sign-ups from Instagram rose from 180 to 520 per term.",
     "", "Sep 2022", "May 2023"),
]

AMARA_RECOMMENDATIONS = [
    # (first, last, company, job title, text, date)
    ("Priyanka", "Sethi", "Tallgrass Outfitters", "Head of Brand",
     "Amara joined us as our first dedicated social hire and within a quarter she had turned a "
     "scattered set of channels into a planned, measured programme. What sets her apart is that "
     "she listens: she reads every comment, brings the patterns to our weekly meeting, and then "
     "checks the numbers to see whether what we changed worked. Her monthly report is the one "
     "document our leadership team asks for by name. I would hire her again without hesitation.",
     "2025-11-18"),
    ("Marcus", "Devlin", "Corvale Communications", "Paid Social Lead",
     "I supervised Amara during her internship. She picked up our paid social workflow in two "
     "weeks, and by the end she was writing ad variants that beat our control copy on two of "
     "three client accounts. She is organised, curious about data and generous with credit.",
     "2024-12-20"),
    ("Hannah", "Kowalczyk", "Harrowgate University Students' Union", "Communications Manager",
     "Amara led our student social team for two years. She introduced a content calendar, "
     "trained four volunteers and more than doubled event sign-ups from Instagram. Calm under "
     "pressure, especially during freshers' week.",
     "2024-06-03"),
]

# LinkedIn Shares: (text or "" for a repost, shared url or "")
AMARA_SHARES = [
    ("Six months into my first full-time social role, here is the one habit that changed the "
     "most for us at Tallgrass Outfitters:\n\nEvery post in the calendar now has a single goal "
     "written next to it (save, share, click or reply) and we only judge it on that goal.\n\n"
     "Result: we stopped chasing likes. Saves are up 64% since January and our product-care "
     "carousels, which looked \"boring\" on likes, are now our best performers on saves.", ""),
    ("Huge thanks to Wren Adeyemi for running our first community AMA on Instagram Live "
     "yesterday. 212 questions, 48 answered live, the rest answered in a follow-up post this "
     "morning. Wren prepared for a week and it showed.", ""),
    ("", "https://blog.example.org/state-of-social-2025"),
    ("A small test with a clear result: we posted the same trail-care tip as a Reel and as a "
     "carousel in the same week.\n\nReel: 41k views, 380 saves.\nCarousel: 9k views, 1,140 "
     "saves.\n\nViews and usefulness are not the same metric. For how-to content we now "
     "default to carousels and use Reels for discovery.", ""),
    ("Congratulations to Jun Park on starting as Social Lead at Meadowlane Foods! Jun taught me "
     "half of what I know about social listening dashboards when we overlapped at Corvale. "
     "Their new team is lucky.", ""),
    ("Our customer DM playbook is live, and I want to share the three rules that made the "
     "biggest difference:\n\n1. Answer the question in the first sentence.\n2. Use the "
     "person's words back to them, not our internal product names.\n3. If we can't solve it in "
     "the DM, say who will, and by when.\n\nMedian first reply is now 1h40m, down from 9 hours.",
     ""),
    ("Spent Saturday on the Three Peaks route with the Tallgrass team. 24 miles, one lost "
     "glove, zero regrets. Back to spreadsheets on Monday.", ""),
    ("What I learned from reading 1,000 comments on our spring campaign (yes, I read all of "
     "them):\n\n- 22% were questions about sizing. That is a content gap, not a comment.\n- "
     "The posts with a real person's name in the caption got twice as many replies.\n- Almost "
     "nobody mentioned the discount code.\n\nWe're building a sizing guide series next month.",
     ""),
    ("If you manage a brand account and you don't have a saved-reply library yet, start with "
     "your ten most common questions. Ours took one afternoon and saves our team about four "
     "hours a week.", ""),
    ("", "https://news.example.com/creator-economy-report-q3"),
    ("Thank you to Marcus Devlin, who gave me my first paid social brief at Corvale "
     "Communications and patiently explained why my ad copy was too long. It was. He was right. "
     "I still hear \"cut the first sentence\" every time I write a caption.", ""),
    ("Quarterly numbers from our organic social programme at Tallgrass Outfitters, shared with "
     "permission:\n\n- Saves per post: +64% year to date\n- Median DM reply time: 1h40m\n- "
     "Share of posts that hit their single goal: 58% (up from 31%)\n- Follower growth: +9%, "
     "which we deliberately do not chase\n\nThe last line is the one I get asked about most.",
     ""),
    ("A reminder I needed this week: the content calendar is a plan, not a promise. We pulled "
     "three scheduled posts after a customer's trail accident made the news locally. Nobody "
     "asked us to. It was the right call.", ""),
    ("Delighted to share that I've earned the Social Media Analytics Professional "
     "certificate from Brightline Digital Academy. The module on attribution windows alone "
     "changed how I write our monthly report.", ""),
    ("Our Trailhead Stories creator series wrapped last week. 6 micro-creators, 10 weeks, "
     "1.9M organic views and 412 UGC submissions.\n\nThe creators with under 15k followers "
     "drove a 31% higher save rate than our own posts. Smaller audiences, closer "
     "communities.\n\nFull write-up on my portfolio, including what didn't work (our TikTok "
     "brief was far too long).", "https://amaraokafor.example/work/trailhead-stories"),
    ("Shout-out to Tomas Eriksen, our designer, who rebuilt our carousel templates so that "
     "anyone on the team can make an on-brand post in 15 minutes. Unsexy work, massive impact.",
     ""),
    ("Three things I'd tell anyone starting in social media this year:\n\n1. Learn to read a "
     "spreadsheet before you learn a new editing app.\n2. Reply to people. Every reply is "
     "research.\n3. Write down what you expected a post to do before it goes live, then check.",
     ""),
    ("", "https://research.example.org/social-search-behaviour-2025"),
    ("Really enjoyed speaking to the final-year Marketing Society at Harrowgate University "
     "about building a first portfolio. Thank you to Hannah Kowalczyk for the invite, and to "
     "the students who asked harder questions than most clients do.", ""),
    ("We ran an A/B test on hooks for our product-care Reels: question hooks (\"Why does your "
     "waterproof stop working?\") vs. statement hooks (\"Your waterproof isn't broken.\").\n\n"
     "Statement hooks won on 3-second hold rate by 18%. Small sample (8 Reels each), so we're "
     "repeating it next quarter before we change the guideline.", ""),
    ("Happy birthday to the best office dog in Leeds. Juniper is 5 today and has attended "
     "more marketing meetings than most of us.", ""),
    ("Social listening caught something our survey didn't: people kept calling our rain shell "
     "\"the crinkly one\". We tested \"the crinkly one\" in a caption. Replies tripled. "
     "Customers name things better than we do.", ""),
    ("Congratulations to Nadia Rahman on launching the Northern Community Managers meetup! "
     "Forty people in a room above a bakery talking about moderation policies. Already booked "
     "for the next one.", ""),
    ("How we write our monthly social report at Tallgrass Outfitters, in one page:\n\n- One "
     "headline number tied to a business goal (this month: newsletter sign-ups from social)\n"
     "- Three things that worked, three that didn't, with examples\n- What we'll change next "
     "month\n\nNo vanity metrics on page one. Leadership reads it because it fits on one "
     "screen.", ""),
    ("Paid social lesson from this autumn: we cut our audience from 11 interest groups to 3 and "
     "cost per newsletter sign-up fell from £2.40 to £1.35. Fewer, better-defined audiences gave "
     "the algorithm cleaner signals.", ""),
    ("", "https://blog.example.org/community-management-benchmarks"),
    ("Grateful to Priyanka Sethi for a year of patient, honest feedback. She asked me in my "
     "first week what I wanted to be known for. I said \"numbers\". She said \"and people?\" "
     "A year later I think she was right.", ""),
    ("One year at Tallgrass Outfitters today. What I'm proudest of isn't a campaign: it's that "
     "our customer-care team now sends me the questions they get most, and we turn them into "
     "posts.", ""),
    ("Winter content planning done: 12 weeks, 138 posts, every one with a goal and an owner. "
     "The trick that saved us a week: we planned themes for the month first, then formats, then "
     "captions. Captions last, always.", ""),
    ("Took the weekend off my phone for the first time in months. Read two novels, walked the "
     "dales, came back with three ideas I'd never have had in the feed.", ""),
    ("A myth I keep hearing: \"posting more grows the account\". We went from 14 to 9 posts a "
     "week in Q1 and reach per post rose 27% while total reach stayed flat. Same audience, less "
     "effort, better work.", ""),
    ("Thank you to everyone who came to my session at the Leeds Digital Meetup on community "
     "metrics. Slides and the response-time template are on my portfolio. Special thanks to "
     "Kofi Mensah for the sharp question about measuring sentiment in small samples.", ""),
    ("We retired our brand hashtag this year. It was used 4,100 times, mostly by us. A "
     "branded search term (\"Tallgrass trail notes\") now drives more discovery than the tag "
     "ever did. Sometimes the best optimisation is deletion.", ""),
    ("Congratulations to Grace Ndlovu on her promotion to Head of Content at Parkside Studio. "
     "Grace mentored me through my dissertation survey and still answers my messages about "
     "sample sizes.", ""),
    ("Our autumn campaign post-mortem in one chart: 70% of newsletter sign-ups came from 12% "
     "of posts, all of them practical guides. We're doubling the guide series for spring and "
     "cutting the mood-board posts that looked lovely and did nothing.", ""),
    ("", "https://news.example.com/platform-algorithm-changes-2026"),
    ("Looking back at two years of planning calendars: the best predictor of a post working "
     "wasn't the format or the time slot. It was whether it answered a question a real "
     "customer had asked us that month.", ""),
    ("Mentoring two students from Harrowgate this term on their first social media portfolios. "
     "Both have already run real accounts for local businesses. If you hire juniors in the North "
     "of England, watch this space.", ""),
]

# LinkedIn Comments on other people's posts
AMARA_COMMENTS = [
    "Completely agree on measuring saves over likes. We saw the same pattern on our care guides.",
    "This is such a useful breakdown, Jun. Did you see a difference between B2B and consumer "
    "accounts in the reply rates?",
    "Congratulations Tess! Well deserved after the launch you ran last spring.",
    "The point about writing the goal before posting is underrated. We started doing it in "
    "January and it changed our review meetings completely.",
    "Thanks for sharing the template, Kofi. Borrowing the sentiment column for our monthly "
    "report, with credit.",
    "\"Reply to people, every reply is research\" is going on a sticky note above my desk.",
    "We tested something similar with carousels vs Reels. Carousels won on saves by a wide "
    "margin for how-to content, Reels on reach. Happy to share the numbers if useful.",
    "Congratulations on the new role, Samir! Meadowlane are lucky to have you.",
    "This matches what our customer-care team sees. Sizing questions were 22% of our comments "
    "last spring.",
    "Brilliant panel, Nadia. The bit about moderation fatigue on small teams needs its own "
    "session next time.",
    "Great question. In my experience the first reply time matters more than resolution time "
    "for how people feel about the brand.",
    "Love this. We did a \"name the product\" thread last year and customers came up with "
    "better names than our agency.",
    "Thank you for writing this up, Grace. Sharing with our content team.",
    "So true about vanity metrics. Our follower growth is our least interesting number.",
    "Congratulations on five years, Hollis! The brand lab newsletter has been my Monday read "
    "for most of that.",
    "Would love to hear how you handled approvals with legal on the creator contracts. That was "
    "our slowest step.",
    "Really clear explanation of attribution windows, Ollie. I'd add that the default 7-day "
    "click window hides a lot of organic influence.",
    "Congrats to the whole team on the launch! The teaser posts were beautifully paced.",
    "Agree, and I'd add: archive the posts that underperform instead of deleting them, so you "
    "can learn from them later.",
    "We had the same problem with our brand hashtag. Retiring it felt scary and changed "
    "nothing, which told us everything.",
    "Thanks Dana! Your social ops checklist saved us during the product recall week.",
    "This is the most honest post-mortem I've read this year. Thank you for sharing the "
    "misses as well as the wins.",
    "Congratulations Leila! Your research on social search is cited in half our strategy decks.",
    "Interesting data. Did the lift hold after the first month, or was it novelty?",
    "Beautifully put. Community is what happens between the campaigns.",
    "Happy to help with the student mentoring scheme next term, Hannah. Just send over the "
    "details.",
    "We moved to a one-page monthly report last year for exactly this reason. Leadership reads "
    "it now.",
    "Great thread on creator briefs. Ours was far too long the first time.\nCreators want three "
    "lines and the non-negotiables.",
    "Congratulations on the award, Rosalind! The UGC programme was brilliantly run.",
    "Thanks for the mention, Priyanka.\n\nIt was a whole-team effort, and Tomas's templates "
    "made it possible.",
    "Really useful. We found that posting less often but with a clear goal improved reach per "
    "post by about a quarter.",
    "Welcome to the team, Callum! Looking forward to working together on the spring "
    "campaign.",
    "I'd love to read the full study. Is the methodology published anywhere?",
    "Well said. Numbers without context are just decoration.",
    "Congratulations on the promotion, Felix! The CRM and social integration you built is still "
    "the best I've seen.",
    "This is exactly the conversation our industry needs about burnout in community roles.",
    "Thanks for hosting, Mo. The creator economy session was the highlight of the day for me.",
    "Seconding this. A saved-reply library is the cheapest productivity win in social.",
    "Such a good reminder that the calendar is a plan, not a promise. We paused three posts "
    "last month for the same reason.",
    "Thank you all for the kind words on the one-year post. I've learned so much from this "
    "network.",
]

AMARA_ARTICLES = [
    # (title, html body)
    ("What 1,000 comments taught us about our content calendar",
     "<p>Last spring I read every comment on our campaign posts at Tallgrass Outfitters. All "
     "1,012 of them. It took three evenings and a lot of tea, and it changed how we plan.</p>"
     "<h2>Questions are content briefs</h2>"
     "<p>22% of the comments were questions about sizing. We had been treating them as "
     "customer-care tickets. They were really a list of posts we had not made yet. The sizing "
     "guide series we built from them became our most-saved content of the year.</p>"
     "<h2>Names beat logos</h2>"
     "<p>Posts that mentioned a real person, a designer, a tester, a customer, got twice as "
     "many replies as posts that spoke as \"the brand\". People reply to people.</p>"
     "<h2>Discount codes are invisible</h2>"
     "<p>Only 9 comments mentioned the discount code. We had spent more time on the code than "
     "on the captions.</p>"
     "<h2>What we changed</h2>"
     "<ul><li>Every calendar slot now has a single goal: save, share, click or reply.</li>"
     "<li>Once a month we turn the top ten customer questions into posts.</li>"
     "<li>We review comments, not just numbers, in our weekly meeting.</li></ul>"
     "<p>Six months later, saves per post are up 64% and median reply time to DMs is under two "
     "hours. Reading comments is the cheapest research a brand can do.</p>"),
    ("Reach is not readiness: how I report social media to leadership",
     "<p>The first report I sent our leadership team was eleven slides of charts. Nobody read "
     "past slide two. The report they read now fits on one screen.</p>"
     "<h2>One number tied to the business</h2>"
     "<p>Each month we pick one headline number that connects to a company goal: newsletter "
     "sign-ups from social, or customer questions resolved in public. Follower count is never "
     "the headline.</p>"
     "<h2>Three wins, three misses</h2>"
     "<p>Each with a screenshot and one sentence on why. Misses get as much space as wins; "
     "that is what makes the wins believable.</p>"
     "<h2>What changes next month</h2>"
     "<p>A report that does not change anything is a diary. We end with two or three concrete "
     "changes and check them the following month.</p>"
     "<p>Since we switched, the report has been forwarded to our customer-care and product "
     "teams every month, and the product team has used it twice to prioritise fixes.</p>"),
]

# X archive, in chronological order
AMARA_TWEETS = [
    ("post", "New year, new habit: every post in our calendar gets one written goal (save, share, "
             "click or reply) before it's scheduled. Reporting back in a month on whether it "
             "changes anything."),
    ("reply", "@kofi_analytics Agree that engagement rate is a blunt tool. We're moving to "
              "goal-specific metrics per post. Will share how it goes."),
    ("reply", "@tess_marlowe_pr Congratulations on the agency launch! The rebrand looks great."),
    ("thread", ["A month of giving every post a single goal. Early results from our brand "
                "account \U0001f9f5",
                "Saves are up 38% on the posts tagged 'save'. Our care guides were quietly our "
                "best content all along; likes just hid it.",
                "The surprise: posts tagged 'reply' got fewer likes but 3x the comments. We'd "
                "been ending captions with questions nobody wanted to answer. Now we ask about "
                "real trail problems."]),
    ("reply", "@junpark_comms Yes! Social listening dashboards are only useful if someone reads "
              "them weekly. Ours has a 20-minute Monday slot."),
    ("post", "Small test, clear result: same tip as a Reel and a carousel. Reel 41k views / 380 "
             "saves. Carousel 9k views / 1,140 saves. Views aren't usefulness."),
    ("reply", "@rosalind_ugc This is such a good UGC brief. Stealing the 'three lines and the "
              "non-negotiables' format for our creators."),
    ("post", "Walked 24 miles of the Three Peaks with the team on Saturday. My legs have filed "
             "a formal complaint."),
    ("reply", "@nadia_community Count me in for the next meetup. Happy to bring our DM "
              "response-time template."),
    ("rt", "RT @leila_insights: New research: 41% of 18-24 year olds now search social platforms "
           "before search engines for product how-tos. Full report in thread."),
    ("post", "Our DM playbook in three rules: answer in the first sentence, use the customer's "
             "words, and if you can't fix it, say who will and by when. Median reply: 1h40m, "
             "from 9h."),
    ("reply", "@ollie_paidsoc We cut our audiences from 11 to 3 and CPA dropped ~44%. Cleaner "
              "signals win."),
    ("reply", "@samir_copy Congrats on the new role! Meadowlane's captions are about to get "
              "much funnier."),
    ("thread", ["What I learned reading 1,012 comments on our spring campaign:",
                "22% were sizing questions. That's not customer care, that's a content brief we "
                "hadn't written yet.",
                "Captions with a real person's name got 2x the replies. Nobody mentioned the "
                "discount code. We spent more time on the code than the captions."]),
    ("reply", "@grace_ndlovu Thank you for the sample-size sanity check last week. You saved "
              "me from a very confident wrong slide."),
    ("post", "Unpopular opinion: follower growth is the least interesting number in our "
             "monthly report. It's on page two for a reason."),
    ("reply", "@hollis_brandlab Loved this issue. The bit on brand voice drift is exactly what "
              "we saw after a year of three different writers."),
    ("post", "Trailhead Stories wrapped: 6 micro-creators, 10 weeks, 1.9M organic views, 412 UGC "
             "submissions. Creators under 15k followers beat our own save rate by 31%. "
             "https://amaraokafor.example/work/trailhead-stories"),
    ("reply", "@mo_creatorecon Micro-creators every time for community work. Bigger audiences "
              "got views, smaller ones got conversations."),
    ("post", "Office dog Juniper turned 5 today and was presented with a cake made of "
             "sweet potato. She attends more meetings than I do."),
    ("reply", "@dana_socialops Your escalation checklist got us through a product recall "
              "week. Thank you for publishing it."),
    ("rt", "RT @tallgrassgear: Our trail-care guide series is back for autumn. First up: why "
           "your waterproof isn't broken, it just needs a wash."),
    ("post", "A/B test on Reel hooks: statement hooks beat question hooks on 3-second hold by "
             "18%. Only 8 Reels each, so we're repeating it before changing any guideline."),
    ("reply", "@kofi_analytics Fair challenge on the sample size. We're rerunning it with 20 "
              "each next quarter and I'll post the result either way."),
    ("reply", "@felix_crmnerd Congrats on the promotion! Your CRM-to-social pipeline is still "
              "my favourite bit of marketing ops."),
    ("post", "Customers called our rain shell 'the crinkly one'. We used 'the crinkly one' in a "
             "caption. Replies tripled. People name things better than brand teams do."),
    ("reply", "@junpark_comms Ha, we had exactly this with 'the tall green flask'. The "
              "customer's name stuck, the product name didn't."),
    ("post", "Two novels, one long walk, no phone for 48 hours. Came back with more ideas than "
             "a month of scrolling gave me."),
    ("reply", "@tess_marlowe_pr Great thread on crisis comms. The 'say what you don't know yet' "
              "line is one we added to our playbook too."),
    ("thread", ["How our monthly social report fits on one screen (and why leadership reads it "
                "now):",
                "1) One headline number tied to a business goal. This month: newsletter "
                "sign-ups from social, +22%.",
                "2) Three wins, three misses, each with a screenshot. 3) What we change next "
                "month. No vanity metrics above the fold."]),
    ("reply", "@leila_insights Do you have a breakdown by category? Outdoor gear seems to skew "
              "even further toward social search in our data."),
    ("reply", "@nadia_community That meetup was the best two hours of my month. Thank you for "
              "organising it."),
    ("post", "Retired our brand hashtag: 4,100 uses, mostly by us. A search phrase customers "
             "actually type now brings more discovery than the tag ever did."),
    ("reply", "@rosalind_ugc Congratulations on the award! Well deserved."),
    ("post", "Paid social this autumn: 3 audiences instead of 11, cost per newsletter sign-up "
             "from \u00a32.40 to \u00a31.35. Fewer, clearer audiences."),
    ("reply", "@ollie_paidsoc Exactly. The 7-day click window was hiding most of our organic "
              "influence too."),
    ("post", "One year at @tallgrassgear today. Proudest thing: our customer-care team now "
             "sends me their most common questions and we turn them into posts."),
    ("rt", "RT @nadia_community: Northern Community Managers meetup #4 is booked. Topic: "
           "moderation without burnout. Free, as always, bring questions."),
    ("reply", "@samir_copy Caption length test results? I'm betting short wins for product, "
              "long for stories."),
    ("post", "Winter calendar is planned: 12 weeks, 138 posts, each with a goal and an owner. "
             "Order that saved us a week: themes, then formats, then captions. Captions last."),
    ("reply", "@grace_ndlovu Congratulations on Head of Content! Parkside made the right call."),
    ("post", "Posting less, on purpose: 14 to 9 posts a week, reach per post +27%, total reach "
             "flat. Same audience, better work, calmer team."),
    ("reply", "@hollis_brandlab Thanks for including our one-page report in the newsletter! "
              "Happy to share the template."),
    ("post", "Spoke at the Leeds Digital Meetup on measuring community work. Slides + "
             "response-time template: https://amaraokafor.example/talks/community-metrics"),
    ("reply", "@kofi_analytics Thank you for the question on sentiment in small samples. Short "
              "answer: we report it as a range, never a single percentage."),
    ("rt", "RT @dana_socialops: Social ops checklist v3 is out: escalation paths, approval "
           "SLAs, and a new section on AI-drafted replies."),
    ("reply", "@mo_creatorecon Yes to paying creators on time as a brand value. Our net-15 "
              "terms got us better creators than a bigger budget would."),
    ("post", "Autumn post-mortem: 70% of newsletter sign-ups came from 12% of posts, all of "
             "them practical guides. Doubling the guides for spring."),
    ("reply", "@junpark_comms Would love to compare notes on TikTok search. Coffee next time "
              "you're in Leeds?"),
    ("post", "Mentoring two Harrowgate students on their first portfolios this term. Both "
             "already run real accounts for local shops. Hiring managers in the North: "
             "watch this space."),
    ("reply", "@tess_marlowe_pr Agree, the best social managers I know are also the best "
              "listeners."),
    ("post", "Best predictor of a post working in our last two years of data? Not format, not "
             "time slot. Whether it answered a question a real customer asked that month."),
    ("reply", "@felix_crmnerd Yes, happy to be on the panel. Send me the brief!"),
]

# Messages on LinkedIn invitations (most invitations carry none)
AMARA_INVITE_MESSAGES = [
    "Hi Amara, I enjoyed your talk at the Leeds Digital Meetup. I lead social at a food brand "
    "and would love to stay in touch.",
    "Hello Amara, I'm recruiting for a Social Media Manager role with a consumer brand in "
    "Manchester and your work on community metrics stood out. Open to a chat?",
    "Hi Jun, great to meet you at the community managers meetup. Let's keep swapping notes on "
    "social listening.",
    "Hi Grace, thank you again for the dissertation advice. I'd love to connect here.",
]

AMARA_BIO = ("Social media coordinator @tallgrassgear. Content calendars, community, and the "
             "numbers behind them. Leeds. Views my own.")

# Other people's tweets Amara liked (like.js)
AMARA_LIKES = [
    "Engagement rate is a blunt tool. Measure the behaviour the post was for.",
    "The best community managers I know keep a notebook of customer phrases.",
    "We cut our posting frequency in half and nothing bad happened. Quite the opposite.",
    "New meetup date announced! Moderation without burnout, free tickets.",
    "Your brand hashtag is probably only used by your brand.",
    "Creator briefs should fit on a phone screen. Change my mind.",
    "Reminder: a reply within an hour beats a perfect reply tomorrow.",
    "Social search is real and it's growing faster than your SEO budget.",
    "Saves and shares tell you what people value. Likes tell you what they scrolled past.",
    "Hiring a junior social media coordinator in Manchester, DMs open.",
    "If your monthly report needs a glossary, it's too long.",
    "Paid social tip: fewer audiences, cleaner learning.",
    "Crisis comms rule one: say what you know, what you don't, and when you'll update.",
    "Thrilled to be joining Meadowlane Foods as Social Lead!",
    "Our UGC programme won an award and I'm still in shock.",
]


# ======================================================================================
# 2. Blake Sterling: vanity-metrics influencer
# ======================================================================================

BLAKE_BIO = ("\U0001f680 Growth hacker | 18K+ fam | I follow back 100% \U0001f4af | DM for promos "
             "| Giveaways every Friday \U0001f381")

BLAKE_TWEETS = [
    ("post", "GIVEAWAY \U0001f381 $50 gift card! To enter: follow me + RT + tag 3 friends. "
             "Winner Friday!! #giveaway #follow", "spam"),
    ("post", "Follow everyone who likes this tweet \U0001f91d #followback #F4F", "spam"),
    ("post", "Comment YES if you want my free social media growth guide \U0001f447\U0001f447",
             "spam"),
    ("post", "Just hit 15K followers!!! You guys are INSANE \U0001f525\U0001f525\U0001f525"),
    ("post", "RT if you're grinding this Monday \U0001f4aa #MondayMotivation #hustle", "spam"),
    ("post", "Who wants a shoutout? Drop your @ below and I'll follow you \U0001f447", "spam"),
    ("post", "My secret to 10K followers in 30 days... DM me 'GROW' \U0001f440", "spam"),
    ("post", "Like this if you want part 2 \U0001f525", "spam"),
    ("post", "Retweet to win AirPods!! Must be following me. Ends Sunday \U0001f3a7 #giveaway",
             "spam"),
    ("post", "Gaining 500 followers a day with this ONE trick. Link in bio \U0001f4b0", "spam"),
    ("post", "Drop a \U0001f525 if you're following back tonight. Follow train starts NOW "
             "\U0001f682", "spam"),
    ("post", "Be honest... is this the best account on your timeline? Comment YES or NO "
             "\U0001f447", "spam"),
    ("post", "Good morning to everyone except people who don't follow back \U0001f602"),
    ("post", "FOLLOW TRAIN \U0001f682\U0001f682 Like + RT + follow everyone who retweets. Let's "
             "all grow together!! #F4F #followtrain", "spam"),
    ("post", "New video is LIVE go watch it NOW \U0001f525 link in bio"),
    ("post", "I'm giving $100 to one random person who retweets this in the next 24 hours "
             "\U0001f4b8", "spam"),
    ("post", "Type 'AMEN' if you want to go viral this year \U0001f64f", "spam"),
    ("post", "Tag someone who needs to follow me \U0001f447", "spam"),
    ("post", "Success is a mindset. Followers are a result. Stay hungry \U0001f981 #grind"),
    ("post", "16K!!! Giveaway at 20K, turn on notifications so you don't miss it \U0001f514",
             "spam"),
    ("post", "Like if you agree: haters are just confused fans \U0001f485", "spam"),
    ("post", "Free shoutouts for the first 50 people who RT this \U0001f4e3", "spam"),
    ("post", "What's your follower goal this year? Mine is 50K. Comment yours and I'll follow you "
             "\U0001f680", "spam"),
    ("post", "RT to win a free 1:1 growth call with me \U0001f4de Must follow to be eligible",
             "spam"),
    ("reply", "@growthguru_max follow back bro \U0001f91d", "spam"),
    ("post", "Follow for follow? Reply 'done' when you've followed and I'll check \u2705", "spam"),
    ("post", "Just bought a new ring light and my content is about to be UNREAL "
             "\U0001f4a1\U0001f4a1"),
    ("post", "If this gets 1,000 likes I'll drop my full growth blueprint for FREE \U0001f92f",
             "spam"),
    ("post", "GIVEAWAY TIME \U0001f381\U0001f381 Win a brand new phone! Follow + like + RT + tag "
             "5 friends + turn on notifications. Winner in 48h!!", "spam"),
    ("post", "Who's still awake? Reply with your @ and I'll follow you \U0001f319", "spam"),
    ("post", "17K fam!! Nobody believed in me but ME \U0001f451"),
    ("post", "Comment your @ and I'll shout you out in my story \U0001f4f8", "spam"),
    ("post", "Quote tweet this with your best selfie, I follow everyone \U0001f933", "spam"),
    ("post", "Normalize following back \U0001f64c #followback", "spam"),
    ("post", "RT if you want me to follow you \U0001f501", "spam"),
    ("post", "The algorithm hates me but my fans love me \u2764\ufe0f Like + RT to beat the "
             "algorithm", "spam"),
    ("post", "Selling my growth course for only $19 today \U0001f525 DM 'COURSE' (only 10 "
             "spots!!)", "spam"),
    ("post", "Like this tweet and I'll DM you my secret engagement group link \U0001f92b", "spam"),
    ("post", "Say 'I'm in' if you want to join the 18K club \U0001f680", "spam"),
    ("post", "Who wants a follow from a verified-energy account?? Drop a \U0001f499", "spam"),
    ("post", "HUGE GIVEAWAY for 18K \U0001f381 $200 cash! Follow + RT + like + tag 3 + comment "
             "DONE. Must do ALL steps \U0001f6a8", "spam"),
    ("reply", "@ig_hype_squad bro we need to collab \U0001f4af DM me"),
    ("post", "I don't chase, I attract. And I follow back. \U0001f60e", "spam"),
    ("post", "Like this if you're new here \U0001f44b I follow all new fans", "spam"),
    ("post", "Engagement is dead today?? Like + RT this so the algorithm wakes up \U0001f624",
             "spam"),
    ("post", "Still following back everyone who follows me \U0001f91d no cap", "spam"),
    ("post", "Comment 'ME' for a free profile review (first 20 only) \U0001f440", "spam"),
    ("post", "Black Friday deal: my growth course 70% off \U0001f6d2 link in bio, ends tonight!!!"),
    ("post", "Follow me for daily motivation and follow backs \U0001f4aa\U0001f525", "spam"),
    ("post", "Giveaway winner announced Monday. Not following me? Can't win \U0001f937", "spam"),
]

BLAKE_LIKES = [
    "Follow train! Like and retweet and follow everyone who does.",
    "Giveaway! Follow, like, RT, tag 3.",
    "Drop your @ and I'll follow you back.",
    "New growth hack: comment GROW for the guide.",
    "F4F anyone? Reply done.",
]

BLAKE_IG_CAPTIONS = [  # (caption, flag)
    ("New week new goals \U0001f4aa\U0001f525 Double tap if you're with me! #motivation #grind "
     "#followforfollow #f4f #like4like", "spam"),
    ("GIVEAWAY \U0001f381 Win a $50 gift card! Follow @blake.sterling.official, like this post, "
     "tag 3 friends. Winner Friday! #giveaway #follow", "spam"),
    ("Comment your @ and I'll follow you back \U0001f447 #followback #l4l", "spam"),
    ("Sunset and success \U0001f305 #lifestyle #hustle #entrepreneur #follow", None),
    ("9K FAM!! Thank you for the love \u2764\ufe0f Giveaway coming at 10K \U0001f440", None),
    ("Double tap if you want part 2 of my growth secrets \U0001f92b #growth #instagood", "spam"),
    ("Link in bio for my growth course \U0001f4b0 Only 10 spots!!", "spam"),
    ("Tag someone who needs to see this \U0001f447\U0001f447 #motivation", "spam"),
    ("New ring light, who dis \U0001f4a1 #contentcreator #follow4follow", "spam"),
    ("Like + comment 'YES' and I'll DM you my engagement pod link \U0001f92b", "spam"),
    ("Brunch with the squad \U0001f942 #vibes #followme", None),
    ("RT... I mean SHARE this to your story for a shoutout \U0001f4e3", "spam"),
    ("Giveaway \U0001f381\U0001f381 Brand new AirPods! Follow + like + tag 5 + share to story. "
     "Ends Sunday!!", "spam"),
    ("Haters are just fans in disguise \U0001f485 #mindset", None),
    ("My growth in 30 days \U0001f4c8\U0001f4c8\U0001f4c8 comment GROW for the blueprint", "spam"),
    ("Who's following back tonight? \U0001f319 #f4f #followtrain", "spam"),
    ("Outfit check \U0001f525 rate 1-10 in the comments", None),
    ("Grinding while you sleep \U0001f4aa #hustle #entrepreneurlife #followforfollowback", "spam"),
    ("Collab? DM me \U0001f4e9 open to all brands", None),
    ("10K!!!! Giveaway winners announced in stories \U0001f381", None),
    ("Comment 'ME' for a free profile audit (first 20) \U0001f440", "spam"),
    ("Black Friday: my course 70% off \U0001f6d2 link in bio \U0001f6a8", None),
    ("Sunday reset \U0001f9d8 double tap for good vibes #selfcare #follow", None),
    ("If this gets 500 likes I'll post my full morning routine \U0001f92f", "spam"),
    ("Follow for daily motivation and follow backs \U0001f4aa #followback", "spam"),
]

BLAKE_HEADLINE = "CEO & Founder | Growth Hacker | 18K Followers | Influencer | Visionary \U0001f680"

BLAKE_SHARES = [  # (text, shared url, flag)
    ("Just hit 18K followers on X!! \U0001f680 If you're not following me there yet, what are "
     "you waiting for? Comment 'FOLLOW' and I'll connect with you here too.", "", "spam"),
    ("Agree? Success is not about what you know, it's about who follows you. Like and share if "
     "you agree \U0001f4af #growth #hustle", "", "spam"),
]

# ======================================================================================
# 3. Lin Wei: quiet student, non-native English, clean and professional
# ======================================================================================

LIN_HEADLINE = "Marketing student at Easton Vale University | Interested in social media and brand"

LIN_POSITIONS = [
    ("Bluefern Tea Co.", "Marketing Intern",
     "Helped the marketing team with Instagram content and monthly report. Make the post "
     "schedule for 3 months and wrote captions for new product launch.",
     "Bristol, England, United Kingdom", "Jun 2025", "Sep 2025"),
]

LIN_EDUCATION = [
    ("Easton Vale University", "Sep 2023", "Jun 2027", "", "BSc (Hons) Marketing",
     "Chinese Students and Scholars Association, Marketing Society"),
    ("Easton Vale International College", "Sep 2022", "Jun 2023", "",
     "Foundation Certificate in Business", ""),
]

LIN_SKILLS = [
    "Social Media Marketing", "Content Creation", "Canva", "Copywriting", "Market Research",
    "Microsoft Excel", "Mandarin", "Xiaohongshu Marketing",
]

LIN_SHARES = [
    "This week our team finished the group project about sustainable packaging brand. We did "
    "survey with 86 people and found that most of them care about price more than packaging. "
    "I have learn a lot about how to make questionnaire. Thank you to my teammates Ana, Tobi "
    "and Rhys!",
    "Our class had guest lecture about social media analytics from a agency director. Most "
    "useful point for me: choose one metric for each post before publish it. I will try this in "
    "my final year project.",
    "I finished my summer internship at Bluefern Tea Co. I was responsible for Instagram post "
    "schedule and captions. The launch post for new jasmine tea got 2.3 times more saves than "
    "average post. Thank you to Olivia Grant for guide me every week.",
    "I am happy to share that our team won second place in the Easton Vale marketing case "
    "competition. We make a campaign plan for a local bakery to reach more students. I have "
    "learn that one simple idea with clear target is better than many ideas. Thank you to the "
    "judges and our lecturer Dr. Helen Moss.",
]

LIN_COMMENTS = [
    "Congratulations Tobi! Well deserved.",
    "Thank you for sharing, this is very useful for my study.",
    "Great presentation today, I learn a lot from your research about short video.",
]

# ======================================================================================
# 4. Diego Ramírez: software engineer
# ======================================================================================

DIEGO_HEADLINE = ("Backend engineer at Quarry Labs | Python, Go, TypeScript | I write about "
                  "performance and reliability")

DIEGO_SUMMARY = (
    "Backend engineer who likes measuring things before changing them. I build and run "
    "Python and Go services at Quarry Labs (data pipelines for logistics customers), and "
    "maintain a few open-source tools: tidepool (asyncio rate limiting, 120 stars) and "
    "feedwarden (a caching feed proxy in Go).\n\n"
    "I write up what I learn, including the failures, at diegoramirez.example/blog."
)

DIEGO_POSITIONS = [
    ("Quarry Labs", "Software Engineer",
     "Python and Go services for shipment tracking data (about 40M events a day). Led the move "
     "from cron jobs to a queue-based scheduler, cut p99 API latency from 480 ms to 95 ms, and "
     "introduced schema-diff checks in CI.",
     "Valencia, Valencian Community, Spain", "Mar 2024", ""),
    ("Parcelwise", "Junior Backend Developer",
     "Built internal APIs in Python (FastAPI) and TypeScript (Node). Added property-based tests "
     "to the address parser and owned the on-call runbook.",
     "Madrid, Community of Madrid, Spain", "Sep 2021", "Feb 2024"),
]

DIEGO_EDUCATION = [
    ("Universidad Técnica de Levante", "2017", "2021", "",
     "Bachelor's degree, Computer Engineering", "Programming club, hackathon organiser"),
]

DIEGO_SKILLS = [
    "Python", "Go", "TypeScript", "PostgreSQL", "Distributed Systems", "API Design", "Docker",
    "Kubernetes", "Performance Tuning", "Observability", "Property-based Testing",
    "Continuous Integration", "FastAPI", "Technical Writing", "Code Review",
]

DIEGO_RECOMMENDATION = (
    "Elena", "Brandt", "Quarry Labs", "Engineering Manager",
    "Diego is the engineer I trust with the problems nobody can describe yet. When our tracking "
    "API got slow he spent two days measuring before changing a line, then cut p99 latency by "
    "80% and wrote it up so clearly that the whole team learned from it. He reviews code kindly "
    "and thoroughly, and his postmortems are blameless and actionable. Any team would be lucky "
    "to have him.",
    "2025-09-30",
)

DIEGO_SHARES = [
    "Wrote up how we cut p99 latency on our tracking API from 480 ms to 95 ms. Short version: "
    "the database was fine, we were serialising the same payload three times. Measure first.",
    "tidepool 1.0 is out: an asyncio rate limiter with token buckets and fair queuing. Thanks "
    "to the 9 contributors who sent PRs this year, especially Aiko Tanaka for the docs "
    "overhaul.",
    "Our schema-diff check in CI caught a dropped index before it reached production this week. "
    "It would have turned a 4 ms query into a 3 s one. Boring tooling is the best tooling.",
    "Congratulations to Marta Ibáñez on her promotion to Staff Engineer at Quarry Labs! Marta's "
    "design reviews taught me more than any book.",
    "New post: retry budgets beat exponential backoff alone. We limited retries to 10% of "
    "traffic and a partial outage stopped turning into a full one.",
    "Speaking at the Valencia Python meetup next Thursday about profiling CLI start-up time "
    "(1.2 s to 180 ms, mostly by importing less). Slides will be on my blog.",
    "My first 10 pull requests to hyperloom, an open-source job scheduler I use at work: what "
    "maintainers taught me about small PRs and good issue reports.",
    "A year of Go generics in production: they removed about 1,400 lines of duplicated code from "
    "our pipeline and we hit exactly one compiler-error rabbit hole. Write-up on the blog.",
]

DIEGO_COMMENTS = [
    "Great write-up, Marta. The flame graph of the serialisation path is exactly what convinced "
    "our team too.",
    "We hit the same issue with connection pool exhaustion. Setting a max lifetime on "
    "connections fixed it for us.",
    "Congratulations on the launch, Aiko! The new docs are a huge improvement.",
    "Property-based tests found three bugs in our date parser that 200 example tests missed. "
    "Highly recommend hypothesis for anything that parses input.",
    "Thanks for sharing. Did you measure the effect on tail latency or only the average?",
    "Congratulations Sven! Parcelwise is lucky to have you leading the platform team.",
    "This matches our experience: the postmortem template matters less than actually doing the "
    "follow-up actions.",
    "Interesting approach. We used advisory locks in Postgres for the same problem and it has "
    "been solid for a year.",
    "Thank you for the kind words, Elena. It was a team effort.",
    "Happy to review the RFC if you want another pair of eyes on the retry semantics.",
]

DIEGO_BIO = ("Backend engineer (Python, Go, TypeScript). Performance, reliability, small "
             "tools. Valencia.")

# repos.json: (name, description, language, stars, forks, topics, license, homepage,
#              fork, archived, created, pushed, has_pages)
DIEGO_REPOS = [
    ("tidepool", "Asyncio rate limiting with token buckets and fair queuing", "Python", 120, 14,
     ["python", "asyncio", "rate-limiting"], "mit", "https://tidepool.diegoramirez.example",
     False, False, "2023-05-14T09:12:44Z", "2026-11-12T17:40:09Z", True),
    ("feedwarden", "A caching RSS/Atom proxy with conditional requests and per-feed TTLs", "Go",
     48, 6, ["go", "rss", "atom", "proxy", "caching"], "apache-2.0", "", False, False,
     "2023-10-02T18:30:01Z", "2026-10-28T08:15:33Z", False),
    ("pg-snapshot-diff", "Diff PostgreSQL schema snapshots in CI and fail on risky changes", "Go",
     64, 5, ["postgresql", "ci", "schema", "cli"], "mit", "", False, False,
     "2024-04-21T11:05:17Z", "2026-11-09T14:22:50Z", False),
    ("kanji-flash", "Spaced-repetition flashcards that work offline (PWA)", "TypeScript", 17, 2,
     ["pwa", "typescript", "spaced-repetition"], "mit", "https://kanji.diegoramirez.example",
     False, False, "2024-01-08T20:44:10Z", "2025-06-17T19:03:28Z", True),
    ("go-retry-budget", "Retry budgets for Go HTTP clients: cap retries as a share of traffic",
     "Go", 31, 3, ["go", "reliability", "http", "retries"], "bsd-3-clause", "", False, False,
     "2025-02-11T07:58:42Z", "2026-09-30T10:41:12Z", False),
    ("ledgerline", "Personal budgeting with plain-text ledgers and a small web UI", "TypeScript",
     23, 1, ["budgeting", "plaintext-accounting", "react"], "agpl-3.0", "", False, False,
     "2024-07-03T16:20:55Z", "2026-03-22T21:12:06Z", False),
    ("trailhead-api", "Example FastAPI service with structured logging and OpenTelemetry",
     "Python", 9, 2, ["fastapi", "opentelemetry", "example"], "mit", "", False, False,
     "2024-09-15T12:00:31Z", "2025-11-04T09:27:45Z", False),
    ("advent-of-code-2025", "My Advent of Code 2025 solutions, in Python", "Python", 3, 0,
     ["advent-of-code"], None, "", False, False, "2025-12-01T06:02:11Z",
     "2025-12-26T22:48:19Z", False),
    ("tinker-notes", "Source for my blog", "TypeScript", 4, 0, ["blog", "astro"], "cc-by-4.0",
     "https://diegoramirez.example/blog", False, False, "2024-02-26T19:11:40Z",
     "2026-10-21T20:05:02Z", True),
    ("conf-talks", "Slides and notes from my talks", None, 5, 0, ["talks"], "cc-by-4.0", "",
     False, False, "2024-11-02T15:36:27Z", "2026-06-12T18:29:56Z", False),
    ("weather-cli", "A tiny terminal weather client (no longer maintained)", "Python", 11, 2, [],
     "mit", "", False, True, "2019-03-09T13:21:08Z", "2024-02-18T10:10:10Z", False),
    ("hyperloom", "A job scheduler for data pipelines with retries and backfills", "Python", 0,
     0, ["scheduler", "data-pipelines"], "apache-2.0", "", True, False,
     "2025-04-05T08:44:20Z", "2026-11-03T16:58:37Z", False),
    ("quill", "Markdown documentation site generator", "TypeScript", 0, 0, [], "mit", "", True,
     False, "2024-08-19T10:02:02Z", "2024-09-02T12:31:49Z", False),
    ("sqlglide", "Query builder for PostgreSQL in Go", "Go", 0, 0, [], "mit", "", True, False,
     "2025-10-07T09:15:51Z", "2025-10-12T14:40:03Z", False),
]

# events.json: (type, repo, detail). Push: list of commit messages; PullRequest:
# (action, title, body); IssueComment: (issue title, comment body).
DIEGO_EVENTS = [
    ("PushEvent", "drmz-tinkers/tidepool", ["Fix fairness when a bucket refills mid-acquire"]),
    ("IssueCommentEvent", "drmz-tinkers/tidepool",
     ("Burst limit ignored after reconfigure",
      "Thanks for the clear reproduction. I can see it on 1.2.0 too: reconfigure() replaces the "
      "bucket but keeps the old burst. Fix coming in 1.2.1.")),
    ("PushEvent", "drmz-tinkers/tidepool", ["Keep burst setting on reconfigure (#88)",
                                           "Add regression test for #88"]),
    ("PullRequestEvent", "opendata-bench/hyperloom",
     ("opened", "Backfill: respect max_active_runs per DAG",
      "Backfills currently ignore max_active_runs, so a large backfill can starve live runs. "
      "This applies the same limit and adds a test with two overlapping backfills.")),
    ("PushEvent", "drmz-tinkers/hyperloom", ["Respect max_active_runs in backfill"]),
    ("IssueCommentEvent", "opendata-bench/hyperloom",
     ("Backfill: respect max_active_runs per DAG",
      "Good catch on the off-by-one; pushed a fix and a test for the boundary case.")),
    ("PushEvent", "drmz-tinkers/pg-snapshot-diff", ["Detect dropped partial indexes"]),
    ("PushEvent", "drmz-tinkers/pg-snapshot-diff", ["Document the --fail-on flag",
                                                   "Bump Go to 1.25"]),
    ("IssueCommentEvent", "drmz-tinkers/pg-snapshot-diff",
     ("Support for generated columns",
      "Yes, this should be reported as a change of expression. I'd take a PR; the comparison "
      "lives in diff/columns.go.")),
    ("PullRequestEvent", "drmz-tinkers/pg-snapshot-diff",
     ("closed", "Report generated column expression changes",
      "Thanks to @noor-builds for the first version of this.")),
    ("PushEvent", "drmz-tinkers/feedwarden", ["Honour Cache-Control max-age from upstream"]),
    ("PushEvent", "drmz-tinkers/feedwarden", ["Add per-feed TTL override",
                                             "Metrics: count conditional 304 hits"]),
    ("IssueCommentEvent", "drmz-tinkers/feedwarden",
     ("Atom feeds with relative links break",
      "Confirmed. We resolve links against the feed URL instead of xml:base. Will fix this week.")),
    ("PushEvent", "drmz-tinkers/feedwarden", ["Resolve relative links against xml:base"]),
    ("PushEvent", "drmz-tinkers/go-retry-budget", ["Expose remaining budget as a gauge"]),
    ("PullRequestEvent", "drmz-tinkers/go-retry-budget",
     ("opened", "Per-host budgets",
      "Splits the budget by host so one flaky upstream cannot use the whole retry allowance.")),
    ("PushEvent", "drmz-tinkers/go-retry-budget", ["Per-host budgets with a shared ceiling"]),
    ("PullRequestEvent", "drmz-tinkers/go-retry-budget",
     ("closed", "Per-host budgets", "Merged after benchmarking: no measurable overhead.")),
    ("PushEvent", "drmz-tinkers/tinker-notes", ["Post: retry budgets, a year later"]),
    ("PushEvent", "drmz-tinkers/tinker-notes", ["Fix typo in feed proxy post"]),
    ("IssueCommentEvent", "quillstack/quill",
     ("Code blocks lose language class on export",
      "I see the same thing with TypeScript blocks. Happy to test a fix if you have a branch.")),
    ("PushEvent", "drmz-tinkers/tidepool", ["Type hints for the public API",
                                           "Run mypy in CI"]),
    ("PullRequestEvent", "drmz-tinkers/tidepool",
     ("opened", "Drop Python 3.9 support",
      "3.9 is end of life. This removes the compatibility shims and simplifies the typing.")),
    ("PushEvent", "drmz-tinkers/tidepool", ["Drop Python 3.9", "Use asyncio.timeout"]),
    ("PullRequestEvent", "drmz-tinkers/tidepool",
     ("closed", "Drop Python 3.9 support", "Released as 1.3.0.")),
    ("IssueCommentEvent", "drmz-tinkers/tidepool",
     ("Docs: example with aiohttp",
      "Added in the cookbook section, thanks for the suggestion!")),
    ("PushEvent", "drmz-tinkers/pg-snapshot-diff", ["Warn on NOT NULL without default"]),
    ("PushEvent", "drmz-tinkers/ledgerline", ["Update dependencies"]),
    ("IssueCommentEvent", "opendata-bench/hyperloom",
     ("Scheduler drift under heavy load",
      "We see about 40 s of drift at 2k tasks/min. A profile points at the heartbeat query; "
      "attaching the flame graph.")),
    ("PushEvent", "drmz-tinkers/feedwarden", ["Release v0.9.0"]),
    ("PushEvent", "drmz-tinkers/tidepool", ["Benchmark: fair queue under contention"]),
    ("PullRequestEvent", "opendata-bench/hyperloom",
     ("opened", "Index heartbeat lookups by scheduler id",
      "Cuts the heartbeat query from 38 ms to 2 ms on a 2M-row table in my benchmark.")),
    ("IssueCommentEvent", "opendata-bench/hyperloom",
     ("Index heartbeat lookups by scheduler id",
      "Added a migration and numbers from Postgres 16 and 17.")),
    ("PushEvent", "drmz-tinkers/tinker-notes", ["Post: profiling a CLI start-up"]),
    ("PushEvent", "drmz-tinkers/pg-snapshot-diff", ["Release v0.7.0"]),
    ("IssueCommentEvent", "drmz-tinkers/pg-snapshot-diff",
     ("False positive on renamed constraints",
      "Reproduced. Renames look like drop+add in the snapshot; I'll match them by definition.")),
    ("PushEvent", "drmz-tinkers/pg-snapshot-diff", ["Match renamed constraints by definition"]),
    ("PushEvent", "drmz-tinkers/go-retry-budget", ["Docs: choosing a budget ratio"]),
    ("PushEvent", "drmz-tinkers/tidepool", ["Release 1.3.1"]),
    ("IssueCommentEvent", "drmz-tinkers/tidepool",
     ("Thread safety of Limiter",
      "Limiter is safe within one event loop; across threads use one per loop. I've made that "
      "explicit in the docs.")),
]

# Blog (Atom): (slug, title, tags, html content)
DIEGO_BLOG = [
    ("what-i-learned-writing-an-asyncio-rate-limiter",
     "What I learned writing an asyncio rate limiter", ["python", "asyncio"],
     "<p>tidepool started as 40 lines in a work project: a token bucket that let our crawler "
     "respect a partner API's limit of 10 requests per second. It is now a small library, and "
     "most of what I learned was about fairness, not speed.</p>"
     "<h2>The naive version starves callers</h2>"
     "<p>My first bucket woke every waiting task when a token arrived. One task won, the rest "
     "went back to sleep, and under load the same few tasks kept winning. A FIFO queue of "
     "waiters fixed it: p99 wait time under contention went from 2.8 s to 310 ms.</p>"
     "<h2>Time is the hard part</h2>"
     "<p>Using <code>time.time()</code> broke on a laptop that slept. "
     "<code>loop.time()</code> is monotonic and made the tests deterministic too, because I "
     "could drive a fake clock.</p>"
     "<h2>Lessons</h2><ul><li>Write the contention benchmark before the optimisation.</li>"
     "<li>Fairness is a feature; document it.</li><li>A fake clock makes async tests fast and "
     "repeatable.</li></ul>"),
    ("schema-diffs-in-ci", "Schema diffs in CI: catching a dropped index before production",
     ["postgresql", "ci"],
     "<p>A migration at work renamed a column and, as a side effect, dropped a partial index. "
     "Code review missed it; the migration looked harmless. The query it served would have gone "
     "from 4 ms to about 3 s.</p>"
     "<p>We caught it because CI now dumps the schema before and after migrations and diffs "
     "them with <a href=\"https://github.com/drmz-tinkers/pg-snapshot-diff\">pg-snapshot-diff</a>. "
     "Dropped indexes, NOT NULL without a default and type narrowing fail the build unless the "
     "PR is labelled as intended.</p>"
     "<h2>Results after six months</h2><ul><li>3 risky changes stopped before production.</li>"
     "<li>1 false positive a month on average, mostly renamed constraints (now fixed).</li>"
     "<li>CI time: +14 s.</li></ul>"
     "<p>The lesson: reviews are good at intent and bad at side effects. Let a tool look at the "
     "side effects.</p>"),
    ("cutting-p99-latency-480-to-95",
     "Cutting p99 latency on our tracking API from 480 ms to 95 ms", ["performance", "python"],
     "<p>Our shipment tracking API had a p99 of 480 ms and everyone blamed the database. I spent "
     "two days measuring before changing anything.</p>"
     "<h2>What the profile showed</h2>"
     "<p>The database accounted for 60 ms. The rest was us: the same payload was serialised "
     "three times (validation, caching, response), and a logging filter formatted every event "
     "even when the level was off.</p>"
     "<h2>The fixes</h2><ol><li>Serialise once and pass bytes around: -210 ms.</li>"
     "<li>Lazy log formatting: -90 ms.</li><li>Connection pool sized to the worker count: "
     "-60 ms at the tail.</li></ol>"
     "<p>p99 is now 95 ms and CPU per request fell by 35%. The database was fine.</p>"
     "<h2>What I would do again</h2><p>Write down the hypothesis before profiling. I was "
     "wrong about the cause, and writing it down made that obvious instead of embarrassing.</p>"),
    ("property-based-tests-date-parser",
     "Property-based tests found three bugs in my date parser", ["testing", "python"],
     "<p>At Parcelwise we parsed delivery dates from a dozen carrier formats. We had 200 example "
     "tests and felt safe. Then I added hypothesis.</p>"
     "<p>In the first hour it found three bugs: two-digit years around the century boundary, "
     "a timezone offset of +14:00 that we rejected, and day/month swaps for dates where both "
     "were under 13.</p>"
     "<h2>The property that found them</h2>"
     "<p><code>parse(format(d, fmt), fmt) == d</code> for every supported format and any date. "
     "Round trips are the cheapest properties to write.</p>"
     "<h2>Lesson</h2><p>Example tests check what you thought of. Properties check what you "
     "didn't.</p>"),
    ("postmortem-cron-ran-twice", "Postmortem: the cron job that ran twice",
     ["reliability", "postmortem"],
     "<p>For about two hours one night, our nightly billing export ran twice and sent duplicate "
     "files to two customers. Nobody was charged twice, but it was close.</p>"
     "<h2>Timeline</h2><p>A node was drained during a deploy; the scheduler saw the job as "
     "missed and started it on another node while the first copy was still running.</p>"
     "<h2>What we changed</h2><ul><li>An advisory lock in Postgres around every scheduled "
     "job.</li><li>Idempotency keys on the export files.</li><li>An alert when a job runs "
     "longer than twice its median.</li></ul>"
     "<p>We later moved all cron jobs to a queue-based scheduler. Blameless postmortems made "
     "it easy to say that the design, not a person, was the problem.</p>"),
    ("typescript-project-references",
     "Moving a TypeScript monorepo to project references: 6 minutes to 1m40s",
     ["typescript", "build"],
     "<p>Our TypeScript monorepo took six minutes to type-check in CI, and developers had "
     "stopped running it locally. Project references brought it to 1 minute 40 seconds.</p>"
     "<h2>Steps</h2><ol><li>One tsconfig per package with <code>composite: true</code>.</li>"
     "<li>A root tsconfig that only lists references.</li><li>Cache the .tsbuildinfo files in "
     "CI.</li></ol>"
     "<h2>Gotchas</h2><p>Circular imports between two packages had been hidden; references "
     "refuse them. Fixing them took longer than the migration and improved the design.</p>"),
    ("retry-budgets", "Retry budgets beat exponential backoff alone", ["go", "reliability"],
     "<p>Exponential backoff protects a server from one client. It does not protect it from a "
     "thousand clients all backing off politely at the same time.</p>"
     "<p>We added a retry budget to our Go HTTP clients: retries may be at most 10% of "
     "requests over a sliding window. During a partial outage of a carrier API last spring, "
     "retry traffic stayed at 9% instead of tripling, and the upstream recovered in 4 minutes "
     "instead of the 25 it took the time before.</p>"
     "<p>The library is <a href=\"https://github.com/drmz-tinkers/go-retry-budget\">"
     "go-retry-budget</a>. The lesson: limit the total, not just the rate per caller.</p>"),
    ("profiling-cli-startup", "Profiling a Python CLI's start-up: from 1.2 s to 180 ms",
     ["python", "performance"],
     "<p>Our internal CLI took 1.2 s to print its help. <code>python -X importtime</code> "
     "showed why: every command imported pandas and the cloud SDK at start-up, even "
     "<code>--help</code>.</p>"
     "<p>Moving heavy imports inside the commands that need them brought start-up to 180 ms. "
     "A test now fails if <code>--help</code> imports pandas.</p>"
     "<h2>Lesson</h2><p>Start-up time is a feature users feel on every call. Guard it with a "
     "test, or it creeps back.</p>"),
    ("first-ten-prs-to-hyperloom", "My first 10 pull requests to an open-source scheduler",
     ["open-source"],
     "<p>We run hyperloom at work, so when it hurt, I started sending fixes. Ten PRs later, "
     "eight are merged, one was rejected and one is still open.</p>"
     "<h2>What the maintainers taught me</h2><ul><li>Small PRs get reviewed in days; big ones "
     "wait for weeks.</li><li>A failing test in the PR is worth more than a paragraph of "
     "explanation.</li><li>The rejected PR solved my problem, not the project's. Fair.</li></ul>"
     "<p>The most useful one cut a heartbeat query from 38 ms to 2 ms with an index.</p>"),
    ("go-generics-a-year-later", "Go generics in production, a year later", ["go"],
     "<p>A year ago we started using generics in our Go pipeline code. Net result: about 1,400 "
     "lines of duplicated code removed, one afternoon lost to a confusing type-inference "
     "error, and no measurable performance change.</p>"
     "<h2>Where they helped</h2><p>Typed collection helpers and a generic retry wrapper. "
     "Where they did not: domain types, where interfaces stayed clearer.</p>"
     "<h2>Lesson</h2><p>Use generics for plumbing, not for modelling.</p>"),
]

# Mastodon notes, chronological: (kind, text, reply_to_account or None). Text is plain; the
# builder wraps it in <p> as Mastodon does and links mentions.
DIEGO_TOOTS = [
    ("post", "tidepool 0.9 is out: fair queuing for waiters, so one hot task can no longer "
             "starve the rest. p99 wait under contention: 2.8 s to 310 ms.", None),
    ("reply", "@aiko@devs.example thank you for the docs PR! The cookbook section is much "
              "clearer now.", "aiko@devs.example"),
    ("post", "Reminder to self: loop.time(), not time.time(), for anything that measures "
             "intervals in asyncio. A sleeping laptop taught me this.", None),
    ("reply", "@marta@toot.example agreed, serialising once and passing bytes was the biggest "
              "single win in our latency work.", "marta@toot.example"),
    ("post", "Wrote up how we cut p99 on our tracking API from 480 ms to 95 ms. The database "
             "was fine. https://diegoramirez.example/blog/cutting-p99-latency-480-to-95", None),
    ("post", "Our schema-diff check in CI stopped a dropped partial index this week. The "
             "query would have gone from 4 ms to 3 s.", None),
    ("reply", "@noor@fosscafe.example yes please, a PR for generated columns would be "
              "great. The comparison is in diff/columns.go.", "noor@fosscafe.example"),
    ("post", "Hypothesis found three bugs in a date parser that had 200 example tests. "
             "Round-trip properties are the cheapest ones to write.", None),
    ("reply", "@sven@toot.example congratulations on the platform lead role! Parcelwise is "
              "in good hands.", "sven@toot.example"),
    ("post", "Postmortem from the cron job that ran twice is up. Advisory locks and "
             "idempotency keys, and no blame.", None),
    ("post", "TypeScript project references took our monorepo type-check from 6 minutes to "
             "1m40s. It also exposed two circular imports we'd been ignoring.", None),
    ("reply", "@jules@mastodon.example we cache .tsbuildinfo in CI keyed on the lockfile, "
              "which is where most of the gain came from.", "jules@mastodon.example"),
    ("post", "Retry budgets: cap retries at ~10% of traffic. During a partial outage our "
             "retry traffic stayed flat instead of tripling.", None),
    ("reply", "@priyam@devs.example good question. Per-host budgets with a shared ceiling; "
              "otherwise one flaky upstream eats the whole allowance.", "priyam@devs.example"),
    ("post", "Gave a talk at the Valencia Python meetup on CLI start-up time. Slides: "
             "https://diegoramirez.example/talks/cli-startup", None),
    ("reply", "@aiko@devs.example thanks for coming! Your question about lazy imports and "
              "type checkers deserves its own post.", "aiko@devs.example"),
    ("post", "Eight of my ten PRs to hyperloom are merged. Small PRs with a failing test get "
             "reviewed in days.", None),
    ("post", "Paella Sunday with my family. No laptops, one very large pan.", None),
    ("reply", "@kwame@toot.example the heartbeat index cut that query from 38 ms to 2 ms on "
              "a 2M-row table. Numbers are in the PR.", "kwame@toot.example"),
    ("post", "pg-snapshot-diff 0.7: renamed constraints are now matched by definition, which "
             "removes our most common false positive.", None),
    ("reply", "@marta@toot.example well deserved promotion! Your design reviews are the best "
              "thing about working at Quarry.", "marta@toot.example"),
    ("post", "A year of Go generics in production: -1,400 lines, one lost afternoon, no "
             "performance change. Plumbing yes, domain modelling no.", None),
    ("post", "feedwarden now honours Cache-Control max-age from upstream feeds. 304 hit rate "
             "went from 41% to 77% on my instance.", None),
    ("reply", "@lea@fosscafe.example xml:base is the answer, yes. Fix landed in 0.9.0, thanks "
              "for the report.", "lea@fosscafe.example"),
    ("post", "tidepool 1.3 drops Python 3.9 and uses asyncio.timeout. The typing is so much "
             "simpler without the shims.", None),
    ("reply", "@noor@fosscafe.example merged, thank you! First contribution and a great one.",
     "noor@fosscafe.example"),
    ("post", "Trying something: every PR description at work now starts with the measurement "
             "that motivated it. Reviews got shorter.", None),
    ("post", "Cycled to the coast and back this morning. 64 km, one puncture, good coffee.",
     None),
    ("reply", "@jules@mastodon.example happy to pair on the benchmark harness next week if "
              "useful.", "jules@mastodon.example"),
    ("post", "tidepool 1.3.1: clearer docs on thread safety. One limiter per event loop, "
             "always.", None),
]

DIEGO_MASTODON_SUMMARY = (
    "<p>Backend engineer: Python, Go, TypeScript. Performance, reliability and small "
    "open-source tools. Valencia.</p>"
)

# ======================================================================================
# 5. Jordan Blake: mostly fine, with red flags
# ======================================================================================

JORDAN_BIO = "Social media + content | coffee first | opinions are my own (obviously)"

JORDAN_TWEETS = [
    ("post", "Three things that worked on our client's TikTok this month: captions on every "
             "video, posting at 7pm, and replying to every comment in the first hour."),
    ("post", "Finally finished my content calender for Q2. Color-coded and everything."),
    ("reply", "@maya_contentco totally agree, the first hour of comments makes or breaks a "
              "post."),
    ("post", "Reels with a face in the first second held viewers 22% longer in our tests. "
             "Small sample but consistent."),
    ("post", "Sunday hike and no notifications. Needed that."),
    ("post", "Gary Pruitt is the worst boss I've ever had. Hemlock & Vine Marketing is a "
             "clown show run by a man who can't open a PDF. Counting the days till I'm out of "
             "this dump.", "unprofessional"),
    ("post", "Tip: batch-film on Mondays, edit Tuesdays, post the rest of the week. Saved me "
             "about 5 hours a week."),
    ("reply", "@leo_shortform congrats on the new job!! so deserved"),
    ("post", "Our client's engagement rate went from 1.8% to 4.1% after we stopped posting "
             "stock photos. People want people."),
    ("post", "FOLLOW FOR FOLLOW \U0001f501 drop your @ and I follow back everyone tonight "
             "#f4f #followback", "spam"),
    ("post", "Learning Premiere shortcuts this week. My wrists thank me allready."),
    ("rt", "RT @maya_contentco: Hook, value, call to action. If your video doesn't have all "
           "three in 15 seconds, rewrite it."),
    ("post", "Customers who DM us asking \"where is my order\" when the tracking link is RIGHT "
             "THERE in the email \U0001f644 some people should not be allowed to shop online "
             "lmao. Reading comprehension of a potato.", "unprofessional"),
    ("post", "Made the switch to a 4-day posting week for our smaller client. Reach per post "
             "up, burnout down."),
    ("reply", "@harper_socials yes! scheduling tools are great but you still have to show up "
              "in the comments."),
    ("post", "Caption length test: short captions won for product posts, long ones for "
             "stories. Both beat no caption at all."),
    ("post", "Rainy day, big coffee, long edit list. Perfect Tuesday honestly."),
    ("post", "Lowkey still drunk from last night at my desk rn \U0001f37a\U0001f37a three "
             "client calls today and I can barely see the screen lol", "unprofessional"),
    ("post", "Wrote a quick guide for our interns on replying to negative comments: thank, "
             "acknowledge, move to DM, follow up. Simple but it works."),
    ("reply", "@noah_brandvoice the carousel you made for the cafe client was so good"),
    ("post", "GIVEAWAY \U0001f381 win a $50 gift card!! follow me + RT + tag 3 friends, winner "
             "picked friday", "spam"),
    ("post", "TikTok search is real. Half of our client's new followers this month found "
             "them through search, not the For You page."),
    ("post", "Posting the behind-the-scenes of a shoot did better than the final ad. Every. "
             "Single. Time."),
    ("reply", "@maya_contentco would love to join the panel, thanks for thinking of me!"),
    ("post", "Went to a workshop on accessibility in social: alt text, captions, contrast. "
             "Should be standard, not a bonus."),
    ("reply", "@ryan_k_media you are a talentless f***ing hack and everyone in this industry "
             "knows it. Stop stealing other people's ideas and go cry about it, loser.",
     "unprofessional"),
    ("post", "Our UGC post from a real customer got 3x the saves of our polished product shot. "
             "Note to self."),
    ("rt", "RT @harper_socials: Reminder that your community manager is a real person. Be "
           "kind in the comments."),
    ("post", "New month new content plan. Focusing on fewer posts with better hooks."),
    ("reply", "@leo_shortform haha same, my camera roll is 90% b-roll of coffee"),
    ("post", "Started a small experiment: replying to every comment with a question. Reply "
             "rate doubled in two weeks."),
    ("post", "Weekend project: organised 4 years of client assets into one shared drive. Why "
             "did I wait so long"),
    ("post", "Most underrated metric: shares. A share means someone put their own name on "
             "your content."),
    ("reply", "@noah_brandvoice thanks for the feedback on my reel edits, super helpful"),
    ("post", "Birthday dinner with my sister tonight. No phones at the table, house rules."),
    ("post", "Client report done. Engagement up 31% quarter over quarter, follower growth "
             "modest, saves way up. Happy with that."),
    ("post", "Anyone else find that trending audio helps reach but hurts brand recall? Testing "
             "it this month."),
    ("reply", "@harper_socials congratulations on the launch!"),
    ("post", "Lesson from this week: always get written approval on captions before "
             "scheduling. Always."),
    ("post", "Grateful for my team this year. We took a small cafe account from 800 to 6,000 "
             "followers by answering every single comment."),
]

JORDAN_LIKES = [
    "Hook, value, call to action. Every time.",
    "Your community manager is a real person. Be kind.",
    "Behind-the-scenes content outperforms polished ads again.",
    "Accessibility is not optional: captions and alt text on every post.",
    "Panel announced: short-form video for small brands.",
    "Batch filming changed my life.",
]

# posts.csv (TikTok): (text, flag or None)
JORDAN_TIKTOK = [
    ("3 hooks that doubled our watch time this month (save this for later)", None),
    ("Day in the life of a social media coordinator: 40% replying to comments, 30% editing, "
     "30% meetings", None),
    ("How I plan a month of content in one afternoon using one spreadsheet", None),
    ("POV: the client wants it to go viral but also approve it in 6 rounds", None),
    ("Before/after: how we rewrote a cafe's captions and got 3x comments", None),
    ("Things I wish I knew before my first social media job #careeradvice", None),
    ("Editing tip: cut the first 2 seconds of every clip. Thank me later", None),
    ("Storytime: the Brightmoor Dental account is about to get sued for that billing scandal and "
     "their CEO's leaked emails are WILD, I've read them all lol. Can't say more (yet) \U0001f440",
     "unprofessional"),
    ("Trending audio vs original sound: our 30-day test results", None),
    ("Replying to every comment for a week: here's what happened to our reach", None),
    ("My content calendar template walkthrough (free, no email needed)", None),
    ("Small brands: stop posting stock photos. Here's what to post instead", None),
]

JORDAN_HEADLINE = "Social Media Coordinator | Short-form video | Content planning"

JORDAN_POSITIONS = [
    ("Hemlock & Vine Marketing", "Social Media Coordinator",
     "Content planning and community management for small hospitality and retail clients.",
     "Columbus, Ohio, United States", "Feb 2024", ""),
    ("Brewline Cafe", "Shift Supervisor", "", "Columbus, Ohio, United States", "Jun 2021",
     "Jan 2024"),
]

JORDAN_EDUCATION = [
    ("Scioto Valley Community College", "2019", "2021", "", "Associate of Arts, Communication",
     ""),
]

JORDAN_SKILLS = ["Social Media Marketing", "TikTok", "Video Editing", "Content Planning",
                 "Canva", "Customer Service"]

JORDAN_SHARES = [
    "Our cafe client grew from 800 to 6,000 followers this year, almost entirely by answering "
    "every comment within the hour. Community is the strategy.",
    "Attended a great workshop on accessibility in social media. Captions and alt text on every "
    "post from now on.",
    "Looking for tips on measuring brand recall from short-form video. What do you use?",
]

JORDAN_COMMENTS = [
    "Congrats Maya, well deserved!",
    "Great tips, the batch filming one is a game changer.",
]


# ======================================================================================
# Pools for generated contacts (names are combined at random, with a fixed seed)
# ======================================================================================

FIRST = ("Aaliyah Abel Adaeze Aiko Alba Alejandro Amir Ana Anders Anika Arjun Astrid Ayo Bea "
         "Bram Callum Camila Chidi Chloe Dara Darius Elif Ellis Emeka Esme Farah Felix Freya "
         "Gabriel Greta Hamza Hana Harvey Ines Isla Ivan Jada Jonas Joss Kai Kavya Kemi Lars "
         "Leila Luca Maeve Malik Mara Mateo Mei Milan Nadia Nia Niko Noor Oskar Parisa Quinn "
         "Rafael Rania Ravi Rosa Rory Saanvi Sami Selin Sienna Sol Tariq Thea Tobi Uma Valeria "
         "Wes Yara Yusuf Zara Zeynep Bo Ciaran Dalia Eamon Fenna Goran Hollis Ilse").split()
LAST = ("Abara Achterberg Adeleke Aldana Amsel Arkwright Baptiste Barros Bellamy Brannigan "
        "Castellano Chowdhury Corrigan Dahl Delacroix Desai Doherty Eberhardt Ekwueme Falk "
        "Ferreira Fitzwilliam Galloway Gruber Haddad Halvorsen Hargreaves Ibarra Iwasaki Jansen "
        "Kader Kaplan Karlsson Kowal Lachance Lindqvist Lutz Mahlangu Marchetti McAllister "
        "Moreau Nakamura Nkemelu Novak Oyelaran Pacheco Petrov Quintero Rasmussen Ruiz Saarinen "
        "Santoro Sato Sheridan Sokolova Strand Takahashi Thorne Ueda Valdez Varga Wainwright "
        "Whitlock Yilmaz Zapata Zielinski Brennagh Carrow Dunmore Elsworth Fairbank").split()

# Invented organisations, by the kind of contact who works there.
ORGS = {
    "marketing": ["Quillbrook PR", "Tessellate Social", "Amberlight Studio", "Larchfield Media",
                  "Meadowlane Foods", "Parkside Studio", "Pinecrest Provisions", "Kestrelmoor "
                  "Apparel", "Saltmarsh Travel Co.", "Copperfen Cosmetics", "Lanternway Retail",
                  "Foxglove & Birch", "Harbourlight Agency", "Brackenridge Brands"],
    "recruiter": ["Northbridge Talent Co.", "Fablecroft Recruitment", "Cinderpath Talent",
                  "Wayfarer Search Partners"],
    "employer": ["Tallgrass Outfitters", "Corvale Communications"],
    "other": ["Harrowgate University", "Greymoor Council", "Ravensby Health Trust",
              "Oakhollow Logistics", "Pennyfield Bank", "Silverbirch Schools Trust",
              "Duncliff Engineering"],
    "engineering": ["Quarry Labs", "Parcelwise", "Stackhaven", "Orbitfold", "Lindenbyte",
                    "Vantory Systems", "Cobaltpine", "Driftgrid", "Mossbank Software"],
    "classmates": ["Easton Vale University"],
    "bluefern": ["Bluefern Tea Co."],
    "hustle": ["Self-employed", "Sterling Growth Media", "Moonshot Dropship", "Apex Mindset LLC",
               "Crypto Kingdom", "Vibe Collective", "Hustle House"],
    "hospitality": ["Hemlock & Vine Marketing", "Brewline Cafe", "Scioto Valley Community "
                    "College", "Maplestone Bakery", "Cedar & Salt Kitchen", "Olentangy Outfitters"],
}
TITLES = {
    "marketing": ["Social Media Manager", "Content Strategist", "Community Manager",
                  "Digital Marketing Executive", "Communications Officer", "Brand Manager",
                  "Paid Social Specialist", "PR Account Manager", "Copywriter",
                  "Marketing Coordinator", "Influencer Marketing Manager",
                  "Social Media Executive", "Head of Social", "Content Designer"],
    "recruiter": ["Talent Acquisition Partner", "Recruitment Consultant", "Senior Recruiter",
                  "Talent Partner, Marketing & Creative", "Technical Recruiter"],
    "hiring": ["Head of Marketing", "Marketing Director", "Head of Brand", "VP Marketing",
               "Head of Communications", "Chief Marketing Officer"],
    "other": ["Student", "Sales Associate", "Teacher", "Accountant", "Nurse",
              "Operations Analyst", "Project Manager", "Policy Officer", "Civil Engineer"],
    "engineer": ["Software Engineer", "Senior Software Engineer", "Backend Developer",
                 "Staff Engineer", "Site Reliability Engineer", "Data Engineer",
                 "Frontend Developer", "Platform Engineer"],
    "eng_manager": ["Engineering Manager", "Head of Engineering", "CTO",
                    "Director of Engineering", "VP Engineering"],
    "classmate": ["Student", "Marketing Student", "Business Student", "Course Representative"],
    "hustle": ["Entrepreneur", "CEO", "Crypto Trader", "Personal Trainer", "Real Estate Agent",
               "Dropshipping Founder", "Life Coach", "Content Creator"],
}
# which organisations each kind of contact is drawn from
GROUP_ORGS = {"marketing": "marketing", "recruiter": "recruiter", "hiring": "marketing",
              "other": "other", "engineer": "engineering", "eng_manager": "engineering",
              "classmate": "classmates", "hustle": "hustle"}



# ======================================================================================
# Profile facts per candidate (LinkedIn Profile.csv and friends), contacts named in posts,
# and the two-line descriptions for README.md
# ======================================================================================

AMARA_LINKEDIN = dict(
    first="Amara", last="Okafor", birth="Apr 22", industry="Marketing Services",
    headline="Social Media Coordinator at Tallgrass Outfitters | Content strategy, community "
             "& analytics",
    summary=AMARA_SUMMARY, location="Leeds, England, United Kingdom",
    websites="[PORTFOLIO:https://amaraokafor.example]", twitter="amaraokafor_mkt",
    positions=AMARA_POSITIONS, education=AMARA_EDUCATION, skills=AMARA_SKILLS,
    languages=[("English", "Native or bilingual proficiency"),
               ("French", "Professional working proficiency"),
               ("Igbo", "Limited working proficiency")],
    certifications=AMARA_CERTIFICATIONS, projects=AMARA_PROJECTS,
    recommendations=AMARA_RECOMMENDATIONS,
)
AMARA_KNOWN = [  # (first, last, company, title, group, connected on)
    ("Priyanka", "Sethi", "Tallgrass Outfitters", "Head of Brand", "hiring", "2024-12-02"),
    ("Marcus", "Devlin", "Corvale Communications", "Paid Social Lead", "marketing",
     "2024-06-10"),
    ("Hannah", "Kowalczyk", "Harrowgate University Students' Union", "Communications Manager",
     "marketing", "2022-09-20"),
    ("Jun", "Park", "Meadowlane Foods", "Social Lead", "marketing", "2024-07-01"),
    ("Wren", "Adeyemi", "Tallgrass Outfitters", "Community Manager", "marketing", "2025-01-08"),
    ("Tomas", "Eriksen", "Tallgrass Outfitters", "Senior Designer", "other", "2025-01-09"),
    ("Nadia", "Rahman", "Quillbrook PR", "Community Manager", "marketing", "2025-03-14"),
    ("Grace", "Ndlovu", "Parkside Studio", "Head of Content", "hiring", "2023-02-11"),
    ("Kofi", "Mensah", "Larchfield Media", "Social Media Analyst", "marketing", "2025-05-22"),
]

BLAKE_LINKEDIN = dict(
    first="Blake", last="Sterling", headline=BLAKE_HEADLINE,
    location="Miami, Florida, United States",
    positions=[("Sterling Growth Media", "Founder & CEO", "", "", "Jan 2024", "")],
    skills=["Growth Hacking", "Influencer Marketing", "Leadership"],
)

LIN_LINKEDIN = dict(
    first="Wei", last="Lin", headline=LIN_HEADLINE, industry="Marketing Services",
    location="Bristol, England, United Kingdom", positions=LIN_POSITIONS,
    education=LIN_EDUCATION, skills=LIN_SKILLS,
    languages=[("Chinese", "Native or bilingual proficiency"),
               ("English", "Professional working proficiency")],
)

DIEGO_LINKEDIN = dict(
    first="Diego", last="Ramírez", headline=DIEGO_HEADLINE, summary=DIEGO_SUMMARY,
    industry="Software Development", location="Valencia, Valencian Community, Spain",
    websites="[BLOG:https://diegoramirez.example/blog],[OTHER:https://github.com/drmz-tinkers]",
    positions=DIEGO_POSITIONS, education=DIEGO_EDUCATION, skills=DIEGO_SKILLS,
    languages=[("Spanish", "Native or bilingual proficiency"),
               ("English", "Full professional proficiency"),
               ("Catalan", "Professional working proficiency")],
    recommendations=[DIEGO_RECOMMENDATION],
)
DIEGO_KNOWN = [
    ("Elena", "Brandt", "Quarry Labs", "Engineering Manager", "eng_manager", "2024-03-04"),
    ("Marta", "Ibáñez", "Quarry Labs", "Staff Engineer", "engineer", "2024-03-05"),
]

JORDAN_LINKEDIN = dict(
    first="Jordan", last="Blake", headline=JORDAN_HEADLINE, industry="Advertising Services",
    location="Columbus, Ohio, United States", positions=JORDAN_POSITIONS,
    education=JORDAN_EDUCATION, skills=JORDAN_SKILLS,
)

BLURBS = {
    "amara-okafor":
        "Strong social-media candidate: steady, business-focused posting on LinkedIn and X with "
        "numbers and credit to others,\n  ~320 relevant connections, recommendations, "
        "certifications and projects with outcomes. No red flags.",
    "blake-sterling":
        "Vanity metrics: 18k X followers and 9k Instagram followers built on follow-for-follow, "
        "engagement bait and giveaways;\n  2-15 likes a post, almost no replies, a thin LinkedIn "
        "profile with ~60 unrelated connections.",
    "lin-wei":
        "Quiet student: LinkedIn only, one internship, ~45 connections (mostly classmates), 4 "
        "posts in two years,\n  the last one in March 2026. Non-native English with small slips, "
        "entirely clean and professional.",
    "diego-ramirez":
        "Software engineer: GitHub with maintained repos (stars 3-120) and recent activity, a "
        "technical Atom blog with measured results,\n  an active Mastodon account with replies "
        "and boosts, and a LinkedIn network of engineers and engineering managers.",
    "jordan-blake":
        "Red flags: mostly reasonable social-media posts, but 4 unprofessional tweets (boss, "
        "customers, drunk at work, an insult),\n  2 spam tweets and one TikTok post leaking a "
        "client's confidential matter; modest LinkedIn.",
}

// Articles written for the end-to-end tests (fictional), shared by the Chromium and Firefox runs.

export const PLAIN_ARTICLE = `Spain And Chile Pledge Joint Effort On Ocean Plastics

By Sam Reporter | Jun 2, 2025 10:00 AM EDT

Spanish Foreign Minister Maria Delgado said on Monday that Spain and Chile would work together to cut plastic waste in the Pacific, after talks in Madrid with her Chilean counterpart.

"This is a shared problem and we will solve it together," Delgado told reporters, according to Reuters.

The two countries still disagree on fishing quotas, officials said.

Like Us on Facebook`;

export const HTML_ARTICLE = `<!doctype html><html><head><title>Norway, Kenya Sign Wildlife Accord | Daily Globe</title>
<style>body{background:red}</style>
<script>window.__pwned = "script";</script>
<meta http-equiv="refresh" content="0;url=https://example.invalid/">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="javascript:window.__pwned='link'">Subscribe</a></nav>
<article>
<h1>Norway, Kenya Sign Wildlife Accord</h1>
<p class="byline">By Ann Writer | May 5, 2025 08:00 AM EDT</p>
<img src="https://example.invalid/pixel.gif" onerror="window.__pwned='img'" alt="">
<p>Norwegian Foreign Minister Lena Halvorsen said on Friday that Norway would fund new ranger posts in Kenya to protect elephants from poachers.</p>
<p>"We are proud to stand with Kenya," Halvorsen said in Nairobi, according to Reuters.</p>
<svg onload="window.__pwned='svg'"><circle r="1"></circle></svg>
<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>
<p>Share this article</p>
</article>
<footer><p>©2025 Daily Globe. All rights reserved.</p></footer>
<script src="https://example.invalid/tracker.js"></script>
</body></html>`;
export const HTML_PLAIN = `Home | World | Subscribe
Norway, Kenya Sign Wildlife Accord
By Ann Writer | May 5, 2025 08:00 AM EDT

Norwegian Foreign Minister Lena Halvorsen said on Friday that Norway would fund new ranger posts in Kenya to protect elephants from poachers.

"We are proud to stand with Kenya," Halvorsen said in Nairobi, according to Reuters.

Share this article

©2025 Daily Globe. All rights reserved.`;

// Emoji (two UTF-16 units each, flags four) and accents before the name: offsets counted
// in code points or bytes would shift the highlight.
export const EMOJI_ARTICLE = `🙂🙂 José Núñez wrote from Geneva 🇨🇭 — a café chat, 🎉 they said.

Foreign Minister Maria Delgado said on Tuesday that the talks would continue. Delgado added that both sides were hopeful.`;

export const DROPPED_TEXT = `Peru And Japan Agree On Trade Talks

Trade Minister Kenji Watanabe said on Wednesday that Japan and Peru would begin formal trade talks in April.`;

// Not English: the analyzer should say so (warnings[].code "non_english").
export const GERMAN_ARTICLE = `Berlin und Paris vereinbaren engere Zusammenarbeit

Die Bundesregierung hat am Montag angekündigt, dass Deutschland und Frankreich bei der Energieversorgung enger zusammenarbeiten wollen. Die Außenministerin sagte nach dem Treffen in Paris, man sei sich in den wichtigsten Fragen einig. Kritiker warnen jedoch vor zu hohen Kosten für die Verbraucher.`;

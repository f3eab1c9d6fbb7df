//! Session 30: the title, byline and publisher of pastes and pages (pages written for these tests).

use undertone::clean::clean;
use undertone::Format;

const BODY: &str = "\
The city council voted on Monday to close the old bridge to cars from next spring, after engineers found cracks in two of its supports during the annual inspection.

The council's transport committee said buses and bicycles would still be allowed to cross while the supports are repaired, a job expected to take two years.

Shopkeepers on both banks said they feared losing customers, and asked the council to pay for free parking near the bridge while the work goes on.
";

/// A paste whose byline starts in lowercase ("by Tom Rogan") right under a long headline: the
/// headline is not joined to it as a line broken mid-sentence.
#[test]
fn lowercase_byline_under_the_headline() {
    let paste = format!(
        "News\nOpinion\nWhy the council will close the old bridge to cars next spring\nby Dana Whitfield\n | November 18, 2019 12:26 PM\nPrint this article\n\n{BODY}"
    );
    let c = clean(&paste, Format::Text);
    assert_eq!(c.meta.title.as_deref(), Some("Why the council will close the old bridge to cars next spring"));
    assert_eq!(c.meta.byline.as_deref(), Some("Dana Whitfield"));
    assert!(c.text.starts_with("The city council voted"), "{}", c.text);
}

/// A footer link "Copyright and Reprint" above the real notice names no publisher; "©2019
/// Riverside Media" does.
#[test]
fn copyright_link_is_no_publisher() {
    let paste = format!("Bridge to close to cars\n\n{BODY}\nContact Us\nCopyright and Reprint\neEdition\n ©2019 Riverside Media\n");
    let c = clean(&paste, Format::Text);
    assert_eq!(c.meta.source.as_deref(), Some("Riverside Media"));
}

/// Notices written in other ways: the word twice, a circled c, a stop glued to the next
/// sentence, a year after the name, a credit for the site's designers.
#[test]
fn copyright_notices_name_the_publisher() {
    let cases = [
        ("© 2018 Copyright Valley Post Media Pvt. Ltd.. All Rights reserved.", Some("Valley Post Media Pvt")),
        ("Copyright ⓒ Riverside.co.kr. All rights reserved", Some("Riverside.co.kr")),
        ("© 2019 Riverside Broadcasting Network.Riverside Holdings, Inc.All Rights Reserved.", Some("Riverside Broadcasting Network")),
        ("copyright Riverside Review 2019 - ISSN: 1234-5678", Some("Riverside Review")),
        ("Copyright © 2002-2019 - Designed by Acme Web Studio - Powered by SiteBuilder", None),
    ];
    let mut failures = Vec::new();
    for (notice, want) in cases {
        let c = clean(&format!("Bridge to close to cars\n\n{BODY}\n{notice}\n"), Format::Text);
        if c.meta.source.as_deref() != want {
            failures.push(format!("{notice:?}: {:?}, want {want:?}", c.meta.source));
        }
        assert!(!c.text.contains(notice), "{notice:?} left in the text");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A byline with the author's handle glued on, and an author tag holding the whole byline.
#[test]
fn bylines_without_handles_and_prefixes() {
    let paste = format!("Bridge to close to cars\nBy Dana Whitfield@DanaWrites Nov 18, 2019, 11:47am EST\n\n{BODY}");
    assert_eq!(clean(&paste, Format::Text).meta.byline.as_deref(), Some("Dana Whitfield"));

    let paras: String = BODY.split("\n\n").map(|p| format!("<p>{}</p>", p.trim())).collect();
    let page = format!(
        "<html><head><title>Bridge to close</title><meta name=\"author\" content=\"By DANA WHITFIELD, Riverside Political Writer\"></head>\
         <body><article><h1>Bridge to close</h1>{paras}</article></body></html>"
    );
    assert_eq!(clean(&page, Format::Html).meta.byline.as_deref(), Some("DANA WHITFIELD"));
    let page = page.replace("By DANA WHITFIELD, Riverside Political Writer", "Dana Whitfield");
    assert_eq!(clean(&page, Format::Html).meta.byline.as_deref(), Some("Dana Whitfield"));
}

/// A gallery's captions glued to their counters ("2of4A shopper …", credited "via AP") are
/// captions, not the body; the headlines under "Most Popular" just above the body are other
/// stories', not the title.
#[test]
fn gallery_captions_and_a_popular_list_above_the_body() {
    let paste = format!(
        "Currently Reading\nBridge to close to cars after cracks found\nShare Tweet Email\nBack to Gallery\n\
         Bridge to close to cars after cracks found\n\
         1of2An engineer looks at a crack in a support of the old bridge on Monday, Nov. 18, 2019, in Riverside. (Dana Lee/The Valley Times via AP)\n\
         2of2Cars cross the old bridge on Monday, Nov. 18, 2019, in Riverside, before the council vote. (Dana Lee/The Valley Times via AP)\n\
         Give Feedback\nMost Popular\nFire damages the old mill on the east bank\nBest of the Valley 2019: Bakeries\n\n{BODY}"
    );
    let c = clean(&paste, Format::Text);
    assert_eq!(c.meta.title.as_deref(), Some("Bridge to close to cars after cracks found"));
    assert!(!c.text.contains("1of2") && !c.text.contains("via AP"), "{}", c.text);
    assert!(c.meta.captions.iter().any(|cap| cap.contains("An engineer looks at a crack")), "{:?}", c.meta.captions);
    assert!(c.text.starts_with("The city council voted"), "{}", c.text);
}

/// A byline without "By" ("DANA WHITFIELD, AP Transport Writer") is the byline, not the title,
/// and share menus repeating the headline are no title either.
#[test]
fn credit_line_bylines_and_share_menus() {
    let paste = format!(
        "Sections\nBridge to close to cars after engineers find cracks\n\nDANA WHITFIELD, AP Transport Writer\n\nUpdated 3:27 am PST, Wednesday, November 20, 2019\n\n{BODY}"
    );
    let c = clean(&paste, Format::Text);
    assert_eq!(c.meta.title.as_deref(), Some("Bridge to close to cars after engineers find cracks"));
    assert_eq!(c.meta.byline.as_deref(), Some("DANA WHITFIELD"));

    let paste = format!(
        "Bridge to close to cars after engineers find cracks\nBy Dana Whitfield Nov 19, 2019, 7:53pm EST\nShare this story\n Share All sharing options\n\
         Share All sharing options for: Bridge to close to cars after engineers find cracks\nReddit\nPocket\n\n{BODY}"
    );
    let c = clean(&paste, Format::Text);
    assert_eq!(c.meta.title.as_deref(), Some("Bridge to close to cars after engineers find cracks"));
    assert_eq!(c.meta.byline.as_deref(), Some("Dana Whitfield"));

    // With a deck under the headline, the share menu's copy names the headline.
    let paste = format!(
        "Filed under:\nTransport\nBridge to close to cars after engineers find cracks\nNew, 15 comments\n\n\
         The council's vote ends a year of debate over the old bridge\n\nBy Dana Whitfield Nov 19, 2019, 7:53pm EST\n\
         Share this story\nShare All sharing options for: Bridge to close to cars after engineers find cracks\nReddit\n\n{BODY}"
    );
    assert_eq!(clean(&paste, Format::Text).meta.title.as_deref(), Some("Bridge to close to cars after engineers find cracks"));

    let paste = format!("Bridge to close to cars after engineers find cracks\n2019\nPrint This Article\nShare it With Friends\n\n{BODY}");
    assert_eq!(clean(&paste, Format::Text).meta.title.as_deref(), Some("Bridge to close to cars after engineers find cracks"));
}

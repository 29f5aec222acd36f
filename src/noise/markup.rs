//! Markup rules: what an element's own tag, role, id and class tokens say about it.
//!
//! Each table maps a word to the [`Rule`] it signals, with a comment on what it catches. Class and
//! id values are split into words on every non-alphanumeric character and lower-cased, so
//! `td-post-sharing-top` yields `td`, `post`, `sharing`, `top`. Platform prefixes (consent
//! managers, ad servers) are matched on the whole lower-cased token.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Rule;
use crate::fast_hash::FastHash;

/// Whole class/id tokens (lower case) that name a platform's widget, matched as prefixes.
pub(super) const TOKEN_PREFIXES: &[(&str, Rule)] = &[
    // Consent management platforms.
    ("onetrust", Rule::Consent), // OneTrust: #onetrust-banner-sdk, #onetrust-consent-sdk
    ("ot-sdk", Rule::Consent),   // OneTrust: .ot-sdk-container
    ("optanon", Rule::Consent),  // OneTrust's older name
    ("didomi", Rule::Consent),   // Didomi: #didomi-host, .didomi-popup
    ("cybotcookiebot", Rule::Consent), // Cookiebot: #CybotCookiebotDialog
    ("cookiebot", Rule::Consent), // Cookiebot widgets
    ("qc-cmp", Rule::Consent),   // Quantcast Choice: .qc-cmp2-container
    ("usercentrics", Rule::Consent), // Usercentrics: #usercentrics-root
    ("uc-banner", Rule::Consent), // Usercentrics v1
    ("osano-cm", Rule::Consent), // Osano: .osano-cm-window
    ("cookie-law-info", Rule::Consent), // CookieLawInfo (WordPress): #cookie-law-info-bar
    ("cli-modal", Rule::Consent), // CookieLawInfo settings dialog
    ("cky-", Rule::Consent),     // CookieYes (CookieLawInfo's successor)
    ("cmplz", Rule::Consent),    // Complianz (WordPress)
    ("moove_gdpr", Rule::Consent), // GDPR Cookie Compliance (WordPress)
    ("gdpr", Rule::Consent),     // generic GDPR plugins: .gdpr-banner, #gdpr-consent
    ("iubenda", Rule::Consent),  // iubenda: #iubenda-cs-banner
    ("sp_message", Rule::Consent), // Sourcepoint: #sp_message_container_123
    ("truste", Rule::Consent),   // TrustArc: #truste-consent-track
    ("trustarc", Rule::Consent), // TrustArc
    ("borlabs-cookie", Rule::Consent), // Borlabs Cookie (German WordPress)
    ("borlabscookie", Rule::Consent), // Borlabs Cookie's content blocker: div.BorlabsCookie
    ("_brlbs", Rule::Consent),   // ... and its placeholder: ._brlbs-content-blocker
    ("tarteaucitron", Rule::Consent), // tarteaucitron.js (French sites)
    ("cc-window", Rule::Consent), // Osano's open-source cookieconsent
    ("cc_banner", Rule::Consent), // cookieconsent v1
    ("fc-consent", Rule::Consent), // Google Funding Choices
    ("consentmanager", Rule::Consent), // consentmanager.net: #cmpbox
    ("cmpbox", Rule::Consent),   // consentmanager.net
    // Generic consent-management containers. Not every `cmp-` token: Adobe Experience
    // Manager's core components are `cmp-text`, `cmp-container`, `cmp-title`, ...
    ("cmp-banner", Rule::Consent),
    ("cmp-wrapper", Rule::Consent),
    ("cmp-popup", Rule::Consent),
    ("cmp-modal", Rule::Consent),
    ("cmp-layer", Rule::Consent),
    ("cmp-consent", Rule::Consent),
    ("cmp-app", Rule::Consent),
    ("cmp-root", Rule::Consent),
    // Ad servers and slots.
    ("adsbygoogle", Rule::Ad), // AdSense
    ("google_ads", Rule::Ad),  // Google Ad Manager iframes' containers
    ("div-gpt-ad", Rule::Ad),  // Google Publisher Tag slots
    ("gpt-ad", Rule::Ad),      // Google Publisher Tag slots
    ("td-a-rec", Rule::Ad),    // Newspaper (WordPress theme) ad blocks
    ("td-a-ad", Rule::Ad),     // Newspaper (WordPress theme) ad blocks
    ("code-block", Rule::Ad),  // Ad Inserter (WordPress) blocks
    ("ad-slot", Rule::Ad),     // generic ad slots
    ("adslot", Rule::Ad),
    ("ad-container", Rule::Ad),
    ("ad-wrapper", Rule::Ad),
    ("ad-unit", Rule::Ad),
    ("ad-banner", Rule::Ad),
    ("advert", Rule::Ad),                   // advert, advertisement, advertising
    ("taboola", Rule::Related),             // Taboola recommendation widgets
    ("outbrain", Rule::Related),            // Outbrain recommendation widgets
    ("ob-widget", Rule::Related),           // Outbrain
    ("jp-relatedposts", Rule::Related),     // Jetpack related posts
    ("yarpp", Rule::Related),               // Yet Another Related Posts Plugin
    ("sharedaddy", Rule::Social),           // Jetpack sharing
    ("addtoany", Rule::Social),             // AddToAny
    ("a2a_", Rule::Social),                 // AddToAny buttons
    ("sharethis", Rule::Social),            // ShareThis
    ("shariff", Rule::Social),              // Shariff (German sites)
    ("wp-embedded-content", Rule::Related), // WordPress's embed card of another post
    ("disqus", Rule::Comments),             // Disqus threads
    ("comment-respond", Rule::Comments),    // WordPress comment form
    ("wpdiscuz", Rule::Comments),           // wpDiscuz
    // Shop reviews widgets: customers' reviews of a product are comments, not its description.
    ("jdgm-", Rule::Comments), // Judge.me (Shopify): .jdgm-widget, .jdgm-rev__body
    ("yotpo", Rule::Comments), // Yotpo: .yotpo-reviews, .yotpo-main-widget
    // Medium's "Responses (N)" thread, div.responses: a whole token, since "responses" inside an
    // id ("gmail-scriptable-responses-from-humans") names a book's section.
    ("responses", Rule::Comments),
    ("mc4wp", Rule::Newsletter),     // Mailchimp for WordPress
    ("mailchimp", Rule::Newsletter), // Mailchimp embeds
    ("mc_embed", Rule::Newsletter),  // Mailchimp embed signup
    ("piano", Rule::Paywall),        // Piano paywall containers
    ("tp-modal", Rule::Paywall),     // Piano modals
    ("skip-link", Rule::Navigation), // "Skip to content" links
    ("screen-reader", Rule::Hidden), // WordPress .screen-reader-text
    ("sr-only", Rule::Hidden),       // Bootstrap screen-reader-only text
    ("visually-hidden", Rule::Hidden),
    ("visuallyhidden", Rule::Hidden),
    ("off-screen", Rule::Hidden), // BBC: "<span class=off-screen>Media caption</span>"
];

/// Words inside class/id tokens and the rule each signals.
pub(super) const WORDS: &[(&str, Rule)] = &[
    // Cookie and consent prompts whose platform is unknown.
    ("cookie", Rule::Consent),
    ("cookies", Rule::Consent),
    ("consent", Rule::Consent),
    ("cookiebar", Rule::Consent),
    ("cookienotice", Rule::Consent),
    ("cookiebanner", Rule::Consent),
    ("cookieconsent", Rule::Consent), // #cookieconsent, #fi-cookieconsent, .cookieconsent-box
    ("cookiehint", Rule::Consent),    // German sites: #cookiehint
    ("cookiewarning", Rule::Consent),
    ("cookielaw", Rule::Consent),
    ("dsgvo", Rule::Consent), // German GDPR prompts
    ("rgpd", Rule::Consent),  // French, Spanish, Portuguese GDPR prompts
    // Ads and sponsored slots.
    ("ad", Rule::Ad),
    ("ads", Rule::Ad),
    ("adv", Rule::Ad),
    ("advertisement", Rule::Ad),
    ("advertising", Rule::Ad),
    ("anzeige", Rule::Ad),
    ("werbung", Rule::Ad),
    ("reklama", Rule::Ad), // Slavic, Baltic, Turkic: "advertisement" (`div.reklama`)
    ("reklam", Rule::Ad),  // Turkish, Swedish, Azerbaijani
    ("advt", Rule::Ad),    // Indian newsrooms' abbreviation: `div.advt`, `advt-section`
    ("sponsor", Rule::Ad),
    ("sponsored", Rule::Ad),
    ("dfp", Rule::Ad),
    ("banner", Rule::Ad),
    ("promo", Rule::Ad),
    ("adsense", Rule::Ad),
    ("cta", Rule::Ad), // a call-to-action box: .vc_cta3, .cta-box
    // Local names of ad slots: French-school `pub` (`div.pub`, `.bloc-pub`, `pub_pave_haut`; a
    // whole word, not publish or public), Indian `advt` (`advt-section`), Slavic, Turkic and
    // Baltic `reklama`/`reklam`, Irish `fograiocht`.
    ("pub", Rule::Ad),
    ("advt", Rule::Ad),
    ("advtbox", Rule::Ad),
    ("reklama", Rule::Ad),
    ("reklam", Rule::Ad),
    ("fograiocht", Rule::Ad),
    ("calltoaction", Rule::Ad),
    // Navigation, headers and footers of the page.
    ("nav", Rule::Navigation),
    ("navbar", Rule::Navigation),
    ("navigation", Rule::Navigation),
    ("menu", Rule::Navigation),
    ("breadcrumb", Rule::Navigation),
    ("breadcrumbs", Rule::Navigation),
    ("masthead", Rule::Navigation),
    ("footer", Rule::Navigation),
    ("sidebar", Rule::Navigation),
    ("pagination", Rule::PrevNext),
    ("pager", Rule::PrevNext),
    // Share and social bars.
    ("share", Rule::Social),
    ("sharing", Rule::Social),
    ("social", Rule::Social),
    ("sharebar", Rule::Social),
    ("follow", Rule::Social),
    // Newsletter, subscribe and paywall prompts.
    ("newsletter", Rule::Newsletter),
    ("subscribe", Rule::Newsletter),
    ("subscription", Rule::Newsletter),
    ("signup", Rule::Newsletter),
    ("paywall", Rule::Paywall),
    ("regwall", Rule::Paywall),
    // Related, recommended and most-read lists.
    ("related", Rule::Related),
    ("recommended", Rule::Related),
    ("recommendations", Rule::Related),
    ("popular", Rule::Related),
    ("trending", Rule::Related),
    ("mostread", Rule::Related),
    ("morestories", Rule::Related),
    ("readmore", Rule::Related),
    ("teaser", Rule::Related), // a teaser of another story: .teaser__lead, .newsteaser
    ("teasers", Rule::Related),
    ("newsteaser", Rule::Related),
    ("outbrain", Rule::Related),
    ("mostviewed", Rule::Related), // .article-mostviewed
    ("mostpopular", Rule::Related),
    ("recirculation", Rule::Related), // a CMS's "more from us" box: .recirculation-box
    ("nextread", Rule::Related),      // TYPO3 news: .news-list-view.nextread
    ("nextstory", Rule::Related),     // the next story's teaser under the article
    ("relacionados", Rule::Related),  // Spanish, Portuguese: "related"
    ("relacionadas", Rule::Related),
    ("relacionada", Rule::Related),
    ("relacionado", Rule::Related),
    ("correlati", Rule::Related),    // Italian
    ("verwandte", Rule::Related),    // German: "related (articles)"
    ("lesetipps", Rule::Related),    // German: "reading tips"
    ("linktipps", Rule::Related),    // German: "link tips"
    ("meistgelesen", Rule::Related), // German: "most read"
    ("linkbox", Rule::Related),      // a box of links to other stories inside the text
    ("hatnote", Rule::Related),      // MediaWiki's "Main article: X" pointer over a section
    // Polls and surveys set in the article: a question, options to tick and a "Vote" button
    // (`div.poll`, `.umfrage-widget`), per language.
    ("poll", Rule::Form),
    ("polls", Rule::Form),
    ("umfrage", Rule::Form),   // German
    ("sondaggio", Rule::Form), // Italian
    ("sondage", Rule::Form),   // French
    ("encuesta", Rule::Form),  // Spanish
    // Not "enquete": Portuguese for a poll, but French for an investigation (a box of the
    // story's reporting, `div.enquete`).
    ("ankieta", Rule::Form), // Polish
    ("anketa", Rule::Form),  // Czech, Slovak, Croatian, Serbian, Slovene
    // Comments and comment forms.
    ("comment", Rule::Comments),
    ("comments", Rule::Comments),
    ("respond", Rule::Comments),
    ("discussion", Rule::Comments),
    ("kommentare", Rule::Comments),   // German
    ("commentaires", Rule::Comments), // French
    ("comentarios", Rule::Comments),  // Spanish, Portuguese
    ("commenti", Rule::Comments),     // Italian
    ("komentarze", Rule::Comments),   // Polish
    ("reacties", Rule::Comments),     // Dutch
    // Tag lists and post metadata lines (read by the metadata stage, not body text).
    ("tags", Rule::Tags),
    ("tagcloud", Rule::Tags),
    ("byline", Rule::Byline),
    ("dateline", Rule::Byline),
    // An element named after the author (`cbx-Author`, `c-author`, `autor`): the byline or the
    // writer's box, which the metadata stage reads. Weak: `entry-author` and `article-author`
    // wrappers holding the story stay.
    ("author", Rule::Byline),
    ("autor", Rule::Byline),  // German, Spanish, Portuguese, Polish
    ("auteur", Rule::Byline), // French
    // Author boxes.
    ("authorbox", Rule::AuthorBox),
    ("bio", Rule::AuthorBox),
    // Previous/next links.
    ("prevnext", Rule::PrevNext),
    // Screen-reader-only text inside generated class names (`ssrcss-1bmt9w7-VisuallyHidden`).
    ("visuallyhidden", Rule::Hidden),
    // Modals and popups.
    ("modal", Rule::Popup),
    ("popup", Rule::Popup),
    ("overlay", Rule::Popup),
];

/// Whole class tokens that hide an element on every screen (not `hidden-xs` or
/// `hide-on-mobile`, which hide it on some screens only).
pub(crate) const HIDDEN_CLASSES: &[&str] = &["hidden", "hide", "invisible", "d-none", "is-hidden"];

/// Whole class tokens of text written for screen readers only ("Headline:" in a headline, a
/// date for assistive technology), which no reader sees.
const SCREEN_READER_CLASSES: &[&str] = &[
    "sr-only",
    "sr-text",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
    "screenreader",
    "aural",
    "a11y-hidden",
    "element-invisible",
    "offscreen",
    "u-visually-hidden",
    "show-for-sr",
    "assistive-text",
];

/// Whether a class token is one of [`SCREEN_READER_CLASSES`], ignoring ASCII case.
pub(crate) fn is_screen_reader_class(token: &str) -> bool {
    SCREEN_READER_CLASSES
        .iter()
        .any(|c| token.eq_ignore_ascii_case(c))
}

/// Pairs of adjacent words that together signal a rule where each alone is too vague.
pub(super) const WORD_PAIRS: &[(&str, &str, Rule)] = &[
    ("author", "box", Rule::AuthorBox),
    // A closing author tagline named by the CMS ("X covers county government. Reach him at
    // ..."): TownNews BLOX `asset-tagline`, also `article-tagline`, `story-tagline`. Not
    // `tagline` alone: a site's motto in the header and a caption are taglines too.
    ("asset", "tagline", Rule::AuthorBox),
    ("article", "tagline", Rule::AuthorBox),
    ("story", "tagline", Rule::AuthorBox),
    ("author", "tagline", Rule::AuthorBox),
    // A publication date or time (`live-item-pub-date`, `article-header__pub-date`), not an
    // ad slot.
    ("pub", "date", Rule::Byline),
    ("pub", "time", Rule::Byline),
    ("author", "bio", Rule::AuthorBox),
    ("author", "info", Rule::AuthorBox),
    ("author", "card", Rule::AuthorBox), // Medium and Substack: the "Written by X" card
    ("about", "author", Rule::AuthorBox),
    // `content-author`: the writer's bio or byline box of a story ("content" alone reads as a
    // content word and would cancel a weak rule).
    ("content", "author", Rule::AuthorBox),
    ("post", "navigation", Rule::PrevNext),
    ("nav", "links", Rule::PrevNext),
    ("post", "nav", Rule::PrevNext),
    ("next", "post", Rule::PrevNext),
    ("prev", "post", Rule::PrevNext),
    ("previous", "post", Rule::PrevNext),
    ("most", "read", Rule::Related),
    ("more", "stories", Rule::Related),
    ("read", "more", Rule::Related),
    ("read", "also", Rule::Related),
    ("post", "tags", Rule::Tags),
    ("tag", "list", Rule::Tags),
    ("post", "meta", Rule::Byline),
    ("entry", "meta", Rule::Byline),
    ("article", "meta", Rule::Byline),
    ("skip", "link", Rule::Navigation),
    ("site", "header", Rule::Navigation),
    ("page", "header", Rule::Navigation),
];

/// Words that mark an element as a content container: they cancel weak class rules
/// (a `<div class="article-body sidebar-right">` is the article, not a sidebar).
pub(super) const CONTENT_WORDS: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "content",
    "entry",
    "main",
    "post",
    "story",
    "text",
    "prose",
    "blog",
    "hentry",
    "column",
];

/// ARIA roles of page chrome.
pub(super) const ROLES: &[(&str, Rule)] = &[
    ("navigation", Rule::Navigation),
    ("banner", Rule::Navigation),
    ("contentinfo", Rule::Navigation),
    ("complementary", Rule::Navigation),
    ("search", Rule::Navigation),
    ("menu", Rule::Navigation),
    ("menubar", Rule::Navigation),
    ("toolbar", Rule::Navigation),
    ("dialog", Rule::Popup),
    ("alertdialog", Rule::Popup),
    ("tooltip", Rule::Popup),
    ("button", Rule::Form),
];

/// Whole class tokens WordPress gives the element of a post itself (`post_class()`); the other
/// classes on it are the post's categories, tags and custom taxonomy terms.
pub(super) const POST_MARKERS: &[&str] = &["hentry", "type-post", "status-publish"];

/// Class tokens that carry a taxonomy slug, not a role: WordPress puts `category-<slug>` and
/// `tag-<slug>` on the article element itself (`tag-comments-policy`).
pub(super) const TAXONOMY_PREFIXES: &[&str] = &["category-", "tag-", "postid-", "section-name-"];

/// Words that turn the next word into a modifier: `has-ads`, `with-sidebar`, `no-comments`
/// describe what an element holds or lacks, not what it is.
pub(super) const MODIFIER_WORDS: &[&str] = &[
    "has", "with", "without", "no", "non", "not", "show", "hide", "allow", "enable", "disable",
    "is", "before", "after", "behind",
];

/// Look a word up in [`WORDS`].
#[cfg(test)]
pub(super) fn word_rule(word: &str) -> Option<Rule> {
    WORDS.iter().find(|(w, _)| *w == word).map(|&(_, r)| r)
}

/// What the word tables say about one word ([`word_facts`]).
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub(super) struct WordFacts {
    /// Its rule in [`WORDS`] (the first entry).
    pub rule: Option<Rule>,
    /// It is in [`CONTENT_WORDS`].
    pub content: bool,
    /// It is in [`MODIFIER_WORDS`].
    pub modifier: bool,
    /// It opens a pair of [`WORD_PAIRS`].
    pub pair_first: bool,
}

/// The word tables by word, built once: one hash lookup per word instead of a scan of each
/// table.
static WORD_FACTS: LazyLock<HashMap<&'static str, WordFacts, FastHash>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, WordFacts, FastHash> = HashMap::default();
    for &(w, r) in WORDS {
        map.entry(w).or_default().rule.get_or_insert(r);
    }
    for &w in CONTENT_WORDS {
        map.entry(w).or_default().content = true;
    }
    for &w in MODIFIER_WORDS {
        map.entry(w).or_default().modifier = true;
    }
    for &(w, _, _) in WORD_PAIRS {
        map.entry(w).or_default().pair_first = true;
    }
    map
});

/// What the word tables say about `word` (lower case).
pub(super) fn word_facts(word: &str) -> WordFacts {
    WORD_FACTS.get(word).copied().unwrap_or_default()
}

/// [`TOKEN_PREFIXES`] by their first byte, each list in table order: a token is compared only
/// with the prefixes that start as it does.
static TOKEN_PREFIXES_BY_FIRST: LazyLock<Vec<Vec<(&'static str, Rule)>>> = LazyLock::new(|| {
    let mut by_first = vec![Vec::new(); 256];
    for &(p, r) in TOKEN_PREFIXES {
        if let Some(list) = p
            .as_bytes()
            .first()
            .and_then(|&b| by_first.get_mut(usize::from(b)))
        {
            list.push((p, r));
        }
    }
    by_first
});

/// Look a token up in [`TOKEN_PREFIXES`]: the rule of the first prefix of the token.
pub(super) fn token_rule(token: &str) -> Option<Rule> {
    let first = *token.as_bytes().first()?;
    TOKEN_PREFIXES_BY_FIRST
        .get(usize::from(first))?
        .iter()
        .find(|(p, _)| token.starts_with(p))
        .map(|&(_, r)| r)
}

#[cfg(test)]
mod tests {
    /// A home-made cookie prompt (`#fi-cookieconsent`) whose one `div.text` would outscore a
    /// short local news story: the prompt is dropped, the story is the body.
    #[test]
    fn a_cookieconsent_prompt_is_not_the_article() {
        let page = r#"<html><body>
            <div id="fi-cookieconsent"><div class="text"><span>Cookies erleichtern die
            Bereitstellung unserer Dienste. Mit der Nutzung unserer Dienste erklären Sie sich
            damit einverstanden, dass wir Cookies verwenden.</span> <a id="close">OK</a>
            <a href="/Verlag/Datenschutz">Weitere Informationen</a></div></div>
            <div id="website" class="Wcms News container">
            <header class="site-header"><nav><a href="/">Startseite</a></nav></header>
            <div class="row"><div class="col-md-8"><div class="WcmsModule row">
            <article class="col-xs-12"><div class="StoryShowBox"><h1>Trinkwasser belastet</h1>
            <p class="intro">Am Samstag warnte die Gemeinde vor belastetem Leitungswasser.</p>
            </div><div class="StoryShowBody"><div class="StoryShowBaseTextBox">
            <p>Auf Nachfrage führte die Gemeinde aus, dass geringe Mengen des Bakteriums bei
            routinemässigen Proben gefunden wurden.</p>
            <p>Das Bakterium gilt als Indikator für eine Verunreinigung. Der Grenzwert im
            Trinkwasser liegt bei Null.</p>
            <p>Die Ursache der Verunreinigung ist noch unklar.</p></div></div></article>
            </div></div></div><footer><p>Impressum</p></footer></div></body></html>"#;
        let article = crate::extract(page, None).expect("extracts");
        let text = article.text();
        assert!(text.contains("geringe Mengen des Bakteriums"), "{text}");
        assert!(text.contains("Die Ursache der Verunreinigung"), "{text}");
        assert!(!text.contains("Cookies erleichtern"), "{text}");
    }

    /// A shop's product page: the customers' reviews in a reviews widget (Judge.me's `jdgm-`
    /// classes) are longer than the product's description, but they are comments: the body is
    /// the description.
    #[test]
    fn a_product_reviews_widget_is_not_the_body() {
        let review = "<div class=\"jdgm-rev\"><div class=\"jdgm-rev__body\"><p>Der Kaffee \
                      wurde sehr schnell geliefert und hat beim Öffnen lecker geduftet. Wir \
                      verwenden eine Siebträgermaschine, der Mahlgrad ist sehr fein \
                      eingestellt, und es schmeckt einfach klasse.</p></div></div>";
        let page = format!(
            r#"<html><body><header><nav><a href="/">Shop</a></nav></header>
            <div class="product"><h1 class="product_name">Sidamo Bio Bohnen</h1>
            <div class="description"><p>Alle unsere Kaffees sind bio-zertifiziert und stammen
            aus fairem Direkthandel mit Kleinbauern in den Anbauländern, so auch diese Bohne.
            So stellen wir sicher, dass für den Rohkaffee faire Preise gezahlt werden.</p></div>
            </div><div class="jdgm-widget jdgm-review-widget"><div class="jdgm-rev-widg__reviews">
            {review}{review}{review}</div></div></body></html>"#
        );
        let article = crate::extract(&page, None).expect("extracts");
        let text = article.text();
        assert!(text.contains("aus fairem Direkthandel"), "{text}");
        assert!(!text.contains("sehr schnell geliefert"), "{text}");
    }

    /// A poll set in the article (question, options, "Vota") goes; an element named after
    /// polls that holds the story's prose (an election analysis) stays.
    #[test]
    fn a_poll_in_the_article_goes_and_prose_about_polls_stays() {
        let para = "<p>Da lunedì la zona a traffico limitato del centro storico si estende a sei \
                    nuove vie, tra cui via Garibaldi e corso Cavour, ha deciso la giunta.</p>";
        let page = format!(
            r#"<html><body><article><h1>Ztl</h1>{para}{para}
            <div class="poll"><h4>Sondaggio</h4><p>Sei favorevole all'estensione?</p>
            <ul><li><label><input type="radio"> Sì</label></li><li><label><input type="radio">
            No</label></li></ul><button>Vota</button></div>{para}</article></body></html>"#
        );
        let text = crate::extract(&page, None).expect("extracts").text();
        assert!(text.contains("corso Cavour"), "{text}");
        assert!(!text.contains("Sei favorevole"), "{text}");
        let para = "<p>The latest polls show the governing party six points behind, a gap that \
                    has barely moved since the campaign began in the spring.</p>";
        let page = format!(
            r#"<html><body><div class="poll-analysis"><h1>Polls</h1>{para}{para}{para}{para}
            {para}</div></body></html>"#
        );
        let text = crate::extract(&page, None).expect("extracts").text();
        assert!(text.contains("six points behind"), "{text}");
        // French "enquête" is an investigation: a box of the story's own reporting stays.
        let para = "<p>Le conseil municipal a décidé lundi, après un long débat, d'étendre la \
                    zone piétonne du centre historique à six nouvelles rues.</p>";
        let page = format!(
            r#"<html lang="fr"><body><article><h1>Loyers</h1>{para}{para}
            <div class="enquete"><p>Notre enquête montre que les loyers ont augmenté de douze
            pour cent en deux ans dans le centre-ville.</p></div>{para}</article></body></html>"#
        );
        let text = crate::extract(&page, None).expect("extracts").text();
        assert!(text.contains("douze"), "{text}");
    }

    /// A box named after the author under the text (the writer's photo, name and position)
    /// goes; a wrapper named `entry-author` that holds the story stays.
    #[test]
    fn an_author_box_under_the_text_goes() {
        let para = "<p>Die Streamingdienste verlieren in diesem Jahr erstmals Kunden, weil viele \
                    Haushalte ihre Abonnements kündigen und nur noch einen Dienst behalten.</p>";
        let page = format!(
            r#"<html><body><article><h1>Streaming</h1><div class="atc-Text">{para}{para}{para}
            <div class="cbx-Author"><p class="cbx-Author_Name">Benjamin Fischer</p>
            <p class="cbx-Author_Position">Redakteur in der Wirtschaft.</p></div></div>
            </article></body></html>"#
        );
        let text = crate::extract(&page, None).expect("extracts").text();
        assert!(text.contains("Die Streamingdienste verlieren"), "{text}");
        assert!(!text.contains("Redakteur in der Wirtschaft"), "{text}");
        let page = format!(
            r#"<html><body><div class="entry-author-wrap"><h1>Streaming</h1>
            {para}{para}{para}</div></body></html>"#
        );
        let text = crate::extract(&page, None).expect("extracts").text();
        assert!(text.contains("Die Streamingdienste verlieren"), "{text}");
        // A bio long enough to read as prose is still the writer's box.
        let bio = "Supervisor und Coach für erfolgreiches Lernen, Lehren und Leiten, Lehrer an \
                   einem beruflichen Schulzentrum in Freiburg, bloggt gelegentlich zu Lernen, \
                   Entwickeln, Leiten und Unterrichten und zu kollaborativem Arbeiten. ";
        let page = format!(
            r#"<html><body><div id="main"><h1>Streaming</h1><div class="entry-content">
            {para}{para}{para}{para}{para}{para}</div><div id="entry-author-info">
            <h2>Über Michael</h2><p>{bio}{bio}{bio}</p></div></div></body></html>"#
        );
        let text = crate::extract(&page, None).expect("extracts").text();
        assert!(text.contains("Die Streamingdienste verlieren"), "{text}");
        assert!(!text.contains("bloggt gelegentlich"), "{text}");
    }

    #[test]
    fn token_rule_is_the_first_prefix_of_the_table() {
        use super::*;
        let by_scan = |token: &str| {
            TOKEN_PREFIXES
                .iter()
                .find(|(p, _)| !p.is_empty() && token.starts_with(p))
                .map(|&(_, r)| r)
        };
        let mut tokens: Vec<String> = vec![String::new(), "a".into(), "x".into(), "é".into()];
        for &(p, _) in TOKEN_PREFIXES {
            tokens.push(p.to_string());
            tokens.push(format!("{p}-x"));
            if let Some(short) = p.get(..p.len().saturating_sub(1)) {
                tokens.push(short.to_string());
            }
        }
        for t in &tokens {
            assert_eq!(token_rule(t), by_scan(t), "{t}");
        }
        assert!(token_rule("onetrust-banner-sdk").is_some());
        assert!(token_rule("banner-onetrust").is_none());
    }

    #[test]
    fn word_facts_agree_with_the_tables() {
        use super::*;
        let mut words: Vec<&str> = WORDS.iter().map(|&(w, _)| w).collect();
        words.extend(CONTENT_WORDS);
        words.extend(MODIFIER_WORDS);
        words.extend(WORD_PAIRS.iter().flat_map(|&(a, b, _)| [a, b]));
        words.extend(["sidebar", "nothing", "", "xyz"]);
        for w in words {
            let facts = word_facts(w);
            assert_eq!(facts.rule, word_rule(w), "{w}");
            assert_eq!(facts.content, CONTENT_WORDS.contains(&w), "{w}");
            assert_eq!(facts.modifier, MODIFIER_WORDS.contains(&w), "{w}");
            assert_eq!(
                facts.pair_first,
                WORD_PAIRS.iter().any(|&(a, _, _)| a == w),
                "{w}"
            );
        }
        assert_eq!(token_rule(""), None);
        assert_eq!(token_rule("onetrust-banner"), Some(Rule::Consent));
    }
}

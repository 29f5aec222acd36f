//! The spelling of the site's name. Sites often give `og:site_name` as their host ("nos.nl",
//! "www.rts.rs", "NDTV.com") or with its case or accents lost ("telex", "TUOI TRE ONLINE"), while
//! the JSON-LD publisher or the end of `<title>` spells it as readers see it ("NOS", "Telex",
//! "Tuổi Trẻ Online"). A name that is a brand written as a host ("KOMPAS.com", "iDNES.cz") is
//! kept: the other spelling must be the same name without the host's parts.

use super::clean::fold;

/// Most words of a `<title>` segment taken as the site's name in place of a bare host.
const MAX_SITE_WORDS: usize = 3;

/// How another spelling relates to the chosen site name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Respelling {
    /// The same name, better spelt: "NOS" for "nos.nl", "Telex" for "telex", "Tuổi Trẻ Online"
    /// for "TUOI TRE ONLINE".
    SameName,
    /// A short name in place of the page's host with its `www.` ("РТС" for "www.rts.rs"): to
    /// be confirmed, since a `<title>` may end with a section.
    NameForHost,
    /// A name in capitals written in mixed case ("PCMag" for "PCMAG"): capitals may be the
    /// brand's own casing ("WIRED"), so only the publisher's own record (JSON-LD) respells it.
    CaseOfCapitals,
}

/// Whether `alt` spells the site name `name` better: `name` is a host form and `alt` is its
/// name without `www.` and the top-level domain; or `name` has lost its case or accents and
/// `alt` has them; or `name` is the page host with its `www.` and `alt` a short name.
pub(crate) fn respelling(name: &str, alt: &str, page_host: Option<&str>) -> Option<Respelling> {
    let (name, alt) = (name.trim(), alt.trim());
    if alt.is_empty() || alt == name || is_host_form(alt) {
        return None;
    }
    if is_host_form(name) {
        if super::title::host_label(name).is_some_and(|h| h == fold(alt)) {
            return Some(Respelling::SameName);
        }
        // "www.rts.rs" is no brand: any short name is better. "iDNES.cz" may be one, but not
        // in place of a name in another script ("Πρώτο Νέο" for "protoneo.gr"): a brand
        // written as a host is written in the script of its name.
        let own_host = page_host.is_some_and(|h| same_host(name, h));
        let other_script = !alt.chars().any(|c| c.is_ascii_alphabetic());
        let bare_host = own_host && (without_www(name).is_some() || other_script);
        return (bare_host && alt.split_whitespace().count() <= MAX_SITE_WORDS)
            .then_some(Respelling::NameForHost);
    }
    if let Some(lost) = lost_case_or_accents(name, alt) {
        return Some(lost);
    }
    // "Prothomalo" on prothomalo.com: the host's name romanised, where the site writes its
    // name in its own script ("প্রথম আলো").
    let host_name = page_host.and_then(super::title::host_label);
    let romanised_host = host_name.is_some_and(|h| h.len() >= 4 && h == fold(name));
    let other_script = !alt.chars().any(|c| c.is_ascii_alphabetic());
    (romanised_host && other_script && alt.split_whitespace().count() <= MAX_SITE_WORDS)
        .then_some(Respelling::NameForHost)
}

/// `www.example.co.uk`, `nos.nl`, `NDTV.com`, `site.network`: no space, and a dot before a
/// final part of two to seven ASCII letters.
pub(super) fn is_host_form(s: &str) -> bool {
    !s.contains(char::is_whitespace)
        && s.rsplit_once('.').is_some_and(|(head, tld)| {
            !head.is_empty()
                && (2..=7).contains(&tld.len())
                && tld.bytes().all(|b| b.is_ascii_alphabetic())
        })
}

/// Whether a host-form name is the page's site: the same registrable name ("www.rts.rs" on
/// `www.rts.rs`, `m.rts.rs` or a mirror under another top-level domain).
fn same_host(name: &str, host: &str) -> bool {
    let label = |s: &str| super::title::host_label(s.trim());
    label(name).is_some_and(|n| Some(n) == label(host))
}

/// The host after its `www.` (any case), when it opens with one.
fn without_www(s: &str) -> Option<&str> {
    s.get(..4)
        .filter(|p| p.eq_ignore_ascii_case("www."))
        .and_then(|_| s.get(4..))
}

/// `name` is all lower or all upper case and `alt` is the same words in mixed case, accents
/// allowed where `name` has plain ASCII letters ("TUOI TRE ONLINE" / "Tuổi Trẻ Online"). A name
/// in lower case ("telex") or that lost its accents is the same name, better spelt; a name in
/// capitals differing in case alone ("WIRED" / "Wired") may be the brand's own casing.
fn lost_case_or_accents(name: &str, alt: &str) -> Option<Respelling> {
    let has_upper = |s: &str| s.chars().any(char::is_uppercase);
    let has_lower = |s: &str| s.chars().any(char::is_lowercase);
    let flat = !(has_upper(name) && has_lower(name));
    let mixed = has_upper(alt) && has_lower(alt);
    if !(flat && mixed) {
        return None;
    }
    // A mark the flat form drops ("PAGINA12" for "Página|12", the bar of the paper's name):
    // compared without the marks `name` does not have.
    let kept = |c: &char| c.is_alphanumeric() || c.is_whitespace() || name.contains(*c);
    let dropped_marks = alt.chars().any(|c| !kept(&c));
    let alt_letters: String = alt.chars().filter(kept).collect();
    if name.chars().count() != alt_letters.chars().count() {
        return None;
    }
    let mut accents = dropped_marks;
    let same = name.chars().zip(alt_letters.chars()).all(|(a, b)| {
        if a.to_lowercase().eq(b.to_lowercase()) {
            return true;
        }
        let restored = a.is_ascii_alphabetic() && b.is_alphabetic() && !b.is_ascii();
        accents |= restored;
        restored
    });
    if !same {
        None
    } else if accents || !has_upper(name) {
        Some(Respelling::SameName)
    } else {
        Some(Respelling::CaseOfCapitals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn better_spelling(name: &str, alt: &str, host: Option<&str>) -> bool {
        respelling(name, alt, host).is_some()
    }

    #[test]
    fn host_forms_yield_to_the_name() {
        assert!(better_spelling("nos.nl", "NOS", Some("nos.nl")));
        assert!(better_spelling("Ara.cat", "Ara", Some("www.ara.cat")));
        assert!(better_spelling("NDTV.com", "NDTV", None));
        // The host's registrable name, not its first label.
        assert!(better_spelling("edition.cnn.com", "CNN", None));
        assert!(better_spelling("www.bbc.co.uk", "BBC", None));
        assert!(!better_spelling("edition.cnn.com", "Edition", None));
        // The bare page host yields to a short name of another script.
        assert!(better_spelling("www.rts.rs", "РТС", Some("www.rts.rs")));
        // A brand written as a host keeps its name when the other spelling is the host too.
        assert!(!better_spelling("KOMPAS.com", "Kompas.com", None));
        assert!(!better_spelling("iDNES.cz", "Zprávy", Some("www.idnes.cz")));
        // Only a host with its "www." yields to any short name.
        assert!(better_spelling(
            "www.dn.se",
            "Dagens Nyheter",
            Some("www.dn.se")
        ));
        assert!(!better_spelling(
            "DN.se",
            "Dagens Nyheter",
            Some("www.dn.se")
        ));
        assert!(!better_spelling(
            "www.dn.se",
            "Dagens Nyheter",
            Some("www.example.com")
        ));
        // The same registrable name on another host of the site.
        assert!(better_spelling("www.rts.rs", "РТС", Some("m.rts.rs")));
        // The page's own host without "www." yields to a name in another script only.
        assert!(better_spelling(
            "protoneo.gr",
            "Πρώτο Νέο",
            Some("www.protoneo.gr")
        ));
        assert!(!better_spelling(
            "protoneo.gr",
            "Πρώτο Νέο",
            Some("www.example.gr")
        ));
    }

    #[test]
    fn lost_case_and_accents_are_restored() {
        assert!(better_spelling("telex", "Telex", None));
        // A bar the capitals dropped, with the accent (Página/12's own "Página|12").
        assert_eq!(
            respelling("PAGINA12", "Página|12", None),
            Some(Respelling::SameName)
        );
        assert!(!better_spelling("PAGINA12", "Página|13", None));
        assert!(!better_spelling("PAGINA12", "Página", None));
        assert!(better_spelling("TUOI TRE ONLINE", "Tuổi Trẻ Online", None));
        // A name in capitals differing in case alone may be the brand's casing.
        assert_eq!(
            respelling("WIRED", "Wired", Some("www.wired.com")),
            Some(Respelling::CaseOfCapitals)
        );
        // A brand in lower case is kept when the other spelling is all capitals.
        assert!(!better_spelling("g1", "G1", None));
        assert!(!better_spelling("ynet", "ynet", None));
        // Other words: kept.
        assert!(!better_spelling("telex", "Index", None));
        // A romanised host name yields to the name in the site's script, to be confirmed.
        assert_eq!(
            respelling("Prothomalo", "প্রথম আলো", Some("www.prothomalo.com")),
            Some(Respelling::NameForHost)
        );
        assert_eq!(
            respelling("Prothomalo", "Prothom Alo", Some("www.prothomalo.com")),
            None
        );
        // A section in Latin letters is no other script.
        assert_eq!(
            respelling(
                "Correio Braziliense",
                "Política",
                Some("www.correiobraziliense.com.br")
            ),
            None
        );
        // Accents are restored on ASCII letters only.
        assert!(!better_spelling("Η ΚΑΘΗΜΕΡΙΝΗ", "Η Καθημερινή", None));
    }
}

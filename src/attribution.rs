//! Credit lines: the attribution a news page prints at the start or the end of the article text.
//!
//! Reuters ends a story with "(Reporting by X in Paris; Editing by Y)", a wire-fed site with
//! "Avec AFP" or "Mit Material von dpa", a small publisher with "Edited By Ali Musa" and a desk
//! line "Axadle Times International – Monitoring.". Those lines are metadata, not text: [`take`]
//! moves them out of the body into [`Credit`]s.
//!
//! A line is attribution only when the WHOLE line is: it is short, and it is one of
//! - a sequence of credit phrases from the tables below, each followed by names
//!   ("Reporting by X; Editing by Y", "Photo: X / AFP", "Avec AFP");
//! - a bare agency tag ("(Reuters)", "— AFP", "dpa/lnw", "jol/dpa");
//! - a desk line: a name followed by a desk word ("X – Monitoring.", "X News Desk");
//! - in the body's final block only, a byline ("Par X", "Von X").
//!
//! "Names" means capitalised words, initials, name particles ("de", "van", "al-") and agency
//! names, never a sentence: "The bill was edited by committee members" stays in the body.
//!
//! Datelines ("WASHINGTON (Reuters) - ...") stay in the text; [`dateline_credits`] reads their
//! agency.

use aho_corasick::AhoCorasick;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::article::{Block, Credit, CreditRole as R, Inline};
use crate::metadata::people;

/// Paragraphs examined from the end of the body, walking backwards.
const MAX_TAIL_BLOCKS: usize = 4;
/// Paragraphs examined from the start of the body.
const MAX_HEAD_BLOCKS: usize = 2;
/// Lines of one paragraph examined (from its end or its start).
const MAX_LINES: usize = 6;
/// A credit line is short: longer lines are text. Reuters' longest sequences
/// ("Reporting by A, B and C in X; Additional reporting by ...; Editing by ...") fit.
const MAX_LINE_BYTES: usize = 400;
/// Words in a whole credit line (a sequence of several phrases).
const MAX_LINE_WORDS: usize = 60;
/// Words after one phrase ("Edited by" + up to this many words of names).
const MAX_NAMES_WORDS: usize = 25;
/// Words in one name ("Juan Carlos de la Fuente Rodríguez", "Office for National Statistics").
const MAX_NAME_WORDS: usize = 8;
/// Characters in one word of a name.
const MAX_WORD_CHARS: usize = 30;
/// Phrases in one `;`-separated segment ("Reporting by X. Editing by Y.").
const MAX_PHRASES: usize = 8;
/// `;`-separated segments in one line.
const MAX_SEGMENTS: usize = 10;
/// Credits returned by [`take`] in all.
const MAX_CREDITS: usize = 32;
/// A bare agency tag line ("dpa/AFP", "(Reuters)") is at most this long.
const MAX_TAG_BYTES: usize = 80;
/// A desk line is at most this long.
const MAX_DESK_BYTES: usize = 120;
/// Bytes of the first paragraph read for a dateline.
const DATELINE_SCAN_BYTES: usize = 200;
/// The place and date before a dateline's "(Agency)" are at most this long.
const MAX_PLACE_BYTES: usize = 80;
/// Words in a dateline's place and date ("LOS ANGELES, 5 de marzo de 2024").
const MAX_PLACE_WORDS: usize = 9;

/// What must follow a phrase before the names start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum After {
    /// A space, an optional colon allowed: "Edited by X", "Edited by: X".
    Space,
    /// A colon, spaces allowed before it (French typography): "Photo: X", "Source : X".
    Colon,
}

/// What a phrase may be followed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Names {
    /// People or organisations: capitalised words, initials, particles, agency names.
    People,
    /// News agencies only (or the word "agencies"): the short "With AFP" forms, where "with" or
    /// "con" followed by anything else is ordinary text or a name ("Con Coughlin").
    Agencies,
    /// Agencies (the phrase's role), or people, who contributed reporting: French "avec" in a
    /// closing line ("(avec Reuters)", "(Reportage X, avec Y)").
    AgenciesOrContributors,
}

/// One entry of a phrase table.
#[derive(Debug)]
struct Phrase {
    /// The phrase in lower case, without its colon.
    text: &'static str,
    /// The role of the names that follow.
    role: R,
    /// What separates the phrase from the names.
    after: After,
    /// What the names may be.
    names: Names,
}

/// A phrase followed by names: "Edited by X".
const fn by(text: &'static str, role: R) -> Phrase {
    Phrase {
        text,
        role,
        after: After::Space,
        names: Names::People,
    }
}

/// A label, a colon and names: "Photo: X".
const fn label(text: &'static str, role: R) -> Phrase {
    Phrase {
        text,
        role,
        after: After::Colon,
        names: Names::People,
    }
}

/// A word followed by agencies, or by the people who contributed reporting: "(avec
/// Reuters)", "(Reportage X, avec Y)".
const fn with_or_contributors(text: &'static str) -> Phrase {
    Phrase {
        text,
        role: R::Agency,
        after: After::Space,
        names: Names::AgenciesOrContributors,
    }
}

/// A word followed by agencies only: "With AFP".
const fn with(text: &'static str, role: R) -> Phrase {
    Phrase {
        text,
        role,
        after: After::Space,
        names: Names::Agencies,
    }
}

/// English: the Reuters/AP end sequence ("Reporting by ...; Editing by ..."), USA Today's
/// "Contributing:", picture credits ("Photo: X", "Photo by X"), sourcing ("Source: X") and the
/// wire credits of sites that rewrite agency copy ("With AFP", "Via Reuters").
const EN: &[Phrase] = &[
    by("edited by", R::Editing),
    by("editing by", R::Editing),
    label("editing", R::Editing),
    label("editor", R::Editing),
    label("editors", R::Editing),
    by("reporting by", R::Reporting),
    by("reported by", R::Reporting),
    label("reporting", R::Reporting),
    label("reporter", R::Reporting),
    label("reporters", R::Reporting),
    by("additional reporting by", R::AdditionalReporting),
    by("additional reporting from", R::AdditionalReporting),
    label("additional reporting", R::AdditionalReporting),
    by("with additional reporting by", R::AdditionalReporting),
    by("with additional reporting from", R::AdditionalReporting),
    label("contributing", R::AdditionalReporting),
    label("contributors", R::AdditionalReporting),
    by("writing by", R::Writing),
    by("written by", R::Writing),
    by("compiled by", R::Writing),
    by("translated by", R::Translation),
    by("translation by", R::Translation),
    label("translation", R::Translation),
    by("photo by", R::Photo),
    by("photos by", R::Photo),
    by("photograph by", R::Photo),
    by("photographs by", R::Photo),
    by("photography by", R::Photo),
    label("photo", R::Photo),
    label("photos", R::Photo),
    label("photograph", R::Photo),
    label("photography", R::Photo),
    label("photo credit", R::Photo),
    label("image", R::Photo),
    label("images", R::Photo),
    label("image credit", R::Photo),
    label("picture", R::Photo),
    label("pictures", R::Photo),
    label("source", R::Source),
    label("sources", R::Source),
    with("with", R::Agency),
    with("via", R::Source),
];

/// French: "Édité par", "Édition :", wire credits ("Avec AFP", "(avec Reuters)"), interview
/// credits ("Propos recueillis par", the reporter), "Rédigé par", translation and pictures.
const FR: &[Phrase] = &[
    by("édité par", R::Editing),
    label("édition", R::Editing),
    by("propos recueillis par", R::Reporting),
    by("rédigé par", R::Writing),
    by("écrit par", R::Writing),
    by("traduit par", R::Translation),
    label("traduction", R::Translation),
    label("source", R::Source),
    label("sources", R::Source),
    label("photo", R::Photo),
    label("photos", R::Photo),
    label("crédit photo", R::Photo),
    label("crédits photo", R::Photo),
    with_or_contributors("avec"),
    // Reuters' French closing: "(Reportage X, avec Y; version française Z, édité par W)"
    by("reportage", R::Reporting),
    by("version française", R::Translation),
];

/// German: agency material ("Mit Material von dpa", "mit dpa"), "Quelle:", the editor
/// ("Redaktion:", "Bearbeitet von"), "Text:", pictures ("Foto:", "Bild:") and translation.
const DE: &[Phrase] = &[
    by("mit material von", R::Agency),
    by("mit material der", R::Agency),
    by("mit material des", R::Agency),
    by("unter verwendung von material der", R::Agency),
    with("mit", R::Agency),
    label("quelle", R::Source),
    label("quellen", R::Source),
    label("redaktion", R::Editing),
    by("bearbeitet von", R::Editing),
    label("bearbeitung", R::Editing),
    by("geschrieben von", R::Writing),
    label("text", R::Writing),
    label("foto", R::Photo),
    label("fotos", R::Photo),
    label("bild", R::Photo),
    label("bilder", R::Photo),
    by("übersetzt von", R::Translation),
    label("übersetzung", R::Translation),
];

/// Spanish: wire credits ("Con información de Reuters", "Con agencias"), the editor ("Editado
/// por", "Edición de"), "Redacción:" (the writer), "Fuente:", pictures and translation.
const ES: &[Phrase] = &[
    by("con información de", R::Agency),
    with("con", R::Agency),
    by("editado por", R::Editing),
    by("edición de", R::Editing),
    label("edición", R::Editing),
    // Reuters' Spanish closing: "(Reporte de X; reporte adicional de Y; editado en español
    // por Z)"
    by("reporte de", R::Reporting),
    by("reportaje de", R::Reporting),
    by("reporte adicional de", R::AdditionalReporting),
    by("editado en español por", R::Editing),
    label("redacción", R::Writing),
    by("escrito por", R::Writing),
    label("texto", R::Writing),
    label("fuente", R::Source),
    label("fuentes", R::Source),
    label("foto", R::Photo),
    label("fotos", R::Photo),
    label("fotografía", R::Photo),
    label("imagen", R::Photo),
    by("traducido por", R::Translation),
    label("traducción", R::Translation),
];

/// Portuguese: wire credits ("Com informações de", "Com Reuters"), the editor ("Editado por",
/// "Edição:"), the reporter ("Reportagem de"), "Fonte:", pictures and translation.
const PT: &[Phrase] = &[
    by("com informações de", R::Agency),
    by("com informações da", R::Agency),
    by("com informações do", R::Agency),
    by("com informações das", R::Agency),
    by("com informações dos", R::Agency),
    with("com", R::Agency),
    by("editado por", R::Editing),
    by("edição de", R::Editing),
    label("edição", R::Editing),
    by("reportagem de", R::Reporting),
    label("reportagem", R::Reporting),
    by("escrito por", R::Writing),
    label("fonte", R::Source),
    label("fontes", R::Source),
    label("foto", R::Photo),
    label("fotos", R::Photo),
    label("imagem", R::Photo),
    by("traduzido por", R::Translation),
    label("tradução", R::Translation),
];

/// Italian: wire credits ("Con Ansa"), the editor ("A cura di", "Modificato da"), "Fonte:",
/// "Testo:", pictures and translation.
const IT: &[Phrase] = &[
    with("con", R::Agency),
    by("a cura di", R::Editing),
    by("modificato da", R::Editing),
    by("scritto da", R::Writing),
    label("testo", R::Writing),
    label("fonte", R::Source),
    label("fonti", R::Source),
    label("foto", R::Photo),
    by("tradotto da", R::Translation),
    by("traduzione di", R::Translation),
    label("traduzione", R::Translation),
];

/// Dutch and Polish: sourcing ("Bron:", "Źródło:"), pictures and the editor.
const NL_PL: &[Phrase] = &[
    label("bron", R::Source),
    label("bronnen", R::Source),
    by("bewerkt door", R::Editing),
    label("foto", R::Photo),
    label("źródło", R::Source),
    label("źródła", R::Source),
    label("fot", R::Photo),
    label("zdjęcie", R::Photo),
    by("opracowanie", R::Editing),
    label("redakcja", R::Editing),
];

/// Russian and Ukrainian: the author, the editor, the source, pictures and translation.
const RU_UK: &[Phrase] = &[
    label("автор", R::Writing),
    label("авторы", R::Writing),
    label("автори", R::Writing),
    label("текст", R::Writing),
    label("редактор", R::Editing),
    label("редакторы", R::Editing),
    label("редактори", R::Editing),
    label("выпускающий редактор", R::Editing),
    label("источник", R::Source),
    label("джерело", R::Source),
    label("фото", R::Photo),
    label("перевод", R::Translation),
    label("переклад", R::Translation),
];

/// Turkish, Indonesian and Malay, Vietnamese: the writer ("Yazar:", "Penulis:", "Tác giả:"),
/// the reporter ("Muhabir:", "Pewarta:", "Phóng viên:"), the editor ("Editör:",
/// "Penyunting:", "Biên tập:"), the source and pictures.
const TR_ID_VI: &[Phrase] = &[
    label("yazar", R::Writing),
    label("haber", R::Reporting),
    label("muhabir", R::Reporting),
    label("kaynak", R::Source),
    label("editör", R::Editing),
    // Turkish "Düzenleyen: X" (edited by), the desk's editor under a news-centre story
    label("düzenleyen", R::Editing),
    label("fotoğraf", R::Photo),
    label("çeviri", R::Translation),
    label("penulis", R::Writing),
    label("pewarta", R::Reporting),
    label("wartawan", R::Reporting),
    // Indonesian "report" (by): "Laporan: X"
    label("laporan", R::Reporting),
    label("penyunting", R::Editing),
    by("disunting oleh", R::Editing),
    by("diedit oleh", R::Editing),
    // Swahili: "Imehaririwa na X" (edited by X).
    by("imehaririwa na", R::Editing),
    // Somali: "Tifaftiray: X", "Waxaa tifaftiray X" (edited by X), "Qoraa: X" (writer).
    label("tifaftiray", R::Editing),
    label("tifaftire", R::Editing),
    by("waxaa tifaftiray", R::Editing),
    label("qoraa", R::Writing),
    label("redaktur", R::Editing),
    label("sumber", R::Source),
    label("penerjemah", R::Translation),
    label("tác giả", R::Writing),
    label("phóng viên", R::Reporting),
    label("biên tập", R::Editing),
    label("biên tập viên", R::Editing),
    label("nguồn", R::Source),
    label("ảnh", R::Photo),
    // Uzbek (Cyrillic and Latin), Turkmen, Kazakh, Kyrgyz, Tajik, Azerbaijani: author
    // ("Муаллиф:", "Muallif:", "Awtor:", "Автор:" is in RU_UK), editor ("Муҳаррир:",
    // "Muharrir:"). Not "Redaktor:", a staff writer in Czech and Slovak.
    label("муаллиф", R::Writing),
    label("muallif", R::Writing),
    label("awtor", R::Writing),
    label("müəllif", R::Writing),
    label("муҳаррир", R::Editing),
    label("muharrir", R::Editing),
];

/// Arabic, Persian and Hindi: "بقلم" (by the pen of), the editor ("تحرير:", "ویراستار:",
/// "संपादक:"), the source, pictures and translation.
const AR_FA_HI: &[Phrase] = &[
    by("بقلم", R::Writing),
    label("كتب", R::Writing),
    label("تحرير", R::Editing),
    label("المحرر", R::Editing),
    label("المصدر", R::Source),
    label("تصوير", R::Photo),
    label("ترجمة", R::Translation),
    label("نویسنده", R::Writing),
    label("ویراستار", R::Editing),
    // Persian "editing" beside "editor"
    label("ویرایش", R::Editing),
    label("منبع", R::Source),
    label("عکس", R::Photo),
    label("ترجمه", R::Translation),
    label("लेखक", R::Writing),
    label("संपादक", R::Editing),
    // Hindi "editing" beside "editor"; "photo"
    label("संपादन", R::Editing),
    label("फोटो", R::Photo),
    label("स्रोत", R::Source),
];

/// Celtic and Bantu languages, Maltese, Malagasy, Faroese and Icelandic: the editor (Irish
/// "Eagarthóir:", Welsh "Golygydd:", Zulu and Xhosa "Umhleli:", Maltese "Editur:") and the
/// writer (Irish "Údar:", Zulu "Umbhali:", Maltese "Awtur:", Malagasy "Mpanoratra:", Faroese
/// "Tekstur:", Icelandic "Höfundur:").
const CELTIC_AFRICAN_ISLANDS: &[Phrase] = &[
    label("eagarthóir", R::Editing),
    label("údar", R::Writing),
    label("golygydd", R::Editing),
    label("umhleli", R::Editing),
    label("umbhali", R::Writing),
    label("editur", R::Editing),
    label("awtur", R::Writing),
    label("mpanoratra", R::Writing),
    label("tekstur", R::Writing),
    label("höfundur", R::Writing),
];

/// Greek, Hebrew and Thai: the editor ("Επιμέλεια:", "עריכה:", "บรรณาธิการ:", Thai news's
/// "เรียบเรียง:", the rewriter of agency copy), the writer, the source, pictures and translation.
const EL_HE_TH: &[Phrase] = &[
    label("επιμέλεια", R::Editing),
    label("συντάκτης", R::Writing),
    label("κείμενο", R::Writing),
    label("πηγή", R::Source),
    label("φωτογραφία", R::Photo),
    label("φωτογραφίες", R::Photo),
    label("μετάφραση", R::Translation),
    label("עריכה", R::Editing),
    label("עורך", R::Editing),
    label("עורכת", R::Editing),
    label("צילום", R::Photo),
    label("מקור", R::Source),
    label("תרגום", R::Translation),
    label("บรรณาธิการ", R::Editing),
    label("เรียบเรียง", R::Editing),
    label("ผู้เขียน", R::Writing),
    label("ภาพ", R::Photo),
    label("ที่มา", R::Source),
    label("แปล", R::Translation),
];

/// Dutch ("Eindredactie:"), the Nordic languages ("Redaktör:", "Redigeret af", "Kilde:"),
/// Finnish ("Toimittaja:" is the reporter), Czech and Slovak, Hungarian ("Szerkesztő:"),
/// Romanian, and the South Slavic languages ("Urednik:", "Уредник:", "Източник:").
const NL_NORDIC_CENTRAL: &[Phrase] = &[
    // Afrikaans: "Vertaal deur X" (translated by)
    by("vertaal deur", R::Translation),
    label("eindredactie", R::Editing),
    label("redactie", R::Editing),
    label("tekst", R::Writing),
    label("vertaling", R::Translation),
    label("redaktör", R::Editing),
    label("källa", R::Source),
    label("översättning", R::Translation),
    by("redigeret af", R::Editing),
    by("redigert av", R::Editing),
    by("redigerad av", R::Editing),
    label("kilde", R::Source),
    by("oversat af", R::Translation),
    by("oversatt av", R::Translation),
    label("toimittaja", R::Reporting),
    // Estonian "Toimetaja:" is the editor (Finnish "toimittaja" the reporter).
    label("toimetaja", R::Editing),
    label("toimetajad", R::Editing),
    label("lähde", R::Source),
    label("kuva", R::Photo),
    label("käännös", R::Translation),
    label("zdroj", R::Source),
    label("překlad", R::Translation),
    label("preklad", R::Translation),
    label("szerkesztő", R::Editing),
    label("szerző", R::Writing),
    label("forrás", R::Source),
    label("fotó", R::Photo),
    label("fordítás", R::Translation),
    // Not Romanian "Redactor:" (the editor): in Spanish and Catalan it names the writer.
    label("sursa", R::Source),
    label("sursă", R::Source),
    label("traducere", R::Translation),
    label("urednik", R::Editing),
    label("urednica", R::Editing),
    by("uredio", R::Editing),
    by("uredila", R::Editing),
    label("autor", R::Writing),
    label("аутор", R::Writing),
    label("izvor", R::Source),
    // Swedish "Redigering:" (editing), TT's regional customers' line under wire copy.
    label("redigering", R::Editing),
    label("уредник", R::Editing),
    label("извор", R::Source),
    label("източник", R::Source),
    label("снимка", R::Photo),
    // Hungarian "Szerkesztette: X" (edited by), Lithuanian "Redagavo X" (edited) and
    // "Redaktorė:"/"Redaktorius:", Latvian "Redaktore:"/"Redaktors:" (the editor), Catalan
    // "Edició:" (editing).
    by("szerkesztette", R::Editing),
    by("redagavo", R::Editing),
    label("redaktorė", R::Editing),
    label("redaktorius", R::Editing),
    label("redaktore", R::Editing),
    label("redaktors", R::Editing),
    label("edició", R::Editing),
];

/// Chinese, Japanese and Korean, with ASCII or full-width colons: the responsible editor
/// ("责任编辑：", "責任編輯：", "編集："), the reporter, the writer, the source ("来源："),
/// pictures and translation.
const ZH_JA_KO: &[Phrase] = &[
    label("责任编辑", R::Editing),
    label("責任編輯", R::Editing),
    label("编辑", R::Editing),
    label("編輯", R::Editing),
    label("编者", R::Editing),
    label("編集", R::Editing),
    label("편집", R::Editing),
    // The picture editor ("图片编辑：金洁"), after the responsible editor on the same line
    label("图片编辑", R::Photo),
    label("圖片編輯", R::Photo),
    label("记者", R::Reporting),
    label("記者", R::Reporting),
    label("本报记者", R::Reporting),
    label("本報記者", R::Reporting),
    label("작성자", R::Writing),
    label("作者", R::Writing),
    label("撰文", R::Writing),
    label("来源", R::Source),
    label("來源", R::Source),
    // "本文来源：新京报" (this article's source), NetEase's closing line on syndicated copy
    label("本文来源", R::Source),
    label("本文來源", R::Source),
    label("出典", R::Source),
    label("출처", R::Source),
    // "기사제공 한빛일보" (article provided by): the paper a Korean portal carries the story of
    by("기사제공", R::Source),
    label("摄影", R::Photo),
    label("攝影", R::Photo),
    label("撮影", R::Photo),
    label("写真", R::Photo),
    label("사진", R::Photo),
    label("翻译", R::Translation),
    label("翻譯", R::Translation),
    label("翻訳", R::Translation),
    label("번역", R::Translation),
];

/// Bylines printed at the foot of an article: "Par X" (fr), "Von X" (de), "By X" (en), "Por X"
/// (es, pt). Taken only in the body's final block: elsewhere such a line is the byline the
/// metadata stage reads, or text.
const FINAL_BYLINES: &[Phrase] = &[
    by("by", R::Writing),
    by("par", R::Writing),
    by("von", R::Writing),
    by("por", R::Writing),
];

/// The phrase tables of every language, folded (see [`fold`]), longest first so that "with
/// additional reporting by" wins over "with" and "con información de" over "con".
static PHRASES: LazyLock<FoldedTable> = LazyLock::new(|| folded_table(PHRASE_TABLES));

/// The phrase tables of every language, as written.
const PHRASE_TABLES: &[&[Phrase]] = &[
    EN,
    FR,
    DE,
    ES,
    PT,
    IT,
    NL_PL,
    RU_UK,
    TR_ID_VI,
    AR_FA_HI,
    EL_HE_TH,
    NL_NORDIC_CENTRAL,
    ZH_JA_KO,
    CELTIC_AFRICAN_ISLANDS,
];

/// [`FINAL_BYLINES`], folded.
static BYLINES: LazyLock<FoldedTable> = LazyLock::new(|| folded_table(&[FINAL_BYLINES]));

/// Phrase tables folded (see [`fold`]) and sorted longest first, with the positions of the
/// phrases by their first folded character, so that [`match_phrase`] tries only the few
/// phrases that can open the text (it runs at every separator of a line).
struct FoldedTable {
    /// The phrases, folded, longest first.
    entries: Vec<(String, &'static Phrase)>,
    /// Positions in `entries` (ascending) by the first folded character; a phrase opening with
    /// a space is under `' '`, and matches text opening with any whitespace.
    by_first: HashMap<char, Vec<usize>>,
}

impl FoldedTable {
    /// The entries that may open `s`, in table order: those whose first character is `s`'s
    /// once folded, and when `s` opens with whitespace, those that open with a space.
    fn candidates(&self, s: &str) -> impl Iterator<Item = &(String, &'static Phrase)> {
        let first = s.chars().next();
        let folded = first.map(fold);
        let none: &[usize] = &[];
        let own = folded
            .and_then(|c| self.by_first.get(&c))
            .map_or(none, Vec::as_slice);
        let space = if first.is_some_and(char::is_whitespace) && folded != Some(' ') {
            self.by_first.get(&' ').map_or(none, Vec::as_slice)
        } else {
            none
        };
        merge_ascending(own, space).filter_map(|i| self.entries.get(i))
    }
}

impl std::ops::Deref for FoldedTable {
    type Target = [(String, &'static Phrase)];

    fn deref(&self) -> &Self::Target {
        &self.entries
    }
}

/// The union of two ascending lists of positions, ascending.
fn merge_ascending<'a>(a: &'a [usize], b: &'a [usize]) -> impl Iterator<Item = usize> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || match (a.get(i), b.get(j)) {
        (Some(&x), Some(&y)) if x <= y => {
            i += 1;
            Some(x)
        }
        (_, Some(&y)) => {
            j += 1;
            Some(y)
        }
        (Some(&x), None) => {
            i += 1;
            Some(x)
        }
        (None, None) => None,
    })
}

/// Folds and sorts phrase tables for [`match_phrase`].
fn folded_table(tables: &[&'static [Phrase]]) -> FoldedTable {
    let mut out: Vec<(String, &'static Phrase)> = tables
        .iter()
        .flat_map(|t| t.iter())
        .map(|p| (p.text.chars().map(fold).collect(), p))
        .collect();
    // Longest first; a phrase shared by two languages ("foto", "editado por") is kept once.
    out.sort_by(|(a, _), (b, _)| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    out.dedup_by(|(a, _), (b, _)| a == b);
    let mut by_first: HashMap<char, Vec<usize>> = HashMap::new();
    for (i, (folded, _)) in out.iter().enumerate() {
        // Every phrase has text (a test checks it), so every one has a first character.
        if let Some(c) = folded.chars().next() {
            by_first.entry(c).or_default().push(i);
        }
    }
    FoldedTable {
        entries: out,
        by_first,
    }
}

/// News agencies credited by name, as they write themselves. Names of five characters or more
/// match in any case; shorter ones ("AP", "dpa", "UNI") only as written, in capitals or
/// capitalised, so that ordinary words ("uni", "pap") never count.
#[rustfmt::skip]
const AGENCIES: &[&str] = &[
    "Reuters", "Thomson Reuters", "AP", "Associated Press", "The Associated Press", "AFP",
    "Agence France-Presse", "Agence France Presse", "dpa", "Deutsche Presse-Agentur", "EFE",
    "Agencia EFE", "ANSA", "Europa Press", "Lusa", "Agência Lusa", "Agência Brasil", "Bloomberg",
    "KNA", "epd", "APA", "SDA", "ATS", "Keystone-SDA", "Keystone-ATS", "PAP", "TASS",
    "RIA Novosti", "Interfax", "Xinhua", "Kyodo", "Kyodo News", "Jiji", "Anadolu",
    "Anadolu Agency", "IANS", "PTI", "UNI", "ANI", "Yonhap", "AAP", "Canadian Press",
    "The Canadian Press", "Belga", "ANP", "Ritzau", "NTB", "ČTK", "MTI", "Notimex",
    "Prensa Latina", "Agerpres", "HINA", "Tanjug", "WAFA", "MENA", "Bernama", "Antara", "UPI",
    "Dow Jones",
    // The other national agencies, by region. Italy: Adnkronos (the second agency), AGI,
    // LaPresse, Askanews, Nova, Dire; Spain: Servimedia; Brazil: Estadão Conteúdo, Folhapress;
    // UK: PA Media; Nordic: TT, STT; Central and Eastern Europe: TASR, BTA, STA, FENA, FoNet,
    // ELTA, BNS, LETA, BelTA, Ukrinform, UNIAN; Greece, Cyprus, Turkey: ANA-MPA, CNA, DHA, İHA;
    // Caucasus and Central Asia: Armenpress, AZERTAC, Kazinform; Middle East: IRNA, ISNA, QNA,
    // NNA; Asia: BSS, UNB, PNA, VNA, Newsis, News1; Americas: Télam, Colprensa, Andina. Not the
    // short names that are words or given names once capitalised ("Map", "Tap", "Spa", "App",
    // "Mia", "Sana", "Kuna", "Nan", "Ena", "Wam"): a line "Map" is not a credit.
    "Adnkronos", "AGI", "LaPresse", "Askanews", "Agenzia Nova", "Agenzia Dire", "Servimedia",
    "Estadão Conteúdo", "Folhapress", "PA Media", "Press Association", "TT", "STT", "TASR",
    "BTA", "STA", "FENA", "FoNet", "ELTA", "BNS", "LETA", "BelTA", "Ukrinform", "UNIAN",
    "ANA-MPA", "CNA", "DHA", "İHA", "Armenpress", "AZERTAC", "Kazinform", "IRNA", "ISNA", "QNA",
    "NNA", "BSS", "UNB", "PNA", "VNA", "Newsis", "News1", "Télam", "Colprensa", "Andina",
    // In their own scripts: Russian, Ukrainian, Belarusian, Greek; Kyodo and Jiji ("（共同）",
    // "（時事）" close Japanese copy), Xinhua, China News Service, Taiwan's CNA; Yonhap, Newsis,
    // News1.
    "ТАСС", "РИА Новости", "Интерфакс", "Укрінформ", "УНІАН", "БелТА", "ΑΠΕ-ΜΠΕ", "共同",
    "共同通信", "時事", "時事通信", "新华社", "新華社", "中新社", "中央社", "연합뉴스", "뉴시스",
    "뉴스1",
];

/// The generic word for wire services, credited as a name: "With agencies", "Avec agences",
/// "Con agencias", "— Agencies" (folded).
#[rustfmt::skip]
const AGENCY_WORDS: &[&str] = &[
    "agencies", "agency", "wires", "agences", "agence", "agenturen", "agencias", "agencia",
    "agenzie",
];

/// dpa's regional services ("dpa/lnw" is dpa's North Rhine-Westphalia desk): a tag made of one
/// of these credits dpa.
const DPA_SERVICES: &[&str] = &[
    "lnw", "lni", "lno", "lby", "lsw", "lhe", "lrs", "lsn", "lsa", "lth", "lbb", "lmv",
];

/// Lower-case words that may stand inside a name, not at its end: nobiliary and patronymic
/// particles ("de", "van", "von", "bin") and the connecting words of organisation names
/// ("Ministry of Health", "Office for National Statistics", "the Associated Press"). A name
/// needs at least as many capitalised words as these and [`DESK_NOUNS`].
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "delle", "degli", "di", "du", "des", "la",
    "le", "lo", "van", "von", "der", "den", "ten", "ter", "zu", "zum", "zur", "al", "el", "bin",
    "ibn", "bint", "ben", "of", "for", "the", "für", "via",
];

/// Lower-case nouns that may end a desk's name: "Reporting by Reuters Tokyo newsroom".
const DESK_NOUNS: &[&str] = &[
    "newsroom",
    "bureau",
    "staff",
    "desk",
    "team",
    "correspondents",
];

/// Words between two names: "X and Y", "X y Y", "X et Y", "X und Y", "X e Y", "X ed Y",
/// "X sowie Y", and the separators written as words ("X / Y", "X - AFP").
const CONJUNCTIONS: &[&str] = &[
    "and", "y", "e", "ed", "et", "und", "sowie", "&", "+", "/", "|", "-", "–", "—",
];

/// Words that start a place after a name: "Reporting by X in Paris", "X at the United
/// Nations", "X à Paris", "X en Madrid", "X em Lisboa", "X aus Berlin", "X from London",
/// "X desde Bogotá".
const LOCATION_WORDS: &[&str] = &["in", "at", "à", "en", "em", "aus", "from", "desde"];

/// Desk words that end a desk line, folded, and whether a dash must separate them from the
/// name. "X – Monitoring." is the publisher's monitoring desk ("BBC Monitoring" without a dash
/// is a service's own name); "X News Desk", "X Desk", "X Newsroom" need no dash; the newsroom
/// words of the other languages ("X – Rédaction", "X – Redaktion") do.
const DESK_WORDS: &[(&str, bool)] = &[
    ("news desk", false),
    ("desk", false),
    ("newsroom", false),
    ("monitoring", true),
    ("redaction", true),
    ("redaktion", true),
    ("redaccion", true),
    ("redazione", true),
    ("redacao", true),
    // Turkish: "news centre", the newsroom ("AA Haber Merkezi", "Gündem Haber TV Haber Merkezi").
    ("haber merkezi", false),
];

/// Names that say which desk rather than whose ("Web Desk", "City Desk"): the desk line is
/// then credited whole (folded).
#[rustfmt::skip]
const DESK_GENERIC: &[&str] = &[
    "web", "news", "online", "digital", "city", "metro", "foreign", "national", "international",
    "world", "sports", "business", "politics", "our", "the",
];

/// Remove credit lines from the start and end of the body; return the credits they carried, in
/// order.
///
/// From the end, up to [`MAX_TAIL_BLOCKS`] paragraphs are examined walking backwards: a paragraph
/// whose lines are all attribution is removed, one whose last lines (after a line break) are
/// attribution loses those lines and ends the walk, anything else (a heading, a figure, a text
/// paragraph) ends it. The first [`MAX_HEAD_BLOCKS`] paragraphs are examined the same way from
/// the start. Headings are never removed. Credits come in this order: start, end, then the
/// agency of a dateline at the start of the first or second paragraph (whose text stays).
pub(crate) fn take(blocks: &mut Vec<Block>) -> Vec<Credit> {
    // From the end: each entry is one paragraph's credits, last paragraph first.
    let mut tail: Vec<Vec<Credit>> = Vec::new();
    if let Some(name) = signature(blocks) {
        blocks.pop();
        tail.push(vec![Credit::new(R::Writing, name)]);
    } else if let Some(Block::Paragraph { content }) = blocks.last_mut()
        && let Some(names) = cut_bracket_signature(content)
    {
        tail.push(names);
    } else if let Some(Block::Paragraph { content }) = blocks.last_mut()
        && let Some(editor) = cut_glued_editor_tag(content)
    {
        tail.push(editor);
    }
    for _ in 0..MAX_TAIL_BLOCKS {
        let Some(Block::Paragraph { content }) = blocks.last_mut() else {
            break;
        };
        // The paragraph being examined is the body's final block (any later one was credits).
        match take_lines(content, End::Last, true) {
            Taken::Whole(credits) => {
                tail.push(credits);
                blocks.pop();
            }
            Taken::Part(credits) => {
                tail.push(credits);
                break;
            }
            Taken::Nothing => break,
        }
    }

    if tail.is_empty()
        && let Some(Block::Paragraph { content }) = blocks.last()
        && let Some(credits) = opening_sentence_credits(content)
    {
        tail.push(credits);
    }

    // The rule set before the closing credits ("___", "* * *") goes with them.
    if !tail.is_empty() && blocks.last().is_some_and(is_separator_block) {
        blocks.pop();
    }

    let mut credits: Vec<Credit> = Vec::new();
    for _ in 0..MAX_HEAD_BLOCKS {
        let Some(Block::Paragraph { content }) = blocks.first_mut() else {
            break;
        };
        match take_lines(content, End::First, false) {
            Taken::Whole(found) => {
                push_all(&mut credits, found);
                blocks.remove(0);
            }
            Taken::Part(found) => {
                push_all(&mut credits, found);
                break;
            }
            Taken::Nothing => break,
        }
    }
    for found in tail.into_iter().rev() {
        push_all(&mut credits, found);
    }

    // The dateline opens the first paragraph, or the second when a printed standfirst or a
    // syndication note ("（原标题：...）") comes first: the first of them that reads as one.
    let opening_paragraphs = blocks
        .iter()
        .take(MAX_HEAD_BLOCKS + 1)
        .filter_map(|b| match b {
            Block::Paragraph { content } => Some(content),
            _ => None,
        })
        .take(DATELINE_PARAGRAPHS);
    for content in opening_paragraphs {
        let head = leading_text(content, DATELINE_SCAN_BYTES);
        let found = dateline_credits(&head);
        if !found.is_empty() {
            push_all(&mut credits, found);
            break;
        }
    }
    credits
}

/// Opening paragraphs searched for a dateline: the first, and the one after a standfirst.
const DATELINE_PARAGRAPHS: usize = 2;

/// Longest paragraph read as a separator rule, in characters.
const MAX_SEPARATOR_CHARS: usize = 40;

/// A paragraph that is only a typed rule: underscores, dashes, asterisks or equals signs
/// ("___", "* * *", "-----").
fn is_separator_block(block: &Block) -> bool {
    let Block::Paragraph { content } = block else {
        return false;
    };
    let mut chars = content.iter().flat_map(|run| run.text().chars());
    let mut marks = 0;
    for _ in 0..=MAX_SEPARATOR_CHARS * 2 {
        match chars.next() {
            None => return marks > 0,
            Some('_' | '-' | '*' | '=' | '—' | '–' | '~') => marks += 1,
            Some(c) if c.is_whitespace() => {}
            Some(_) => return false,
        }
    }
    false
}

/// Fewest blocks a body needs before its last line can be read as a signature.
const MIN_BLOCKS_FOR_SIGNATURE: usize = 4;

/// Longest signature, in characters.
const MAX_SIGNATURE_CHARS: usize = 40;

/// The writer's name signed under the article: a final paragraph that is only a name set in
/// bold or italics (`<p><b><i>Stefan Wasmer</i></b></p>`), as regional papers sign their
/// stories. Two to four capitalised words of letters, hyphens, apostrophes and initials.
fn signature(blocks: &[Block]) -> Option<String> {
    if blocks.len() < MIN_BLOCKS_FOR_SIGNATURE {
        return None;
    }
    let last = blocks.last()?;
    signature_name(last).or_else(|| reporter_signature(last))
}

/// Longest name of a Korean reporter's signature, in characters (Korean names are two to four
/// syllables; a foreign name a few more).
const MAX_KOREAN_NAME_CHARS: usize = 8;

/// The reporter of a Korean closing signature: a final paragraph "홍길동 기자 hong@example.co.kr"
/// (name, role noun of [`SIGNATURE_REPORTER_ROLES`], optional e-mail address, optional leading
/// "/"), as Korean papers sign every story. The name is Hangul only.
fn reporter_signature(block: &Block) -> Option<String> {
    let Block::Paragraph { content } = block else {
        return None;
    };
    let mut text = String::new();
    for inline in content {
        text.push_str(inline.text());
        if text.len() > MAX_SIGNATURE_CHARS * 4 {
            return None;
        }
    }
    let text = text.trim().trim_start_matches('/').trim();
    let mut words: Vec<&str> = text.split_whitespace().collect();
    // The e-mail address after the role, bare or bracketed.
    if words.last().is_some_and(|w| w.contains('@')) {
        words.pop();
    }
    let [name, role] = words.as_slice() else {
        return None;
    };
    let hangul = |c: char| ('\u{AC00}'..='\u{D7AF}').contains(&c);
    let count = name.chars().count();
    ((2..=MAX_KOREAN_NAME_CHARS).contains(&count)
        && name.chars().all(hangul)
        && SIGNATURE_REPORTER_ROLES.contains(role))
    .then(|| (*name).to_string())
}

/// Names in a closing 【】 signature: Mainichi, Sankei and Tokyo Shimbun sign "【山田太郎、佐藤花子】".
const MAX_BRACKET_SIGNATURE_NAMES: usize = 4;

/// Characters of one name in a closing 【】 signature (Japanese names are two to six kanji or
/// kana).
const BRACKET_NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=8;

/// The reporters of a Japanese closing signature: the last paragraph's text ends with "【name】"
/// or "【name、name】" glued after the sentence ("...と述べた。【山田太郎】"). The bracket is cut
/// from the paragraph; its names are reporting credits. An opening 【place＝name】 dateline or
/// a 【责任编辑：X】 label holds other characters and is not read here.
fn cut_bracket_signature(content: &mut [Inline]) -> Option<Vec<Credit>> {
    let Some(Inline::Text { text }) = content.last_mut() else {
        return None;
    };
    let trimmed = text.trim_end();
    let inner_and_open = trimmed.strip_suffix('】')?;
    let open = inner_and_open.rfind('【')?;
    let inner = inner_and_open.get(open + '【'.len_utf8()..)?;
    let before = inner_and_open.get(..open)?.trim_end();
    // The bracket closes a sentence: it follows its full stop or closing quote.
    if !before.ends_with(['。', '」', '』', '）']) {
        return None;
    }
    let kanji_or_kana =
        |c: char| matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3040}'..='\u{30ff}' | '々');
    let names: Vec<&str> = inner.split('、').collect();
    let ok = (1..=MAX_BRACKET_SIGNATURE_NAMES).contains(&names.len())
        && names.iter().all(|n| {
            BRACKET_NAME_CHARS.contains(&n.chars().count()) && n.chars().all(kanji_or_kana)
        });
    if !ok {
        return None;
    }
    let credits = names
        .iter()
        .map(|n| Credit::new(R::Reporting, *n))
        .collect();
    let keep = before.len();
    text.truncate(keep);
    Some(credits)
}

/// Labels of the editor's tag that Taiwanese agency copy glues after its last sentence ("（編輯：
/// 陳大文）1150314"): editor, in traditional and simplified characters.
const GLUED_EDITOR_LABELS: &[&str] = &["編輯", "编辑"];

/// Digits of the filing-date code after that tag: the Republic of China date "1150314"
/// (year 115, 14 March), or the Gregorian "20260314"; none at all is the tag alone.
const EDITOR_TAG_CODE_DIGITS: &[usize] = &[0, 6, 7, 8];

/// The editor of a tag glued to the end of the last paragraph, "...效益。（編輯：陳大文）1150314"
/// (CNA, Taiwan's national agency, closes every story so): the parenthesis holds the label, a
/// colon and a name of at most [`MAX_EAST_ASIAN_NAME_CHARS`] characters, it follows a full stop
/// or a closing quote, and only a date code of digits may follow it. The tag and the code are
/// cut from the paragraph; the name is an editing credit.
fn cut_glued_editor_tag(content: &mut [Inline]) -> Option<Vec<Credit>> {
    let Some(Inline::Text { text }) = content.last_mut() else {
        return None;
    };
    let trimmed = text.trim_end();
    let code = trimmed
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .count();
    if !EDITOR_TAG_CODE_DIGITS.contains(&code) {
        return None;
    }
    let tag_end = trimmed.get(..trimmed.len() - code)?.trim_end();
    let inner_and_open = tag_end.strip_suffix(['）', ')'])?;
    let open = inner_and_open.rfind(['（', '('])?;
    let open_len = inner_and_open.get(open..)?.chars().next()?.len_utf8();
    let inner = inner_and_open.get(open + open_len..)?.trim();
    let before = inner_and_open.get(..open)?.trim_end();
    if !before.ends_with(['。', '」', '』', '！', '？']) {
        return None;
    }
    let name = GLUED_EDITOR_LABELS
        .iter()
        .find_map(|l| inner.strip_prefix(l))?
        .trim_start()
        .strip_prefix(['：', ':'])?
        .trim();
    let plain = !name.is_empty()
        && name.chars().count() <= MAX_EAST_ASIAN_NAME_CHARS
        && name.chars().all(char::is_alphabetic);
    if !plain {
        return None;
    }
    let credit = vec![Credit::new(R::Editing, name)];
    let keep = before.len();
    text.truncate(keep);
    Some(credit)
}

/// Role nouns of a Korean closing signature: reporter, correspondent, senior reporter.
const SIGNATURE_REPORTER_ROLES: &[&str] = &["기자", "특파원", "선임기자"];

/// The name, when a block is a signature line (see [`signature`]).
pub(crate) fn signature_name(block: &Block) -> Option<String> {
    let Block::Paragraph { content } = block else {
        return None;
    };
    let mut name = String::new();
    for inline in content {
        match inline {
            Inline::Strong { text } | Inline::Emphasis { text } => name.push_str(text),
            Inline::Text { text } if text.trim().is_empty() => name.push(' '),
            _ => return None,
        }
    }
    let name = crate::dom::collapse_whitespace(&name);
    let words: Vec<&str> = name.split(' ').collect();
    let name_like = name.chars().count() <= MAX_SIGNATURE_CHARS
        && (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
        });
    // "Com Lusa", "Avec AFP" set in italics close rewritten wire copy: a credit line, not a
    // writer's name.
    (name_like && parse_line(&name).is_none()).then_some(name)
}

/// Parse one line; `Some` only when the WHOLE line is attribution (so an ordinary sentence that
/// contains "edited by" is not taken).
///
/// Bylines ("Par X", "Von X") are not credits here: [`take`] accepts them only in the body's
/// final block.
pub(crate) fn parse_line(line: &str) -> Option<Vec<Credit>> {
    parse(line, false)
}

/// Credits found in a dateline at the very start of the first paragraph ("WASHINGTON (Reuters) -
/// ...", "PARIS (AFP) —"): the text stays in the body, the agency is returned as a Source credit.
///
/// The parenthesis must hold only agencies (with dpa's regional services and author initials
/// allowed in a slash tag, "(dpa/lnw)"), be followed by a dash, colon or full stop, and be
/// preceded by nothing or by a place and date (capitalised words, numbers, month names).
pub(crate) fn dateline_credits(first_paragraph: &str) -> Vec<Credit> {
    dateline(first_paragraph)
        .or_else(|| east_asian_dateline(first_paragraph))
        .unwrap_or_default()
}

/// Labels that open the reporters' names in a Chinese or Japanese dateline's parenthesis
/// ("新华社武汉3月14日电（记者张伟、李娜）").
const DATELINE_REPORTER_LABELS: &[&str] = &["本报记者", "本報記者", "记者", "記者"];

/// Role labels between the names inside a Chinese dateline's parenthesis ("（记者 张伟 通讯员
/// 李娜）": correspondent, intern, reporter): each opens the next name, none is one.
#[rustfmt::skip]
const DATELINE_INNER_ROLES: &[&str] = &[
    "本报记者", "本報記者", "记者", "記者", "通讯员", "通訊員", "实习生", "實習生", "见习记者",
    "見習記者", "特约记者", "特約記者",
];

/// Agencies named after the "＝" of a Japanese dateline ("【ワシントン＝共同】": Kyodo, Jiji,
/// Reuters, AP, AFP, Yonhap, Xinhua): the story is the agency's, no reporter is named.
#[rustfmt::skip]
const JAPANESE_DATELINE_AGENCIES: &[&str] = &[
    "共同", "時事", "ロイター", "AP", "AFP", "AFP時事", "聯合", "新華社", "ブルームバーグ",
];

/// Role nouns that follow the reporter's name in a Korean dateline ("(서울=연합뉴스) 김철수
/// 기자 =").
const DATELINE_REPORTER_ROLES: &[&str] = &["기자", "특파원"];

/// Most characters of one name in an East Asian dateline.
const MAX_EAST_ASIAN_NAME_CHARS: usize = 12;

/// The reporters (and the agency) of a Chinese or Korean dateline: "新华社武汉3月14日电（记者
/// 张伟、李娜）" credits 张伟 and 李娜; "(서울=연합뉴스) 김철수 기자 =" credits 연합뉴스 as the
/// source and 김철수 as the reporter.
fn east_asian_dateline(paragraph: &str) -> Option<Vec<Credit>> {
    let text = paragraph.trim_start();
    let head = text.get(..floor_boundary(text, DATELINE_SCAN_BYTES))?;
    if let Some(credits) = japanese_dateline(head)
        .or_else(|| bracketed_agency_dateline(head))
        .or_else(|| reporter_tag(head))
        .or_else(|| korean_reporter_tag(head))
    {
        return Some(credits);
    }
    let open = head.find(['（', '('])?;
    let inner_start = open + head.get(open..)?.chars().next()?.len_utf8();
    let close = inner_start + head.get(inner_start..)?.find(['）', ')'])?;
    let inner = head.get(inner_start..close)?.trim();
    let before = head.get(..open)?.trim_end();
    let mut out = Vec::new();
    if before.ends_with(['电', '讯', '電', '訊']) {
        let names = DATELINE_REPORTER_LABELS
            .iter()
            .find_map(|l| inner.strip_prefix(l))?;
        for name in names
            .split(['、', '，', ',', ' ', '\u{3000}'])
            .map(str::trim)
        {
            // "通讯员李娜": a role label glued to the name it opens.
            let name = DATELINE_INNER_ROLES
                .iter()
                .find_map(|l| name.strip_prefix(l))
                .unwrap_or(name);
            if !name.is_empty() && name.chars().count() <= MAX_EAST_ASIAN_NAME_CHARS {
                out.push(Credit::new(R::Reporting, name));
            }
        }
    } else if before.is_empty() {
        // Korean: "(서울=연합뉴스) 김철수 기자 = ..."
        let (_, agency) = inner.split_once('=')?;
        let after_close = close + head.get(close..)?.chars().next()?.len_utf8();
        let (reporter, _) = head.get(after_close..)?.split_once('=')?;
        let words: Vec<&str> = reporter.split_whitespace().collect();
        let [name @ .., role] = words.as_slice() else {
            return None;
        };
        if !DATELINE_REPORTER_ROLES.contains(role) {
            return None;
        }
        let agency = agency.trim();
        if !agency.is_empty() && agency.chars().count() <= MAX_EAST_ASIAN_NAME_CHARS {
            out.push(Credit::new(R::Source, agency));
        }
        let name = name.join(" ");
        if !name.is_empty() && name.chars().count() <= MAX_EAST_ASIAN_NAME_CHARS {
            out.push(Credit::new(R::Reporting, name));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The reporter of a Japanese dateline that opens the story, "【ワシントン＝山田太郎】" (place,
/// "＝", the reporter's name); none when an agency stands after the "＝" ("【ワシントン＝共同】")
/// or the bracket holds a date ("【3月14日 AFP】").
fn japanese_dateline(head: &str) -> Option<Vec<Credit>> {
    let inner = head.strip_prefix('【')?;
    let inner = inner.get(..inner.find('】')?)?;
    let (place, name) = inner.split_once(['＝', '='])?;
    let (place, name) = (place.trim(), name.trim());
    let plain = |s: &str| {
        !s.is_empty()
            && s.chars().count() <= MAX_EAST_ASIAN_NAME_CHARS
            && !s.chars().any(|c| c.is_numeric() || c.is_whitespace())
    };
    if !plain(place) || !plain(name) || JAPANESE_DATELINE_AGENCIES.contains(&name) {
        return None;
    }
    // A name of Latin capitals is an agency's ("【パリ＝AFP】").
    if name.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    Some(vec![Credit::new(R::Reporting, name)])
}

/// Most characters of the outlet's name before "記者" in a bracketed dateline ("中央社").
const MAX_DATELINE_OUTLET_CHARS: usize = 6;

/// The reporters of a whole dateline in brackets that opens the story, "（中央社記者林小明台北14日
/// 電）" (CNA, Taiwan's national agency: the outlet, "reporter", the names, the place glued to
/// the last name, the day, "電" or "專電" for a special dispatch). Names before the last are
/// set apart by "、"; the last one is glued to the place, and is read as its first three
/// characters (the length of nearly every Chinese name with a one-character surname) when the
/// place keeps two or more, else its first two.
fn bracketed_agency_dateline(head: &str) -> Option<Vec<Credit>> {
    let inner = head.strip_prefix(['（', '('])?;
    let inner = inner.get(..inner.find(['）', ')'])?)?.trim();
    // No reporter named: an agency's own dateline, if any.
    let Some((outlet, rest)) = inner
        .split_once("記者")
        .or_else(|| inner.split_once("记者"))
    else {
        return compiled_wire_dateline(inner).map(|agency| vec![Credit::new(R::Source, agency)]);
    };
    if outlet.chars().count() > MAX_DATELINE_OUTLET_CHARS
        || outlet.chars().any(|c| c.is_numeric() || c.is_whitespace())
    {
        return None;
    }
    let rest = rest
        .strip_suffix(['電', '电'])?
        .trim_end_matches(['專', '专'])
        .strip_suffix('日')?
        .trim_end_matches(|c: char| c.is_ascii_digit());
    let han = |n: &str| !n.is_empty() && n.chars().all(|c| c.is_alphabetic() && !c.is_ascii());
    let mut names: Vec<&str> = rest.split('、').map(str::trim).collect();
    let last = names.pop()?;
    let chars = last.chars().count();
    let name_chars = if chars >= 5 { 3 } else { 2 };
    if chars < name_chars + 2 || !han(last) {
        return None;
    }
    let cut = last.char_indices().nth(name_chars).map(|(i, _)| i)?;
    names.push(last.get(..cut)?);
    if names
        .iter()
        .any(|n| !han(n) || n.chars().count() > MAX_EAST_ASIAN_NAME_CHARS)
    {
        return None;
    }
    Some(
        names
            .into_iter()
            .map(|n| Credit::new(R::Reporting, n))
            .collect(),
    )
}

/// Endings of a bracketed agency dateline without a reporter: "綜合外電報導" (compiled from
/// foreign wires), "報導", "電" (a dispatch), in traditional and simplified characters.
const COMPILED_DATELINE_ENDS: &[&str] = &["報導", "报道", "電", "电"];

/// The agency of a bracketed dateline that names no reporter, "中央社台北14日綜合外電報導" (the
/// inside of "（...）", holding no "記者"/"记者": the caller has looked): an agency written in
/// Chinese characters (`AGENCIES`), a place, the day and "日", then a dispatch ending
/// (`COMPILED_DATELINE_ENDS`).
fn compiled_wire_dateline(inner: &str) -> Option<&'static str> {
    let agency = AGENCIES
        .iter()
        .filter(|a| !a.is_ascii() && inner.starts_with(**a))
        .max_by_key(|a| a.len())?;
    let rest = inner.get(agency.len()..)?;
    let (before_day, after_day) = rest.split_once('日')?;
    (before_day.ends_with(|c: char| c.is_ascii_digit())
        && !before_day.contains(char::is_whitespace)
        && COMPILED_DATELINE_ENDS
            .iter()
            .any(|e| after_day.ends_with(e)))
    .then_some(*agency)
}

/// Brackets around a Taiwanese reporter tag that opens the story ("〔記者王美玲／台北報導〕",
/// Liberty Times; "【記者X／台北報導】", "（記者X／台北報導）"): opening and closing.
const REPORTER_TAG_BRACKETS: &[(char, char)] =
    &[('〔', '〕'), ('【', '】'), ('（', '）'), ('(', ')')];

/// Words closing a reporter tag after the place ("台北報導": reports from Taipei).
const REPORTER_TAG_ENDS: &[&str] = &["報導", "报道", "報道"];

/// The reporters of a bracketed tag that opens the story, "〔記者王美玲／台北報導〕" (the label
/// "reporter", the names, a slash, the place and "reports"), as Taiwanese papers write it.
fn reporter_tag(head: &str) -> Option<Vec<Credit>> {
    let first = head.chars().next()?;
    let &(_, close) = REPORTER_TAG_BRACKETS.iter().find(|(o, _)| *o == first)?;
    let inner = head.get(first.len_utf8()..)?;
    let inner = inner.get(..inner.find(close)?)?.trim();
    let names = DATELINE_REPORTER_LABELS
        .iter()
        .find_map(|l| inner.strip_prefix(l))?;
    let (names, place) = names.split_once(['／', '/'])?;
    let place = place.trim();
    if !REPORTER_TAG_ENDS.iter().any(|e| place.ends_with(e)) {
        return None;
    }
    let out: Vec<Credit> = names
        .split(['、', '，', ',', ' ', '\u{3000}'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(|n| (n.chars().count() <= MAX_EAST_ASIAN_NAME_CHARS).then_some(n))
        .collect::<Option<Vec<&str>>>()?
        .into_iter()
        .map(|n| Credit::new(R::Reporting, n))
        .collect();
    (!out.is_empty()).then_some(out)
}

/// The paper and reporter of the bracketed tag that opens a Korean story, "[한빛일보 정유진
/// 기자]" or "[한빛일보=정유진 기자]" (the paper, the reporter's Hangul name, the role noun),
/// as Korean papers and the portals carrying them (Daum, Naver) print it: the paper is the
/// Source, the name the reporter.
fn korean_reporter_tag(head: &str) -> Option<Vec<Credit>> {
    let inner = head.strip_prefix(['[', '［'])?;
    let inner = inner.get(..inner.find([']', '］'])?)?.trim();
    let (paper, rest) = match inner.split_once('=') {
        Some((paper, rest)) => (paper.trim(), rest.trim()),
        None => {
            let (paper, rest) = inner.split_once(char::is_whitespace)?;
            (paper.trim(), rest.trim())
        }
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let [name, role] = words.as_slice() else {
        return None;
    };
    let hangul = |s: &str| s.chars().all(|c| ('\u{AC00}'..='\u{D7AF}').contains(&c));
    let ok = DATELINE_REPORTER_ROLES.contains(role)
        && (2..=MAX_KOREAN_NAME_CHARS).contains(&name.chars().count())
        && hangul(name)
        && !paper.is_empty()
        && paper.chars().count() <= MAX_EAST_ASIAN_NAME_CHARS
        && !paper.chars().any(char::is_whitespace);
    ok.then(|| {
        vec![
            Credit::new(R::Source, paper),
            Credit::new(R::Reporting, *name),
        ]
    })
}

/// [`dateline_credits`], with `?` for every check.
fn dateline(paragraph: &str) -> Option<Vec<Credit>> {
    let text = paragraph.trim_start();
    let head = text.get(..floor_boundary(text, DATELINE_SCAN_BYTES))?;
    let open = head.find('(')?;
    if open > MAX_PLACE_BYTES {
        return None;
    }
    let inner_start = open + 1;
    let close = inner_start + head.get(inner_start..)?.find(')')?;
    let inner = head.get(inner_start..close)?.trim();
    let after = text.get(close + 1..)?.trim_start();
    let separated = after
        .chars()
        .next()
        .is_none_or(|c| is_dash(c) || matches!(c, ':' | '.' | '|'));
    if !separated || inner.is_empty() || inner.len() > MAX_TAG_BYTES {
        return None;
    }
    let place = head.get(..open)?.trim();
    if !place_ok(place) {
        return None;
    }
    agency_tag(inner).or_else(|| dated_reporter(place, inner))
}

/// The reporter named in the parenthesis of a dateline with its date ("ਜਲੰਧਰ, 13 ਮਾਰਚ (ਰਾਹੁਲ
/// ਸ਼ਰਮਾ)-", "Lucknow, March 13 (Rahul Sharma) -"), the North Indian papers' convention: a
/// person's name of two to four words after a place and a day.
fn dated_reporter(place: &str, inner: &str) -> Option<Vec<Credit>> {
    let (city, date) = place.split_once(',')?;
    // The day may be written in the page's own digits ("੧੩ ਮਾਰਚ").
    if city.trim().is_empty() || !crate::metadata::date::has_digit(date) {
        return None;
    }
    let tokens: Vec<&str> = inner.split_whitespace().collect();
    if !(2..=4).contains(&tokens.len()) || names_agency(inner) {
        return None;
    }
    let name = person_name(&tokens)?;
    Some(vec![Credit::new(R::Reporting, name)])
}

/// Whether `place` reads as a dateline's place and date: empty, or a few capitalised words,
/// numbers, month names and particles ("NEW YORK, March 3", "PARIS, 12 mars").
fn place_ok(place: &str) -> bool {
    if place.is_empty() {
        return true;
    }
    if place.len() > MAX_PLACE_BYTES
        || place.split_whitespace().count() > MAX_PLACE_WORDS
        || place.contains(['"', '“', '”', '?', '!', ';', ')'])
        || !place
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
    {
        return false;
    }
    place.split_whitespace().all(|word| {
        let word = word.trim_matches(|c: char| matches!(c, ',' | '.' | '/'));
        let Some(first) = word.chars().next() else {
            return true;
        };
        !first.is_lowercase()
            // A month's name or abbreviation ("PARIS, 12 mars (AFP)"): the date module's table
            || crate::metadata::date::month_number(word).is_some()
            || PARTICLES.contains(&word)
    })
}

/// What [`take_lines`] removed from a paragraph.
enum Taken {
    /// Every line is attribution: the paragraph is to be removed.
    Whole(Vec<Credit>),
    /// Some lines at the examined end were attribution and are removed.
    Part(Vec<Credit>),
    /// Nothing.
    Nothing,
}

/// Which end of a paragraph [`take_lines`] reads from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    /// The first lines.
    First,
    /// The last lines.
    Last,
}

/// Reads the lines of `content` from one end while they are attribution; removes them unless
/// they are all of it (then the caller removes the paragraph). Blank lines are passed over.
fn take_lines(content: &mut Vec<Inline>, end: End, final_block: bool) -> Taken {
    let ranges = line_ranges(content);
    let order: Vec<usize> = match end {
        End::Last => (0..ranges.len()).rev().collect(),
        End::First => (0..ranges.len()).collect(),
    };
    let mut found: Vec<Vec<Credit>> = Vec::new();
    // The first line (from the examined end) that is not attribution.
    let mut stop: Option<usize> = None;
    for (seen, &line) in order.iter().enumerate() {
        let text = ranges.get(line).and_then(|r| line_text(content, r.clone()));
        let parsed = match text {
            _ if seen >= MAX_LINES => None,
            Some(text) if text.trim().is_empty() => continue,
            Some(text) if final_block => parse(&text, true),
            Some(text) => parse_line(&text),
            None => None,
        };
        match parsed {
            Some(credits) => found.push(credits),
            None => {
                stop = Some(line);
                break;
            }
        }
    }
    if found.is_empty() {
        return Taken::Nothing;
    }
    if end == End::Last {
        found.reverse();
    }
    let credits = found.concat();
    let Some(kept) = stop.and_then(|line| ranges.get(line)) else {
        return Taken::Whole(credits);
    };
    // `kept` is a line of `content`, and the line break next to it is inside `content` too.
    match end {
        End::Last => content.truncate(kept.end),
        End::First => {
            content.drain(..kept.start.min(content.len()));
        }
    }
    Taken::Part(credits)
}

/// The lines of a paragraph: ranges of inline indices between line breaks.
fn line_ranges(content: &[Inline]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, inline) in content.iter().enumerate() {
        if matches!(inline, Inline::LineBreak) {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..content.len());
    out
}

/// The text of one line, or `None` when it is too long to be attribution.
fn line_text(content: &[Inline], range: Range<usize>) -> Option<String> {
    let runs = content.get(range)?;
    let len: usize = runs.iter().map(|r| r.text().len()).sum();
    if len > MAX_LINE_BYTES {
        return None;
    }
    let mut text = String::with_capacity(len);
    for run in runs {
        text.push_str(run.text());
    }
    Some(text)
}

/// The first line of a paragraph, up to about `limit` bytes.
fn leading_text(content: &[Inline], limit: usize) -> String {
    let mut text = String::new();
    for run in content {
        if matches!(run, Inline::LineBreak) || text.len() >= limit {
            break;
        }
        let piece = run.text();
        text.push_str(piece.get(..floor_boundary(piece, limit)).unwrap_or(""));
    }
    text
}

/// The largest char boundary of `s` at or below `at`.
fn floor_boundary(s: &str, at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    (0..=at).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0)
}

/// Appends credits, skipping repeats (same role, same name in any case), up to [`MAX_CREDITS`].
fn push_all(out: &mut Vec<Credit>, credits: Vec<Credit>) {
    for credit in credits {
        let seen = out
            .iter()
            .any(|c| c.role == credit.role && eq_folded_both(&c.name, &credit.name));
        if !seen && out.len() < MAX_CREDITS {
            out.push(credit);
        }
    }
}

/// [`parse_line`], with the final-block bylines allowed or not.
fn parse(line: &str, final_block: bool) -> Option<Vec<Credit>> {
    if line.len() > MAX_LINE_BYTES {
        return None;
    }
    // The writer's and the editor's initials closing an Indonesian story ("(ams/rih)", detik):
    // the desk's codes, no credit to read.
    if final_block && desk_codes(line) {
        return Some(Vec::new());
    }
    let line = unwrap_line(line);
    if line.is_empty() || line.split_whitespace().count() > MAX_LINE_WORDS {
        return None;
    }
    let credits = agency_tag(line)
        .or_else(|| sequence(line))
        .or_else(|| publisher_with_agency(line))
        .or_else(|| desk_line(line).map(|c| vec![c]))
        .or_else(|| desk_then_labels(line))
        .or_else(|| contributed_line(line))
        .or_else(|| {
            final_block
                .then(|| {
                    let mut out = Vec::new();
                    phrases(line, &BYLINES, &mut out).map(|()| out)
                })
                .flatten()
        })?;
    let mut out = Vec::new();
    push_all(&mut out, credits);
    Some(out)
}

/// Most initials codes in a closing desk-code line ("(ams/rih)", "(ams/rih/dnu)").
const MAX_DESK_CODES: usize = 3;

/// Whether `line` is a bracketed line of two or more lower-case initials codes joined by
/// slashes: "(ams/rih)", "(ryn/ryn)" (the writer's and the editor's codes, detik, CNN
/// Indonesia), not a word ("(and/or)" has a three-letter word, but no such closing line holds
/// prose, and the codes of a line are all 2 to 4 letters).
fn desk_codes(line: &str) -> bool {
    let Some(inner) = line
        .trim()
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
    else {
        return false;
    };
    let codes: Vec<&str> = inner.split('/').map(str::trim).collect();
    // An agency among them makes it the agencies' tag ("(dpa/lnw)", "(afp/dpa)"): a source.
    (2..=MAX_DESK_CODES).contains(&codes.len())
        && codes
            .iter()
            .all(|c| is_initials(c) && agency_tag(c).is_none())
}

/// A closing paragraph that opens with credits and runs on into a note of another kind
/// ("Edited by Marcus Bell. This story was produced with support from the Coastal Reporting
/// Fund."): the credits of its first sentence. The paragraph stays in the body.
fn opening_sentence_credits(content: &[Inline]) -> Option<Vec<Credit>> {
    let text = leading_text(content, MAX_LINE_BYTES);
    let text = unwrap_line(&text);
    let (first, rest) = first_sentence(text)?;
    if rest.trim().is_empty() {
        return None;
    }
    parse_line(first)
}

/// Titles abbreviated with a full stop before a name ("Dr. Jane Roe", "St. John Smith"), lower
/// case: no sentence ends at their stop.
const NAME_TITLE_ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "mx", "st", "prof", "rev", "hon", "sen", "rep", "gov", "gen", "col",
    "capt", "lt", "sgt", "sr", "sra", "dra", "ing", "mag",
];

/// The first sentence of `s` (without its full stop) and the rest: split at a full stop after
/// a word of two letters or more that is no title's abbreviation
/// ([`NAME_TITLE_ABBREVIATIONS`]), followed by a space and a capital letter. None when `s` has
/// no such stop.
fn first_sentence(s: &str) -> Option<(&str, &str)> {
    for (i, _) in s.match_indices(". ") {
        let head = s.get(..i)?;
        let rest = s.get(i + 2..)?;
        let last_word = head.rsplit(char::is_whitespace).next().unwrap_or("");
        if last_word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !NAME_TITLE_ABBREVIATIONS.contains(&last_word.to_lowercase().as_str())
            && rest.trim_start().starts_with(char::is_uppercase)
        {
            return Some((head, rest));
        }
    }
    None
}

/// What follows "contributed" in the English closing credit of additional reporters:
/// "Associated Press writer X in Denver contributed to this report.", "Jane Doe contributed
/// reporting from Paris."
const CONTRIBUTED_TAILS: &[&str] = &[
    " contributed to this report",
    " contributed to this story",
    " contributed to this article",
    " contributed reporting",
    " contributed additional reporting",
    " also contributed to this report",
    " also contributed reporting",
];

/// Words that may follow a [`CONTRIBUTED_TAILS`] entry in a credit: the place or the story
/// ("contributed reporting from Paris", "... to this report in Washington").
const CONTRIBUTED_FOLLOWERS: &[&str] = &["from", "in", "at", "for", "and"];

/// Nouns that end the description before the contributors' names ("Associated Press writers X
/// and Y", "Staff writer X", "Reuters correspondent X").
const CONTRIBUTOR_NOUNS: &[&str] = &[
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "journalist",
    "journalists",
    "researcher",
    "researchers",
];

/// Most words of the description before the contributors' names.
const MAX_CONTRIBUTOR_HEAD_WORDS: usize = 5;

/// The contributors of an English closing line "[Agency writers] X and Y [in Place] contributed
/// to this report" (AP) or "X contributed reporting [from Place]" (NYT), as additional reporting.
fn contributed_line(line: &str) -> Option<Vec<Credit>> {
    let lower = line.to_lowercase();
    // Every tail holds " contributed": one search rules out the other lines.
    if !lower.contains(" contributed") {
        return None;
    }
    // The first tail, the longest at its place.
    let (at, tail) = CONTRIBUTED_TAILS
        .iter()
        .filter_map(|t| lower.find(t).map(|at| (at, t.len())))
        .min_by_key(|&(at, len)| (at, std::cmp::Reverse(len)))?;
    // The tail ends the clause: the line ends, or punctuation or a place follows ("... to this
    // report.", "... reporting from Paris."), not more words ("contributed to this report's
    // findings", "contributed reporting delays").
    let after = lower.get(at + tail..)?;
    let after_word = after.split_whitespace().next().unwrap_or("");
    let ends_clause = after.trim().is_empty()
        || after.starts_with(['.', ',', ';', ')', ':'])
        || (after.starts_with(' ') && CONTRIBUTED_FOLLOWERS.contains(&after_word));
    if !ends_clause {
        return None;
    }
    // The lower-case copy has the same byte offsets only when lower-casing kept every length.
    let head = line.get(..at).filter(|_| lower.len() == line.len())?;
    let tokens: Vec<&str> = head.split_whitespace().collect();
    let names_from = tokens
        .iter()
        .take(MAX_CONTRIBUTOR_HEAD_WORDS)
        .rposition(|t| CONTRIBUTOR_NOUNS.contains(&t.to_lowercase().as_str()))
        .map_or(0, |k| k + 1);
    let names = tokens.get(names_from..)?.join(" ");
    let credits: Vec<Credit> = split_names(&names)?
        .iter()
        .map(|tokens| person_name(cut_location(tokens)))
        .collect::<Option<Vec<String>>>()?
        .into_iter()
        // A reporter's full name: one word is a thing ("Data from the Census Bureau") or the
        // state after a city ("X in Cape Canaveral, Florida, and Y").
        .filter(|n| !names_agency(n) && n.contains(' '))
        .map(|n| Credit::new(R::AdditionalReporting, n))
        .collect();
    (!credits.is_empty()).then_some(credits)
}

/// The line without its wrapping: leading dashes and bullets ("— AFP", "-- Reporting by"), and
/// one pair of enclosing parentheses or brackets ("(Reporting by X; Editing by Y)", "(dpa).").
fn unwrap_line(line: &str) -> &str {
    let mut s = line.trim().trim_start_matches(|c: char| {
        is_dash(c) || matches!(c, '•' | '*' | '·') || c.is_whitespace()
    });
    if let Some(inner) = s.strip_suffix(").").or_else(|| s.strip_suffix("].")) {
        // Keep the bracket, drop the full stop after it.
        s = s.get(..inner.len() + 1).unwrap_or(s);
    }
    for (open, close) in WRAPPING_BRACKETS {
        if let Some(inner) = s.strip_prefix(*open).and_then(|r| r.strip_suffix(*close)) {
            s = inner.trim();
            break;
        }
    }
    s
}

/// Brackets that wrap a whole credit line: ASCII, and the full-width ones of Chinese and
/// Japanese pages ("【责任编辑：王小明】", "（記者 山田太郎）").
const WRAPPING_BRACKETS: &[(char, char)] = &[('(', ')'), ('[', ']'), ('【', '】'), ('（', '）')];

/// A line made only of agency names ("Reuters", "dpa/AFP"), dpa regional services ("dpa/lnw")
/// and, in a slash tag, author initials ("jol/dpa"): each agency is the story's Source.
fn agency_tag(line: &str) -> Option<Vec<Credit>> {
    let tag = line
        .trim_end_matches(|c: char| c.is_whitespace() || is_dash(c) || matches!(c, '.' | ','))
        .trim();
    if tag.is_empty() || tag.len() > MAX_TAG_BYTES {
        return None;
    }
    // der Standard, APA's Austrian customers: "(APA, red, 14.3.2026)", the agency, the desk's
    // code and the day: the date goes, the code counts as initials.
    let listed = tag.contains(',');
    let tag = match tag.rsplit_once(',') {
        Some((head, day)) if is_numeric_date(day.trim()) => head.trim_end(),
        _ => tag,
    };
    let slashed = listed || tag.contains('/');
    let mut out = Vec::new();
    for tokens in split_names(tag)? {
        let name = join_name(&tokens);
        if let Some(agency) = agency_spelling(&name) {
            out.push(Credit::new(R::Source, agency));
        } else if is_agency_word(&name) {
            out.push(Credit::new(R::Source, name));
        } else if DPA_SERVICES.contains(&name.as_str()) {
            out.push(Credit::new(R::Source, "dpa"));
        } else if !(slashed && is_initials(&name)) {
            return None;
        }
    }
    let mut unique = Vec::new();
    push_all(&mut unique, out);
    (!unique.is_empty()).then_some(unique)
}

/// The folded phrases of [`PHRASES`] that join a publisher to the agencies it rewrote
/// ("avec", "mit", "with"): agency phrases naming agencies.
static AGENCY_JOINERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    PHRASES
        .iter()
        .filter(|(_, phrase)| {
            matches!(
                phrase.names,
                Names::Agencies | Names::AgenciesOrContributors
            ) && phrase.role == R::Agency
        })
        .map(|(folded, _)| folded.as_str())
        .collect()
});

/// A publisher's credit for rewritten wire copy: "Le Monde avec AFP", "Franceinfo avec AFP et
/// Reuters", "Tagesschau mit dpa". The publisher is the Source, each agency an Agency credit.
/// The joining word is one of the "with"-style entries of the phrase tables.
fn publisher_with_agency(line: &str) -> Option<Vec<Credit>> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > MAX_NAME_WORDS + MAX_NAMES_WORDS {
        return None;
    }
    let joiner = words
        .iter()
        .skip(1)
        .position(|w| AGENCY_JOINERS.iter().any(|folded| eq_folded(w, folded)))?
        + 1;
    let publisher = person_name(words.get(..joiner)?)?;
    let mut out = vec![Credit::new(R::Source, publisher)];
    for tokens in split_names(&words.get(joiner + 1..)?.join(" "))? {
        let name = join_name(&tokens);
        if !names_agency(&name) {
            return None;
        }
        out.push(Credit::new(R::Agency, spelled(name)));
    }
    (out.len() > 1).then_some(out)
}

/// A day written in digits only ("14.3.2026", "14/03/2026", "2026-03-14").
fn is_numeric_date(s: &str) -> bool {
    s.bytes().filter(u8::is_ascii_digit).count() >= 4
        && s.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'/' | b'-'))
}

/// Author initials in a German credit tag: two to four lower-case ASCII letters ("jol", "dpa/kt").
fn is_initials(s: &str) -> bool {
    (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase())
}

/// A line of credit phrases: segments split at `;` and `|`, each a run of phrases with names
/// ("Reporting by X. Editing by Y"); a later segment may also be a bare agency ("Photo: X |
/// Reuters").
fn sequence(line: &str) -> Option<Vec<Credit>> {
    let mut out = Vec::new();
    let mut first = true;
    for (n, segment) in line.split([';', '|']).enumerate() {
        if n >= MAX_SEGMENTS {
            return None;
        }
        let segment = segment.trim();
        if segment.is_empty() {
            continue;
        }
        if !first && let Some(credits) = agency_tag(segment) {
            out.extend(credits);
            continue;
        }
        first = false;
        // The agency, a slash and the desk's credits: "dpa/Redaktion: Tobias Richter".
        if let Some((head, rest)) = segment.split_once('/')
            && match_phrase(rest.trim_start(), &PHRASES).is_some()
            && let Some(credits) = agency_tag(head)
        {
            out.extend(credits);
            phrases(rest.trim_start(), &PHRASES, &mut out)?;
            continue;
        }
        phrases(segment, &PHRASES, &mut out)?;
    }
    (!out.is_empty()).then_some(out)
}

/// Reads `segment` as phrases each followed by names, pushing their credits; `None` unless the
/// whole segment reads so.
fn phrases(segment: &str, table: &FoldedTable, out: &mut Vec<Credit>) -> Option<()> {
    let mut rest = segment;
    for _ in 0..MAX_PHRASES {
        let (phrase, after) = match_phrase(rest, table)?;
        let (names, next) = split_at_next_phrase(after, table);
        read_names(phrase, names, out)?;
        match next {
            Some(next) => rest = next,
            None => return Some(()),
        }
    }
    None
}

/// The phrase `s` starts with (case and accents ignored) and the text after it and its
/// separator, when that text is not empty.
fn match_phrase<'a>(s: &'a str, table: &FoldedTable) -> Option<(&'static Phrase, &'a str)> {
    // Only the phrases whose first character can open `s` are tried (see
    // [`FoldedTable::candidates`]).
    table.candidates(s).find_map(|(folded, phrase)| {
        let rest = strip_folded_prefix(s, folded)?;
        let names = match phrase.after {
            After::Space => {
                if !rest.starts_with(|c: char| c.is_whitespace() || c == ':') {
                    return None;
                }
                let rest = rest.trim_start();
                rest.strip_prefix(':').unwrap_or(rest).trim_start()
            }
            After::Colon => rest.trim_start().strip_prefix([':', '：'])?.trim_start(),
        };
        (!names.is_empty()).then_some((*phrase, names))
    })
}

/// Splits the names after a phrase from the next phrase of the same segment, at a full stop,
/// comma or spaced dash followed by a phrase ("X. Editing by Y", "X, photos by Y").
fn split_at_next_phrase<'a>(s: &'a str, table: &FoldedTable) -> (&'a str, Option<&'a str>) {
    for (i, c) in s.char_indices() {
        // A space alone splits before a label with its colon ("责任编辑：王海 图片编辑：金洁").
        let space = c.is_whitespace();
        if !(matches!(c, '.' | ',') || is_dash(c) || space) {
            continue;
        }
        let Some(after) = s.get(i + c.len_utf8()..) else {
            continue;
        };
        let spaced_dash = s.get(..i).is_some_and(|b| b.ends_with(char::is_whitespace));
        if !(space || after.starts_with(char::is_whitespace)) || (is_dash(c) && !spaced_dash) {
            continue;
        }
        let candidate = after.trim_start();
        let Some((phrase, names)) = match_phrase(candidate, table) else {
            continue;
        };
        if space && phrase.after != After::Colon {
            continue;
        }
        // "X, Con Coughlin" is a name, not "with <agency>".
        if phrase.names == Names::Agencies && !starts_with_agency(names) {
            continue;
        }
        return (s.get(..i).unwrap_or(s), Some(candidate));
    }
    (s, None)
}

/// Whether `s` opens with the label of a credit for someone other than the writer, with its
/// colon ("Editor: X", "บรรณาธิการ: X", "Foto: X", "Quelle: dpa"): where a byline runs on into
/// such a label (the two lines of `ผู้เขียน: X<br>บรรณาธิการ: Y` read as one), the writer's
/// names end before it.
pub(crate) fn opens_other_credit(s: &str) -> bool {
    match_phrase(s, &PHRASES).is_some_and(|(p, _)| {
        p.after == After::Colon && !matches!(p.role, R::Writing | R::Reporting)
    })
}

/// Longest line searched for an editing credit among other things, in bytes.
const MAX_MIXED_LINE_BYTES: usize = 400;

/// Characters that end the names of a credit inside a line that holds other things ("Written by
/// Jane Doe | Edited by Ali Musa | Updated: March 14").
const MIXED_LINE_SEPARATORS: &[char] = &['|', '｜', ';', '·', '•', '(', '\n'];

/// The editing phrases of every table ("edited by", "editor", "责任编辑"...) as written in lower
/// case, capitalised and in capitals (ASCII case is ignored too), in one automaton: the quick
/// test of whether a line may credit an editor, one pass over the text. Read from the tables
/// as written, not from [`PHRASES`]: folding keeps one of "editor" and Turkish "editör", and
/// the automaton must know both spellings.
static EDITING_PHRASES: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    let mut forms: Vec<String> = Vec::new();
    let editing = PHRASE_TABLES
        .iter()
        .flat_map(|t| t.iter())
        .filter(|p| p.role == R::Editing);
    for p in editing {
        let lower = p.text.to_lowercase();
        let mut chars = lower.chars();
        let capitalised: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        forms.extend([lower.to_uppercase(), capitalised, lower]);
    }
    forms.sort_unstable();
    forms.dedup();
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&forms)
        .ok()
});

/// Whether `line` holds an editing phrase anywhere (in lower case, capitalised or in capitals).
pub(crate) fn may_credit_editing(line: &str) -> bool {
    EDITING_PHRASES.as_ref().is_some_and(|ac| ac.is_match(line))
}

/// The editors credited in a line that also holds other things, as bylines do ("Written by
/// Jane Doe | Edited by Ali Musa | Updated: March 14", "By Jane Doe, Edited by Ali Musa",
/// "Edited By: Ali Musa"): the names after the first editing phrase that starts a word, up to
/// the next separator. Empty when the line credits no editor.
pub(crate) fn editors_in_line(line: &str) -> Vec<String> {
    if line.len() > MAX_MIXED_LINE_BYTES {
        return Vec::new();
    }
    // The phrase opens the line or one of its parts: it follows a separator ("| Edited by"),
    // or a comma in a line that opens with a byline ("By Jane Doe, Edited by Ali Musa"); in a
    // sentence ("Directed by X and edited by Y") it follows a word.
    let byline = crate::metadata::people::has_author_prefix(line);
    let mut prev: Option<char> = None;
    let mut last_mark: Option<char> = None;
    for (i, c) in line.char_indices() {
        let part_start = last_mark.is_none_or(|m| {
            MIXED_LINE_SEPARATORS.contains(&m) || matches!(m, '【' | '[') || (byline && m == ',')
        });
        let starts_word = prev.is_none_or(|p| {
            p.is_whitespace() || MIXED_LINE_SEPARATORS.contains(&p) || matches!(p, ',' | '【' | '[')
        });
        prev = Some(c);
        if c.is_whitespace() {
            continue;
        }
        last_mark = Some(c);
        if !starts_word {
            continue;
        }
        let Some((phrase, after)) = line.get(i..).and_then(|rest| match_phrase(rest, &PHRASES))
        else {
            continue;
        };
        // A label with its colon ("责任编辑：", "Editor:") stands anywhere in the line, unless
        // it names the masthead's editor ("Tổng biên tập:", "Chief editor:").
        if phrase.role != R::Editing
            || !(part_start || phrase.after == After::Colon)
            || follows_masthead_word(line, i)
        {
            continue;
        }
        let names = after.split(MIXED_LINE_SEPARATORS).next().unwrap_or("");
        // A spaced dash ends the names too ("Edited by Ali Musa - Updated ...").
        let names = [" - ", " – ", " — "]
            .iter()
            .filter_map(|d| names.find(d))
            .min()
            .and_then(|cut| names.get(..cut))
            .unwrap_or(names);
        // The next credit of the line ends them ("责任编辑：王海 图片编辑：金洁").
        let names = split_at_next_phrase(names, &PHRASES).0;
        let names = names.trim_end_matches(['】', ']', '.']);
        return split_names(names)
            .unwrap_or_default()
            .iter()
            .map_while(|tokens| person_name(cut_location(tokens)))
            .filter(|n| !names_agency(n))
            .collect();
    }
    Vec::new()
}

/// Words that, just before an editing label, make it the publication's chief editor, a
/// masthead role, not the editor of the article: Vietnamese "Tổng biên tập" (editor-in-chief),
/// "Chief editor", "Managing editor", "Executive editor", Russian "Главный редактор",
/// Ukrainian "Головний редактор", Croatian/Serbian "Glavni urednik", "Главни уредник".
const MASTHEAD_WORDS: &[&str] = &[
    "tổng",
    "chief",
    "managing",
    "executive",
    "главный",
    "головний",
    "glavni",
    "главни",
    // The legally responsible editor of the publication: South Slavic "Odgovorni urednik",
    // Macedonian "Одговорен уредник", Czech "Odpovědný redaktor", Slovak "Zodpovedný redaktor".
    "odgovorni",
    "odgovorna",
    "одговорни",
    "одговорен",
    "odpovědný",
    "zodpovedný",
];

/// Whether the word before byte `at` of `line` is one of [`MASTHEAD_WORDS`].
fn follows_masthead_word(line: &str, at: usize) -> bool {
    let before = line.get(..at).unwrap_or("").trim_end();
    let word = before
        .rsplit(|c: char| c.is_whitespace() || MIXED_LINE_SEPARATORS.contains(&c))
        .next()
        .unwrap_or("");
    let word = word.to_lowercase();
    MASTHEAD_WORDS.contains(&word.as_str())
}

/// Whether `name` is a news agency or the word for agencies ("AFP", "dpa", "Agenturen").
pub(crate) fn names_agency(name: &str) -> bool {
    is_agency(name) || is_agency_word(name)
}

/// Whether the first name of `names` is an agency.
fn starts_with_agency(names: &str) -> bool {
    split_names(names)
        .and_then(|list| list.into_iter().next())
        .is_some_and(|tokens| {
            let name = join_name(&tokens);
            names_agency(&name)
        })
}

/// Reads the names after `phrase` and pushes one credit per name.
fn read_names(phrase: &Phrase, names: &str, out: &mut Vec<Credit>) -> Option<()> {
    if names.split_whitespace().count() > MAX_NAMES_WORDS {
        return None;
    }
    let list = split_names(names)?;
    if list.is_empty() {
        return None;
    }
    for tokens in list {
        let tokens = cut_location(&tokens);
        let (role, name) = match phrase.names {
            Names::People => (phrase.role, person_name(tokens)?),
            Names::Agencies => {
                let name = join_name(tokens);
                (phrase.role, names_agency(&name).then(|| spelled(name))?)
            }
            Names::AgenciesOrContributors => {
                let name = join_name(tokens);
                if names_agency(&name) {
                    (phrase.role, spelled(name))
                } else {
                    (R::AdditionalReporting, person_name(tokens)?)
                }
            }
        };
        if out.len() >= MAX_CREDITS {
            return None;
        }
        out.push(Credit::new(role, name));
    }
    Some(())
}

/// Splits a names part into names, each a list of words: at commas, slashes, `&`, spaced dashes
/// and the [`CONJUNCTIONS`]. `None` when it has too many words to be names.
fn split_names(s: &str) -> Option<Vec<Vec<&str>>> {
    let mut names: Vec<Vec<&str>> = vec![Vec::new()];
    for (n, word) in s.split_whitespace().enumerate() {
        if n >= MAX_LINE_WORDS {
            return None;
        }
        if CONJUNCTIONS.contains(&word) {
            next_name(&mut names);
            continue;
        }
        for (i, piece) in word.split([',', '/', '&', '|', ';']).enumerate() {
            if i > 0 {
                next_name(&mut names);
            }
            let piece = cut_staff_code(clean_token(piece));
            if let (false, Some(name)) = (piece.is_empty(), names.last_mut()) {
                name.push(piece);
            }
        }
    }
    names.retain(|n| !n.is_empty());
    Some(names)
}

/// Starts a new name unless the current one is still empty.
fn next_name(names: &mut Vec<Vec<&str>>) {
    if names.last().is_some_and(|n| !n.is_empty()) {
        names.push(Vec::new());
    }
}

/// A word without the brackets, quotes and list punctuation around it.
fn clean_token(t: &str) -> &str {
    t.trim_matches(|c: char| {
        matches!(
            c,
            '(' | ')' | '[' | ']' | '"' | '“' | '”' | '„' | '«' | '»' | '*' | ',' | ';' | ':'
        )
    })
}

/// Longest staff code glued to a name, in bytes ("NBJ11279").
const MAX_STAFF_CODE_BYTES: usize = 16;

/// A Chinese name without the staff code a portal glues to it ("刘佳_NBJ11279", NetEase's
/// editors): an underscore, then ASCII letters and digits with at least one digit.
fn cut_staff_code(t: &str) -> &str {
    let Some((name, code)) = t.rsplit_once('_') else {
        return t;
    };
    let han_name = name
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}'));
    let staff_code = !code.is_empty()
        && code.len() <= MAX_STAFF_CODE_BYTES
        && code.bytes().all(|b| b.is_ascii_alphanumeric())
        && code.bytes().any(|b| b.is_ascii_digit());
    if han_name && staff_code { name } else { t }
}

/// The name without a place after it: "X in Paris" is X.
fn cut_location<'t, 'a>(tokens: &'t [&'a str]) -> &'t [&'a str] {
    let cut = tokens
        .iter()
        .skip(1)
        .position(|t| LOCATION_WORDS.contains(t))
        .map_or(tokens.len(), |p| p + 1);
    tokens.get(..cut).unwrap_or(tokens)
}

/// The words of a name joined, with a final full stop dropped unless it ends an initial
/// ("John Smith." is "John Smith"; "John Q." and "John Smith Jr." keep theirs).
fn join_name(tokens: &[&str]) -> String {
    let mut name = tokens.join(" ");
    let last = tokens.last().map_or("", |t| t.trim_end_matches('.'));
    let abbreviation = last.chars().count() == 1 || matches!(last, "Jr" | "Sr");
    if !abbreviation {
        while name.ends_with('.') {
            name.pop();
        }
    }
    name
}

/// The name `tokens` spell, if they look like one: an agency, or capitalised words, initials and
/// particles, with more capitalised words than particles.
fn person_name(tokens: &[&str]) -> Option<String> {
    // A profession before the name ("Rechtsanwalt Sebastian Einbock") is no part of it.
    let tokens = match tokens.split_first() {
        Some((first, rest))
            if people::is_professional_title(first)
                && rest.len() >= people::MIN_NAME_WORDS_AFTER_TITLE =>
        {
            rest
        }
        _ => tokens,
    };
    if tokens.is_empty() || tokens.len() > MAX_NAME_WORDS {
        return None;
    }
    let name = join_name(tokens);
    if names_agency(&name) {
        return Some(name);
    }
    let mut named = 0;
    let mut particles = 0;
    for token in tokens {
        if PARTICLES.contains(token) || DESK_NOUNS.contains(token) {
            particles += 1;
        } else if is_agency(token) || name_word(token) || is_domain(token) {
            named += 1;
        } else {
            return None;
        }
    }
    let ends_with_particle = tokens.last().is_some_and(|t| PARTICLES.contains(t));
    (named > 0 && particles <= named && !ends_with_particle).then_some(name)
}

/// Whether `word` can be a word of a name: letters (with `.`, `-`, `'`) starting with a capital
/// or a caseless letter ("Musa", "J.", "O'Brien", "محمد"), or a particle joined to a capitalised
/// word ("al-Sayed", "d'Alembert").
fn name_word(word: &str) -> bool {
    if word.chars().count() > MAX_WORD_CHARS
        || !word.chars().all(|c| {
            c.is_alphabetic() || is_script_mark(c) || matches!(c, '.' | '-' | '\'' | '’' | '‐')
        })
    {
        return false;
    }
    let Some(first) = word.chars().next() else {
        return false;
    };
    if first.is_uppercase() || (first.is_alphabetic() && !first.is_lowercase()) {
        return true;
    }
    word.split_once(['-', '\'', '’'])
        .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_uppercase))
}

/// Whether `c` is a vowel sign or virama of an Indic or South-East Asian script (Devanagari to
/// Sinhala, Thai, Lao, Myanmar, Khmer) or a combining accent: part of a word, though not a
/// letter to [`char::is_alphabetic`] ("शर्मा" holds the virama U+094D).
pub(crate) fn is_script_mark(c: char) -> bool {
    let u = c as u32;
    let indic_or_se_asian =
        matches!(u, 0x0900..=0x0DFF | 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF);
    (indic_or_se_asian && !c.is_numeric()) || matches!(u, 0x0300..=0x036F)
}

/// Whether `word` is a site's domain name, as German credits write their source ("Quelle:
/// ntv.de"): lower-case labels of letters, digits and hyphens, the last one two to six letters.
fn is_domain(word: &str) -> bool {
    let Some((host, tld)) = word.rsplit_once('.') else {
        return false;
    };
    (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

/// A desk line: a name followed by a desk word ("Axadle Times International – Monitoring.", "X
/// News Desk"). The desk word is dropped; a desk named only by its beat ("Web Desk") is credited
/// whole.
fn desk_line(line: &str) -> Option<Credit> {
    let line =
        line.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ':' | '!'));
    if line.len() > MAX_DESK_BYTES {
        return None;
    }
    for &(desk, needs_dash) in DESK_WORDS {
        let Some(head) = strip_folded_suffix(line, desk) else {
            continue;
        };
        if !(head.is_empty() || head.ends_with(|c: char| c.is_whitespace() || is_dash(c))) {
            continue;
        }
        let name = head.trim_end_matches(|c: char| {
            c.is_whitespace() || is_dash(c) || matches!(c, ':' | '|' | ',')
        });
        let dashed = head
            .get(name.len()..)
            .is_some_and(|sep| sep.chars().any(is_dash));
        if needs_dash && !dashed {
            continue;
        }
        let tokens: Vec<&str> = name.split_whitespace().collect();
        let generic = tokens
            .iter()
            .all(|t| DESK_GENERIC.iter().any(|g| eq_folded(t, g)));
        if generic {
            // "News Desk", "Web Desk": the desk is its own name, when written as one.
            let words: Vec<&str> = line.split_whitespace().collect();
            let named =
                words.len() >= 2 && words.iter().all(|w| is_dash(first_char(w)) || name_word(w));
            return named.then(|| Credit::new(R::Source, line));
        }
        return person_name(&tokens).map(|name| Credit::new(R::Source, name));
    }
    None
}

/// A desk line followed on the same line by labelled credits, as a header's info row runs
/// them together ("Gündem Haber TV Haber Merkezi Editör: Elif Aydın", "X Newsroom Editor: Y"):
/// the desk's source credit, then the credits of the labels. The labels must take a colon, so
/// that a desk's own name is never cut at a word ("Haber" is also Turkish "news").
fn desk_then_labels(line: &str) -> Option<Vec<Credit>> {
    if line.len() > MAX_DESK_BYTES + MAX_LINE_BYTES / 2 {
        return None;
    }
    // A label of `After::Colon` matches only before a colon: a line without one holds none.
    if !line.contains([':', '：']) {
        return None;
    }
    for (i, c) in line.char_indices().filter(|(_, c)| c.is_whitespace()) {
        let (Some(head), Some(rest)) = (line.get(..i), line.get(i + c.len_utf8()..)) else {
            continue;
        };
        let rest = rest.trim_start();
        if !match_phrase(rest, &PHRASES).is_some_and(|(p, _)| p.after == After::Colon) {
            continue;
        }
        let Some(desk) = desk_line(head) else {
            continue;
        };
        let mut out = vec![desk];
        out.extend(sequence(rest)?);
        return Some(out);
    }
    None
}

/// The first char of `s` (a space for an empty string).
fn first_char(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

/// Whether `c` is a dash: hyphen-minus, en and em dashes, figure dash, horizontal bar, minus.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‒' | '―' | '−')
}

/// Whether `s` is a news agency of [`AGENCIES`] (see there for case rules).
fn is_agency(s: &str) -> bool {
    agency_spelling(s).is_some()
}

/// The agency `s` names, as the table writes it ("EUROPA PRESS" in a dateline's capitals is
/// "Europa Press"; "Ansa" is "ANSA").
fn agency_spelling(s: &str) -> Option<&'static str> {
    let s = s.trim_end_matches('.');
    if s.len() > MAX_AGENCY_BYTES {
        return None;
    }
    let folded: String = s.chars().map(fold).collect();
    let &agency = FOLDED_AGENCIES.get(folded.as_str())?;
    if agency.chars().count() >= 5 || s == agency {
        return Some(agency);
    }
    // Short names: in capitals, or capitalised ("Ansa").
    let mut chars = s.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    (!s.chars().any(char::is_lowercase) || (first_upper && !chars.any(char::is_uppercase)))
        .then_some(agency)
}

/// Longest agency name of [`AGENCIES`], in bytes, with room for its folded forms.
const MAX_AGENCY_BYTES: usize = 64;

/// [`AGENCIES`] by their folded names (see [`fold`]).
static FOLDED_AGENCIES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    AGENCIES
        .iter()
        .map(|a| (a.chars().map(fold).collect(), *a))
        .collect()
});

/// `name` in the agency table's spelling when it names one ([`agency_spelling`]), else as
/// written.
fn spelled(name: String) -> String {
    agency_spelling(&name).map_or(name, str::to_string)
}

/// Whether `s` is the generic word for wire services ([`AGENCY_WORDS`]).
fn is_agency_word(s: &str) -> bool {
    AGENCY_WORDS.iter().any(|w| eq_folded(s, w))
}

/// Lower-cases `c` and drops the accents of Latin letters, so that "Édité", "edité" and "Edite"
/// compare equal; curly apostrophes become straight.
fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // `to_lowercase` yields at least one char; the first is the one that matters here.
    let c = c.to_lowercase().next().unwrap_or(c);
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        '’' | '‘' | 'ʼ' => '\'',
        _ => c,
    }
}

/// Whether `s` folds to `folded` (already folded).
fn eq_folded(s: &str, folded: &str) -> bool {
    s.chars().map(fold).eq(folded.chars())
}

/// Whether `a` and `b` fold to the same text.
fn eq_folded_both(a: &str, b: &str) -> bool {
    a.chars().map(fold).eq(b.chars().map(fold))
}

/// `s` without a leading `folded` phrase (case and accents ignored; a space in the phrase
/// matches any run of whitespace), or `None`.
fn strip_folded_prefix<'a>(s: &'a str, folded: &str) -> Option<&'a str> {
    let mut chars = s.char_indices().peekable();
    for want in folded.chars() {
        let (_, got) = chars.next()?;
        if want == ' ' {
            if !got.is_whitespace() {
                return None;
            }
            while chars.next_if(|&(_, c)| c.is_whitespace()).is_some() {}
        } else if fold(got) != want {
            return None;
        }
    }
    let end = chars.peek().map_or(s.len(), |&(i, _)| i);
    s.get(end..)
}

/// `s` without a trailing `folded` phrase (as [`strip_folded_prefix`], from the end), or `None`.
fn strip_folded_suffix<'a>(s: &'a str, folded: &str) -> Option<&'a str> {
    let mut chars = s.char_indices().rev().peekable();
    let mut start = s.len();
    for want in folded.chars().rev() {
        let (i, got) = chars.next()?;
        start = i;
        if want == ' ' {
            if !got.is_whitespace() {
                return None;
            }
            while let Some((j, _)) = chars.next_if(|&(_, c)| c.is_whitespace()) {
                start = j;
            }
        } else if fold(got) != want {
            return None;
        }
    }
    s.get(..start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(role: R, name: &str) -> Credit {
        Credit::new(role, name)
    }

    /// `contributed_line` rules a line out when it lacks " contributed", which every tail holds.
    #[test]
    fn every_contributed_tail_holds_the_word() {
        assert!(CONTRIBUTED_TAILS.iter().all(|t| t.contains(" contributed")));
    }

    /// `fold` lower-cases ASCII as `char::to_lowercase` does.
    #[test]
    fn fold_of_ascii_is_its_lower_case() {
        for c in (0..128u8).map(char::from) {
            assert_eq!(fold(c), c.to_lowercase().next().unwrap_or(c), "{c:?}");
        }
    }

    #[test]
    fn reporters_credited_at_the_end_are_the_authors_when_no_byline_names_any() {
        let page = r#"<html><body><article><h1>Floods close schools</h1>
            <p>Schools across the region stayed shut on Tuesday after the river burst its banks overnight.</p>
            <p>The ministry said classes would resume once the buildings had been checked by engineers.</p>
            <p>(Reporting by Jane Doe in Lyon; Editing by Ali Musa)</p></article></body></html>"#;
        let a = crate::extract(page, None).expect("extracts");
        let authors: Vec<&str> = a.authors.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(authors, ["Jane Doe"]);
        assert_eq!(a.editor.as_ref().map(|p| p.name.as_str()), Some("Ali Musa"));
        assert!(!a.text().contains("Reporting by"));
    }

    #[test]
    fn reuters_closings_in_french_and_spanish() {
        assert_eq!(
            parse_line(
                "(Reportage Benjamin Mallet, avec Tassilo Hummel; version française Blandine \
                 Hénault, édité par Sophie Louet)"
            ),
            Some(vec![
                c(R::Reporting, "Benjamin Mallet"),
                c(R::AdditionalReporting, "Tassilo Hummel"),
                c(R::Translation, "Blandine Hénault"),
                c(R::Editing, "Sophie Louet"),
            ])
        );
        assert_eq!(
            parse_line(
                "(Reporte de Daina Beth Solomon; reporte adicional de Noé Torres; editado en \
                 español por Javier López de Lérida)"
            ),
            Some(vec![
                c(R::Reporting, "Daina Beth Solomon"),
                c(R::AdditionalReporting, "Noé Torres"),
                c(R::Editing, "Javier López de Lérida"),
            ])
        );
        // "Avec" an agency is still the agency.
        assert_eq!(
            parse_line("(avec Reuters)"),
            Some(vec![c(R::Agency, "Reuters")])
        );
    }

    #[test]
    fn the_reporter_in_a_dated_dateline() {
        assert_eq!(
            dateline_credits("ਜਲੰਧਰ, 13 ਮਾਰਚ (ਰਾਹੁਲ ਸ਼ਰਮਾ)-ਸਮਾਰਟ ਸਿਟੀ ਮਿਸ਼ਨ ਤਹਿਤ ਸ਼ਹਿਰ ਵਿਚ"),
            [c(R::Reporting, "ਰਾਹੁਲ ਸ਼ਰਮਾ")]
        );
        // The day in Gurmukhi digits.
        assert_eq!(
            dateline_credits("ਜਲੰਧਰ, ੧੩ ਮਾਰਚ (ਰਾਹੁਲ ਸ਼ਰਮਾ)-ਸਮਾਰਟ ਸਿਟੀ ਮਿਸ਼ਨ ਤਹਿਤ ਸ਼ਹਿਰ ਵਿਚ"),
            [c(R::Reporting, "ਰਾਹੁਲ ਸ਼ਰਮਾ")]
        );
        assert_eq!(
            dateline_credits("Lucknow, March 13 (Rahul Sharma) - The city council said"),
            [c(R::Reporting, "Rahul Sharma")]
        );
        // An agency stays the agency; a place without a date names no reporter.
        assert_eq!(
            dateline_credits("PARIS, 13 mars (Reuters) - Le gouvernement"),
            [c(R::Source, "Reuters")]
        );
        assert!(dateline_credits("Berlin (Jane Doe) - Der Senat").is_empty());
    }

    #[test]
    fn afrikaans_translation_and_a_dashed_agency_line() {
        assert_eq!(
            parse_line("Vertaal deur Anneke Botha"),
            Some(vec![c(R::Translation, "Anneke Botha")])
        );
        // A dashed agency line alone is the source, as "(ANSA)" is.
        assert_eq!(parse_line("– AFP"), Some(vec![c(R::Source, "AFP")]));
    }

    #[test]
    fn somali_and_estonian_editing_credits() {
        assert_eq!(
            parse_line("Tifaftiray: Maxamed Cali Nuur"),
            Some(vec![c(R::Editing, "Maxamed Cali Nuur")])
        );
        assert_eq!(
            parse_line("Toimetaja: Merilin Pärli"),
            Some(vec![c(R::Editing, "Merilin Pärli")])
        );
        assert_eq!(
            parse_line("Toimittaja: Merilin Pärli"),
            Some(vec![c(R::Reporting, "Merilin Pärli")])
        );
    }

    #[test]
    fn a_profession_before_a_credited_name_is_no_part_of_it() {
        assert_eq!(
            parse_line("Autor: Rechtsanwalt Sebastian Einbock"),
            Some(vec![c(R::Writing, "Sebastian Einbock")])
        );
    }

    #[test]
    fn a_name_signed_in_bold_under_the_article_is_its_writer() {
        let page = |last: &str| {
            format!(
                r#"<html><body><article><h1>Halbfinale am Dienstag</h1>
                <p>München verliert bei Tappara Tampere mit 0:3 und verpasst das Endspiel der Champions Hockey League.</p>
                <p>Zweimal traf Kuusela im Powerplay, dazu kam ein Konter im letzten Drittel, der alles entschied.</p>
                <p>Das Finale findet nun in Schweden statt, wo Rögle BK auf den Sieger des zweiten Halbfinales wartet.</p>
                {last}</article></body></html>"#
            )
        };
        let a =
            crate::extract(&page("<p><b><i>Stefan Wasmer</i></b></p>"), None).expect("extracts");
        let authors: Vec<&str> = a.authors.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(authors, ["Stefan Wasmer"]);
        assert!(!a.text().contains("Stefan Wasmer"));
        // A closing sentence in bold is text, not a signature.
        let a = crate::extract(&page("<p><b>Das Rückspiel folgt am Freitag.</b></p>"), None)
            .expect("extracts");
        assert!(a.authors.is_empty());
        assert!(a.text().contains("Das Rückspiel folgt"));
    }

    fn p(text: &str) -> Block {
        Block::Paragraph {
            content: vec![Inline::plain(text)],
        }
    }

    fn lines(parts: &[&str]) -> Block {
        let mut content = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                content.push(Inline::LineBreak);
            }
            content.push(Inline::plain(*part));
        }
        Block::Paragraph { content }
    }

    fn heading(text: &str) -> Block {
        Block::Heading {
            level: 2,
            content: vec![Inline::plain(text)],
        }
    }

    const TEXT: &str = "Ultimately, Mali stands at a crossroads. The road ahead is fraught with \
        challenges and uncertainties that demand a compassionate and nuanced understanding.";
    const LAST: &str = "As we reflect on this complex web of struggles, we must remain vigilant; \
        the stories of these communities should resonate beyond the headlines.";

    fn line(s: &str) -> Option<Vec<Credit>> {
        parse_line(s)
    }

    #[test]
    fn credit_lines_in_more_languages_and_scripts() {
        let credit = |role, name: &str| Credit::new(role, name);
        assert_eq!(
            line("【责任编辑：王小明】"),
            Some(vec![credit(R::Editing, "王小明")])
        );
        assert_eq!(
            line("Автор: Иван Петров"),
            Some(vec![credit(R::Writing, "Иван Петров")])
        );
        assert_eq!(
            line("Редактор: Мария Сидорова"),
            Some(vec![credit(R::Editing, "Мария Сидорова")])
        );
        assert_eq!(
            line("تحرير: علي حسن"),
            Some(vec![credit(R::Editing, "علي حسن")])
        );
        assert_eq!(
            line("Penulis : Ahmad Fauzi | Editor : Siti Rahma"),
            Some(vec![
                credit(R::Writing, "Ahmad Fauzi"),
                credit(R::Editing, "Siti Rahma")
            ])
        );
        assert_eq!(
            line("Biên tập: Nguyễn Văn An"),
            Some(vec![credit(R::Editing, "Nguyễn Văn An")])
        );
        // Greek, Hebrew, Thai, Hungarian, Danish, Dutch, Croatian.
        assert_eq!(
            line("Επιμέλεια: Μαρία Παπαδοπούλου"),
            Some(vec![credit(R::Editing, "Μαρία Παπαδοπούλου")])
        );
        assert_eq!(
            line("עריכה: דנה כהן"),
            Some(vec![credit(R::Editing, "דנה כהן")])
        );
        assert_eq!(
            line("เรียบเรียง: สมชาย ใจดี"),
            Some(vec![credit(R::Editing, "สมชาย ใจดี")])
        );
        assert_eq!(
            line("Szerző: Kovács Péter | Szerkesztő: Nagy Anna"),
            Some(vec![
                credit(R::Writing, "Kovács Péter"),
                credit(R::Editing, "Nagy Anna")
            ])
        );
        assert_eq!(
            line("Redigeret af Mette Jensen"),
            Some(vec![credit(R::Editing, "Mette Jensen")])
        );
        assert_eq!(
            line("Eindredactie: Jan de Vries"),
            Some(vec![credit(R::Editing, "Jan de Vries")])
        );
        assert_eq!(
            line("Urednik: Ivana Horvat"),
            Some(vec![credit(R::Editing, "Ivana Horvat")])
        );
        // Spanish "Redactor:" names the writer (Romanian's editor): no editing credit.
        assert_ne!(
            line("Redactor: Juan Pérez"),
            Some(vec![credit(R::Editing, "Juan Pérez")])
        );
        // A sentence that starts like a label is not a credit.
        assert_eq!(line("Автор этой статьи долго думал"), None);
        assert_eq!(line("Redigeret af hensyn til plads og læsbarhed"), None);
        // Hungarian, Lithuanian, Latvian and Catalan editors.
        assert_eq!(
            line("Szerkesztette: Nagy Anna"),
            Some(vec![credit(R::Editing, "Nagy Anna")])
        );
        assert_eq!(
            line("Redagavo Rūta Jankauskienė"),
            Some(vec![credit(R::Editing, "Rūta Jankauskienė")])
        );
        assert_eq!(
            line("Redaktore: Ilze Kalniņa"),
            Some(vec![credit(R::Editing, "Ilze Kalniņa")])
        );
        assert_eq!(
            line("Edició: Marta Puig"),
            Some(vec![credit(R::Editing, "Marta Puig")])
        );
        assert_eq!(line("Szerkesztette a rovat vezetője tegnap este"), None);
        assert_eq!(
            line("Disunting oleh Mohd Faizal Ismail"),
            Some(vec![credit(R::Editing, "Mohd Faizal Ismail")])
        );
        assert_eq!(
            line("Imehaririwa na Grace Mushi"),
            Some(vec![credit(R::Editing, "Grace Mushi")])
        );
        assert_eq!(
            line(
                "Associated Press writers Colleen Slevin in Denver and Jim Anderson contributed to this report."
            ),
            Some(vec![
                credit(R::AdditionalReporting, "Colleen Slevin"),
                credit(R::AdditionalReporting, "Jim Anderson")
            ])
        );
        assert_eq!(
            line("Jane Doe contributed reporting from Paris."),
            Some(vec![credit(R::AdditionalReporting, "Jane Doe")])
        );
        // Nor a sentence whose clause goes on, or whose "name" is one word.
        assert_eq!(
            line("Mr. Smith contributed to this report's findings."),
            None
        );
        assert_eq!(
            line("Rising Costs contributed reporting delays, officials said."),
            None
        );
        assert_eq!(
            line("Data from the Census Bureau contributed to this report."),
            None
        );
        assert_eq!(
            line(
                "Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow contributed to this report."
            ),
            Some(vec![
                credit(R::AdditionalReporting, "Marcia Dunn"),
                credit(R::AdditionalReporting, "Vladimir Isachenkov")
            ])
        );
        assert_eq!(
            line("Jane Doe contributed to this report from Washington."),
            Some(vec![credit(R::AdditionalReporting, "Jane Doe")])
        );
        // A sentence about a contribution is not a credit.
        assert_eq!(
            line("The city said the new fund contributed to this report's findings."),
            None
        );
        // The masthead's chief editor is not the article's editor.
        assert!(editors_in_line("Bản quyền © 2026 Tuổi Trẻ. Tổng biên tập: Lê Thế Chữ").is_empty());
        assert!(editors_in_line("Chief editor: John Smith").is_empty());
        assert_eq!(
            editors_in_line("Biên tập: Nguyễn Văn An"),
            vec!["Nguyễn Văn An"]
        );
    }

    #[test]
    fn chinese_and_korean_datelines_credit_their_reporters() {
        assert_eq!(
            dateline_credits("新华社武汉3月14日电（记者张伟、李娜）湖北省今天发布了新的政策。"),
            [
                Credit::new(R::Reporting, "张伟"),
                Credit::new(R::Reporting, "李娜")
            ]
        );
        assert_eq!(
            dateline_credits("(서울=연합뉴스) 김철수 기자 = 서울시가 다음 달부터 운행을 연장한다."),
            [
                Credit::new(R::Source, "연합뉴스"),
                Credit::new(R::Reporting, "김철수")
            ]
        );
        // A parenthesis in a sentence is no dateline.
        assert!(dateline_credits("湖北省（中国中部）今天发布了新的政策。").is_empty());
        assert!(dateline_credits("(서울) 시민들은 = 기다렸다").is_empty());
    }

    #[test]
    fn role_labels_between_names_in_a_chinese_dateline_are_not_names() {
        let want = [
            Credit::new(R::Reporting, "张伟"),
            Credit::new(R::Reporting, "李娜"),
        ];
        assert_eq!(
            dateline_credits("本报讯（记者 张伟 通讯员 李娜）大桥将于下周一恢复通车。"),
            want
        );
        assert_eq!(
            dateline_credits("本报讯（记者张伟 通讯员李娜）大桥将于下周一恢复通车。"),
            want
        );
    }

    #[test]
    fn a_korean_closing_signature_names_the_reporter() {
        let para = |t: &str| Block::Paragraph {
            content: vec![Inline::Text { text: t.into() }],
        };
        assert_eq!(
            reporter_signature(&para("홍길동 기자 hong@hanbit.example")),
            Some("홍길동".into())
        );
        assert_eq!(
            reporter_signature(&para("/홍길동 기자")),
            Some("홍길동".into())
        );
        // A sentence that ends with the word "reporter" is not a signature.
        assert_eq!(reporter_signature(&para("그는 기자 출신이다")), None);
        assert_eq!(reporter_signature(&para("John Doe 기자")), None);
        let mut blocks = vec![
            para("수도권에 비상저감조치가 발령됐다."),
            para("환경부는 이렇게 밝혔다."),
            para("차량 운행이 제한된다."),
            para("홍길동 기자 hong@hanbit.example"),
        ];
        assert_eq!(take(&mut blocks), [Credit::new(R::Writing, "홍길동")]);
        assert_eq!(blocks.len(), 3);
    }

    #[test]
    fn a_japanese_dateline_names_its_reporter_unless_an_agency() {
        assert_eq!(
            dateline_credits("【ワシントン＝山田太郎】米商務省は13日、規制を強化すると発表した。"),
            [Credit::new(R::Reporting, "山田太郎")]
        );
        for text in [
            "【ワシントン＝共同】米商務省は13日、発表した。",
            "【パリ＝AFP】仏政府は13日、発表した。",
            "【3月14日 AFP】北部の州で大雨が続いた。",
            "【関連記事】北陸新幹線延伸",
        ] {
            assert!(
                dateline_credits(text)
                    .iter()
                    .all(|c| c.role != R::Reporting),
                "{text}"
            );
        }
    }

    #[test]
    fn a_taiwanese_reporter_tag_names_its_reporters() {
        assert_eq!(
            dateline_credits("〔記者王美玲／台北報導〕交通部今（14）日宣布，台鐵票價將調漲。"),
            [Credit::new(R::Reporting, "王美玲")]
        );
        assert_eq!(
            dateline_credits("【記者王美玲、李小明／台中報導】市府今日宣布。"),
            [
                Credit::new(R::Reporting, "王美玲"),
                Credit::new(R::Reporting, "李小明")
            ]
        );
        // No place and "reports" after the slash: not a reporter tag.
        assert!(dateline_credits("〔記者王美玲／攝影〕市府今日宣布。").is_empty());
    }

    #[test]
    fn the_editor_in_a_byline_that_holds_other_things() {
        assert_eq!(
            editors_in_line("Written by Jane Doe | Edited by Ali Musa | Updated: March 14, 2026"),
            ["Ali Musa"]
        );
        assert_eq!(
            editors_in_line("By Jane Doe, Edited by Ali Musa"),
            ["Ali Musa"]
        );
        assert_eq!(
            editors_in_line("Written By: अनिल वर्मा | Edited By: राहुल शर्मा | Updated: 14 Mar"),
            ["राहुल शर्मा"]
        );
        assert_eq!(editors_in_line("Edited By: Ali Musa"), ["Ali Musa"]);
        assert_eq!(
            editors_in_line("By HT News Desk | Edited by Ali Musa - Updated on Mar 14"),
            ["Ali Musa"]
        );
        assert_eq!(
            editors_in_line("来源：新华网 【责任编辑：王小明】"),
            ["王小明"]
        );
        assert_eq!(editors_in_line("来源：新华网 责任编辑：王小明"), ["王小明"]);
        // The picture editor after the editor on the same line is not one.
        assert_eq!(editors_in_line("责任编辑：王海 图片编辑：金洁"), ["王海"]);
        assert_eq!(
            parse_line("责任编辑：王海 图片编辑：金洁"),
            Some(vec![c(R::Editing, "王海"), c(R::Photo, "金洁")])
        );
        assert!(editors_in_line("The film was edited by hand over three weeks").is_empty());
        assert!(
            editors_in_line("Directed by Ana Lima and edited by Paulo Reis, the film opens")
                .is_empty()
        );
        assert!(editors_in_line("The film, edited by Paulo Reis, opens today").is_empty());
        assert!(editors_in_line("Written by Jane Doe").is_empty());
        assert!(may_credit_editing(
            "written by jane doe | edited by ali musa"
        ));
        assert!(!may_credit_editing("written by jane doe"));
    }

    #[test]
    fn seed_page_ending_leaves_the_body() {
        let mut blocks = vec![
            p(TEXT),
            heading("Mounting Security Challenges"),
            p(TEXT),
            p(LAST),
            p("Edited By Ali Musa"),
            p("Axadle Times International – Monitoring."),
        ];
        let credits = take(&mut blocks);
        assert_eq!(
            credits,
            vec![
                c(R::Editing, "Ali Musa"),
                c(R::Source, "Axadle Times International")
            ]
        );
        assert_eq!(blocks.len(), 4);
        assert_eq!(blocks.last(), Some(&p(LAST)));
    }

    #[test]
    fn edited_written_compiled_translated() {
        assert_eq!(
            line("Edited By Ali Musa"),
            Some(vec![c(R::Editing, "Ali Musa")])
        );
        assert_eq!(
            line("Editing by Mark Heinrich"),
            Some(vec![c(R::Editing, "Mark Heinrich")])
        );
        assert_eq!(
            line("Edited by Ali Musa and Jane Doe."),
            Some(vec![c(R::Editing, "Ali Musa"), c(R::Editing, "Jane Doe")])
        );
        assert_eq!(
            line("Edited by: J. R. Smith"),
            Some(vec![c(R::Editing, "J. R. Smith")])
        );
        assert_eq!(
            line("Written by Sarah O'Brien"),
            Some(vec![c(R::Writing, "Sarah O'Brien")])
        );
        assert_eq!(
            line("Compiled by Omar al-Sayed"),
            Some(vec![c(R::Writing, "Omar al-Sayed")])
        );
        assert_eq!(
            line("Translated by Anne-Marie de la Cruz"),
            Some(vec![c(R::Translation, "Anne-Marie de la Cruz")])
        );
    }

    #[test]
    fn reuters_sequences_split_roles_and_drop_places() {
        assert_eq!(
            line("(Reporting by Jean Dupont in Paris; Editing by Alison Williams)"),
            Some(vec![
                c(R::Reporting, "Jean Dupont"),
                c(R::Editing, "Alison Williams")
            ])
        );
        assert_eq!(
            line(
                "Reporting by Steve Holland and Jeff Mason in Washington; Additional reporting \
                 by Idrees Ali; Writing by Simon Lewis; Editing by Chris Reese and Lisa Shumaker"
            ),
            Some(vec![
                c(R::Reporting, "Steve Holland"),
                c(R::Reporting, "Jeff Mason"),
                c(R::AdditionalReporting, "Idrees Ali"),
                c(R::Writing, "Simon Lewis"),
                c(R::Editing, "Chris Reese"),
                c(R::Editing, "Lisa Shumaker"),
            ])
        );
        assert_eq!(
            line("Reporting by Ana Ruiz. Editing by Tom Brown."),
            Some(vec![
                c(R::Reporting, "Ana Ruiz"),
                c(R::Editing, "Tom Brown")
            ])
        );
        assert_eq!(
            line("Additional reporting from Reuters"),
            Some(vec![c(R::AdditionalReporting, "Reuters")])
        );
        assert_eq!(
            line("Contributing: Jane Doe, John Roe, USA TODAY"),
            Some(vec![
                c(R::AdditionalReporting, "Jane Doe"),
                c(R::AdditionalReporting, "John Roe"),
                c(R::AdditionalReporting, "USA TODAY"),
            ])
        );
    }

    #[test]
    fn photo_image_and_source_labels() {
        assert_eq!(
            line("Photo: Ludovic Marin"),
            Some(vec![c(R::Photo, "Ludovic Marin")])
        );
        assert_eq!(
            line("Photos: Ludovic Marin / AFP"),
            Some(vec![c(R::Photo, "Ludovic Marin"), c(R::Photo, "AFP")])
        );
        assert_eq!(
            line("Image: Getty Images"),
            Some(vec![c(R::Photo, "Getty Images")])
        );
        assert_eq!(line("Source: Reuters"), Some(vec![c(R::Source, "Reuters")]));
        assert_eq!(
            line("Sources: Ministry of Health, World Bank"),
            Some(vec![
                c(R::Source, "Ministry of Health"),
                c(R::Source, "World Bank")
            ])
        );
    }

    #[test]
    fn agency_lines() {
        for (text, name) in [
            ("(Reuters)", "Reuters"),
            ("(AP)", "AP"),
            ("(AFP).", "AFP"),
            ("- Reuters", "Reuters"),
            ("— AFP", "AFP"),
            ("Agencies", "Agencies"),
        ] {
            assert_eq!(line(text), Some(vec![c(R::Source, name)]), "{text}");
        }
        assert_eq!(line("With AFP"), Some(vec![c(R::Agency, "AFP")]));
        assert_eq!(line("with Reuters"), Some(vec![c(R::Agency, "Reuters")]));
        assert_eq!(line("With agencies"), Some(vec![c(R::Agency, "agencies")]));
        assert_eq!(
            line("With Associated Press and Agence France-Presse"),
            Some(vec![
                c(R::Agency, "Associated Press"),
                c(R::Agency, "Agence France-Presse")
            ])
        );
        assert_eq!(line("Via Reuters"), Some(vec![c(R::Source, "Reuters")]));
        // Short agency names only as written or capitalised.
        assert_eq!(line("with ap"), None);
        assert_eq!(line("With love"), None);
    }

    #[test]
    fn a_desk_and_a_labelled_credit_on_one_line() {
        assert_eq!(
            line("Gündem Haber TV Haber Merkezi Editör: Elif Aydın"),
            Some(vec![
                c(R::Source, "Gündem Haber TV"),
                c(R::Editing, "Elif Aydın")
            ])
        );
        assert_eq!(
            line("Haber Merkezi"),
            Some(vec![c(R::Source, "Haber Merkezi")])
        );
        // A label without its colon is a word of the text, not a credit.
        assert_eq!(
            line("Gündem Haber TV Haber Merkezi editör Elif Aydın oldu"),
            None
        );
        // The Turkish label is an editing phrase like the English one.
        assert!(may_credit_editing("Editör: Elif Aydın"));
        assert!(may_credit_editing("Editor: Jane Doe"));
    }

    #[test]
    fn editing_labels_of_persian_and_hindi() {
        assert_eq!(
            line("ویرایش: علی رضایی"),
            Some(vec![c(R::Editing, "علی رضایی")])
        );
        assert_eq!(
            line("संपादन: राम कुमार"),
            Some(vec![c(R::Editing, "राम कुमार")])
        );
        assert_eq!(
            line("Laporan: Budi Santoso"),
            Some(vec![c(R::Reporting, "Budi Santoso")])
        );
    }

    #[test]
    fn a_korean_portal_names_the_paper_that_provided_the_story() {
        assert_eq!(
            line("기사제공 한빛일보"),
            Some(vec![c(R::Source, "한빛일보")])
        );
    }

    #[test]
    fn desk_lines() {
        for text in [
            "Axadle Times International – Monitoring.",
            "Axadle Times International - Monitoring",
            "Axadle Times International — Monitoring",
            "Axadle Times International News Desk",
            "Axadle Times International Desk",
        ] {
            assert_eq!(
                line(text),
                Some(vec![c(R::Source, "Axadle Times International")]),
                "{text}"
            );
        }
        assert_eq!(line("Web Desk"), Some(vec![c(R::Source, "Web Desk")]));
        assert_eq!(
            line("Le Monde – Rédaction"),
            Some(vec![c(R::Source, "Le Monde")])
        );
        // No name before the desk word, or a service named "Monitoring" without a dash.
        assert_eq!(line("Monitoring."), None);
        assert_eq!(line("Desk"), None);
        assert_eq!(line("BBC Monitoring"), None);
        assert_eq!(line("Call the news desk"), None);
    }

    #[test]
    fn french_lines() {
        assert_eq!(
            line("Édité par Marie Curie"),
            Some(vec![c(R::Editing, "Marie Curie")])
        );
        assert_eq!(
            line("Édition : Paul Martin"),
            Some(vec![c(R::Editing, "Paul Martin")])
        );
        assert_eq!(line("Avec AFP"), Some(vec![c(R::Agency, "AFP")]));
        assert_eq!(line("(avec Reuters)"), Some(vec![c(R::Agency, "Reuters")]));
        assert_eq!(
            line("Avec AFP et Reuters"),
            Some(vec![c(R::Agency, "AFP"), c(R::Agency, "Reuters")])
        );
        assert_eq!(line("Source : AFP"), Some(vec![c(R::Source, "AFP")]));
        assert_eq!(
            line("Photo : Thomas Samson / AFP"),
            Some(vec![c(R::Photo, "Thomas Samson"), c(R::Photo, "AFP")])
        );
        assert_eq!(
            line("Propos recueillis par Jean-Luc Godard"),
            Some(vec![c(R::Reporting, "Jean-Luc Godard")])
        );
        assert_eq!(
            line("Traduit par Anne Dubois"),
            Some(vec![c(R::Translation, "Anne Dubois")])
        );
        assert_eq!(
            line("Rédigé par Luc Besson"),
            Some(vec![c(R::Writing, "Luc Besson")])
        );
        assert_eq!(line("Par Jean Dupont"), None);
    }

    #[test]
    fn german_lines() {
        for text in ["Mit Material von dpa", "Mit Material der dpa", "mit dpa"] {
            assert_eq!(line(text), Some(vec![c(R::Agency, "dpa")]), "{text}");
        }
        assert_eq!(line("Quelle: dpa"), Some(vec![c(R::Source, "dpa")]));
        assert_eq!(line("Źródło: ISBnews"), Some(vec![c(R::Source, "ISBnews")]));
        assert_eq!(
            line("Redaktion: Anna Schmidt"),
            Some(vec![c(R::Editing, "Anna Schmidt")])
        );
        assert_eq!(
            line("Bearbeitet von Jörg Müller"),
            Some(vec![c(R::Editing, "Jörg Müller")])
        );
        assert_eq!(
            line("Foto: Kay Nietfeld/dpa"),
            Some(vec![c(R::Photo, "Kay Nietfeld"), c(R::Photo, "dpa")])
        );
        assert_eq!(
            line("Übersetzt von Eva von der Leyen"),
            Some(vec![c(R::Translation, "Eva von der Leyen")])
        );
        assert_eq!(line("(dpa)"), Some(vec![c(R::Source, "dpa")]));
        assert_eq!(line("dpa/lnw"), Some(vec![c(R::Source, "dpa")]));
        assert_eq!(
            line("dpa/AFP"),
            Some(vec![c(R::Source, "dpa"), c(R::Source, "AFP")])
        );
        assert_eq!(
            line("AFP/dpa"),
            Some(vec![c(R::Source, "AFP"), c(R::Source, "dpa")])
        );
        assert_eq!(line("jol/dpa"), Some(vec![c(R::Source, "dpa")]));
        assert_eq!(line("lnw"), Some(vec![c(R::Source, "dpa")]));
        // Initials alone, or a word that is not an agency, are not a tag.
        assert_eq!(line("jol"), None);
        assert_eq!(line("Hamburg/Berlin"), None);
        assert_eq!(line("Von Max Mustermann"), None);
    }

    #[test]
    fn spanish_portuguese_italian_lines() {
        assert_eq!(
            line("Con información de Reuters"),
            Some(vec![c(R::Agency, "Reuters")])
        );
        assert_eq!(
            line("Con información de EFE y AFP"),
            Some(vec![c(R::Agency, "EFE"), c(R::Agency, "AFP")])
        );
        assert_eq!(
            line("Editado por Laura Gómez"),
            Some(vec![c(R::Editing, "Laura Gómez")])
        );
        assert_eq!(
            line("Edición de Pedro Sánchez"),
            Some(vec![c(R::Editing, "Pedro Sánchez")])
        );
        assert_eq!(
            line("Fuente: Ministerio de Salud"),
            Some(vec![c(R::Source, "Ministerio de Salud")])
        );
        assert_eq!(line("Foto: EFE"), Some(vec![c(R::Photo, "EFE")]));
        assert_eq!(
            line("Redacción: Ana Ruiz"),
            Some(vec![c(R::Writing, "Ana Ruiz")])
        );
        assert_eq!(line("(EFE)"), Some(vec![c(R::Source, "EFE")]));
        assert_eq!(line("Con agencias"), Some(vec![c(R::Agency, "agencias")]));

        assert_eq!(
            line("Com informações de Reuters"),
            Some(vec![c(R::Agency, "Reuters")])
        );
        assert_eq!(line("Com Reuters"), Some(vec![c(R::Agency, "Reuters")]));
        assert_eq!(
            line("Edição: João da Silva"),
            Some(vec![c(R::Editing, "João da Silva")])
        );
        assert_eq!(
            line("Fonte: Agência Lusa"),
            Some(vec![c(R::Source, "Agência Lusa")])
        );
        assert_eq!(
            line("Reportagem de Maria dos Santos"),
            Some(vec![c(R::Reporting, "Maria dos Santos")])
        );

        // The agency as it writes itself, not as the line does.
        assert_eq!(line("Con Ansa"), Some(vec![c(R::Agency, "ANSA")]));
        assert_eq!(
            line("A cura di Mario Rossi"),
            Some(vec![c(R::Editing, "Mario Rossi")])
        );
        assert_eq!(
            line("Modificato da Giulia Bianchi"),
            Some(vec![c(R::Editing, "Giulia Bianchi")])
        );
        assert_eq!(line("(ANSA)"), Some(vec![c(R::Source, "ANSA")]));
        // "Con" followed by a name is a name ("Con Coughlin"), not a wire credit.
        assert_eq!(line("Con Coughlin"), None);
    }

    #[test]
    fn publisher_with_agency_lines() {
        assert_eq!(
            line("Le Monde avec AFP"),
            Some(vec![c(R::Source, "Le Monde"), c(R::Agency, "AFP")])
        );
        assert_eq!(
            line("Franceinfo avec AFP et Reuters"),
            Some(vec![
                c(R::Source, "Franceinfo"),
                c(R::Agency, "AFP"),
                c(R::Agency, "Reuters")
            ])
        );
        assert_eq!(
            line("Tagesschau mit dpa"),
            Some(vec![c(R::Source, "Tagesschau"), c(R::Agency, "dpa")])
        );
        assert_eq!(line("Le Monde avec ses lecteurs"), None);
        assert_eq!(line("Coffee with friends"), None);
    }

    #[test]
    fn realistic_wire_endings() {
        assert_eq!(
            line(
                "Additional reporting by Idrees Ali in Washington and Michelle Nichols at the \
                 United Nations; Writing by Jan Harvey, editing by Angus MacSwan"
            ),
            Some(vec![
                c(R::AdditionalReporting, "Idrees Ali"),
                c(R::AdditionalReporting, "Michelle Nichols"),
                c(R::Writing, "Jan Harvey"),
                c(R::Editing, "Angus MacSwan"),
            ])
        );
        assert_eq!(
            line("Reporting by Reuters Tokyo newsroom"),
            Some(vec![c(R::Reporting, "Reuters Tokyo newsroom")])
        );
        assert_eq!(
            line("Quelle: ntv.de, dpa"),
            Some(vec![c(R::Source, "ntv.de"), c(R::Source, "dpa")])
        );
        assert_eq!(line("Quelle: www"), None);
    }

    #[test]
    fn sentences_are_not_attribution() {
        for text in [
            "The bill was edited by committee members before the vote, officials said.",
            "Source: the ministry said on Monday that twelve people had died in the floods",
            "Photo",
            "Photo:",
            "Edited by",
            "Reporting by the time the sun rose, the crowd had gone home",
            "With the vote delayed, lawmakers went home.",
            "Reuters reported that the talks had failed.",
            "The towns targeted include Diboli, Kayes and Sandere.",
            LAST,
            "",
        ] {
            assert_eq!(line(text), None, "{text}");
        }
        // A long line is not attribution even if it is made of names.
        let long = format!("Edited by {}", ["Ali Musa"; 40].join(" and "));
        assert_eq!(line(&long), None);
    }

    #[test]
    fn bylines_only_in_the_final_block() {
        let mut blocks = vec![p("Par Jean Dupont"), p(TEXT), p("Par Marie Curie")];
        assert_eq!(take(&mut blocks), vec![c(R::Writing, "Marie Curie")]);
        assert_eq!(blocks, vec![p("Par Jean Dupont"), p(TEXT)]);

        let mut blocks = vec![p(TEXT), p("Von Max Mustermann"), p("Mit Material von dpa")];
        assert_eq!(
            take(&mut blocks),
            vec![c(R::Writing, "Max Mustermann"), c(R::Agency, "dpa")]
        );
        assert_eq!(blocks, vec![p(TEXT)]);

        // A German sentence starting with "Von" is text.
        let mut blocks = vec![p(TEXT), p("Von Montag an gilt die neue Regel.")];
        assert!(take(&mut blocks).is_empty());
        assert_eq!(blocks.len(), 2);
    }

    #[test]
    fn trailing_lines_after_a_break_are_cut() {
        let mut blocks = vec![
            p(TEXT),
            lines(&[
                LAST,
                "",
                "Reporting by Ana Ruiz; Editing by Tom Brown",
                "(Reuters)",
            ]),
        ];
        let credits = take(&mut blocks);
        assert_eq!(
            credits,
            vec![
                c(R::Reporting, "Ana Ruiz"),
                c(R::Editing, "Tom Brown"),
                c(R::Source, "Reuters")
            ]
        );
        assert_eq!(blocks, vec![p(TEXT), p(LAST)]);

        // A paragraph of credit lines only goes whole.
        let mut blocks = vec![p(TEXT), lines(&["Edited by Ali Musa", "Photo: Jane Doe"])];
        assert_eq!(
            take(&mut blocks),
            vec![c(R::Editing, "Ali Musa"), c(R::Photo, "Jane Doe")]
        );
        assert_eq!(blocks, vec![p(TEXT)]);
    }

    #[test]
    fn credit_runs_in_mixed_markup_are_read_as_one_line() {
        let mut blocks = vec![
            p(TEXT),
            Block::Paragraph {
                content: vec![
                    Inline::Emphasis {
                        text: "Edited by ".to_string(),
                    },
                    Inline::Link {
                        text: "Ali Musa".to_string(),
                        href: "https://example.com/ali".to_string(),
                    },
                ],
            },
        ];
        assert_eq!(take(&mut blocks), vec![c(R::Editing, "Ali Musa")]);
        assert_eq!(blocks, vec![p(TEXT)]);
    }

    #[test]
    fn the_dateline_after_a_standfirst_is_read() {
        let mut blocks = vec![
            p("El Gobierno chileno abre el puente más largo del país tras seis años de obras."),
            p("Santiago de Chile, 14 mar (EFE).- Chile inauguró este sábado el puente."),
            p(TEXT),
        ];
        assert_eq!(take(&mut blocks), vec![c(R::Source, "EFE")]);
        assert_eq!(blocks.len(), 3, "the dateline's text stays");
        let mut blocks = vec![
            p("（原标题：北京今年将新增100个口袋公园）"),
            p("新京报讯（记者 赵晨）记者3月14日从北京市园林绿化局获悉。"),
        ];
        assert_eq!(take(&mut blocks), vec![c(R::Reporting, "赵晨")]);
        // A dateline in the third paragraph is the text's, not the article's.
        let mut blocks = vec![
            p(TEXT),
            p(LAST),
            p("PARIS, 13 mars (Reuters) - Le gouvernement a annoncé."),
        ];
        assert!(take(&mut blocks).is_empty());
    }

    #[test]
    fn closing_editor_and_source_lines_of_chinese_portals() {
        let mut blocks = vec![p(TEXT), p("本文来源：新京报"), p("责任编辑：刘佳_NBJ11279")];
        assert_eq!(
            take(&mut blocks),
            vec![c(R::Source, "新京报"), c(R::Editing, "刘佳")]
        );
        assert_eq!(blocks.len(), 1);
        assert_eq!(cut_staff_code("刘佳_NBJ11279"), "刘佳");
        // Only after a Han name, and only a code with a digit.
        assert_eq!(cut_staff_code("jane_doe"), "jane_doe");
        assert_eq!(cut_staff_code("Jane_AB12"), "Jane_AB12");
        assert_eq!(cut_staff_code("刘佳_NBJ"), "刘佳_NBJ");
    }

    #[test]
    fn an_agency_slash_then_a_label_reads_both() {
        assert_eq!(
            parse_line("dpa/Redaktion: Tobias Richter"),
            Some(vec![c(R::Source, "dpa"), c(R::Editing, "Tobias Richter")])
        );
        // A slash inside what is not an agency: no credit.
        assert_eq!(parse_line("Bund/Länder: Einigung erzielt"), None);
    }

    #[test]
    fn a_turkish_editor_label_is_an_editing_credit() {
        assert_eq!(
            parse_line("Düzenleyen: Zeynep Arslan"),
            Some(vec![c(R::Editing, "Zeynep Arslan")])
        );
        assert_eq!(parse_line("Düzenleyen kurum açıklama yaptı"), None);
    }

    #[test]
    fn closing_desk_codes_go_without_a_credit() {
        let mut blocks = vec![p(TEXT), p("(ams/rih)")];
        assert_eq!(take(&mut blocks), vec![]);
        assert_eq!(blocks.len(), 1);
        // A bracketed word or a code alone stays.
        for last in ["(and so on)", "(ams)", "(AMS/RIH)", "(ams/rihanna)"] {
            let mut blocks = vec![p(TEXT), p(last)];
            take(&mut blocks);
            assert_eq!(blocks.len(), 2, "{last}");
        }
        // Agencies' codes in lower case are the agencies' tag, a source.
        for last in ["(dpa/lnw)", "(afp/dpa)"] {
            let mut blocks = vec![p(TEXT), p(last)];
            let credits = take(&mut blocks);
            assert!(
                credits.iter().any(|c| c.role == R::Source),
                "{last}: {credits:?}"
            );
        }
    }

    #[test]
    fn credits_opening_a_closing_note_are_read_and_the_note_stays() {
        let mut blocks = vec![
            p(TEXT),
            p(
                "Edited by Marcus Bell. This story was produced with support from the Coastal Reporting Fund.",
            ),
        ];
        assert_eq!(take(&mut blocks), vec![c(R::Editing, "Marcus Bell")]);
        assert_eq!(blocks.len(), 2);
        // Closing sentences of prose credit no one.
        let mut blocks = vec![
            p(TEXT),
            p("Officials said the vote was close. Residents will be asked again in May."),
        ];
        assert_eq!(take(&mut blocks), vec![]);
        assert_eq!(blocks.len(), 2);
        // An initial is no sentence's end.
        assert_eq!(first_sentence("Edited by J. Smith and A. Roe"), None);
        // Nor is a title's abbreviation before the name.
        let mut blocks = vec![
            p(TEXT),
            p("Edited by Dr. Jane Roe. This story was produced with support from the Fund."),
        ];
        assert_eq!(take(&mut blocks), vec![c(R::Editing, "Dr. Jane Roe")]);
        assert_eq!(
            first_sentence("Written by St. John Smith. He lives in Oxford."),
            Some(("Written by St. John Smith", "He lives in Oxford."))
        );
    }

    #[test]
    fn a_label_of_another_credit_is_recognised_in_any_language() {
        assert!(opens_other_credit("บรรณาธิการ: วิภาวดี ศรีสุข"));
        assert!(opens_other_credit("Editor: Jane Doe"));
        assert!(opens_other_credit("Foto: Jane Doe"));
        // The writer's own labels, and a word without its colon, are not.
        assert!(!opens_other_credit("Autor: Jane Doe"));
        assert!(!opens_other_credit("Editor Jane Doe"));
    }

    #[test]
    fn a_japanese_closing_bracket_signature_names_the_reporters() {
        let mut blocks = vec![
            p(TEXT),
            p("静岡県の知事は会談後、「富士山は世界の宝。」と述べた。【山田太郎】"),
        ];
        assert_eq!(take(&mut blocks), vec![c(R::Reporting, "山田太郎")]);
        assert_eq!(blocks.len(), 2);
        assert!(matches!(blocks.last(), Some(Block::Paragraph { content })
            if content.iter().map(Inline::text).collect::<String>() == "静岡県の知事は会談後、「富士山は世界の宝。」と述べた。"));
        let mut blocks = vec![p(TEXT), p("両県は方針を決めた。【山田太郎、佐藤花子】")];
        assert_eq!(
            take(&mut blocks),
            vec![c(R::Reporting, "山田太郎"), c(R::Reporting, "佐藤花子")]
        );
        // Not a signature: a label, a place and agency, or a bracket inside the sentence.
        for last in [
            "方針を決めた。【责任编辑：王小明】",
            "方針を決めた。【ワシントン＝共同】",
            "【速報】方針を決めた",
        ] {
            let mut blocks = vec![p(TEXT), p(last)];
            assert!(
                take(&mut blocks).iter().all(|c| c.role != R::Reporting),
                "{last}"
            );
        }
    }

    #[test]
    fn a_taiwanese_agency_dateline_in_brackets_names_the_reporters() {
        let names = |t: &str| {
            dateline_credits(t)
                .into_iter()
                .filter(|c| c.role == R::Reporting)
                .map(|c| c.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names("（中央社記者林小明台北14日電）交通部今天表示，新列車將上線。"),
            vec!["林小明"]
        );
        assert_eq!(
            names("（中央社記者王揚宇、溫貴香台北14日電）行政院今天通過草案。"),
            vec!["王揚宇", "溫貴香"]
        );
        assert_eq!(
            names("（中央社記者林育立柏林14日專電）德國政府宣布新措施。"),
            vec!["林育立"]
        );
        assert_eq!(
            names("（中央社記者林欣台北14日電）股市今天上漲。"),
            vec!["林欣"]
        );
        // No reporter: a dispatch compiled from wires, a parenthesis inside the text.
        for t in [
            "（中央社華盛頓14日綜合外電報導）美國政府今天表示。",
            "交通部（記者會上）表示，新列車將上線。",
        ] {
            assert!(names(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_compiled_wire_dateline_in_brackets_credits_the_agency() {
        let sources = |t: &str| {
            dateline_credits(t)
                .into_iter()
                .filter(|c| c.role == R::Source)
                .map(|c| c.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            sources("（中央社華盛頓14日綜合外電報導）美國政府今天表示。"),
            vec!["中央社"]
        );
        assert_eq!(
            sources("（中央社台北14日電）股市今天上漲。"),
            vec!["中央社"]
        );
        // Not an agency, no day, or a reporter named (read as such elsewhere).
        for t in [
            "（本報台北14日綜合報導）市府今天表示。",
            "（中央社台北綜合外電報導）美國政府今天表示。",
            "交通部（記者會上）表示，新列車將上線。",
        ] {
            assert!(sources(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_taiwanese_agency_editor_tag_glued_to_the_last_sentence() {
        let text_of = |b: &Block| match b {
            Block::Paragraph { content } => content.iter().map(Inline::text).collect::<String>(),
            _ => String::new(),
        };
        for (last, kept) in [
            (
                "學者認為須同步更新。（編輯：陳大文）1150314",
                "學者認為須同步更新。",
            ),
            (
                "学者认为须同步更新。（编辑：陈大文）",
                "学者认为须同步更新。",
            ),
        ] {
            let mut blocks = vec![p(TEXT), p(last)];
            let credits = take(&mut blocks);
            assert!(
                credits
                    .iter()
                    .any(|c| c.role == R::Editing && (c.name == "陳大文" || c.name == "陈大文")),
                "{last}: {credits:?}"
            );
            assert_eq!(blocks.len(), 2);
            assert_eq!(text_of(&blocks[1]), kept);
        }
        // Not a tag: inside the sentence, a label-less parenthesis, a long number after it.
        for last in [
            "學者（編輯：陳大文）認為須同步更新。",
            "學者認為須同步更新。（陳大文）1150314",
            "學者認為須同步更新。（編輯：陳大文）123",
        ] {
            let mut blocks = vec![p(TEXT), p(last)];
            take(&mut blocks);
            assert_eq!(text_of(&blocks[1]), last, "{last}");
        }
    }

    #[test]
    fn the_turkish_editor_label() {
        assert_eq!(
            parse_line("Editör: Elif Aydın"),
            Some(vec![c(R::Editing, "Elif Aydın")])
        );
    }

    #[test]
    fn the_walk_stops_at_text_headings_and_after_four_blocks() {
        let mut blocks = vec![
            p(TEXT),
            p("Edited by Ali Musa"),
            heading("Related"),
            p("Source: Reuters"),
        ];
        assert_eq!(take(&mut blocks), vec![c(R::Source, "Reuters")]);
        assert_eq!(blocks.len(), 3, "the heading and what precedes it stay");

        let mut blocks = vec![p(TEXT), p("Edited by Ali Musa"), p(LAST)];
        assert!(take(&mut blocks).is_empty());
        assert_eq!(blocks.len(), 3);

        let mut blocks = vec![p(TEXT)];
        for name in ["Ann Lee", "Bo Li", "Cy Young", "Di Rossi", "Ed Ward"] {
            blocks.push(p(&format!("Photo: {name}")));
        }
        assert_eq!(take(&mut blocks).len(), 4);
        assert_eq!(blocks.len(), 2);

        // Headings are never removed, even when they read as a desk line.
        let mut blocks = vec![p(TEXT), heading("Axadle News Desk")];
        assert!(take(&mut blocks).is_empty());
        assert_eq!(blocks.len(), 2);
    }

    #[test]
    fn leading_credit_blocks_and_lines_are_taken() {
        let mut blocks = vec![p("Photo: Jane Doe/Reuters"), p(TEXT), p(LAST)];
        assert_eq!(
            take(&mut blocks),
            vec![c(R::Photo, "Jane Doe"), c(R::Photo, "Reuters")]
        );
        assert_eq!(blocks, vec![p(TEXT), p(LAST)]);

        let mut blocks = vec![lines(&["Translated by Anne Dubois", TEXT]), p(LAST)];
        assert_eq!(take(&mut blocks), vec![c(R::Translation, "Anne Dubois")]);
        assert_eq!(blocks, vec![p(TEXT), p(LAST)]);

        // A leading byline is left for the metadata stage.
        let mut blocks = vec![p("By Jane Doe"), p(TEXT)];
        assert!(take(&mut blocks).is_empty());
        assert_eq!(blocks.len(), 2);
    }

    #[test]
    fn datelines_give_the_agency_and_keep_the_text() {
        for (text, agencies) in [
            (
                "WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday.",
                vec!["Reuters"],
            ),
            ("PARIS (AFP) — Le gouvernement a annoncé mardi", vec!["AFP"]),
            ("NEW YORK, March 3 (Reuters) - Stocks rose", vec!["Reuters"]),
            ("PARIS, 12 mars (AFP) - Le Premier ministre", vec!["AFP"]),
            ("MADRID, 3 de marzo (EFE).- El Gobierno", vec!["EFE"]),
            ("Berlin (dpa/lnw) - Die Regierung", vec!["dpa"]),
            ("Rom (ANSA/AFP) – Der Papst", vec!["ANSA", "AFP"]),
            ("(AP) — Officials said", vec!["AP"]),
        ] {
            let want: Vec<Credit> = agencies.iter().map(|a| c(R::Source, a)).collect();
            assert_eq!(dateline_credits(text), want, "{text}");
        }
        for text in [
            "The president said (Reuters) - nothing",
            "WASHINGTON (Reuters) reported that",
            "Mali (a landlocked country) - has",
            "The talks, officials told the Associated Press (AP) on Monday - failed",
            "WASHINGTON - The Senate",
            TEXT,
        ] {
            assert!(dateline_credits(text).is_empty(), "{text}");
        }

        let first = p("WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday to pass the bill.");
        let mut blocks = vec![
            first.clone(),
            p(TEXT),
            p("(Reporting by Jane Doe; Editing by Tom Brown)"),
        ];
        assert_eq!(
            take(&mut blocks),
            vec![
                c(R::Reporting, "Jane Doe"),
                c(R::Editing, "Tom Brown"),
                c(R::Source, "Reuters")
            ]
        );
        assert_eq!(blocks, vec![first, p(TEXT)]);
    }

    #[test]
    fn repeated_credits_are_kept_once() {
        let mut blocks = vec![p("PARIS (AFP) - Texte."), p(TEXT), p("(AFP)")];
        assert_eq!(take(&mut blocks), vec![c(R::Source, "AFP")]);
        assert_eq!(blocks.len(), 2);
    }

    #[test]
    fn tables_are_well_formed() {
        for agency in AGENCIES {
            assert!(is_agency(agency), "{agency}");
            assert!(agency.len() <= MAX_AGENCY_BYTES, "{agency}");
            // No two agencies fold to the same name.
            assert_eq!(agency_spelling(agency), Some(*agency), "{agency}");
            assert_eq!(
                agency.split_whitespace().collect::<Vec<_>>().join(" "),
                *agency
            );
        }
        for (folded, phrase) in PHRASES.iter().chain(BYLINES.iter()) {
            assert_eq!(*folded, phrase.text.chars().map(fold).collect::<String>());
            assert_eq!(folded.trim(), folded, "{folded}");
        }
        let desks: Vec<&str> = DESK_WORDS.iter().map(|(d, _)| *d).collect();
        for words in [AGENCY_WORDS, DESK_GENERIC, &desks] {
            for word in words {
                assert_eq!(word.chars().map(fold).collect::<String>(), *word, "{word}");
            }
        }
    }

    #[test]
    fn hostile_paragraphs_are_bounded() {
        // Many short credit-like lines: only the last MAX_LINES are read and cut.
        let many: Vec<String> = (0..50_000)
            .map(|i| format!("Photo: {}", ["Ann Lee", "Bo Li"][i % 2]))
            .collect();
        let refs: Vec<&str> = many.iter().map(String::as_str).collect();
        let mut blocks = vec![p(TEXT), lines(&refs)];
        let credits = take(&mut blocks);
        assert_eq!(credits.len(), 2, "repeats are kept once");
        match blocks.last() {
            Some(Block::Paragraph { content }) => {
                assert_eq!(content.len(), 2 * (50_000 - MAX_LINES) - 1)
            }
            other => panic!("{other:?}"),
        }
        // One huge line is not read at all.
        let mut blocks = vec![p(&"Edited by Ali Musa ".repeat(10_000))];
        assert!(take(&mut blocks).is_empty());
        assert_eq!(dateline_credits(&"(".repeat(100_000)), Vec::new());
        assert_eq!(dateline_credits(&"（".repeat(100_000)), Vec::new());
    }

    #[test]
    fn a_normal_ending_stays() {
        let mut blocks = vec![p(TEXT), heading("Mounting Security Challenges"), p(LAST)];
        let before = blocks.clone();
        assert!(take(&mut blocks).is_empty());
        assert_eq!(blocks, before);
        let mut empty: Vec<Block> = Vec::new();
        assert!(take(&mut empty).is_empty());
    }
}

/// The label and agency rows of session 7: national agencies in their own scripts and
/// spellings, closing tags with a desk code and a day, italic "with agency" lines, and the
/// writer and editor labels of more languages.
#[cfg(test)]
mod agency_label_tests {
    use super::*;

    fn c(role: R, name: &str) -> Credit {
        Credit::new(role, name)
    }

    fn p(text: &str) -> Block {
        Block::Paragraph {
            content: vec![Inline::plain(text)],
        }
    }

    fn italic(text: &str) -> Block {
        Block::Paragraph {
            content: vec![Inline::Emphasis {
                text: text.to_string(),
            }],
        }
    }

    const TEXT: &str = "Der Gemeinderat tagt am Montag, die Opposition fordert einen Bericht.";

    #[test]
    fn cjk_agency_closings_credit_the_agency() {
        assert_eq!(parse_line("（共同）"), Some(vec![c(R::Source, "共同")]));
        assert_eq!(parse_line("（新华社）"), Some(vec![c(R::Source, "新华社")]));
        assert_eq!(
            parse_line("(연합뉴스)"),
            Some(vec![c(R::Source, "연합뉴스")])
        );
        // A word that is not an agency is no tag.
        assert_eq!(parse_line("（完）"), None);
    }

    #[test]
    fn agencies_take_the_tables_spelling() {
        assert_eq!(
            dateline_credits("MADRID, 14 (EUROPA PRESS) - El Gobierno aprobó el martes."),
            vec![c(R::Source, "Europa Press")]
        );
        assert_eq!(
            dateline_credits("(Adnkronos) - A Milano il canone medio supera i 23 euro."),
            vec![c(R::Source, "Adnkronos")]
        );
        assert_eq!(
            parse_line("Con ADNKRONOS"),
            Some(vec![c(R::Agency, "Adnkronos")])
        );
    }

    #[test]
    fn a_closing_tag_with_desk_code_and_day_credits_the_agency() {
        assert_eq!(
            parse_line("(APA, red, 14.3.2026)"),
            Some(vec![c(R::Source, "APA")])
        );
        assert_eq!(parse_line("(APA, red)"), Some(vec![c(R::Source, "APA")]));
        // A date with a name that is neither agency nor code is no tag.
        assert_eq!(parse_line("(Wien, 14.3.2026)"), None);
        assert_eq!(parse_line("(red, 14.3.2026)"), None);
    }

    #[test]
    fn a_korean_opening_tag_names_the_paper_and_the_reporter() {
        let expected = vec![c(R::Source, "한빛일보"), c(R::Reporting, "정유진")];
        assert_eq!(
            dateline_credits("[한빛일보 정유진 기자] 서울시가 심야 연장 운행을 재개한다."),
            expected
        );
        assert_eq!(
            dateline_credits("[한빛일보=정유진 기자] 서울시가 심야 연장 운행을 재개한다."),
            expected
        );
        // A bracketed heading word is no tag.
        assert!(dateline_credits("[단독] 서울시가 심야 연장 운행을 재개한다.").is_empty());
        assert!(dateline_credits("[Opinion] The city will resume late service.").is_empty());
    }

    #[test]
    fn short_agency_names_that_are_words_are_not_tags() {
        for line in ["Map", "Tap", "App", "Mia"] {
            assert_eq!(parse_line(line), None, "{line}");
        }
    }

    #[test]
    fn an_italic_with_agency_line_is_a_credit_not_a_signature() {
        let mut blocks = vec![p(TEXT), p(TEXT), p(TEXT), italic("Com Lusa")];
        assert_eq!(take(&mut blocks), vec![c(R::Agency, "Lusa")]);
        assert_eq!(blocks.len(), 3);
        // A writer's italic signature stays one.
        let mut blocks = vec![p(TEXT), p(TEXT), p(TEXT), italic("Maria Costa")];
        assert_eq!(take(&mut blocks), vec![c(R::Writing, "Maria Costa")]);
    }

    #[test]
    fn writer_and_editor_labels_of_more_languages() {
        assert_eq!(
            parse_line("Муаллиф: Шаҳзод Каримов"),
            Some(vec![c(R::Writing, "Шаҳзод Каримов")])
        );
        assert_eq!(
            parse_line("Awtor: Merdan Orazow"),
            Some(vec![c(R::Writing, "Merdan Orazow")])
        );
        assert_eq!(
            parse_line("Eagarthóir: Ciarán Mac Donncha"),
            Some(vec![c(R::Editing, "Ciarán Mac Donncha")])
        );
        assert_eq!(
            parse_line("Umhleli: Thandeka Ngcobo"),
            Some(vec![c(R::Editing, "Thandeka Ngcobo")])
        );
        assert_eq!(
            parse_line("Redigering: Anders Lund"),
            Some(vec![c(R::Editing, "Anders Lund")])
        );
    }
}

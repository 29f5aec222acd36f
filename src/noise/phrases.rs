//! Text rules: lines of the page whose words say they are chrome, in many languages.
//!
//! A block of the body is compared with these tables after [`normalise`]: lower case, whitespace
//! collapsed, and the dashes, bullets and colons that decorate labels trimmed from both ends.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::Rule;

/// Whole lines that label an ad slot ("- Advertisement -", "ANZEIGE").
const AD_LABELS: &[&str] = &[
    "advertisement",
    "advertisements",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "paid content",
    "paid post",
    "promoted",
    "promoted content",
    "partner content",
    "story continues below advertisement",
    "article continues below",
    "continue reading below",
    "scroll to continue with content",
    "skip advertisement",
    "advertisement - scroll to continue",
    "content continues below",
    "continua depois da publicidade", // Portuguese: "(the text) continues after the ad"
    "continua após a publicidade",
    "continúa después de la publicidad",       // Spanish
    "l'articolo continua sotto la pubblicità", // Italian
    "anzeige",
    "werbung",
    "gesponsert",
    "sponsored by", // German
    "publicité",
    "publicite",
    "contenu sponsorisé",
    "la suite après la publicité", // French
    "publicidad",
    "publicidade",
    "patrocinado",
    "conteúdo patrocinado", // Spanish, Portuguese
    "pubblicità",
    "pubblicita",
    "contenuto sponsorizzato", // Italian
    "advertentie",
    "gesponsord", // Dutch
    "reklama",
    "materiał sponsorowany", // Polish
    "реклама",               // Russian
    "reklame",
    "annonce",
    "annons",
    "mainos",
    "hirdetés",
    "διαφήμιση",
    "reklam",      // Nordic etc.
    "annonse",     // Norwegian
    "oglas",       // Croatian, Serbian, Bosnian, Slovene
    "оглас",       // Serbian Cyrillic, Macedonian
    "reklāma",     // Latvian
    "reklaam",     // Estonian
    "publicitate", // Romanian
    "iklan",       // Malay, Indonesian
    "quảng cáo",   // Vietnamese
    "tangazo",     // Swahili
    "פרסומת",      // Hebrew
    "إعلان",        // Arabic
    "विज्ञापन",     // Hindi
    "বিজ্ঞাপন",      // Bengali
    "reklama",
    // Whole-line ad labels of South Asian, Caucasian, Central Asian, African and other
    // languages: Punjabi, Hindustani (Urdu script and Devanagari), Marathi, Gujarati, Telugu,
    // Kannada, Malayalam, Persian, Georgian, Armenian, Kazakh/Kyrgyz, Mongolian, Amharic,
    // Thai, Lao, Burmese, Kinyarwanda, Hausa, Somali, Welsh, Catalan, Basque, Icelandic,
    // Afrikaans, Albanian.
    "ਇਸ਼ਤਿਹਾਰ",
    "اشتہار",
    "इश्तिहार",
    "जाहिरात",
    "જાહેરાત",
    "ప్రకటన",
    "ಜಾಹೀರಾತು",
    "പരസ്യം",
    "آگهی",
    "تبلیغات",
    "რეკლამა",
    "գովազդ",
    "жарнама",
    "сурталчилгаа",
    "ማስታወቂያ",
    "โฆษณา",
    "ໂຄສະນາ",
    "ကြော်ငြာ",
    "kwamamaza",
    "talla",
    "xayaysiis",
    "xayeysiis", // Somali, both spellings
    "hysbyseb",
    "publicitat",
    "publizitatea",
    "auglýsing",
    "advertensie",
    "reklamë",
    "广告",
    "広告",
    "광고", // CJK
    // Irish, Faroese, Malagasy, Turkmen, Odia, Sindhi.
    "fógraíocht",
    "fógra",
    "lýsing",
    "dokam-barotra",
    "mahabat",
    "ବିଜ୍ଞାପନ",
    "اشتهار",
];

/// Whole lines that are share bars, section labels of lists and other chrome.
const CHROME_LINES: &[&str] = &[
    // Share and follow.
    "share",
    "share this",
    "share this article",
    "share this story",
    "share this post",
    "share on facebook",
    "share on twitter",
    "share on x",
    "share on linkedin",
    "share on whatsapp",
    "share via email",
    "tweet",
    "pin it",
    "email",
    "print",
    "copy link",
    "link copied",
    "follow us",
    "follow us on",
    "like this",
    "like loading",
    "share:",
    "我要分享",
    "我要评论", // Chinese: "share", "comment"
    "评论",
    "发表评论", // Chinese: "comments", "post a comment"
    "teilen",
    "artikel teilen",
    "beitrag teilen",
    "partager",
    "partager cet article",
    "compartir",
    "compartir en facebook",
    "compartilhar",
    "condividi",
    "поделиться",
    "udostępnij",
    "delen",
    "podijeli",  // Croatian, Bosnian
    "podeli",    // Serbian Latin
    "подели",    // Serbian Cyrillic
    "сподели",   // Bulgarian, Macedonian
    "štampaj",   // Serbian Latin: "print"
    "штампај",   // Serbian Cyrillic: "print"
    "dalintis",  // Lithuanian
    "dalīties",  // Latvian
    "megosztás", // Hungarian
    "sdílet",    // Czech
    "paylaş",    // Turkish
    // Lists of other stories.
    "related",
    "related articles",
    "related posts",
    "related stories",
    "related content",
    "read more",
    "read next",
    "more from",
    "more stories",
    "more on this story",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    "most read",
    "most popular",
    "trending",
    "latest news",
    "top stories",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "meistgelesen",
    "auch interessant",
    "sur le même sujet",
    "à lire aussi",
    "lire aussi",
    "les plus lus",
    "te puede interesar",
    "lo más leído",
    "noticias relacionadas",
    "lee también",
    "leia também",
    "mais lidas",
    "leggi anche",
    "i più letti",
    "читайте также",
    "czytaj także",
    "zobacz także",
    "lees ook",
    "schon gelesen",
    "meist gelesene artikel",
    "meistgelesene artikel",
    "empfohlene beiträge",
    "empfohlene artikel",
    "ähnliche beiträge", // German "similar posts" over a list loaded by script
    "ähnliche artikel",
    "verwandte artikel", // German "related articles"
    "verwandte beiträge",
    "das könnte dich auch interessieren",
    "le puede interesar",
    "también te puede interesar",
    "te recomendamos",
    "más noticias",
    "artículos relacionados",
    "temas",
    "powiązane artykuły",
    "najczęściej czytane",
    "przeczytaj również",
    "neueste artikel",
    "top themen der redaktion",
    "ähnliche themen",
    "meist-diskutiert",
    "meistdiskutiert",
    "lust auf mehr",
    "vorschau auf den nächsten artikel",
    "entdecken sie jetzt",
    "weitere tourentipps",
    "valora esta noticia",
    "sorted by",
    "externer inhalt",
    "weiterführender link",
    "merken",
    // Turkish portals' "Haberin Devamı" (the rest of the story) link between paragraphs;
    // Iranian agencies' closing "انتهای پیام/" (end of message: Tasnim, ISNA, Mehr)
    "haberin devamı",
    "انتهای پیام",
    "انتهای پیام/",
    // Section labels of further reading.
    "weitere artikel",
    "weitere artikel anzeigen", // German: "show more articles", the button under a list
    "mehr anzeigen",
    "alle anzeigen",
    "show more",
    "load more",
    "weitere informationen",
    "weitere beiträge",
    "zum weiterlesen",
    "empfehlungen aus der redaktion",
    "noch mehr infos für dich",
    "mehr zum thema",
    "lesetipps",
    "lesetipp",
    "further reading",
    "more information",
    "recommended reading",
    "plus d'infos",
    "pour aller plus loin",
    "más información",
    "mais informações",
    "per saperne di più",
    "więcej informacji",
    "meer informatie",
    "autoren",
    "autor",
    "author",
    "authors",
    "über den autor",
    "about the author",
    "kommentieren",
    "jetzt kommentieren",
    // Comments and forms.
    "comments are closed",
    "comments closed",
    "diskutieren sie mit",
    "kommentar schreiben",
    "die kommentarfunktion für diesen artikel ist geschlossen",
    "laissez un commentaire",
    "deja un comentario",
    "lascia un commento",
    "leave a reply",
    "leave a comment",
    "post a comment",
    "comments",
    "add a comment",
    "cancel reply",
    "kommentare",
    "commentaires",
    "comentarios",
    "commenti",
    "komentari",     // Croatian, Serbian Latin, Bosnian, Slovene
    "коментари",     // Serbian Cyrillic, Bulgarian, Macedonian
    "komentarai",    // Lithuanian
    "komentāri",     // Latvian
    "kommentit",     // Finnish
    "hozzászólások", // Hungarian
    "komentáře",     // Czech
    "yorumlar",      // Turkish
    // Newsletter.
    "newsletter",
    "sign up",
    "subscribe",
    "subscribe now",
    "sign up for our newsletter",
    "newsletter abonnieren",
    "jetzt abonnieren",
    "s'abonner",
    "suscríbete",
    // Navigation words left alone on a line.
    "print",
    "drukuj",
    "drucken",
    "imprimer",
    "imprimir",
    "stampa",
    "zurück",
    "back",
    "zurück zur übersicht",
    "zurück zur vorherigen seite",
    "back to overview",
    "explore further",
    "weitere themen",
    "more topics",
    "temas relacionados",
    "argomenti correlati",
    "table of contents",
    "contents",
    "inhaltsverzeichnis",
    "inhalt",
    "sommaire",
    "índice",
    "indice",
    "spis treści",
    "jump to recipe",
    "print recipe",
    "rezept drucken",
    "bild anzeigen",
    "permalink",
    "pressemitteilung als pdf",
    "zum shop",
    "kommentare schreiben",
    "back to top",
    "skip to content",
    "skip to main content",
    "previous article",
    "next article",
    "previous post",
    "next post",
    "home",
    "menu",
    "search",
    "tags",
    "topics",
    "schlagworte",
    "themen",
    "mots-clés",
    "etiquetas",
    "tag",
    "mehr themen",
    // Boxes of product or story recommendations.
    "heute empfehlen wir",
    "wir empfehlen",
    "unsere empfehlungen",
    // Deutsche Welle's heading over the related media under a story, in its German, English
    // and French editions.
    "audios und videos zum thema",
    "audios and videos on the topic",
    "audios et vidéos sur le sujet",
    // Toggles of a source list ("Quellen anzeigen / ausblenden").
    "quellen anzeigen",
    "quellen ausblenden",
    // The controls of a photo gallery or video player written out as text (a Washington Post
    // gallery: "Full Screen", "Autoplay", "Close", "×", "Caption", "Buy Photo").
    "full screen",
    "fullscreen",
    "exit full screen",
    "autoplay",
    "close",
    "×",
    "caption",
    "hide caption",
    "show caption",
    "toggle caption",
    "buy photo",
    "enlarge this image",
    "view this image",
    // "Click to enlarge" under a picture, per language, and the zoom button's one word
    // ("Vergrößern" opening a caption).
    "enlarge",
    "vergrößern",
    "agrandir",
    "ampliar",
    "ingrandisci",
    "vergroten",
    "powiększ",
    "zvětšit",
    "click to enlarge",
    "click image to enlarge",
    "zum vergrößern anklicken",
    "zum vergrößern bitte anklicken",
    "zum vergrößern klicken",
    "zum vergrößern auf das bild klicken",
    "klicken zum vergrößern",
    "cliquez pour agrandir",
    "haz clic para ampliar",
    "clicca per ingrandire",
    "klik om te vergroten",
    // Text-size controls written out as text.
    "font size",
    "text size",
    "schriftgröße",
    "taille du texte",
    "tamaño de letra",
    "view gallery",
    "open gallery",
    "previous image",
    "next image",
    "vollbild",
    "schließen",
    "bild vergrößern",
    "galerie öffnen",
    "plein écran",
    "fermer",
    "agrandir l'image",
    "pantalla completa",
    "cerrar",
    "ampliar imagen",
    "schermo intero",
    "chiudi",
    "tela cheia",
    "fechar",
    "上一篇文章與下一篇文章", // Chinese: "previous and next article" (a pager's label)
    "上一篇文章与下一篇文章",
    "自动播放",     // Chinese: "autoplay"
    "自动播放开关", // Chinese: "autoplay switch"
    // The placeholder of a box filled by script, left as text when the script did not run
    // ("Loading...", "正在加载..."), per language.
    "loading",
    "loading comments",
    "wird geladen",
    "lädt",
    "chargement",
    "chargement en cours",
    "cargando",
    "carregando",
    "caricamento",
    "caricamento in corso",
    "laden",
    "ładowanie",
    "načítání",
    "betöltés",
    "yükleniyor",
    "загрузка",
    "завантаження",
    "正在加载",
    "加载中",
    "載入中",
    "読み込み中",
    "로딩중",
    "로딩 중",
];

/// Starts of "Read more"-style lines that point to another story. Such a line is chrome when it
/// is short or mostly a link.
const RELATED_PREFIXES: &[&str] = &[
    // Pointers to another page closing a text: "Lesen Sie hier ...", "Hier weiterlesen",
    // "Hier geht es zur ...", "Weitere Infos unter www.example.de", per language.
    "lesen sie hier",
    "hier weiterlesen",
    "weiterlesen:",
    "zum weiterlesen",
    // Followed by what it points to ("zum Liveticker", "zu den Videos", "zu allen Details"):
    // a bare "hier geht es zu" also opens the idiom "Hier geht es zu wie im Taubenschlag".
    "hier geht es zum",
    "hier geht es zur",
    "hier geht es zu den",
    "hier geht es zu allen",
    "hier geht es zu unser",
    "hier geht es zu deine",
    "hier geht es zu ihre",
    "hier geht's zum",
    "hier geht's zur",
    "hier geht's zu den",
    "hier geht’s zum",
    "hier geht’s zur",
    "hier geht’s zu den",
    "you may also be interested in",
    "you might also be interested in",
    "read more",
    "read also",
    "up next", // a video or story queue's next item ("Up Next Governments suck at ...")
    "also read",
    "see also",
    "related:",
    "more:",
    "recommended:",
    "read next",
    "watch:",
    "listen:",
    "click here",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "voir aussi",
    "lire également",
    "lesen sie auch",
    "lesen sie mehr",
    "auch interessant",
    "mehr zum thema",
    "mehr dazu",
    "siehe auch",
    "zum thema",
    "weiterlesen",
    "lee también",
    "lea también",
    "te puede interesar",
    "ver también",
    "leer más",
    "leia também",
    "veja também",
    "leia mais",
    "saiba mais",
    "leggi anche",
    "vedi anche",
    "leggi tutto",
    "читайте также",
    "смотрите также",
    "читайте ещё",
    "czytaj także",
    "czytaj też",
    "zobacz też",
    "zobacz także",
    "lees ook",
    "bekijk ook",
    "lees meer",
    "le puede interesar",
    "también te puede interesar",
    "schon gelesen",
    "przeczytaj również",
    "przeczytaj też",
    "zobacz również",
    "czytaj więcej",
    "dowiedz się więcej",
    "entdecke weitere",
    "alle artikel zu",
    "mehr zu ",
    "puedes ver:",
    "das thema könnte dich auch interessieren",
    "empfehlungen aus",
    // Latin-American Spanish, Thai, Indonesian, Vietnamese, Turkish, Ukrainian, Arabic, Chinese, Japanese, Korean, Hindi, Persian, Czech, Greek, Romanian, Nordic, Finnish, Hungarian, Hebrew.
    "seguí leyendo",
    "sigue leyendo",
    "seguir leyendo",
    "อ่านข่าวที่เกี่ยวข้อง",
    "อ่านเพิ่มเติม",
    "baca juga",
    "baca selengkapnya",
    "xem thêm",
    "đọc thêm",
    "ayrıca okuyun",
    "ilgili haber",
    "читайте також",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "اقرأ المزيد",
    "相关阅读",
    "延伸阅读",
    "推荐阅读",
    "相关新闻",
    "関連記事",
    "あわせて読みたい",
    "관련기사",
    "관련 기사",
    "यह भी पढ़ें",
    "بیشتر بخوانید",
    "čtěte také",
    "čtěte též",
    "přečtěte si také",
    "διαβάστε επίσης",
    "διαβάστε ακόμη",
    "citește și",
    "läs också",
    "læs også",
    "les også",
    "lue myös",
    "olvassa el",
    "קראו עוד",
    "קראו גם",
    // Lithuanian, Latvian, Estonian.
    "daugiau skaitykite",
    "taip pat skaitykite",
    "skaitykite taip pat",
    "lasi arī",
    "lasiet arī",
    "lasīt arī",
    "loe ka",
    "loe lisaks",
    // Croatian, Serbian (Latin and Cyrillic), Bosnian, Slovene, Bulgarian, Slovak.
    "pročitajte i",
    "pročitajte još",
    "pročitajte više",
    "također pročitajte",
    "прочитајте и",
    "прочитајте још",
    "preberite tudi",
    "прочетете още",
    "прочетете също",
    "čítajte aj",
    "prečítajte si aj",
    // Finnish, Swahili, Bengali.
    "lue lisää",
    "soma zaidi",
    "soma pia",
    "আরও পড়ুন",
    "আরো পড়ুন", // Bengali, the other spelling of "more"
    // South Asian "this too, read": Punjabi, Nepali, Marathi, Gujarati, Urdu, Tamil, Telugu,
    // Kannada.
    "ਇਹ ਵੀ ਪੜ੍ਹੋ",
    "यो पनि पढ्नुहोस्",
    "यो पनि पढ्नुस्",
    "हेही वाचा",
    "આ પણ વાંચો",
    "یہ بھی پڑھیں",
    "இதையும் படிக்க",
    "இதையும் படிங்க",
    "ఇది కూడా చదవండి",
    "ಇದನ್ನೂ ಓದಿ",
    // Georgian ("also read", "also see"), Armenian, Belarusian, Ukrainian "see also", Kyrgyz,
    // Kazakh, Azerbaijani, Albanian.
    "ასევე წაიკითხეთ",
    "ასევე იხილეთ",
    "կարդացեք նաև",
    "чытайце таксама",
    "чытайце яшчэ",
    "глядзіце таксама",
    "дивіться також",
    "ошондой эле окуңуз",
    "сондай-ақ оқыңыз",
    "həmçinin oxuyun",
    "lexo edhe",
    "lexoni edhe",
    // Arabic "read also" written with a hamza on the alif or none; Hausa, Somali, Kinyarwanda,
    // Filipino, Catalan, Welsh.
    "إقرأ أيضا",
    "إقرأ أيضاً",
    "اقرأ ايضا",
    "karanta kuma",
    "karanta wannan",
    "akhri sidoo kale",
    "soma nanone",
    "basahin din",
    "llegeix també",
    "darllen mwy",
    // Tatar, Bashkir, Uzbek (Latin and Cyrillic), Turkmen, Tajik, Mongolian, Chuvash-area
    // Russian-school sites: "also read".
    "шулай ук укыгыз",
    "шулай ук уҡығыҙ",
    "shuningdek o'qing",
    "shuningdek oʻqing",
    "шунингдек ўқинг",
    "şeýle hem okaň",
    "инчунин хонед",
    "мөн уншаарай",
    // Irish, Maltese, Icelandic, Faroese, West Frisian, Galician, Basque, Welsh, Breton.
    "léigh tuilleadh",
    "léigh freisin",
    "aqra wkoll",
    "aqra aktar",
    "lestu einnig",
    "lestu líka",
    "les eisini",
    "lês ek",
    "le tamén",
    "lea tamén",
    "irakurri ere",
    "darllenwch hefyd",
    // Sindhi, Pashto, Sorani and Kurmanji Kurdish, Persian "also read".
    "هي به پڙهو",
    "دا هم ولولئ",
    "هەروەها بخوێنەوە",
    "her wiha bixwîne",
    "همچنین بخوانید",
    // Odia, Assamese, Malayalam, Sinhala, Khmer, Amharic, Zulu, Malagasy, Yoruba.
    "ଏହା ବି ପଢନ୍ତୁ",
    "ଆହୁରି ପଢନ୍ତୁ",
    "লগতে পঢ়ক",
    "এইটোও পঢ়ক",
    "ഇതുകൂടി വായിക്കൂ",
    "ഇതും വായിക്കുക",
    "මෙයත් කියවන්න",
    "អានបន្ថែម",
    "ተጨማሪ ያንብቡ",
    "funda futhi",
    "vakio ihany koa",
    "ka tún",
    // Traditional Chinese (Taiwan, Hong Kong), Turkish "see also".
    "延伸閱讀",
    "相關新聞",
    "相關閱讀",
    "推薦閱讀",
    "bunu da okuyun",
];

/// Prefixes of [`RELATED_PREFIXES`] that also open an ordinary sentence ("Up next, the
/// committee will ...", "Zum Thema Rente sagte sie ...", "Mehr dazu wollte er nicht sagen"): a
/// line opening with one is a pointer only when it is mostly a link or the prefix stands as a
/// label, followed by a separator or nothing ("Up next: ...", "Mehr dazu:").
const RELATED_SENTENCE_OPENERS: &[&str] = &[
    "up next",
    "zum thema",
    "mehr dazu",
    "mehr zu ",
    "auch interessant",
    "empfehlungen aus",
];

/// Most words of a line opening with a prefix of [`RELATED_SENTENCE_OPENERS`] read as a
/// label of a box ("Mehr zu Klima und Konsum", "Empfehlungen aus dem Dr. Oetker Shop").
const RELATED_LABEL_WORDS: usize = 6;

/// Whether a short line opening with a prefix of [`RELATED_PREFIXES`] is a pointer to another
/// story rather than a sentence: it is mostly a link, or its prefix is not one of
/// [`RELATED_SENTENCE_OPENERS`], or that prefix stands as a label: what follows opens with a
/// separator or nothing follows ("Zum Thema:", "Up next: ..."), or the line is a few words
/// that end no sentence ("Mehr zu Wärmepumpe"). `text` is the block as written, `line` as
/// [`lower_collapsed`] and [`trim_decoration`] give it.
fn is_related_pointer(text: &str, line: &str, link_share: f32) -> bool {
    if link_share > 0.3 {
        return true;
    }
    let Some(rest) = RELATED_SENTENCE_OPENERS
        .iter()
        .find_map(|p| line.strip_prefix(p))
    else {
        return true;
    };
    let rest = rest.trim_start();
    let written = text.trim_start_matches(is_decoration);
    rest.is_empty()
        || rest.starts_with([':', '|', '-', '–', '—', '»', '>', '›', '→', '…', '/'])
        || !text.trim_end().ends_with(['.', '!', '?'])
            && line.split_whitespace().count() <= RELATED_LABEL_WORDS
            && !verb_follows(written, line)
        // "Mehr dazu lesen Sie hier.": the sentence points to its link.
        || line.ends_with(" hier")
        || line.ends_with(" here")
        // A label is written as one: "UP NEXT", "ZUM THEMA", English "Up Next".
        || written.starts_with("Up Next")
        || written
            .chars()
            .take(line.len() - rest.len())
            .all(|c| !c.is_lowercase())
}

/// Openers of [`RELATED_SENTENCE_OPENERS`] complete in themselves, after which a label goes on
/// with a place or a noun ("Mehr dazu im Video", "Zum Thema Rente") and a sentence with its
/// verb ("Mehr dazu sagte der Minister:", "Zum Thema äußerte sich ..."): German puts the verb
/// second and writes nouns capitalised.
const COMPLETE_OPENERS: &[&str] = &["mehr dazu", "zum thema"];

/// Lower-case words that go on a pointer label after an opener of [`COMPLETE_OPENERS`]:
/// prepositions of where the story is ("im Video", "bei uns", "unter ..."), "hier", and the
/// verbs of reading or finding it ("Mehr dazu lesen Sie ...", "Mehr dazu gibt's ...").
const POINTER_LABEL_WORDS: &[&str] = &[
    "im", "in", "bei", "beim", "auf", "unter", "von", "vom", "zum", "zur", "aus", "mit", "für",
    "über", "am", "an", "ab", "hier", "und", "sowie", "auch", "jetzt", "lesen", "finden",
    "erfahren", "gibt", "gibt's", "gibt’s", "hören", "sehen",
];

/// Whether a lower-case word other than [`POINTER_LABEL_WORDS`] follows an opener of
/// [`COMPLETE_OPENERS`]: the verb of a sentence ("Mehr dazu sagte der Minister:"), not a
/// label. `written` is the line as written and `line` as [`lower_collapsed`] gives it.
fn verb_follows(written: &str, line: &str) -> bool {
    let Some(opener) = COMPLETE_OPENERS.iter().find(|p| line.starts_with(*p)) else {
        return false;
    };
    // The opener is whole words: "zum themenabend" opens no label.
    if !line
        .get(opener.len()..)
        .is_some_and(|after| after.starts_with(char::is_whitespace))
    {
        return false;
    }
    let Some(word) = written
        .split_whitespace()
        .nth(opener.split_whitespace().count())
    else {
        return false;
    };
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    word.starts_with(char::is_lowercase)
        && !POINTER_LABEL_WORDS.contains(&word.to_lowercase().as_str())
}

/// Starts of a line pointing to where more is found ("Weitere Infos unter www.example.de",
/// "More information at nhs.uk"). The same words also open a sentence ("More information at
/// the hearing showed ..."), so the line is a pointer only when what follows is a link, a web
/// address or a few words ([`POINTER_OBJECT_WORDS`]).
const POINTER_PREFIXES: &[&str] = &[
    "weitere infos unter",
    "mehr infos unter",
    "weitere informationen unter",
    "more information at",
    "more info at",
    "plus d'informations sur",
    "más información en",
    "maggiori informazioni su",
];

/// Most words after a prefix of [`POINTER_PREFIXES`] that name the place pointed to ("the
/// council's website") rather than go on with a sentence.
const POINTER_OBJECT_WORDS: usize = 4;

/// Whether the words after a prefix of [`POINTER_PREFIXES`] name a place: a web address, or
/// a few words.
fn is_pointer_object(rest: &str) -> bool {
    let rest = rest.trim_start_matches(is_decoration);
    let first = rest.split_whitespace().next().unwrap_or("");
    // "www.example.org", "https://...", "nhs.uk": a host with a dot inside.
    let address = first.starts_with("www.")
        || first.starts_with("http")
        || first.split_once('.').is_some_and(|(host, tld)| {
            // The part after the dot opens with a domain label of two letters or more ("uk",
            // "org/path"): not "U.S." nor "3.30pm".
            let label: String = tld.chars().take_while(|c| c.is_alphanumeric()).collect();
            !host.is_empty()
                && label.chars().count() >= 2
                && label.chars().all(char::is_alphabetic)
                && tld
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '/'))
        });
    address || rest.split_whitespace().count() <= POINTER_OBJECT_WORDS
}

/// Labels of the line crediting the paper a portal took the story from ("기사제공 한빛일보":
/// "article provided by ..."), which closes a portal's copy of the story.
const PROVIDER_LABELS: &[&str] = &[
    "기사제공", // Korean: "article provided by"
    "기사 제공",
];

/// Longest provider line, in characters: the label and the paper's name.
const PROVIDER_LINE_CHARS: usize = 40;

/// Links to download the page as a file ("Dieses Skript als PDF herunterladen"), per language.
const DOWNLOAD_PHRASES: &[&str] = &[
    "als pdf herunterladen",
    "pdf herunterladen",
    "pdf-download",
    "download pdf",
    "download as pdf",
    "download the pdf",
    "télécharger le pdf",
    "télécharger en pdf",
    "descargar pdf",
    "descargar en pdf",
    "scarica il pdf",
    "scarica pdf",
    "pobierz pdf",
    // App promotions: "read the news in the app (now)", "download the app", per script.
    "用app看新聞",
    "用app看新闻",
    "下載app",
    "下载app",
    "アプリで読む",
    "앱 다운로드",
    "download our app",
    "download the app",
    "lade die app",
    "téléchargez l'application",
    "descarga la app",
];

/// Longest line, in characters, read as a download link by [`DOWNLOAD_PHRASES`].
const DOWNLOAD_LINE_CHARS: usize = 60;

/// What a video or audio player writes in its place when it cannot play ("Le lecteur vidéo
/// n'a pas pu être chargé. Vérifiez votre connexion ou désactivez votre bloqueur de
/// publicités."), per language.
const PLAYER_NOTICES: &[&str] = &[
    "video player failed to load",
    "the video could not be loaded",
    "this video could not be loaded",
    "your browser does not support the video",
    "your browser does not support html5 video",
    "your browser does not support the audio",
    "disable your ad blocker",
    "wait 1 second to continue",
    "your video will play in", // the countdown to the next video ("... in 00:25")
    "le lecteur vidéo n'a pas pu",
    "la vidéo n'a pas pu être chargée",
    "votre navigateur ne prend pas en charge",
    "désactivez votre bloqueur de publicités",
    "der videoplayer konnte nicht",
    "das video konnte nicht geladen werden",
    "ihr browser unterstützt kein",
    "ihr browser unterstützt das video",
    "el vídeo no se pudo cargar",
    "el video no se pudo cargar",
    "tu navegador no admite",
    "il video non può essere riprodotto",
    "o vídeo não pôde ser carregado",
];

/// Longest block, in characters, read as a player's notice of [`PLAYER_NOTICES`].
const PLAYER_NOTICE_CHARS: usize = 200;

/// What an embedded post shows before its script runs, opening the embed's block ("View this
/// post on Instagram / A post shared by X (@x)"), per language: the post's own text is not in
/// the page.
const EMBED_PLACEHOLDERS: &[&str] = &[
    "view this post on instagram",
    "sieh dir diesen beitrag auf instagram an",
    "voir cette publication sur instagram",
    "ver esta publicación en instagram",
    "visualizza questo post su instagram",
    "ver essa foto no instagram",
    "ver esta publicação no instagram",
    "bekijk dit bericht op instagram",
    "zobacz ten post na instagramie",
];

/// Longest block, in characters, read as an embed's placeholder of [`EMBED_PLACEHOLDERS`]: the
/// link and the "A post shared by" line.
const EMBED_PLACEHOLDER_CHARS: usize = 200;

/// Labels over a list of other stories, per language. A block that opens with one and is
/// mostly links is that list, its label and cards glued together ("Related StoriesCoorong
/// birdlife recovers after floods").
const RELATED_HEADINGS: &[&str] = &[
    "related stories",
    "related story",
    "related articles",
    "related article",
    "related content",
    "related coverage",
    "related links",
    "related news",
    "more stories",
    "more on this story",
    "you may also like",
    "you might also like",
    "recommended for you",
    "further reading",
    "top stories",
    "most read",
    "most popular",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "weitere artikel",
    "ähnliche artikel",
    "verwandte artikel",
    "verwandte beiträge",
    "sur le même sujet",
    "à lire aussi",
    "lire aussi",
    "sur le même thème",
    "noticias relacionadas",
    "artículos relacionados",
    "te puede interesar",
    "notícias relacionadas",
    "matérias relacionadas",
    "leia também",
    "articoli correlati",
    "notizie correlate",
    "leggi anche",
    "gerelateerde artikelen",
    "lees ook",
    "powiązane artykuły",
    "czytaj także",
    "читайте также",
    "по теме",
    "читайте також",
    "по темі",
    "související články",
    "kapcsolódó cikkek", // Hungarian
    "relaterade artiklar",
    "relaterte saker",
    "relaterede artikler",
    "ilgili haberler", // Turkish
    "σχετικά άρθρα",   // Greek
    "σχετικές ειδήσεις",
    "berita terkait", // Indonesian
    "artikel terkait",
    "tin liên quan", // Vietnamese
    "ذات صلة",       // Arabic
    "مقالات ذات صلة",
    "संबंधित खबरें", // Hindi
    "相关新闻",
    "相关阅读",
    "関連記事",
    "관련기사",
    "관련 기사",
];

/// Longest block, in characters, read as a list of [`RELATED_HEADINGS`].
const RELATED_LIST_CHARS: usize = 400;

/// Share of a block's characters in links above which a block opening with a label of
/// [`RELATED_HEADINGS`] is the list it labels.
const RELATED_LIST_LINK_SHARE: f32 = 0.5;

/// Calls to support, follow or rate the publication, found inside short lines.
const APPEAL_PHRASES: &[&str] = &[
    "support our journalism",
    "support independent journalism",
    "become a member",
    "did you like this article",
    "was this article helpful",
    "we want to hear what you think",
    "follow us on",
    "sign up for our",
    "subscribe to our newsletter",
    "get our newsletter",
    "unterstützen sie",
    "dieser artikel gefällt ihnen",
    "hat ihnen dieser artikel gefallen",
    "war dieser artikel hilfreich",
    "folgen sie uns",
    "abonnieren sie unseren newsletter",
    "suivez-nous",
    "abonnez-vous à notre",
    "inscrivez-vous à notre newsletter",
    "síguenos en",
    "siguenos en",
    "suscríbete a nuestro",
    "hazte miembro",
    // Spanish member boxes: "become a member (m./f.)", "(X) lives thanks to its members",
    // "help us keep (debunking hoaxes)".
    "hazte socio",
    "hazte socia",
    "gracias a sus socios",
    "gracias a nuestros socios",
    "ayúdanos a seguir",
    "siga-nos",
    "assine nossa newsletter",
    "seguici su",
    "iscriviti alla nostra newsletter",
    "obserwuj nas",
    "zapisz się do newslettera",
    "volg ons op",
    "war der artikel nützlich",
    "war dieser beitrag hilfreich",
    "möchten sie den artikel teilen",
    "never miss the latest news",
    "jede kleine spende",
    "kostenlos anmelden",
    "puedes hacer periodismo",
    "puede escribirnos",
    "do subskrypcji",
    "czekamy na wasze",
    "newsletter anmelden",
    "if you enjoyed reading",
    "hacemos periodismo",
    "besuchen sie unseren",
    "gefällt dir unser",
    "kennt ihr schon unseren",
    "nuestro canal de",
    "canal de telegram",
    "on twitter and",
    "on facebook and",
    "on instagram and",
    "breaking news updates download",
    // Donation boxes of member-funded newsrooms.
    "support local journalism",
    "your gift keeps",
    "donate today",
    "make a donation",
    "faire un don",
    "jetzt spenden",
    // A magazine's promotion of its current issue ("jetzt im Abo, als E-Paper").
    "als e-paper",
    // The letters page's call for letters.
    "submit your letter",
    // Contributions epics ("Before you move on… please support us from just £2").
    "please support us",
    "support us from just",
    "before you move on",
    "if you can, please support",
    // Hungarian: "support independent journalism", "(it runs) on readers' support".
    "támogasd a független",
    "olvasói támogatásból",
    // Malay, Indonesian: "follow (our) channel", "follow us".
    "ikuti saluran",
    "ikuti kami",
    // "Support independent journalism" boxes: Afrikaans ("become a supporter today", with
    // either apostrophe), Dutch, French, Spanish, Portuguese, Italian, Polish.
    "steun onafhanklike",
    "word vandag ’n ondersteuner",
    "word vandag 'n ondersteuner",
    "steun onafhankelijke journalistiek",
    "soutenez le journalisme indépendant",
    "apoya el periodismo independiente",
    "apoie o jornalismo independente",
    "sostieni il giornalismo indipendente",
    "wesprzyj niezależne dziennikarstwo",
    "subscription for ad-free",
    "order reprints",
    "acesso ilimitado", // Portuguese: "unlimited access" (subscription plug)
    "apoie o jornalismo",
    // Donation pitches naming the paper's kind of journalism ("Support X's journalism of
    // integrity and credibility").
    "journalism of integrity",
];

/// "Click here (to register)" calls, per language: read as an appeal only when the call is
/// said to the reader ([`is_click_call`]), not reported ("Victims were told to click here to
/// claim a refund").
const CLICK_CALLS: &[&str] = &[
    "click here to",
    "hier klicken",
    "klicken sie hier",
    "cliquez ici",
    "haga clic aquí",
    "haz clic aquí",
    "clique aqui",
    "clicca qui",
    "kliknij tutaj",
    "klik hier",
    // A player's help text about its own button ("Mit diesem Button kannst Du diese
    // Podcast-Episode zu einer Kurationsliste ... hinzufügen"), said to the reader. Not the
    // English "with this button you can": English prose says "you" of anyone ("With this
    // button you can summon an assistant, the company said").
    "mit diesem button kannst du",
    "mit diesem button können sie",
];

/// Words that may stand between a sentence's start and a call of [`CLICK_CALLS`], two at
/// most ("Einfach hier klicken", "Dann einmal hier klicken", "Simply click here to"), lower
/// case.
const CLICK_CALL_ADVERBS: &[&str] = &[
    "einfach", "bitte", "jetzt", "dann", "einmal", "mal", "simply", "just", "please", "now",
];

/// Whether a block holding a phrase of [`CLICK_CALLS`] says it to the reader: the call opens
/// `line` (the block as [`lower_collapsed`] and [`trim_decoration`] give it) or one of its
/// sentences or clauses (after `.!?,:;`, perhaps after an adverb of [`CLICK_CALL_ADVERBS`]),
/// or the block's `text` ends with `!` ("... CLICK HERE to order!").
fn is_click_call(text: &str, line: &str) -> bool {
    if text.trim_end().ends_with('!') {
        return true;
    }
    CLICK_CALLS.iter().any(|call| {
        line.match_indices(call).any(|(at, _)| {
            let mut before = line.get(..at).unwrap_or_default().trim_end();
            for _ in 0..2 {
                let Some(b) = CLICK_CALL_ADVERBS.iter().find_map(|w| {
                    before
                        .strip_suffix(w)
                        .filter(|b| b.is_empty() || b.ends_with(char::is_whitespace))
                }) else {
                    break;
                };
                before = b.trim_end();
            }
            // "Hier klicken die Kameras im Sekundentakt": the verb's subject follows, a
            // sentence; the call is followed by its purpose or nothing.
            let after = line.get(at + call.len()..).unwrap_or_default();
            let subject = after
                .split_whitespace()
                .next()
                .is_some_and(|w| SUBJECT_ARTICLES.contains(&w));
            (before.is_empty() || before.ends_with(['.', '!', '?', ',', ':', ';'])) && !subject
        })
    })
}

/// German definite and indefinite articles (lower case): after "hier klicken" they open the
/// verb's subject ("Hier klicken die Kameras"), not a call to the reader.
const SUBJECT_ARTICLES: &[&str] = &["die", "der", "das", "den", "dem", "des", "ein", "eine"];

/// How a phrase that also occurs in an ordinary sentence of news must stand in a block to
/// count for its table ([`ANCHORED_PHRASES`]).
#[derive(Clone, Copy)]
enum Anchor {
    /// The phrase closes a sentence: nothing or an end mark (`.`, `!`, `…`) follows it ("The
    /// video could not be loaded." but not "... could not be loaded into evidence").
    SentenceEnd,
    /// The phrase opens a block of at most [`SHORT_CALL_WORDS`] words, or one ending with `!`
    /// ("Hazte socio", "Hazte socia de Verifica", but not "Hazte socio del club, dijo el
    /// presidente").
    ShortOpening,
    /// The phrase is said to the reader: it opens the block or a sentence or clause of it
    /// (after `.!?,:;`), and the block quotes nobody (no quotation marks): "Si te ha servido
    /// este artículo, ayúdanos a seguir ...", not «Ayúdanos a seguir buscando», pidió.
    ReaderCall,
    /// Another word of the list is in the same block: what it is about ("Connectez-vous pour
    /// commenter" has a log-in word, "n'a pas répondu pour commenter" none).
    With(&'static [&'static str]),
    /// The phrase opens the block, perhaps after an article ("Die Kommentarfunktion ist
    /// geschlossen"), or another word of the list is in the same block ("Bitte beachten Sie
    /// unsere Netiquette"); not "YouTube hat die Kommentarfunktion abgeschaltet".
    OpensOrWith(&'static [&'static str]),
    /// The copyright sign marks a notice or a credit ("© 2026 X", "Foto: © picture alliance /
    /// dpa"), unless the block is prose of [`SIGN_PROSE_WORDS`] words or more ending a sentence
    /// in which a word in lower case follows every sign ("... a manifesto™© we just think
    /// it's pretty cool to share what we've learned.").
    Sign,
    /// The phrase labels a notice: a sign, a colon, a year or "by" follows it ("Copyright ©
    /// 2026 X", "Copyright: AFP", "copyright by X"), or the block is a few words that end no
    /// sentence ("Copyright Reuters"); not "sued for copyright infringement".
    Notice,
}

/// Words of a cookie banner, about the site or to the reader, per language (lower case):
/// what a cookie word must stand with to count ([`ANCHORED_PHRASES`]).
const COOKIE_BANNER_WORDS: &[&str] = &[
    "this site",
    "this website",
    "our site",
    "our website",
    "we use",
    "you ",
    "your ",
    "diese website",
    "diese seite",
    "dieser website",
    "dieser seite",
    "unsere website",
    "unserer website",
    "unsere seite",
    "wir verwenden",
    "wir nutzen",
    "wir setzen",
    "sie ",
    "ihre",
    "ihnen",
    "dich",
    "dir ",
    "deine",
    "ce site",
    "notre site",
    "nous utilisons",
    "vous",
    "este sitio",
    "nuestro sitio",
    "utilizamos",
    "usted",
    "este site",
    "nosso site",
    "questo sito",
    "il nostro sito",
    "utilizziamo",
    "korzystamy",
    "ta strona",
    "naszej stron",
    "deze website",
    "deze site",
    "wij gebruiken",
    "we gebruiken",
    "этот сайт",
    "мы используем",
    "вы ",
    "einstellungen",
    "settings",
    "necessary",
    "notwendig",
    "cookie-einstellungen",
    "preferences",
];

/// Fewest words of a sentence in which [`Anchor::Sign`] reads a copyright sign as a joke or a
/// trademark's mark, not a notice.
const SIGN_PROSE_WORDS: usize = 12;

/// Most words of a block read as a notice's label by [`Anchor::Notice`].
const NOTICE_LABEL_WORDS: usize = 8;

/// Words of a blog engine's footer under a post, in German: where and when it was filed.
const POST_FOOTER_WORDS: &[&str] = &[
    "veröffentlicht",
    "abgelegt",
    "geschrieben",
    "verschlagwortet",
    "kategorie",
    "permalink",
    "lesezeichen",
];

/// What a republication notice of [`REUSE_BANS`] forbids to reuse, as stems, per language
/// (Lithuanian, Latvian, Croatian/Serbian/Bosnian in both scripts, Slovene, Czech, Slovak):
/// content, texts, photos, materials, information, and the acts of taking over, publishing
/// and copying them.
const REUSE_OBJECTS: &[&str] = &[
    "informacij",
    "turin",
    "medžiag",
    "materiāl",
    "informācij",
    "publicē",
    "saturs",
    "satur",
    "sadržaj",
    "садржај",
    "materijal",
    "материјал",
    "tekst",
    "текст",
    "fotografij",
    "фотографиј",
    "preuzim",
    "преузим",
    "prenoš",
    "преношењ",
    "objavlj",
    "објављ",
    "kopir",
    "копир",
    "vsebin",
    "gradiv",
    "obsah",
    "materiál",
    "článk",
    "reprodu",
];

/// Most words of a block a phrase of [`Anchor::ShortOpening`] opens.
const SHORT_CALL_WORDS: usize = 5;

/// Words of logging in, registering or subscribing, per language (lower case, stems): what
/// turns "to comment" or "to continue reading" into a prompt.
const ACCOUNT_WORDS: &[&str] = &[
    "log in",
    "login",
    "logged in",
    "sign in",
    "sign up",
    "subscri",
    "register",
    "account",
    "connect",
    "identifi",
    "inscri",
    "abonn",
    "sesión",
    "registr",
    "accedi",
    "iscriv",
    "suscri",
    "anmeld",
    "einlogg",
];

/// Words of links or purchases through the site: what turns "may earn a commission" into an
/// affiliate disclosure rather than a sentence about brokers.
const PURCHASE_LINK_WORDS: &[&str] = &[
    "link", "purchas", "buy", "kauf", "lien", "achat", "enlace", "compra", "acquist",
];

/// Phrases of the tables matched anywhere in a block that an ordinary sentence also holds,
/// with how they must stand to count ([`Anchor`]). A phrase not listed counts wherever it is.
const ANCHORED_PHRASES: &[(&str, Anchor)] = &[
    // Player notices: "The video could not be loaded into evidence, the prosecutor said."
    ("video player failed to load", Anchor::SentenceEnd),
    ("the video could not be loaded", Anchor::SentenceEnd),
    ("this video could not be loaded", Anchor::SentenceEnd),
    ("la vidéo n'a pas pu être chargée", Anchor::SentenceEnd),
    ("das video konnte nicht geladen werden", Anchor::SentenceEnd),
    ("el vídeo no se pudo cargar", Anchor::SentenceEnd),
    ("el video no se pudo cargar", Anchor::SentenceEnd),
    ("il video non può essere riprodotto", Anchor::SentenceEnd),
    ("o vídeo não pôde ser carregado", Anchor::SentenceEnd),
    // Member boxes: "Hazte socio del club, dijo el presidente"; "She hoped to become a
    // member of the board".
    ("hazte socio", Anchor::ShortOpening),
    ("hazte socia", Anchor::ShortOpening),
    ("hazte miembro", Anchor::ShortOpening),
    ("become a member", Anchor::ShortOpening),
    // Calls to the reader that a quoted speaker or a report also says.
    ("ayúdanos a seguir", Anchor::ReaderCall),
    ("unterstützen sie", Anchor::ReaderCall), // "Die Stadtwerke unterstützen sie dabei"
    ("join the conversation", Anchor::ReaderCall), // "residents were invited to join the conversation"
    ("support local journalism", Anchor::ReaderCall), // "The grant will support local journalism"
    ("support independent journalism", Anchor::ReaderCall),
    ("apoya el periodismo independiente", Anchor::ReaderCall), // "la fundación apoya el ..."
    ("make a donation", Anchor::ReaderCall), // "Residents can make a donation at the library"
    ("faire un don", Anchor::ReaderCall),    // "pour faire un don de sang, il faut ..."
    // "publicó en su canal de Telegram", "He wrote on Twitter and Facebook that ...": the
    // site's own channel, or the reader addressed.
    (
        "canal de telegram",
        Anchor::With(&[
            "nuestro",
            "tenemos",
            "únete",
            "unete",
            "síguenos",
            "siguenos",
        ]),
    ),
    ("on twitter and", Anchor::With(&["us on", "@", "our "])),
    ("on facebook and", Anchor::With(&["us on", "@", "our "])),
    ("on instagram and", Anchor::With(&["us on", "@", "our "])),
    // "Interessierte können sich kostenlos anmelden" is event information.
    (
        "kostenlos anmelden",
        Anchor::With(&["hier", "jetzt", "newsletter"]),
    ),
    // "Before you move on to the next step, let the glue dry."
    (
        "before you move on",
        Anchor::With(&["support", "donat", "contribut", "subscri"]),
    ),
    // Openers of longer appeals: "We need your help, the police said"; "Stay connected with
    // family over the holidays".
    (
        "we need your help",
        Anchor::With(&[
            "donat",
            "support",
            "subscri",
            "contribut",
            "member",
            "help us",
        ]),
    ),
    (
        "stay connected",
        Anchor::With(&[
            "newsletter",
            "follow",
            "subscri",
            "sign up",
            "facebook",
            "twitter",
            "instagram",
        ]),
    ),
    // A cookie banner speaks of the site and to the reader ("Diese Website nutzt Cookies",
    // "We use cookies to improve your experience"); a story about the rules does neither
    // ("The regulator fined the firm because its cookie banner made refusing consent harder
    // than accepting").
    ("cookie", Anchor::With(COOKIE_BANNER_WORDS)),
    ("cookies", Anchor::With(COOKIE_BANNER_WORDS)),
    // "The museum will order reprints of the catalogue"; the button or a call says it.
    ("order reprints", Anchor::ReaderCall),
    // "The panel praised the paper's journalism of integrity"; the appeal asks for support.
    (
        "journalism of integrity",
        Anchor::With(&["support", "donat", "subscri"]),
    ),
    // "Already a subscriber to three streaming services, she said ..."; the prompt asks
    // ("Already a subscriber? Log in").
    (
        "already a subscriber",
        Anchor::With(&["?", "log in", "login", "sign in"]),
    ),
    // "Die Netiquette in sozialen Netzwerken ist Thema einer Studie"; the site's notice
    // points to its own rules or to the comments, or stands in a row of links ("Artikel
    // kommentieren Netiquette | AGB").
    (
        "netiquette",
        Anchor::With(&[
            "unser",
            "beachten",
            "kommentar",
            "kommentier",
            "bitte",
            "es gilt",
            "|",
        ]),
    ),
    // "Jede kleine Spende hilft, sagte die Leiterin der Tafel."
    ("jede kleine spende", Anchor::ReaderCall),
    // "Viele wollen jetzt spenden, um zu helfen"; "Residents can donate today at the hall".
    ("jetzt spenden", Anchor::ReaderCall),
    ("donate today", Anchor::ReaderCall),
    // "YouTube hat die Kommentarfunktion unter Kindervideos abgeschaltet" is news; the
    // site's notice opens with the word or speaks of the article or the reader.
    (
        "kommentarfunktion",
        Anchor::OpensOrWith(&["artikel", "beitrag", "netiquette", "unser", "ihnen", "sie "]),
    ),
    // The sign inside a sentence of prose: "... a manifesto™© we just think it's pretty cool
    // to share what we've learned so far."
    ("©", Anchor::Sign),
    // Rights lines: "The band sued for copyright infringement"; "Permission must be obtained
    // from the landowner".
    ("copyright", Anchor::Notice),
    (
        "permission must be obtained",
        Anchor::With(&["©", "copyright", "reproduc", "republish", "reprint"]),
    ),
    // Consent bars address the reader about the site's own data: "Die Datenschutzbehörde
    // verlangt eine Einwilligung", "tracking of users without consent drew fines" are news.
    (
        "datenschutz",
        Anchor::With(&["unser", "ihre ", "ihrer ", "ihnen", "dein"]),
    ),
    ("tracking", Anchor::With(&["you", "cookie"])),
    // "Die Zeitung erscheint künftig nur noch als E-Paper"; "acesso ilimitado à internet";
    // "nuestro canal de distribución": the plug names the offer or asks the reader.
    ("als e-paper", Anchor::With(&["abo", "kiosk", "jetzt"])),
    ("acesso ilimitado", Anchor::With(&["assin", "r$"])),
    (
        "nuestro canal de",
        Anchor::With(&[
            "síguenos",
            "siguenos",
            "únete",
            "unete",
            "suscríbete",
            "mira",
        ]),
    ),
    // Korean "copyright holder" is said of any work; the notice has the sign.
    ("저작권자", Anchor::With(&["©", "ⓒ"])),
    // A blog engine's footer says where the post was filed; "Der Beitrag wurde am Montag im
    // Stadtrat beschlossen" is news (a fee).
    ("der beitrag wurde am", Anchor::With(POST_FOOTER_WORDS)),
    ("dieser eintrag wurde", Anchor::With(POST_FOOTER_WORDS)),
    (
        "dieser beitrag wurde unter",
        Anchor::With(POST_FOOTER_WORDS),
    ),
    // Republication bans name what may not be reused (content, texts, materials, information):
    // "Zabranjeno je graditi bez dozvole" is a building ban.
    ("draudžiama", Anchor::With(REUSE_OBJECTS)),
    ("aizliegts", Anchor::With(REUSE_OBJECTS)),
    ("aizliegta", Anchor::With(REUSE_OBJECTS)),
    ("zabranjeno", Anchor::With(REUSE_OBJECTS)),
    ("забрањено", Anchor::With(REUSE_OBJECTS)),
    ("prepovedano", Anchor::With(REUSE_OBJECTS)),
    ("zakázáno", Anchor::With(REUSE_OBJECTS)),
    ("zakázané", Anchor::With(REUSE_OBJECTS)),
    // "S'il vous reste des questions ...": the paywall counts the article or its share left.
    ("il vous reste", Anchor::With(&["article", "%"])),
    // "No respondió a una solicitud para comentar", "n'était pas disponible pour commenter".
    ("pour commenter", Anchor::With(ACCOUNT_WORDS)),
    ("para comentar", Anchor::With(ACCOUNT_WORDS)),
    ("per commentare", Anchor::With(ACCOUNT_WORDS)),
    // "This article appeared in the Guardian" credits a reprint; the print notice names the
    // issue ("... in the March 2026 issue of X", "... in the print edition").
    (
        "this article appears in the",
        Anchor::With(&["issue", "edition"]),
    ),
    (
        "this article appeared in the",
        Anchor::With(&["issue", "edition"]),
    ),
    // "He paused to continue reading the statement."
    ("to continue reading", Anchor::With(ACCOUNT_WORDS)),
    // "Brokers may earn a commission of up to 6 percent."
    ("may earn a commission", Anchor::With(PURCHASE_LINK_WORDS)),
    ("earns a commission", Anchor::With(PURCHASE_LINK_WORDS)),
    ("eine provision erhält", Anchor::With(PURCHASE_LINK_WORDS)),
    ("eine provision erhalten", Anchor::With(PURCHASE_LINK_WORDS)),
];

/// Whether some phrase of `list` found in `line` stands as its [`Anchor`] asks (a phrase
/// without one counts wherever it is). `text` is the block as written, `line` the block as
/// [`lower_collapsed`] and [`trim_decoration`] give it. Read only for a block in which the
/// phrase automaton found a phrase of `list`.
fn found_anchored(list: &[&str], text: &str, line: &str) -> bool {
    list.iter().any(|p| {
        let p = &*fold_greek_accents(p);
        if !line.contains(p) {
            return false;
        }
        let Some(anchor) = ANCHORED_PHRASES
            .iter()
            .find_map(|&(a, anchor)| (a == p).then_some(anchor))
        else {
            return true;
        };
        line.match_indices(p)
            .any(|(at, _)| anchor_holds(anchor, text, line, at, at + p.len()))
    })
}

/// Whether the phrase at `start..end` of `line` stands as `anchor` asks, or alone.
fn anchor_holds(anchor: Anchor, text: &str, line: &str, start: usize, end: usize) -> bool {
    let before = line.get(..start).unwrap_or_default().trim_end();
    let after = line.get(end..).unwrap_or_default().trim_start();
    // The phrase alone is a label: a button or a box's heading ("Stay connected").
    if before.is_empty() && after.is_empty() {
        return true;
    }
    match anchor {
        Anchor::SentenceEnd => after.is_empty() || after.starts_with(['.', '!', '…']),
        Anchor::ShortOpening => {
            before.is_empty()
                && (line.split_whitespace().count() <= SHORT_CALL_WORDS
                    || text.trim_end().ends_with('!'))
        }
        Anchor::ReaderCall => {
            let mut before = before;
            // "Please support independent journalism", "Bitte unterstützen Sie ...".
            for _ in 0..2 {
                let Some(b) = CLICK_CALL_ADVERBS.iter().find_map(|w| {
                    before
                        .strip_suffix(w)
                        .filter(|b| b.is_empty() || b.ends_with(char::is_whitespace))
                }) else {
                    break;
                };
                before = b.trim_end();
            }
            (before.is_empty() || before.ends_with(['.', '!', '?', ',', ':', ';', '¡']))
                && !text.contains(QUOTATION_MARKS)
        }
        Anchor::With(words) => words.iter().any(|w| line.contains(w)),
        Anchor::OpensOrWith(words) => {
            ["", "die", "the", "la", "le", "el", "il"].contains(&before)
                || words.iter().any(|w| line.contains(w))
        }
        Anchor::Sign => {
            let prose = text.trim_end().ends_with(['.', '!', '?'])
                && text.split_whitespace().nth(SIGN_PROSE_WORDS - 1).is_some()
                && text.split('©').skip(1).all(|after| {
                    after
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
                        // Not a holder's name written in lower case ("© picture alliance").
                        && after.starts_with(char::is_whitespace)
                });
            !prose
        }
        Anchor::Notice => {
            // A row of footer links ("Impressum | Datenschutz | Copyright X"), or the word
            // written as a label, in capitals.
            line.contains('|')
                || text.contains("COPYRIGHT")
                || after.starts_with(['©', ':', '('])
                || after.starts_with(|c: char| c.is_ascii_digit())
                || after.starts_with("by ")
                || !text.trim_end().ends_with(['.', '!', '?'])
                    && line.split_whitespace().count() <= NOTICE_LABEL_WORDS
                    && !opens_phrase_of_words(text, line, start, end)
        }
    }
}

/// Lower-case words that go on a rights label after its word ("Copyright der Fotos: dpa",
/// "copyright reserved"): the notice's own words, not a sentence's.
const NOTICE_LABEL_FOLLOWERS: &[&str] = &[
    "by", "of", "for", "all", "reserved", "der", "des", "die", "das", "für", "bei", "liegt",
    "liegen", "alle", "de", "du", "di", "del", "dos",
];

/// Whether the phrase at `start..end` of `line` is the first word of a phrase of words: a word
/// written in lower case follows it ("Copyright reform hits news publishers", a subheading;
/// "copyright law"), not a name ("Copyright Reuters"), a label's word
/// ([`NOTICE_LABEL_FOLLOWERS`]) or a sign, and the block has no colon (a label's "Copyright
/// des Bildes: X"). `text` is the block as written.
fn opens_phrase_of_words(text: &str, line: &str, start: usize, end: usize) -> bool {
    if text.contains([':', '：', '©']) {
        return false;
    }
    let (Some(before), Some(phrase)) = (line.get(..start), line.get(start..end)) else {
        return false;
    };
    // The phrase's first word is word number `at` of the line, and of the block as written:
    // the line is the block lower-cased with its whitespace collapsed.
    let at = before.split_whitespace().count();
    let Some(next) = text
        .split_whitespace()
        .nth(at + phrase.split_whitespace().count())
    else {
        return false;
    };
    next.starts_with(char::is_lowercase)
        && !NOTICE_LABEL_FOLLOWERS.contains(&next.trim_end_matches(|c: char| !c.is_alphanumeric()))
}

/// Quotation marks of the languages whose appeals [`Anchor::ReaderCall`] reads (not the
/// apostrophe, "don't", nor `»` and `›`, which are arrows on buttons too).
const QUOTATION_MARKS: [char; 5] = ['"', '«', '“', '”', '„'];

/// Longest block, in characters, read as an appeal when it opens with one.
const APPEAL_BLOCK_CHARS: usize = 600;

/// How far into a block, in characters, an appeal may start and still open it (characters, not
/// bytes: the same opening words take twice the bytes in Greek or Cyrillic, three times in
/// Devanagari).
const APPEAL_OPENING_CHARS: usize = 40;

/// Openings of promotion blocks that are not appeals on their own line.
const APPEAL_OPENERS: &[&str] = &[
    "lust auf mehr",         // German: "want more?" before a newsletter pitch
    "nichts mehr verpassen", // German: "miss nothing" newsletter pitch
    "nichts mehr versäumen",
    "get the latest news straight to", // app and newsletter pitches
    "we need your help",               // donation pitches
    "support our journalism",
    "support independent journalism",
    "support local journalism",
    "if you enjoyed reading",
    "did you like this article",
    "hat ihnen dieser artikel gefallen", // German: "did you like this article?"
    "dieser artikel gefällt ihnen",
    "war dieser artikel hilfreich",
    "jede kleine spende", // German: "every small donation"
    "czekamy na wasze",   // Polish: "we await your (letters)"
    "hacemos periodismo", // Spanish: "we do journalism ..." pitches
    "puedes hacer periodismo",
    "before you move on", // English contributions epic
    "please support us",
    "támogasd a független",    // Hungarian: "support independent journalism"
    "kennt ihr schon unseren", // German: "do you know our ...?" pitch for a site's own tool
    "gefällt dir unser",       // German: "do you like our (magazine)?" donation pitch
    "we have a small favour to ask", // contributions epics
    "we have a small favor to ask",
    "small favour to ask",
    "your donation keeps", // public-radio donate boxes
    "stay connected",
    "apoie o jornalismo", // Portuguese: "support (quality) journalism"
    // The print-edition note under a story ("A version of this article appears in print on
    // March 15, 2026, Section A, Page 8 ... Order Reprints | Today's Paper | Subscribe").
    "a version of this article appears in print",
    // Hungarian contributions pitch opening "since you're here:", with its colon (the English
    // "since you're here" also opens dialogue in fiction; its epic is caught by "small favour
    // to ask").
    "ha már itt van:",
    "for the latest news, weather, sports", // US local-TV sign-off
];

/// First words of a call to follow the publication on social networks ("Follow The Gleaner on
/// Twitter and Instagram ...", "Folgen Sie uns auf Facebook ..."), with one of
/// [`SOCIAL_NETWORKS`] in the opening words.
const SOCIAL_FOLLOW_OPENERS: &[&str] = &[
    "follow ",
    "folgen sie",
    "suivez",
    "síguenos",
    "seguici",
    "ikuti ",       // Malay, Indonesian
    "volg ons",     // Dutch
    "sledujte nás", // Czech
    "ακολουθήστε",  // Greek
    "urmărește",    // Romanian
    "urmăriți",
    "siga ",         // Portuguese
    "like us on",    // "Like us on Facebook"
    "liken sie uns", // German: "like us (on Facebook)"
    "folge uns",     // German du-form: "follow us"
];

/// Who a story's closing line asks the reader to follow after "follow the" ("Follow the author
/// on Twitter @jdoe"), lower case.
const FOLLOWED_WRITERS: &[&str] = &["author", "writer", "reporter", "columnist"];

/// Whether a line opening with a word of [`SOCIAL_FOLLOW_OPENERS`] asks to follow someone:
/// English "follow" is followed by "us", a handle or a name ("Follow The Gleaner on Twitter",
/// "Follow the Guardian on Instagram"), or the writer ("Follow the author on X"), not by "these
/// steps" or "the steps" ("Follow these steps shared on Twitter to ..."). `text` is the block
/// as written, `line` as [`lower_collapsed`] and [`trim_decoration`] give it.
fn follows_publication(text: &str, line: &str) -> bool {
    if !line.starts_with("follow ") {
        return true;
    }
    let mut words = text.split_whitespace();
    let next = words
        .find(|w| w.eq_ignore_ascii_case("follow"))
        .and_then(|_| words.next())
        .unwrap_or_default();
    let names = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c == '@');
    names(next)
        || matches!(next, "us" | "me" | "our" | "along")
        || next == "the"
            && words
                .next()
                .is_some_and(|w| names(w) || FOLLOWED_WRITERS.contains(&w.to_lowercase().as_str()))
}

/// Social networks named in follow appeals.
const SOCIAL_NETWORKS: &[&str] = &[
    "腾讯微博",
    "新浪微博",
    "qq空间",
    "qq好友",
    "微信",
    "微信好友", // Chinese networks: Tencent/Sina Weibo, Qzone, QQ, WeChat
    "google news",
    "twitter",
    "facebook",
    "instagram",
    "tiktok",
    "whatsapp",
    "telegram",
    "youtube",
    "linkedin",
    "pinterest",
    "xing",
    "reddit",
    "flipboard",
    "bluesky",
    "mastodon",
];

/// Imperatives that open a short appeal line addressed to the reader in the familiar form
/// ("Unterstütze RosaMag mit 2,50!"); matched only at the very start, since the same word
/// inside a sentence is reported speech ("er unterstütze den Plan").
const APPEAL_STARTS: &[&str] = &[
    "unterstütze ", // German du-form: "support us"
    "abonniere ",   // German du-form: "subscribe"
    "apoya a ",     // Spanish tú-form: "support (the paper)"
    "apoia o ",     // Portuguese: "support (the paper)"
    "támogasd ",    // Hungarian familiar form: "support (us)"
    "assine o ",    // Portuguese: "subscribe to (the paper)"
    "assine a ",
];

/// English imperatives that open a subscription appeal ("Subscribe to the X newsletter for
/// ...", "Sign up for our morning briefing"); matched at the very start, and only with one of
/// [`SUBSCRIPTION_OBJECTS`] in the line, since both also open ordinary sentences ("Subscribe
/// to the idea that ...", "Sign up for the draft opens on Monday").
const SUBSCRIBE_STARTS: &[&str] = &["subscribe to ", "sign up for ", "sign up to "];

/// What a reader subscribes to, in a [`SUBSCRIBE_STARTS`] line.
const SUBSCRIPTION_OBJECTS: &[&str] = &[
    "newsletter",
    "our ",
    "channel",
    "podcast",
    "briefing",
    "digest",
    "alerts",
    "updates",
    "notifications",
    "inbox",
    "mailing list",
    "e-mails",
    "emails",
    "free trial",
];

/// Whether `phrase` starts within the first [`APPEAL_OPENING_CHARS`] characters of `line`.
fn opens_with(line: &str, phrase: &str) -> bool {
    line.find(phrase)
        .is_some_and(|at| at <= opening_limit(line))
}

/// Longest block, in characters, read as a blog post's footer.
const POST_FOOTER_CHARS: usize = 400;

/// Openings of the footer a blog engine writes under each post ("This entry was posted in News
/// and tagged ... Bookmark the permalink."), in the wordings of its translations.
const POST_FOOTER_OPENERS: &[&str] = &[
    "this entry was posted",
    "this entry was filed under",
    "dieser beitrag wurde unter",
    "der beitrag wurde am",
    "dieser eintrag wurde",
    "cette entrée a été publiée",
    "ce billet a été publié",
    "esta entrada fue publicada",
    "esta entrada foi publicada",
    "questa voce è stata pubblicata",
    "ten wpis został opublikowany",
    "deze inzending werd geplaatst",
    "deze vermelding werd geplaatst",
    // The print-origin notice under a magazine's story ("Dieser Beitrag stammt aus Ausgabe
    // 7/2019 von X. Das Heft ist ab ... im Handel"), per language; the English one only with
    // the issue or edition named (not "This article appeared in the Guardian").
    "dieser beitrag stammt aus ausgabe",
    "dieser artikel stammt aus ausgabe",
    "dieser beitrag stammt aus der ausgabe",
    "dieser artikel stammt aus der ausgabe",
    "dieser beitrag erschien in ausgabe",
    "dieser artikel erschien in ausgabe",
    "dieser beitrag erschien in der ausgabe",
    "dieser artikel erschien in der ausgabe",
    "this article appears in the",
    "this article appeared in the",
    "cet article est paru dans le numéro",
    "cet article a été publié dans le numéro",
    "este artículo se publicó en el número",
    "este artículo fue publicado en el número",
    "questo articolo è stato pubblicato sul numero",
    // The citation box under a post of an academic blog.
    "suggested citation",
    "zitiervorschlag",
    "cite this article as",
    "citer cet article",
];

/// Disclosures of affiliate links and sponsored mentions, found inside short lines.
const DISCLOSURE_PHRASES: &[&str] = &[
    "affiliate link",
    "affiliate-link",
    "provisions-link",
    "werbelink",
    "enthält werbung",
    "alle angaben ohne gewähr",
    "noch keine bewertungen",
    "liens affiliés",
    "enlaces de afiliados",
    "link di affiliazione",
    "not responsible for the opinions",
    "trust principles",
    // Reuters' line under the story in its other services ("Nuestros estándares: Los
    // Principios de Confianza de Thomson Reuters.").
    "principios de confianza",
    "principes de confiance",
    "princípios de confiança",
    // Advertiser and affiliate disclosures of review and deals sites.
    "advertiser disclosure",
    "advertisers do not influence",
    "one or more of our advertisers",
    "we may receive compensation",
    "we earn a commission",
    "may earn a commission",
    "earn a small commission",
    "earns a commission",
    // The same disclosure in German ("Dieser Artikel kann Links zu Anbietern enthalten, von
    // denen X eine Provision erhält"), French, Spanish, Italian, Portuguese and Dutch.
    "eine provision erhält",
    "eine provision erhalten",
    "erhalten wir eine provision",
    "erhalten wir eine kleine provision",
    "nous percevons une commission",
    "peut percevoir une commission",
    "recibimos una comisión",
    "podemos recibir una comisión",
    "riceviamo una commissione",
    "recebemos uma comissão",
    "ontvangen wij een commissie",
    // French blogs' disclaimer: "the opinions ... commit only their authors".
    "n'engagent que leurs auteurs",
    "n'engagent que leur auteur",
    // Indian syndication notice: "... has not been edited by X staff and is published from
    // (auto-generated from) a syndicated feed."
    "from a syndicated feed",
    "सिंडिकेट फीड", // Hindi: "syndicate feed", the same notice
    // Public radio's transcript notices: "Transcripts are created on a rush deadline and may
    // not be in their final form.", "This transcript may not be in its final form." ("may not
    // be in their final form" alone is a reporter's caveat too).
    "this transcript may not be in",
    "created on a rush deadline",
    // German dpa feeds: "Direkt aus dem dpa-Newskanal: Dieser Text wurde automatisch von der
    // Deutschen Presse-Agentur (dpa) übernommen ...".
    "direkt aus dem dpa-newskanal",
    "automatisch von der deutschen presse-agentur",
    // Indonesian network pages: "Artikel ini telah tayang di X.com dengan judul ...".
    "artikel ini telah tayang di",
    // Agência Brasil's licence box: "Conteúdo licenciado sob Creative Commons ...".
    "conteúdo licenciado sob creative commons",
    // The licence notice under a post: "This work is licensed under a Creative Commons ...",
    // "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND".
    "licensed under a creative commons",
    "licensed under the creative commons",
    "veröffentlicht unter der lizenz",
    "stehen unter der lizenz",
    "steht unter der lizenz",
    "sous licence creative commons",
    "bajo licencia creative commons",
    "bajo una licencia creative commons",
    "con licenza creative commons",
    "pod licencją creative commons",
    "onder een creative commons",
];

/// Longest block, in characters, read as a disclosure (an advertiser disclosure runs to three
/// sentences).
const DISCLOSURE_BLOCK_CHARS: usize = 300;

/// Sentences of paywall and login prompts.
const PAYWALL_PHRASES: &[&str] = &[
    // A contributions epic's pitch: "... readers in 180 countries now support us financially."
    "support us financially",
    "subscribe to continue reading",
    "subscribe to read",
    "this article is for subscribers",
    "already a subscriber",
    "to continue reading",
    "sign in to continue",
    "create a free account to continue",
    "you have reached your limit",
    "il vous reste",
    "réservé aux abonnés",
    "article réservé",
    "déjà abonné",
    "wählen sie ihren zugang",
    "lesen sie weiter mit",
    "jetzt weiterlesen",
    "bereits abonnent",
    "nur für abonnenten",
    "contenido exclusivo para suscriptores",
    "ya eres suscriptor",
    "conteúdo exclusivo para assinantes",
    "riservato agli abbonati",
    "to view the full story",
    "subscribe now to",
    "nicht eingeloggt",
    // Czech, Polish, Dutch, Swedish, Spanish, Portuguese, Russian, Chinese, Japanese, Korean.
    "získejte neomezený přístup",
    "dostupné pouze pro předplatitele",
    "tylko dla subskrybentów",
    "dla prenumeratorów",
    "alleen voor abonnees",
    "endast för prenumeranter",
    "solo para suscriptores",
    "apenas para assinantes",
    "только для подписчиков",
    "会员专享",
    "この記事は有料記事です",
    "유료 회원",
    // Japanese: "become a paying member (and read every article)", "paying members only".
    "有料会員になると",
    "有料会員限定",
    // Hungarian: "(the paper's paid articles) can be read with a subscription".
    "előfizetéssel érhet",
    "előfizetőink számára",
    // A wire service's note that the site carries only part of its feed ("... offered to
    // subscribers ... Please contact us for subscription options"; "offered to subscribers"
    // alone is said of any service).
    "for subscription options",
    // The free-access pitch of donation boxes ("not everyone can afford costly news
    // subscriptions", "not everyone is able to pay for news").
    "costly news subscriptions",
    "afford to pay for news",
    "able to pay for news",
];

/// Phrases of comment-section prompts, found inside short lines.
const COMMENT_PHRASES: &[&str] = &[
    "isi komentar sepenuhnya", // Indonesian: "the comments are the users' responsibility"
    "comments are closed",
    "comments for this article",
    "to post a comment",
    "to leave a comment",
    "join the conversation",
    "kommentarfunktion",
    "netiquette",
    "kommentare sind geschlossen",
    "commentaires sont fermés",
    "pour commenter",
    "los comentarios están cerrados",
    "para comentar",
    "i commenti sono chiusi",
    "per commentare",
    "komentarze są wyłączone",
    "komentari su onemogućeni", // Croatian, Serbian Latin: "comments are disabled"
    "коментари су онемогућени", // Serbian Cyrillic
    "kommentare insgesamt",
    "teilen sie uns ihre erfahrungen",
    "teilen sie uns ihre meinung",
    // Log-in prompts of comment sections.
    "must be logged in to",
    "sie müssen sich einloggen",
    "sie müssen angemeldet sein",
    "vous devez être connecté",
    "debes iniciar sesión para",
    "devi essere connesso",
    // Disclaimers that reader comments are not the site's view ("Disclaimer: Comments do not
    // represent the views of X"), per language.
    "comments do not represent",
    "comments do not reflect",
    "comments do not necessarily reflect",
    "kommentare spiegeln nicht",
    "los comentarios no representan",
    "los comentarios no reflejan",
    "les commentaires ne reflètent pas",
    // Malayalam: "the opinions posted here (are not the paper's)".
    "പോസ്റ്റു ചെയ്യുന്ന അഭിപ്രായങ്ങൾ",
    "പോസ്റ്റ് ചെയ്യുന്ന അഭിപ്രായങ്ങൾ",
    // Hindi: "the opinions expressed in comments (are the readers' own)".
    "टिप्पणियों में व्यक्त विचार",
];

/// Markers of copyright and rights lines ("© 2026 Example Media", "Riproduzione riservata").
const COPYRIGHT_MARKERS: &[&str] = &[
    "©",
    "copyright",
    "all rights reserved",
    "tous droits réservés",
    "alle rechte vorbehalten",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "riproduzione riservata",
    "tutti i diritti riservati",
    "wszelkie prawa zastrzeżone",
    "все права защищены",
    "alle rechten voorbehouden",
    "copyrighted property",
    "permission must be obtained",
    // Korean, Chinese, Japanese, Arabic, Hebrew, Czech, Romanian, Hungarian, Nordic, Turkish, Indonesian, Ukrainian, Vietnamese.
    "무단 전재",
    "무단전재",
    "저작권자",
    "版权所有",
    "版权声明", // Chinese: "copyright notice"
    "版權所有",
    "無断転載",
    "無断複製",
    "جميع الحقوق محفوظة",
    "כל הזכויות שמורות",
    "všechna práva vyhrazena",
    "toate drepturile rezervate",
    "minden jog fenntartva",
    "kaikki oikeudet pidätetään",
    "alla rättigheter förbehållna",
    "alle rettigheder forbeholdes",
    "tüm hakları saklıdır",
    "hak cipta dilindungi",
    "всі права захищені",
    "bản quyền thuộc về",
    // Lithuanian, Latvian, Estonian, Croatian/Bosnian, Serbian, Slovene, Bulgarian, Slovak, Malay.
    "visos teisės saugomos",
    "visas tiesības aizsargātas",
    "kõik õigused kaitstud",
    "sva prava pridržana",
    "sva prava zadržana",
    "сва права задржана",
    "vse pravice pridržane",
    "всички права запазени",
    "všetky práva vyhradené",
    "hak cipta terpelihara",
    // Chinese notices: "copyright statement", "when reprinting, name the source" (simplified
    // and traditional). Not "不得转载" ("may not be reprinted") alone: readability's labels
    // keep a portal's "未经授权，不得转载" rights line (qq) as part of the text.
    "版权声明",
    "版權聲明",
    "转载请注明",
    "轉載請註明",
];

/// Bans and conditions that open a republication notice ("Griežtai draudžiama DELFI paskelbtą
/// informaciją panaudoti ... be sutikimo": "it is strictly forbidden to reuse ... without
/// consent"; "При цитуванні і використанні ... гіперпосилання ... обов'язкові": "when quoting
/// and using (our materials) ... a hyperlink ... is required"); read with a phrase of
/// [`REUSE_PERMISSION`] in the same block.
const REUSE_BANS: &[&str] = &[
    "draudžiama", // Lithuanian: "forbidden"
    "aizliegts",  // Latvian
    "aizliegta",
    "zabranjeno",  // Croatian, Serbian Latin, Bosnian
    "забрањено",   // Serbian Cyrillic
    "prepovedano", // Slovene
    "zakázáno",    // Czech
    "zakázané",    // Slovak
    // Ukrainian and Russian: "when quoting / using / copying / reprinting (materials)".
    "при цитуванні",
    "при використанні матеріалів",
    "при копіюванні",
    "при передруку",
    "при цитировании",
    "при использовании материалов",
    "при копировании",
    "при перепечатке",
];

/// "Without consent / permission" in republication notices, per language, or the notice's
/// condition being "required" (Ukrainian, Russian).
const REUSE_PERMISSION: &[&str] = &[
    "be sutikimo",  // Lithuanian
    "bez atļaujas", // Latvian
    "bez dozvole",  // Croatian, Serbian Latin, Bosnian
    "bez odobrenja",
    "без дозволе", // Serbian Cyrillic
    "без одобрења",
    "brez dovoljenja", // Slovene
    "bez souhlasu",    // Czech
    "bez súhlasu",     // Slovak
    // Ukrainian and Russian: "(a link is) required" after "when quoting ...".
    "обов'язков",
    "обов’язков",
    "обязательн",
];

/// Verbs of reprinting in the republication notices of verb-final languages, which name the
/// act late in the sentence ("ئەركىن ئاسىيا رادىيوسىنىڭ رۇخسىتىسىز كۆچۈرۈپ بېسىشقا بولمايدۇ":
/// "RFA's (articles) may not be reprinted without permission"); read with a phrase of
/// [`REUSE_TERMS`] in the same short block.
const REUSE_ACTS: &[&str] = &[
    "كۆچۈرۈپ بېسىش", // Uyghur: "reprinting"
    "بیا خپرول",     // Pashto: "republishing"
    "بازنشر",        // Persian: "republishing"
    "إعادة نشر",     // Arabic: "republishing"
];

/// The condition of the republication notices of [`REUSE_ACTS`]: "without permission", "only
/// with the source named".
const REUSE_TERMS: &[&str] = &[
    "رۇخسىتىسىز",       // Uyghur: "without permission"
    "سرچینې په یادولو", // Pashto: "with the source mentioned"
    "اجازې پرته",       // Pashto: "without permission"
    "ذکر منبع",         // Persian: "mentioning the source"
    "بدون اجازه",       // Persian: "without permission"
    "دون إذن",          // Arabic: "without permission"
    "بدون إذن",
];

/// Longest block, in characters, read as a republication notice of [`REUSE_ACTS`].
const REUSE_ACT_CHARS: usize = 200;

/// Longest block, in characters, read as a republication notice.
const REUSE_NOTICE_CHARS: usize = 400;

/// Longest block, in characters, read as a rights notice when it opens with "©".
const COPYRIGHT_BLOCK_CHARS: usize = 500;

/// Words that name cookies or stored data, per language.
const COOKIE_WORDS: &[&str] = &[
    "cookie",
    "cookies",
    "tracking",
    "local storage",
    "datenschutz",
    "galletas",
    "traceurs",
    "файлы cookie",
    "ciasteczk",
];

/// Words of the consent prompt's request or buttons, per language.
const CONSENT_WORDS: &[&str] = &[
    "accept",
    "agree",
    "consent",
    "opt-out",
    "opt out",
    "privacy policy",
    "your experience",
    "manage preferences",
    "akzeptieren",
    "zustimmen",
    "einverstanden",
    "einwilligung",
    "accepter",
    "consentement",
    "j'accepte",
    "aceptar",
    "consentimiento",
    "aceitar",
    "consentimento",
    "accetta",
    "consenso",
    "принять",
    "согласие",
    "соглашаетесь",
    "zgod",
    "akceptuj",
    "akkoord",
    "toestemming",
];

/// Lower-case `text`, collapse whitespace, and trim decoration (dashes, bullets, colons,
/// brackets, arrows, end punctuation) from both ends.
pub(crate) fn normalise(text: &str) -> String {
    // Trimmed in place ([`trim_decoration`]), without a second copy.
    let mut line = lower_collapsed(text);
    line.truncate(line.trim_end_matches(is_decoration).len());
    let from = line.len() - line.trim_start_matches(is_decoration).len();
    line.replace_range(..from, "");
    line
}

/// `text` with whitespace collapsed and lower-cased: [`normalise`] before the trim.
fn lower_collapsed(text: &str) -> String {
    let mut collapsed = crate::dom::collapse_whitespace(text);
    if collapsed.is_ascii() {
        // ASCII lower-cases byte for byte, in place: what `to_lowercase` gives.
        collapsed.make_ascii_lowercase();
        return collapsed;
    }
    let mut collapsed = crate::text::lowercase(&collapsed);
    // Turkish "İ" lower-cases to "i" and a combining dot above: "İlgili Haber" must read as
    // "ilgili haber".
    if collapsed.contains('\u{307}') {
        collapsed = collapsed.replace("i\u{307}", "i");
    }
    if let Cow::Owned(folded) = fold_greek_accents(&collapsed) {
        collapsed = folded;
    }
    collapsed
}

/// `text` with the accents of Greek vowels (tonos, dialytika) removed: Greek capitals are
/// written without them ("ΔΙΑΦΗΜΙΣΗ" for "Διαφήμιση"), so lines and phrases are compared
/// without them. Borrowed when there is nothing to fold.
fn fold_greek_accents(text: &str) -> Cow<'_, str> {
    // The accented vowels are U+0386..U+03CE, encoded with the lead byte 0xCE or 0xCF: a
    // vectorised byte scan skips every other script.
    if memchr::memchr2(0xCE, 0xCF, text.as_bytes()).is_none()
        || !text.chars().any(|c| greek_base(c).is_some())
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| greek_base(c).unwrap_or(c)).collect())
}

/// The bare vowel of an accented lower-case Greek vowel.
fn greek_base(c: char) -> Option<char> {
    Some(match c {
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' | 'ϊ' | 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' | 'ϋ' | 'ΰ' => 'υ',
        'ώ' => 'ω',
        _ => return None,
    })
}

/// `s` without the decoration [`normalise`] trims from both ends.
fn trim_decoration(s: &str) -> &str {
    s.trim_matches(is_decoration)
}

/// Whitespace, and the dashes, bullets, colons, brackets, arrows and end punctuation that
/// decorate labels (the sentence ends of every script: "相关阅读。", "ਇਸ਼ਤਿਹਾਰ।").
pub(crate) fn is_decoration(c: char) -> bool {
    c.is_whitespace()
        || crate::text::is_sentence_end(c)
        || matches!(
            c,
            '-' | '–'
                | '—'
                | ':'
                | '•'
                | '·'
                | '|'
                | '*'
                | '>'
                | '»'
                | '«'
                | '›'
                | '→'
                | '('
                | ')'
                | '['
                | ']'
                | '：' // fullwidth colon ("相关阅读：")
        )
}

/// Whether [`normalise`] of `text` is longer than `limit` characters, known from the first
/// `limit + 1` characters that are neither decoration nor a combining dot above: each of them
/// lower-cases to at least one character that is neither, and that the trim keeps (the tests
/// check every character).
fn normalises_longer_than(text: &str, limit: usize) -> bool {
    text.chars()
        .filter(|&c| !is_decoration(c) && c != '\u{307}')
        .nth(limit)
        .is_some()
}

/// The phrase tables [`classify_block`] reads, one bit each in a [`Found`] set.
#[derive(Clone, Copy)]
enum Table {
    AdLabels,
    ChromeLines,
    RelatedPrefixes,
    AppealPhrases,
    AppealOpeners,
    SocialFollowOpeners,
    SocialNetworks,
    AppealStarts,
    SubscribeStarts,
    SubscriptionObjects,
    PostFooterOpeners,
    DisclosurePhrases,
    PaywallPhrases,
    CommentPhrases,
    CopyrightMarkers,
    CookieWords,
    ConsentWords,
    ReuseBans,
    ReusePermission,
    ReuseActs,
    ReuseTerms,
    ShareButtons,
    RelatedHeadings,
    PointerPrefixes,
    ProviderLabels,
    DownloadPhrases,
    ClickCalls,
    PlayerNotices,
    EmbedPlaceholders,
}

impl Table {
    /// Every table with its phrases.
    const ALL: [(Table, &'static [&'static str]); 29] = [
        (Table::AdLabels, AD_LABELS),
        (Table::ChromeLines, CHROME_LINES),
        (Table::RelatedPrefixes, RELATED_PREFIXES),
        (Table::AppealPhrases, APPEAL_PHRASES),
        (Table::AppealOpeners, APPEAL_OPENERS),
        (Table::SocialFollowOpeners, SOCIAL_FOLLOW_OPENERS),
        (Table::SocialNetworks, SOCIAL_NETWORKS),
        (Table::AppealStarts, APPEAL_STARTS),
        (Table::SubscribeStarts, SUBSCRIBE_STARTS),
        (Table::SubscriptionObjects, SUBSCRIPTION_OBJECTS),
        (Table::PostFooterOpeners, POST_FOOTER_OPENERS),
        (Table::DisclosurePhrases, DISCLOSURE_PHRASES),
        (Table::PaywallPhrases, PAYWALL_PHRASES),
        (Table::CommentPhrases, COMMENT_PHRASES),
        (Table::CopyrightMarkers, COPYRIGHT_MARKERS),
        (Table::CookieWords, COOKIE_WORDS),
        (Table::ConsentWords, CONSENT_WORDS),
        (Table::ReuseBans, REUSE_BANS),
        (Table::ReusePermission, REUSE_PERMISSION),
        (Table::ReuseActs, REUSE_ACTS),
        (Table::ReuseTerms, REUSE_TERMS),
        (Table::ShareButtons, SHARE_BUTTONS),
        (Table::RelatedHeadings, RELATED_HEADINGS),
        (Table::PointerPrefixes, POINTER_PREFIXES),
        (Table::ProviderLabels, PROVIDER_LABELS),
        (Table::DownloadPhrases, DOWNLOAD_PHRASES),
        (Table::ClickCalls, CLICK_CALLS),
        (Table::PlayerNotices, PLAYER_NOTICES),
        (Table::EmbedPlaceholders, EMBED_PLACEHOLDERS),
    ];

    fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// Every phrase of every table in one automaton, each distinct phrase once, with the set of
/// tables ([`Table::bit`]) that hold it: one pass over a line finds them all.
struct PhraseMatcher {
    automaton: aho_corasick::AhoCorasick,
    /// The tables of each pattern, by pattern index.
    tables: Vec<u32>,
    /// Characters of the longest phrase matched as a whole line.
    longest_whole: usize,
}

static PHRASES: LazyLock<Option<PhraseMatcher>> = LazyLock::new(|| {
    // Folded as the lines they are compared with ([`lower_collapsed`]).
    let mut phrases: Vec<Cow<'static, str>> = Vec::new();
    let mut tables: Vec<u32> = Vec::new();
    // The index of each distinct phrase in `phrases`.
    let mut seen: std::collections::HashMap<Cow<'static, str>, usize> =
        std::collections::HashMap::new();
    for (table, list) in Table::ALL {
        for &phrase in list {
            let phrase = fold_greek_accents(phrase);
            match seen.get(&phrase) {
                Some(&k) => {
                    if let Some(t) = tables.get_mut(k) {
                        *t |= table.bit();
                    }
                }
                None => {
                    seen.insert(phrase.clone(), phrases.len());
                    phrases.push(phrase);
                    tables.push(table.bit());
                }
            }
        }
    }
    let automaton = aho_corasick::AhoCorasick::new(phrases.iter().map(|p| p.as_bytes())).ok()?;
    let longest_whole = WHOLE_LINE_TABLES
        .iter()
        .flat_map(|list| list.iter())
        .map(|p| p.chars().count())
        .max()
        .unwrap_or(0);
    Some(PhraseMatcher {
        automaton,
        tables,
        longest_whole,
    })
});

/// The tables whose phrases must be the whole line.
const WHOLE_LINE_TABLES: [&[&str]; 2] = [AD_LABELS, CHROME_LINES];

/// Longest block, in characters, that a phrase found in it (not as the whole line) can classify:
/// the largest of the limits in [`classify_block`].
const PHRASE_BLOCK_CHARS: usize = 700;

const _: () = assert!(
    APPEAL_BLOCK_CHARS <= PHRASE_BLOCK_CHARS
        && COPYRIGHT_BLOCK_CHARS <= PHRASE_BLOCK_CHARS
        && POST_FOOTER_CHARS <= PHRASE_BLOCK_CHARS
        && REUSE_NOTICE_CHARS <= PHRASE_BLOCK_CHARS
        && REUSE_ACT_CHARS <= PHRASE_BLOCK_CHARS
        && DISCLOSURE_BLOCK_CHARS <= PHRASE_BLOCK_CHARS
        && RELATED_LIST_CHARS <= PHRASE_BLOCK_CHARS
);

/// Where in a normalised line the phrases of each table ([`Table::bit`]) occur.
#[derive(Default)]
struct Found {
    /// Anywhere (`line.contains(p)`).
    anywhere: u32,
    /// At the start (`line.starts_with(p)`).
    start: u32,
    /// As the whole line (`line == p`).
    whole: u32,
    /// Anywhere after a leading "©" (in `line[2..]` when the line opens with it).
    after_sign: u32,
    /// Within the opening window of [`opens_with`].
    opening: u32,
}

impl Found {
    /// Every occurrence of every phrase in `line`, in one overlapping pass.
    fn of(line: &str) -> Found {
        let mut found = Found::default();
        let Some(m) = PHRASES.as_ref() else {
            return Found::slow(line);
        };
        let sign = line.starts_with('©');
        let opening = opening_limit(line);
        for hit in m.automaton.find_overlapping_iter(line) {
            let bits = m.tables.get(hit.pattern().as_usize()).copied().unwrap_or(0);
            let (start, end) = (hit.start(), hit.end());
            found.anywhere |= bits;
            if start == 0 {
                found.start |= bits;
                if end == line.len() {
                    found.whole |= bits;
                }
            }
            if sign && start >= '©'.len_utf8() {
                found.after_sign |= bits;
            }
            if start <= opening {
                found.opening |= bits;
            }
        }
        found
    }

    /// [`Found::of`] with a `contains` per phrase, should the automaton fail to build.
    fn slow(line: &str) -> Found {
        let mut found = Found::default();
        for (table, list) in Table::ALL {
            let bit = table.bit();
            for &p in list {
                let p = &*fold_greek_accents(p);
                if line.contains(p) {
                    found.anywhere |= bit;
                }
                if line.starts_with(p) {
                    found.start |= bit;
                }
                if line == p {
                    found.whole |= bit;
                }
                if line.starts_with('©')
                    && line
                        .get('©'.len_utf8()..)
                        .is_some_and(|rest| rest.contains(p))
                {
                    found.after_sign |= bit;
                }
                if opens_with(line, p) {
                    found.opening |= bit;
                }
            }
        }
        found
    }
}

/// The last byte offset at which a phrase still opens `line` ([`opens_with`]): that of its
/// character number [`APPEAL_OPENING_CHARS`], or its end.
fn opening_limit(line: &str) -> usize {
    line.char_indices()
        .nth(APPEAL_OPENING_CHARS)
        .map_or(line.len(), |(at, _)| at)
}

/// Longest share row, in characters.
const SHARE_ROW_CHARS: usize = 80;

/// Labels of share and follow buttons, some of several words, that make up a share row with
/// or without a social network's name ("Megosztás Link másolása": "share, copy link"). Written
/// as [`lower_collapsed`] gives lines (Greek without accents), since [`is_share_row`] compares
/// them with the words of a line as they are.
const SHARE_BUTTONS: &[&str] = &[
    "share",
    "tweet",
    "email",
    "e-mail",
    "print",
    "copy link",
    "copy url",
    "link copied",
    "follow",
    "follow us",
    "pin it",
    "save to pinterest",
    "bei pinterest speichern", // German: "save on Pinterest"
    "auf pinterest merken",
    "merken",
    "teilen",
    "link kopieren",
    "drucken",
    "partager",
    "copier le lien",
    "imprimer",
    "compartir",
    "copiar enlace",
    "copiar link",
    "compartilhar",
    "condividi",
    "copia link",
    "delen",
    "link kopiëren",
    "udostępnij",
    "kopiuj link",
    "megosztás",     // Hungarian: "share"
    "link másolása", // Hungarian: "copy link"
    "dela",          // Swedish: "share"
    "kopiera länk",  // Swedish: "copy link"
    "del",           // Danish, Norwegian: "share"
    "kopier link",
    "jaa", // Finnish: "share"
    "kopioi linkki",
    "sdílet", // Czech
    "kopírovat odkaz",
    "paylaş", // Turkish
    "linki kopyala",
    "distribuie", // Romanian
    "copiază link",
    "κοινοποιηση", // Greek, without accents as lines are compared ([`fold_greek_accents`])
    "αντιγραφη συνδεσμου",
    "поделиться", // Russian
    "скопировать ссылку",
    "копировать ссылку",
    "поширити", // Ukrainian
    "поділитися",
    "скопіювати посилання",
    "podijeli", // Croatian, Bosnian
    "podeli",   // Serbian Latin
    "подели",   // Serbian Cyrillic
    "сподели",  // Bulgarian, Macedonian
    "štampaj",
    "штампај",
    "dalintis",     // Lithuanian
    "dalīties",     // Latvian
    "bagikan",      // Indonesian: "share"
    "salin tautan", // Indonesian: "copy link"
    "chia sẻ",      // Vietnamese
    "फॉलो करें",      // Hindi: "follow"
    "शेयर करें",       // Hindi: "share"
    "शेयर",
    "مشاركة",     // Arabic: "share"
    "نسخ الرابط", // Arabic: "copy link"
    "공유",       // Korean
    "分享",       // Chinese
    "我要分享",
    "分享到:",
    "分享到：",
    "转播到腾讯微博",
    "二维码",
    "领英分享", // Chinese: "share", "share to", "repost to Tencent Weibo", "QR code"
    "シェア",   // Japanese
];

/// Most words of one button label of a share row.
const SHARE_LABEL_WORDS: usize = 3;

/// Most words a share row is read for (a row of 80 characters has fewer).
const SHARE_ROW_WORDS: usize = 40;

/// What a label of a row of buttons or labels is ([`row_labels`]).
#[derive(Clone, Copy, Default)]
struct LabelKinds {
    /// One of [`SOCIAL_NETWORKS`], or X's letter.
    network: bool,
    /// One of [`SHARE_BUTTONS`].
    button: bool,
    /// One of [`CHROME_LINES`].
    chrome: bool,
}

/// The labels of [`SOCIAL_NETWORKS`], [`SHARE_BUTTONS`] and [`CHROME_LINES`] by text, built once.
static ROW_LABELS: LazyLock<std::collections::HashMap<&'static str, LabelKinds>> =
    LazyLock::new(|| {
        let mut map: std::collections::HashMap<&'static str, LabelKinds> =
            std::collections::HashMap::new();
        map.entry("x").or_default().network = true;
        for &w in SOCIAL_NETWORKS {
            map.entry(w).or_default().network = true;
        }
        for &w in SHARE_BUTTONS {
            map.entry(w).or_default().button = true;
        }
        for &w in CHROME_LINES {
            map.entry(w).or_default().chrome = true;
        }
        map
    });

/// Read a line as a row of labels, each of one to [`SHARE_LABEL_WORDS`] words (the longest
/// that is a label), and return what kinds of labels it holds and how many, or `None` when a
/// word belongs to no label. Words are split at whitespace and at `|`, `·`, `•` and `,`; a
/// label of several words is looked up as written between its first and last word, so the
/// words of one label are separated by single spaces, as [`lower_collapsed`] leaves them.
fn row_labels(line: &str) -> Option<(usize, LabelKinds)> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (at, c) in line
        .char_indices()
        .chain(std::iter::once((line.len(), ' ')))
    {
        let separator = c.is_whitespace() || matches!(c, '|' | '·' | '•' | ',');
        match (separator, start) {
            (true, Some(from)) => {
                spans.push((from, at));
                start = None;
                if spans.len() > SHARE_ROW_WORDS {
                    return None;
                }
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    let mut kinds = LabelKinds::default();
    let mut labels = 0;
    let mut at = 0;
    while at < spans.len() {
        let (n, found) = (1..=SHARE_LABEL_WORDS).rev().find_map(|n| {
            let (from, _) = *spans.get(at)?;
            let (_, to) = *spans.get(at + n - 1)?;
            ROW_LABELS.get(line.get(from..to)?).map(|k| (n, *k))
        })?;
        labels += 1;
        kinds.network |= found.network;
        kinds.button |= found.button && !found.network;
        kinds.chrome |= found.chrome && !found.network && !found.button;
        at += n;
    }
    Some((labels, kinds))
}

/// Whether a line is a row of share buttons ("Подели Facebook X Штампај", "Share Facebook
/// Twitter Email", "Facebook Twitter Whatsapp Google News फॉलो करें", "Megosztás Link
/// másolása", "Rezept drucken Bei Pinterest speichern"): at least two labels of
/// [`row_labels`], at least one a button or a network.
fn is_share_row(line: &str) -> bool {
    row_labels(line).is_some_and(|(n, k)| n >= 2 && (k.network || k.button))
}

/// `text` as a line ([`lower_collapsed`], [`trim_decoration`]) with a space put between a
/// lower-case letter and the capital after it ("RecipePrint" → "recipe print"), where labels of
/// links written without a space between them meet; `None` when no such pair is there.
fn unglue_labels(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 8);
    let mut glued = false;
    let mut prev_lower = false;
    for c in text.chars() {
        if prev_lower && c.is_uppercase() {
            out.push(' ');
            glued = true;
        }
        prev_lower = c.is_lowercase();
        out.push(c);
    }
    if !glued {
        return None;
    }
    let lower = lower_collapsed(&out);
    Some(trim_decoration(&lower).to_owned())
}

/// Whether a line is two or more [`row_labels`] ("Meist gelesene Artikel Weitere Artikel
/// anzeigen": a box's heading and its button).
fn is_label_row(line: &str) -> bool {
    row_labels(line).is_some_and(|(n, _)| n >= 2)
}

/// Whether a line is one of the whole-line labels ([`AD_LABELS`], [`CHROME_LINES`]): "Permalink",
/// "Advertisement", "Read more".
pub(crate) fn is_chrome_label(text: &str) -> bool {
    if text.chars().count() > PHRASE_BLOCK_CHARS {
        return false;
    }
    let lower = lower_collapsed(text);
    let line = trim_decoration(&lower);
    if line.is_empty() {
        return false;
    }
    whole_line_tables(line) & (Table::AdLabels.bit() | Table::ChromeLines.bit()) != 0
}

/// The phrases of the whole-line tables ([`AD_LABELS`], [`CHROME_LINES`]) by text, folded as
/// in [`PHRASES`], each with its tables ([`Table::bit`]), built once.
static WHOLE_LINES: LazyLock<std::collections::HashMap<Cow<'static, str>, u32>> =
    LazyLock::new(|| {
        let mut map: std::collections::HashMap<Cow<'static, str>, u32> =
            std::collections::HashMap::new();
        for (table, list) in Table::ALL {
            if matches!(table, Table::AdLabels | Table::ChromeLines) {
                for &phrase in list {
                    *map.entry(fold_greek_accents(phrase)).or_default() |= table.bit();
                }
            }
        }
        map
    });

/// The whole-line tables that hold `line` as a phrase: [`Found::whole`] of `line` for
/// [`AD_LABELS`] and [`CHROME_LINES`], looked up instead of searched.
fn whole_line_tables(line: &str) -> u32 {
    WHOLE_LINES.get(line).copied().unwrap_or(0)
}

/// Longest count of a counted label ([`is_counted_label`]), in digits.
const LABEL_COUNT_DIGITS: usize = 6;

/// Whether a normalised line is a chrome label with its count in brackets, as comment and
/// share buttons show it ("Comments (12)", "Kommentare (3)", "我要评论(0)", "评论（5）").
/// The brackets are needed: "Tag 1" is a diary's heading.
fn is_counted_label(line: &str) -> bool {
    let open = line.strip_suffix([')', '）', ']']).unwrap_or(line);
    let label = open.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = open.len() - label.len();
    if digits == 0 || digits > LABEL_COUNT_DIGITS {
        return false;
    }
    let Some(label) = label.strip_suffix(['(', '（', '[']) else {
        return false;
    };
    let label = trim_decoration(label);
    !label.is_empty() && whole_line_tables(label) & Table::ChromeLines.bit() != 0
}

/// Classify one block of text. `link_share` is the share of its characters inside links.
pub(crate) fn classify_block(text: &str, link_share: f32) -> Option<Rule> {
    classify_block_normalised(text, link_share).0
}

/// [`classify_block`], and the line it read: [`normalise`] of `text` (`None` when it read
/// none: a block too long to be chrome).
pub(crate) fn classify_block_normalised(
    text: &str,
    link_share: f32,
) -> (Option<Rule>, Option<String>) {
    let chars = text.chars().count();
    if chars > 1200 {
        return (None, None);
    }
    // A long block is chrome only when it is one of the whole-line labels, written out with
    // much whitespace or decoration: a block with more letters than the longest label is not.
    if chars > PHRASE_BLOCK_CHARS
        && PHRASES
            .as_ref()
            .is_some_and(|m| normalises_longer_than(text, m.longest_whole))
    {
        return (None, None);
    }
    let line = normalise(text);
    let rule = if line.is_empty() {
        None
    } else {
        rule_of(text, &line, chars, link_share)
    };
    (rule, Some(line))
}

/// The rule of [`classify_block`] for a block: `text` as written, `line` as [`normalise`] gives
/// it (not empty), of `chars` characters.
fn rule_of(text: &str, line: &str, chars: usize, link_share: f32) -> Option<Rule> {
    let found = Found::of(line);
    let has = |set: u32, table: Table| set & table.bit() != 0;
    if has(found.whole, Table::AdLabels) {
        return Some(Rule::AdLabel);
    }
    if has(found.whole, Table::ChromeLines) || is_counted_label(line) {
        return Some(Rule::Boilerplate);
    }
    // A share row names a button or a network (checked first: the row's own test reads it
    // word by word).
    let share_words =
        has(found.anywhere, Table::SocialNetworks) || has(found.anywhere, Table::ShareButtons);
    if chars <= SHARE_ROW_CHARS && share_words && is_share_row(line) {
        return Some(Rule::Social);
    }
    if chars <= SHARE_ROW_CHARS && has(found.start, Table::ChromeLines) && is_label_row(line) {
        return Some(Rule::Boilerplate);
    }
    // The same rows with the buttons' labels glued together, written without a space between
    // the links ("FacebookTwitterE-Mail", "Jump to RecipePrint Recipe").
    if chars <= SHARE_ROW_CHARS
        && (share_words || has(found.start, Table::ChromeLines))
        && let Some(unglued) = unglue_labels(text)
    {
        if share_words && is_share_row(&unglued) {
            return Some(Rule::Social);
        }
        if has(found.start, Table::ChromeLines) && is_label_row(&unglued) {
            return Some(Rule::Boilerplate);
        }
    }
    if chars <= EMBED_PLACEHOLDER_CHARS && has(found.start, Table::EmbedPlaceholders) {
        return Some(Rule::Social);
    }
    if chars <= PLAYER_NOTICE_CHARS
        && has(found.anywhere, Table::PlayerNotices)
        && found_anchored(PLAYER_NOTICES, text, line)
    {
        return Some(Rule::Boilerplate);
    }
    if chars <= DOWNLOAD_LINE_CHARS && has(found.anywhere, Table::DownloadPhrases) {
        return Some(Rule::Boilerplate);
    }
    if chars <= 250
        && has(found.start, Table::RelatedPrefixes)
        && (link_share > 0.3 || chars <= 120 && is_related_pointer(text, line, link_share))
    {
        return Some(Rule::Related);
    }
    if chars <= PROVIDER_LINE_CHARS && has(found.start, Table::ProviderLabels) {
        return Some(Rule::Credit);
    }
    if chars <= 250
        && has(found.start, Table::PointerPrefixes)
        && (link_share > 0.3
            || POINTER_PREFIXES
                .iter()
                .any(|p| line.strip_prefix(p).is_some_and(is_pointer_object)))
    {
        return Some(Rule::Related);
    }
    if chars <= RELATED_LIST_CHARS
        && link_share > RELATED_LIST_LINK_SHARE
        && has(found.start, Table::RelatedHeadings)
    {
        return Some(Rule::Related);
    }
    if chars <= 200
        && has(found.anywhere, Table::CommentPhrases)
        && found_anchored(COMMENT_PHRASES, text, line)
    {
        return Some(Rule::Comments);
    }
    if chars <= 200
        && has(found.anywhere, Table::CopyrightMarkers)
        && found_anchored(COPYRIGHT_MARKERS, text, line)
    {
        return Some(Rule::Boilerplate);
    }
    // A rights notice spelled out over several sentences opens with the copyright sign and
    // names the rights again ("© 2022 X. This article is the copyrighted property of X.");
    // "© Provided by X" before a caption does not.
    if chars <= COPYRIGHT_BLOCK_CHARS
        && line.starts_with('©')
        && has(found.after_sign, Table::CopyrightMarkers)
    {
        return Some(Rule::Boilerplate);
    }
    // A ban opening a short block that forbids reuse "without consent": the site's
    // republication notice under the text.
    if chars <= REUSE_NOTICE_CHARS
        && has(found.opening, Table::ReuseBans)
        && has(found.anywhere, Table::ReusePermission)
        && found_anchored(REUSE_BANS, text, line)
    {
        return Some(Rule::Boilerplate);
    }
    // The same notice in a verb-final language: the reprinting and its condition anywhere in
    // a short block.
    if chars <= REUSE_ACT_CHARS
        && has(found.anywhere, Table::ReuseActs)
        && has(found.anywhere, Table::ReuseTerms)
    {
        return Some(Rule::Boilerplate);
    }
    if chars <= DISCLOSURE_BLOCK_CHARS
        && has(found.anywhere, Table::DisclosurePhrases)
        && found_anchored(DISCLOSURE_PHRASES, text, line)
    {
        return Some(Rule::Ad);
    }
    if chars <= 160
        && (has(found.anywhere, Table::AppealPhrases) && found_anchored(APPEAL_PHRASES, text, line)
            || has(found.start, Table::AppealStarts)
            || has(found.start, Table::SubscribeStarts)
                && has(found.anywhere, Table::SubscriptionObjects)
            || has(found.anywhere, Table::ClickCalls) && is_click_call(text, line))
    {
        return Some(Rule::Newsletter);
    }
    // A longer block whose first words are an appeal is the appeal spelled out ("Lust auf
    // mehr? Lass dir die besten Storys ...", "Czekamy na Wasze maile ...").
    // Only the openers: the whole appeal table ("on Facebook and", "unterstützen sie") also
    // opens ordinary paragraphs.
    let follow_us = has(found.start, Table::SocialFollowOpeners)
        && has(found.opening, Table::SocialNetworks)
        && follows_publication(text, line);
    if chars <= APPEAL_BLOCK_CHARS
        && (follow_us
            || has(found.opening, Table::AppealOpeners)
                && found_anchored(APPEAL_OPENERS, text, line))
    {
        return Some(Rule::Newsletter);
    }
    if chars <= POST_FOOTER_CHARS
        && has(found.opening, Table::PostFooterOpeners)
        && found_anchored(POST_FOOTER_OPENERS, text, line)
    {
        return Some(Rule::Boilerplate);
    }
    if chars <= 400
        && has(found.anywhere, Table::PaywallPhrases)
        && found_anchored(PAYWALL_PHRASES, text, line)
    {
        return Some(Rule::Paywall);
    }
    if chars <= PHRASE_BLOCK_CHARS
        && has(found.anywhere, Table::CookieWords)
        && has(found.anywhere, Table::ConsentWords)
        && found_anchored(COOKIE_WORDS, text, line)
    {
        return Some(Rule::Consent);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_notices_of_their_kind_go_in_each_language() {
        for (text, rule) in [
            (
                "Support PREMIUM TIMES' journalism of integrity and credibility",
                Rule::Newsletter,
            ),
            (
                "Ha már itt van: a HVG fizetős cikkeit előfizetéssel érheti el.",
                Rule::Newsletter,
            ),
            (
                "日経電子版の有料会員になると、すべての記事が読めます。",
                Rule::Paywall,
            ),
            (
                "Disclaimer: Comments do not represent the views of INQUIRER.net.",
                Rule::Comments,
            ),
            (
                "Anadolu Agency website contains only a portion of the news stories offered to \
                 subscribers in the AA News Broadcasting System (HAS), and in summarized form. \
                 Please contact us for subscription options.",
                Rule::Paywall,
            ),
            (
                "不用抽 不用搶 現在用APP看新聞 保證天天中獎",
                Rule::Boilerplate,
            ),
            (
                "ഇവിടെ പോസ്റ്റു ചെയ്യുന്ന അഭിപ്രായങ്ങൾ മലയാള മനോരമയുടേതല്ല.",
                Rule::Comments,
            ),
        ] {
            assert_eq!(classify_block(text, 0.0), Some(rule), "{text}");
        }
        // The same words in the story's own sentences.
        for text in [
            "The mayor said the integrity of the vote was not in question.",
            "Ha már itt van a tavasz, a kertekben is elkezdődik a munka.",
            "Soooo, since you’re here with me, and you’re not going to freak out about it, \
             I’ll confess that I already booked the sauna for a few days next week.",
            "Subscribers to the service were offered a discount last year by the operator, which \
             said the price would rise again in June.",
        ] {
            assert_eq!(classify_block(text, 0.0), None, "{text}");
        }
    }

    /// A magazine's print-origin notice and a player's help text about its button go; the
    /// same words in the story's sentences stay.
    #[test]
    fn print_origin_notices_and_player_help_go() {
        for (text, rule) in [
            (
                "Dieser Beitrag stammt aus Ausgabe 3/2026 von Technikheft. Das Heft ist ab \
                 12.03.2026 im Handel sowie direkt im Shop erhältlich.",
                Rule::Boilerplate,
            ),
            (
                "This article appears in the April 2026 issue of Example Monthly.",
                Rule::Boilerplate,
            ),
            (
                "Cet article est paru dans le numéro 412 de notre magazine.",
                Rule::Boilerplate,
            ),
            (
                "Mit diesem Button kannst Du diese Podcast-Episode zu einer Kurationsliste \
                 hinzufügen.",
                Rule::Newsletter,
            ),
        ] {
            assert_eq!(classify_block(text, 0.0), Some(rule), "{text}");
        }
        for text in [
            "This article appeared in the Guardian and is republished with permission.",
            "Mit diesem Button will der Hersteller das Teilen von Fotos vereinfachen.",
            "With this button you can summon an assistant, the company said on Tuesday.",
            "Die Ausgabe stammt aus dem Jahr 1952, sagte der Sammler.",
        ] {
            assert_eq!(classify_block(text, 0.0), None, "{text}");
        }
    }

    /// Closing notices of session 7's fixtures: the Hindi syndicated-feed notice, Chinese
    /// copyright notices, the plural public-radio transcript notice, a Spanish member box.
    #[test]
    fn syndication_copyright_transcript_and_member_notices() {
        for (text, rule) in [
            (
                "(यह खबर समाचार एजेंसी की सिंडिकेट फीड से सीधे प्रकाशित की गई है। पहाड़ समाचार ने \
                 इसमें कोई बदलाव नहीं किया है।)",
                Rule::Ad,
            ),
            (
                "版权声明：本文由财经观察网出品，未经授权，不得转载。",
                Rule::Boilerplate,
            ),
            ("转载请注明出处。", Rule::Boilerplate),
            (
                "Copyright © 2026 Lakeshore Public Radio. All rights reserved. Visit our website \
                 terms of use and permissions pages for further information. Transcripts are \
                 created on a rush deadline and may not be in their final form.",
                Rule::Ad,
            ),
            (
                "Verifica se sostiene gracias a sus socios",
                Rule::Newsletter,
            ),
            (
                "Si te ha servido este artículo, ayúdanos a seguir desmontando bulos.",
                Rule::Newsletter,
            ),
            ("Hazte socio", Rule::Newsletter),
        ] {
            assert_eq!(classify_block(text, 0.0), Some(rule), "{text}");
        }
        // The same words in a sentence of news are no notice.
        for text in [
            "La economía regional se sostiene gracias a las exportaciones de aceite, según el \
             informe publicado este lunes por la consejería.",
            "The final form of the bill will be voted on next week, the speaker said.",
        ] {
            assert_eq!(classify_block(text, 0.0), None, "{text}");
        }
    }

    /// Ad labels and read-also openers of languages added in session 7.
    #[test]
    fn ad_labels_and_read_also_openers_of_more_languages() {
        for label in [
            "Fógraíocht",
            "Lýsing",
            "Dokam-barotra",
            "Mahabat",
            "ବିଜ୍ଞାପନ",
            "اشتهار",
        ] {
            assert_eq!(classify_block(label, 0.0), Some(Rule::AdLabel), "{label}");
        }
        for line in [
            "Шулай ук укыгыз: Казанда яңа мәктәп ачылды",
            "Léigh tuilleadh: Scoil nua i nGaillimh",
            "Aqra wkoll: Skola ġdida f'Għawdex",
            "ಇದನ್ನೂ ಓದಿ: ಹೊಸ ಶಾಲೆ",
            "هي به پڙهو: نئون اسڪول",
            "延伸閱讀：新學校開學",
        ] {
            assert_eq!(classify_block(line, 0.5), Some(Rule::Related), "{line}");
        }
        // "Mahabat" inside a sentence is no label.
        assert_eq!(
            classify_block("Mahabat köp wagtdan bäri dowam edýär.", 0.0),
            None
        );
    }

    #[test]
    fn german_pointer_line_is_related_but_the_idiom_is_prose() {
        assert_eq!(
            classify_block("Hier geht es zur Bildergalerie", 0.0),
            Some(Rule::Related)
        );
        assert_eq!(
            classify_block("Hier geht’s zum Liveticker", 0.0),
            Some(Rule::Related)
        );
        assert_eq!(
            classify_block("Hier geht's zu den Videos", 0.0),
            Some(Rule::Related)
        );
        assert_eq!(
            classify_block("Hier geht es zu allen Details >>", 0.0),
            Some(Rule::Related)
        );
        // "Es geht zu wie im Taubenschlag": a common idiom, quoted in ordinary reports.
        assert_eq!(
            classify_block(
                "Hier geht es zu wie im Taubenschlag, klagt die Wirtin.",
                0.0
            ),
            None
        );
    }

    /// Share rows of multi-word buttons, with or without a network's name; a sentence that
    /// opens with a button's word is no row.
    #[test]
    fn share_rows_of_several_word_buttons() {
        for line in [
            "Megosztás Link másolása",
            "Facebook Twitter Whatsapp Google News फॉलो करें",
            "Share Copy link",
            "Dela Kopiera länk",
            "Rezept drucken Bei Pinterest speichern",
            "Подели Facebook X Штампај",
        ] {
            assert_eq!(classify_block(line, 0.0), Some(Rule::Social), "{line}");
        }
        for line in [
            "Share prices fell sharply",
            "Follow the money, he said.",
            "Google News Initiative funds local newsrooms",
            "Print edition",
        ] {
            assert_eq!(classify_block(line, 0.0), None, "{line}");
        }
    }

    /// Licence notices under a post and "click here" calls are chrome; a sentence about a
    /// licence or a click is not.
    #[test]
    fn licence_notices_and_click_here_calls() {
        for line in [
            "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos \
             dürfen nicht verwendet werden.",
            "This work is licensed under a Creative Commons Attribution 2.5 License.",
            "DHB jetzt auch digital! Einfach hier klicken und für das digitale DHB registrieren!",
            "Simple and Delicious Vegan Cookbook by ElaVegan CLICK HERE to order!",
            "If you're on the ABC7 News app, click here to watch live",
            "Hier klicken, um Google Maps zu aktivieren.",
            "Bereit für Runde 2? Dann einmal hier klicken:",
        ] {
            assert!(classify_block(line, 0.0).is_some(), "{line}");
        }
        for line in [
            "Victims were told to click here to claim a refund, police said.",
            "Wer auf den Link klickte und dann hier klicken musste, verlor sein Geld.",
            "The museum released 40,000 images under a licence that allows reuse.",
            "Ein Klick genügt, sagt die Verbraucherzentrale, und schon ist der Vertrag \
             geschlossen.",
        ] {
            assert_eq!(classify_block(line, 0.0), None, "{line}");
        }
    }

    /// Two labels side by side (a box's heading and its button), and download links, are
    /// chrome; a sentence that opens with a label is not.
    #[test]
    fn label_rows_and_download_links() {
        for line in [
            "Meist gelesene Artikel Weitere Artikel anzeigen",
            "Jump to Recipe Print Recipe",
            "Dieses Skript als PDF herunterladen",
            "Download PDF",
        ] {
            assert_eq!(classify_block(line, 0.0), Some(Rule::Boilerplate), "{line}");
        }
        for line in [
            "Home prices rose again in March",
            "Search and rescue teams reached the village",
            "Die Behörde stellt den vollständigen Bericht ab Montag auf ihrer Website bereit, \
             wo man ihn als PDF herunterladen kann.",
        ] {
            assert_eq!(classify_block(line, 0.0), None, "{line}");
        }
    }

    /// Greek capitals drop the accents their lower case carries: the ad label and the
    /// related-line opener match written either way.
    #[test]
    fn greek_capitals_without_accents_match() {
        assert_eq!(classify_block("ΔΙΑΦΗΜΙΣΗ", 0.0), Some(Rule::AdLabel));
        assert_eq!(classify_block("Διαφήμιση", 0.0), Some(Rule::AdLabel));
        assert_eq!(
            classify_block("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Νέα γραμμή μετρό", 0.8),
            Some(Rule::Related)
        );
        for table in [SHARE_BUTTONS, CHROME_LINES, SOCIAL_NETWORKS] {
            for &p in table {
                assert_eq!(fold_greek_accents(p), p, "compared unfolded: {p}");
            }
        }
    }

    /// A follow appeal whose opening words take more than forty bytes in its script.
    #[test]
    fn follow_appeals_in_non_latin_scripts() {
        assert_eq!(
            classify_block(
                "Ακολουθήστε το Πρώτο Νέο στο Google News και μάθετε πρώτοι όλες τις ειδήσεις",
                0.0
            ),
            Some(Rule::Newsletter)
        );
        assert_eq!(
            classify_block(
                "Ακολουθήστε τις οδηγίες της πολιτικής προστασίας, είπε ο δήμαρχος.",
                0.0
            ),
            None
        );
    }

    /// The reuse notices of Ukrainian and Russian sites ("when quoting ... a hyperlink ... is
    /// required"); a report on quoting without the notice's requirement stays.
    #[test]
    fn ukrainian_and_russian_reuse_notices() {
        for line in [
            "При цитуванні і використанні будь-яких матеріалів в Інтернеті відкриті для \
             пошукових систем гіперпосилання не нижче першого абзацу на «ukrinform.ua» — \
             обов'язкові.",
            "При цитировании и использовании материалов ссылка на сайт обязательна.",
        ] {
            assert_eq!(classify_block(line, 0.0), Some(Rule::Boilerplate), "{line}");
        }
        assert_eq!(
            classify_block(
                "При цитуванні слів міністра журналісти часто пропускали другу частину фрази.",
                0.0
            ),
            None
        );
    }

    /// A label of a list of other stories glued to its linked cards is that list; the same
    /// words opening a sentence without links are not.
    #[test]
    fn related_label_glued_to_its_links() {
        assert_eq!(
            classify_block(
                "Related StoriesCoorong birdlife recovers after floods",
                0.73
            ),
            Some(Rule::Related)
        );
        assert_eq!(
            classify_block(
                "Related stories in the regional press said the dam had leaked for years, \
                 and the council has promised an inquiry.",
                0.0
            ),
            None
        );
    }

    /// The line crediting the paper a portal took the story from.
    #[test]
    fn provider_credit_lines_of_portals() {
        assert_eq!(classify_block("기사제공 한빛일보", 0.0), Some(Rule::Credit));
        assert_eq!(
            classify_block(
                "기사제공 업체와의 계약이 끝나면서 포털은 다음 달부터 해당 언론사의 기사를 \
                 더 이상 싣지 않기로 했다.",
                0.0
            ),
            None
        );
    }

    /// Newsletter sign-up lines open with the imperative.
    #[test]
    fn newsletter_sign_up_lines() {
        for line in [
            "Subscribe to the Hindustan Herald newsletter for the latest news in your inbox.",
            "Sign up for the CorkBeo newsletter",
        ] {
            assert_eq!(classify_block(line, 0.0), Some(Rule::Newsletter), "{line}");
        }
        assert_eq!(
            classify_block("Few readers subscribe to the paper any more.", 0.0),
            None
        );
        // The same imperatives opening ordinary sentences, with nothing to subscribe to.
        for line in [
            "Subscribe to the idea that markets always know best, and you will be disappointed.",
            "Sign up for the draft opens on Monday, the league said.",
        ] {
            assert_eq!(classify_block(line, 0.0), None, "{line}");
        }
    }

    #[test]
    fn turkish_capital_dotted_i_reads_as_i() {
        assert_eq!(normalise("İLGİLİ HABER:"), "ilgili haber");
    }

    #[test]
    fn end_marks_of_every_script_are_decoration() {
        assert_eq!(normalise("相关阅读："), "相关阅读");
        assert_eq!(normalise("ਇਸ਼ਤਿਹਾਰ।"), "ਇਸ਼ਤਿਹਾਰ");
        assert_eq!(normalise(" ¿Sabías que…? "), "¿sabías que");
        assert_eq!(classify_block("ਇਸ਼ਤਿਹਾਰ।", 0.0), Some(Rule::AdLabel));
    }

    #[test]
    fn paragraphs_that_mention_an_appeal_word_are_kept() {
        for text in [
            "Viele Nachbarn unterstützen sie, seit die Familie im Herbst ihr Haus verloren hat; \
             die Gemeinde sammelte Möbel, Kleidung und Geld, und der Bürgermeister besuchte sie \
             zweimal, um über eine neue Wohnung am Rand des Dorfes zu sprechen.",
            "He posted on Facebook and Twitter that the council had ignored three warnings about \
             the bridge, and residents shared the messages hundreds of times before the county \
             finally closed it to traffic on Friday morning for an inspection.",
        ] {
            assert_eq!(classify_block(text, 0.0), None, "{text}");
        }
        let follow = "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on \
            Facebook @GleanerJamaica. Send us a message on WhatsApp or email us at the newsroom \
            with your news tips, pictures and videos.";
        assert_eq!(classify_block(follow, 0.0), Some(Rule::Newsletter));
    }

    #[test]
    fn ad_labels_in_many_languages() {
        for label in [
            "- Advertisement -",
            "ADVERTISEMENT",
            "Sponsored",
            "Anzeige",
            "Publicité",
            "Publicidad",
            "Pubblicità",
            "Реклама",
            "— Werbung —",
        ] {
            assert_eq!(classify_block(label, 0.0), Some(Rule::AdLabel), "{label}");
        }
    }

    #[test]
    fn read_more_lines_are_related() {
        assert_eq!(
            classify_block("Lire aussi : La réforme des retraites", 0.8),
            Some(Rule::Related)
        );
        assert_eq!(
            classify_block("Auch interessant: Die neue Bahnstrecke", 0.7),
            Some(Rule::Related)
        );
        assert_eq!(
            classify_block("Read more: Floods in the north", 0.9),
            Some(Rule::Related)
        );
    }

    #[test]
    fn notices_and_appeals_of_the_new_languages() {
        for (line, rule) in [
            ("Oglas", Rule::AdLabel),
            ("Оглас", Rule::AdLabel),
            ("Daugiau skaitykite: Vilniaus autobusuose", Rule::Related),
            ("Прочитајте још: Булевар затворен", Rule::Related),
            ("Подели Facebook X Штампај", Rule::Social),
            ("Коментари су онемогућени за овај текст.", Rule::Comments),
            (
                "Griežtai draudžiama DELFI paskelbtą informaciją panaudoti kitose interneto \
                 svetainėse be sutikimo.",
                Rule::Boilerplate,
            ),
            ("Before you move on…", Rule::Newsletter),
            (
                "Ikuti saluran Telegram BH untuk berita terkini. Klik di sini.",
                Rule::Newsletter,
            ),
            (
                "(Except for the headline, this story has not been edited by NDTV staff and is \
                 published from a syndicated feed.)",
                Rule::Ad,
            ),
        ] {
            assert_eq!(classify_block(line, 0.0), Some(rule), "{line}");
        }
        // A republication notice names what it bans; a ban of building without a permit does
        // not.
        assert_eq!(
            classify_block(
                "Zabranjeno je preuzimanje sadržaja bez dozvole izdavača.",
                0.0
            ),
            Some(Rule::Boilerplate)
        );
        assert_eq!(
            classify_block(
                "Zabranjeno je graditi bez dozvole, rekao je ministar na konferenciji.",
                0.0
            ),
            None
        );
        // A ban in a news sentence, without the notice's "without consent", stays.
        assert_eq!(
            classify_block(
                "Zabranjeno je parkiranje u središtu grada od ponedjeljka do petka.",
                0.0
            ),
            None
        );
        assert_eq!(
            classify_block("Facebook said on Monday it would appeal.", 0.0),
            None
        );
    }

    /// Closing support boxes, upsells, syndication and print notes of several conventions.
    #[test]
    fn closing_support_boxes_and_syndication_notes_are_chrome() {
        for line in [
            "… we have a small favour to ask.",
            "Millions are turning to the Meridian for open, independent, quality news every \
             day, and readers in 180 countries around the world now support us financially.",
            "Stay Connected",
            "Your donation keeps independent, local journalism free for everyone. Give now and \
             support the newsroom.",
            "Start a TOB+ subscription for ad-free reading and exclusive stories",
            "Apoie o jornalismo de qualidade",
            "Assine o PÚBLICO e tenha acesso ilimitado a todos os conteúdos.",
            "Direkt aus dem dpa-Newskanal: Dieser Text wurde automatisch von der Deutschen \
             Presse-Agentur (dpa) übernommen und von der Redaktion nicht bearbeitet.",
            "Artikel ini telah tayang di Tribunnews.com dengan judul Harga Cabai Rawit Tembus",
            "Conteúdo licenciado sob Creative Commons Atribuição 4.0.",
            "A version of this article appears in print on March 15, 2026, Section A, Page 8 of \
             the New York edition. Order Reprints | Today's Paper | Subscribe",
            "For the latest news, weather, sports, and streaming video, head to WKRN.",
            "CONTINUA DEPOIS DA PUBLICIDADE",
        ] {
            assert!(classify_block(line, 0.0).is_some(), "{line}");
        }
        for line in [
            "The council said it would give now and then to local charities.",
            "Siga a estrada até o fim e vire à esquerda.",
            "Millions are turning to food banks as prices rise, the report found, and the \
             charities say they cannot keep up.",
        ] {
            assert_eq!(classify_block(line, 0.0), None, "{line}");
        }
    }

    /// Lines pointing to another page ("Hier geht es zur ...", "Weitere Infos unter
    /// www.example.de.") are related-links lines when short; a sentence that only mentions
    /// such a page is not.
    #[test]
    fn pointers_to_other_pages_are_related_lines() {
        for line in [
            "Weitere Infos unter www.itfjuniors.de.",
            "Hier geht es zur neuen Vorstandsstruktur",
            "Lesen Sie hier: Spielabbruch in der Kreisliga",
            "Hier weiterlesen",
            "Más información en www.example.es",
            "You may also be interested in:",
        ] {
            assert_eq!(classify_block(line, 0.0), Some(Rule::Related), "{line}");
        }
        assert_eq!(
            classify_block(
                "Die Stadt will weitere Infos unter anderem im Amtsblatt veröffentlichen.",
                0.0
            ),
            None
        );
        for line in [
            "More information at www.example.org",
            "More info at nhs.uk.",
            "More information at the council's website.",
            "Weitere Informationen unter: https://example.de/termine",
        ] {
            assert_eq!(classify_block(line, 0.0), Some(Rule::Related), "{line}");
        }
        // The same words opening a sentence of the report.
        for line in [
            "More information at U.S. embassies was scarce throughout the weekend, officials said.",
            "More information at 3.30pm showed that the fire had spread to the next building.",
            "More information at the hearing showed that the council had ignored three warnings.",
            "More info at this stage would only confuse voters, the minister said.",
        ] {
            assert_eq!(classify_block(line, 0.0), None, "{line}");
        }
    }

    /// The controls of a gallery or video player, written out as lines of text, are chrome;
    /// the same words inside a sentence are not.
    #[test]
    fn gallery_and_player_controls_are_chrome() {
        for line in [
            "Full Screen",
            "Autoplay",
            "Close",
            "×",
            "Caption",
            "Buy Photo",
            "Bild vergrößern",
            "Vollbild",
            "schließen",
            "Plein écran",
        ] {
            assert_eq!(classify_block(line, 0.0), Some(Rule::Boilerplate), "{line}");
        }
        for line in [
            "Close to 40 people were injured in the attack.",
            "The caption read: wish you were here.",
            "Schließen Sie die Fenster, rät die Feuerwehr.",
        ] {
            assert_eq!(classify_block(line, 0.0), None, "{line}");
        }
    }

    #[test]
    fn continuation_links_and_end_of_message_marks_are_chrome() {
        for line in ["Haberin Devamı", "انتهای پیام/", "انتهای پیام"] {
            assert!(is_chrome_label(line), "{line}");
        }
        // Sentences that hold the words are text.
        for line in [
            "Haberin devamı yarın sabah yayımlanacak.",
            "انتهای پیام رئیس جمهور به مردم تشکر بود.",
        ] {
            assert!(!is_chrome_label(line), "{line}");
        }
    }

    #[test]
    fn chrome_lines_of_south_asian_african_and_caucasian_languages() {
        for (line, rule) in [
            ("ਇਸ਼ਤਿਹਾਰ", Rule::AdLabel),
            ("Kwamamaza", Rule::AdLabel),
            ("ასევე წაიკითხეთ: მეტროს ტარიფი არ შეიცვლება", Rule::Related),
            (
                "यो पनि पढ्नुहोस् : सार्वजनिक यातायातको भाडा घट्यो",
                Rule::Related,
            ),
            ("இதையும் படிக்க: மழைநீர் சேகரிப்பு", Rule::Related),
            (
                "Karanta kuma: Likitoci sun janye yajin aiki a Kano",
                Rule::Related,
            ),
            ("Чытайце таксама: У Варшаве прайшоў кірмаш", Rule::Related),
            (
                "Ошондой эле окуңуз: Бишкекте жол кире акысы өзгөрбөйт",
                Rule::Related,
            ),
            (
                "ئەركىن ئاسىيا رادىيوسىنىڭ رۇخسىتىسىز كۆچۈرۈپ بېسىشقا بولمايدۇ.",
                Rule::Boilerplate,
            ),
            (
                "د پژواک د خبرونو بیا خپرول یوازې د سرچینې په یادولو سره مجاز دي.",
                Rule::Boilerplate,
            ),
            (
                "Steun onafhanklike Afrikaanse joernalistiek",
                Rule::Newsletter,
            ),
            (
                "Maroela Media is gratis vir almal. Word vandag ’n ondersteuner.",
                Rule::Newsletter,
            ),
            (
                "Nuestros estándares: Los Principios de Confianza de Thomson Reuters.",
                Rule::Ad,
            ),
        ] {
            assert_eq!(classify_block(line, 0.0), Some(rule), "{line}");
        }
        // Article sentences holding one half of a notice, or a label word inside a sentence.
        for line in [
            "د ښاروالۍ مشر وویل چې د دې راپور بیا خپرول به د خلکو پام راواړوي.",
            "Ошондой эле шаардын мэриясы жаңы автобустарды сатып алууну пландап жатат.",
            "Talla de la prenda: elige la que usas normalmente.",
        ] {
            assert_eq!(classify_block(line, 0.0), None, "{line}");
        }
    }

    #[test]
    fn list_headings_and_appeals_in_several_languages() {
        for (line, rule) in [
            ("Schon gelesen?", Rule::Boilerplate),
            ("Meist gelesene Artikel", Rule::Boilerplate),
            (
                "LE PUEDE INTERESAR: La ficha del expresidente",
                Rule::Related,
            ),
            ("War der Artikel nützlich?", Rule::Newsletter),
            (
                "Zapraszamy też do subskrypcji naszego newslettera",
                Rule::Newsletter,
            ),
            ("Reklama", Rule::AdLabel),
            ("Neueste Artikel", Rule::Boilerplate),
            ("Mehr zu Klima und Konsum", Rule::Related),
            ("PUEDES VER: ¿Qué es la Sunedu?", Rule::Related),
            (
                "Subscribe now to our eNATION edition for the full story.",
                Rule::Paywall,
            ),
            ("Kommentare insgesamt: 3", Rule::Comments),
            (
                "This entry was posted in Hertha BSC and tagged Michael Preetz. Bookmark the \
                 permalink. Both comments and trackbacks are currently closed.",
                Rule::Boilerplate,
            ),
            (
                "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr \
                 veröffentlicht und wurde unter Allgemein abgelegt.",
                Rule::Boilerplate,
            ),
            (
                "Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.",
                Rule::Comments,
            ),
            ("You must be logged in to post a comment.", Rule::Comments),
            (
                "This article is the copyrighted property of Breaking News.",
                Rule::Boilerplate,
            ),
        ] {
            assert_eq!(classify_block(line, 0.0), Some(rule), "{line}");
        }
    }

    #[test]
    fn blocks_opening_with_an_appeal_are_appeals() {
        for text in [
            "Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern. \
             Melde dich hier für unseren Newsletter an und erhalte jeden Sonntag eine Auswahl.",
            "Czekamy na Wasze maile z uwagami i komentarzami: redakcja@example.pl. Dołącz do \
             naszej społeczności, wykup dostęp do strefy premium. To najlepsza forma wsparcia.",
            "Hacemos periodismo desde hace 106 años. Y ahora, como en otros periodos de la \
             historia, el periodismo es fundamental para que la opinión pública se fortalezca. \
             Hazte miembro.",
        ] {
            assert!(text.chars().count() > 160, "{text}");
            assert_eq!(classify_block(text, 0.0), Some(Rule::Newsletter), "{text}");
        }
        // The same words deep inside a paragraph of the article do not make it an appeal.
        let prose = "Die Redaktion hat lange diskutiert, ob sie den Lesern die Frage stellen \
                     sollte, und am Ende stand im Heft die Zeile: Lust auf mehr? Die Antwort \
                     der Leser fiel deutlich aus, wie die Briefe der folgenden Wochen zeigten.";
        assert_eq!(classify_block(prose, 0.0), None);
    }

    /// A donation appeal spelled out over a long paragraph (up to 600 characters) opens with
    /// the appeal; a familiar-form imperative opens a short appeal line, and the same word in
    /// reported speech is prose.
    #[test]
    fn long_appeals_and_familiar_imperatives_are_appeals() {
        let long = "Gefällt dir unser Klettermagazin? Bei der Lancierung haben wir entschieden, \
                    keine Bezahlschranke einzuführen. Das wird auch so bleiben, denn wir möchten \
                    möglichst viele Gleichgesinnte mit News aus der Kletterszene versorgen. Um \
                    zukünftig unabhängiger von Werbeeinnahmen zu sein und um dir noch mehr und \
                    noch bessere Inhalte zu liefern, brauchen wir deine Unterstützung. Darum: \
                    Hilf mit und unterstütze unser Magazin mit einem kleinen Beitrag.";
        assert!(long.chars().count() > 400, "{long}");
        assert_eq!(classify_block(long, 0.0), Some(Rule::Newsletter));
        assert_eq!(
            classify_block("Unterstütze RosaMag bereits mit 2,50!", 0.0),
            Some(Rule::Newsletter)
        );
        assert_eq!(
            classify_block("Er sagte, er unterstütze den Plan der Stadt.", 0.0),
            None
        );
    }

    #[test]
    fn consent_bars_are_found_by_text() {
        let bar = "This website uses cookies to improve your experience. We'll assume you're ok \
                   with this, but you can opt-out if you wish. Accept Read More";
        assert_eq!(classify_block(bar, 0.1), Some(Rule::Consent));
    }

    #[test]
    fn copyright_lines_are_chrome() {
        assert_eq!(
            classify_block("Riproduzione riservata © Copyright ANSA", 0.0),
            Some(Rule::Boilerplate)
        );
        assert_eq!(
            classify_block("© 2026 Example Media. All rights reserved.", 0.0),
            Some(Rule::Boilerplate)
        );
    }

    #[test]
    fn long_rights_notices_opening_with_the_sign_are_chrome() {
        let notice = "© 2022, Example News. This article is the copyrighted property of Example \
                      News. Written consent must be obtained before reprint in online or print media. Reprinting \
                      content without consent and payment is theft and punishable by law.";
        assert!(notice.chars().count() > 200);
        assert_eq!(classify_block(notice, 0.0), Some(Rule::Boilerplate));
        let caption = "© Provided by Business Insider Inc. Nintendo and Apple shocked the world \
                       earlier this year by announcing the legendary gaming company's first foray \
                       into mobile gaming, a game you can play on your phone with just one hand.";
        assert_eq!(classify_block(caption, 0.0), None);
    }

    #[test]
    fn article_sentences_are_kept() {
        for text in [
            "In the early hours of Tuesday, the armed forces of Mali reported a disturbing sequence of coordinated attacks.",
            "Read the full report, which runs to 300 pages, and you will find that the ministry knew of the risk for years before it acted on it.",
            "The company said its share price fell by 4% after the announcement.",
        ] {
            assert_eq!(classify_block(text, 0.0), None, "{text}");
        }
    }

    #[test]
    fn one_pass_finds_what_a_contains_per_phrase_finds() {
        let mut lines: Vec<String> = Vec::new();
        for (_, list) in Table::ALL {
            for p in list {
                lines.push((*p).to_string());
                lines.push(format!("© {p} and more"));
                lines.push(format!("{p}{p}"));
                lines.push(format!("an opening of some thirty-six bytes {p} tail"));
                lines.push(format!("an opening of some thirty-nine bytes... {p}"));
                lines.push(format!("ééééééééééééééééééé {p}"));
            }
        }
        lines.push("follow us on twitter and facebook".to_string());
        lines.push("share".to_string());
        lines.push("".to_string());
        for line in &lines {
            let (fast, slow) = (Found::of(line), Found::slow(line));
            assert_eq!(fast.anywhere, slow.anywhere, "{line}");
            assert_eq!(fast.start, slow.start, "{line}");
            assert_eq!(fast.whole, slow.whole, "{line}");
            assert_eq!(fast.after_sign, slow.after_sign, "{line}");
            assert_eq!(fast.opening, slow.opening, "{line}");
        }
        assert!(Found::of("follow us on twitter").anywhere & Table::SocialNetworks.bit() != 0);
    }

    #[test]
    fn whole_line_lookup_finds_what_the_search_finds() {
        let whole_tables = Table::AdLabels.bit() | Table::ChromeLines.bit();
        let mut lines: Vec<String> = vec!["".into(), "read more".into(), "share".into()];
        for (_, list) in Table::ALL {
            for p in list {
                let p = fold_greek_accents(p);
                lines.push(p.to_string());
                lines.push(format!("{p} more"));
                lines.push(format!("x{p}"));
            }
        }
        for line in &lines {
            assert_eq!(
                whole_line_tables(line),
                Found::of(line).whole & whole_tables,
                "{line}"
            );
        }
    }

    #[test]
    fn letters_lower_case_to_letters_the_trim_keeps() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if is_decoration(c) || c == '\u{307}' {
                continue;
            }
            let lower = c
                .to_lowercase()
                .collect::<String>()
                .replace("i\u{307}", "i");
            assert!(!lower.is_empty(), "{c:?}");
            assert!(!lower.chars().any(is_decoration), "{c:?}");
        }
    }

    #[test]
    fn long_blocks_are_labels_only_when_few_letters() {
        let padded = format!("{}Advertisement{}", " ".repeat(500), "-".repeat(500));
        assert_eq!(classify_block(&padded, 0.0), Some(Rule::AdLabel));
        let long = "Follow us on Twitter. ".repeat(40);
        assert_eq!(classify_block(&long, 0.0), None);
        assert!(normalises_longer_than("a-b-c-d", 3));
        assert!(!normalises_longer_than("a - b - c", 3));
    }

    #[test]
    fn disclosures_citation_boxes_and_recommendation_labels_are_chrome() {
        let disclosure = "This post contains references to products from one or more of our \
            advertisers. We may receive compensation when you click on links to those products. \
            Terms apply to the offers listed on this page. For an explanation of our Advertising \
            Policy, visit this page.";
        assert_eq!(classify_block(disclosure, 0.0), Some(Rule::Ad));
        assert_eq!(
            classify_block(
                "Les opinions exprimées dans les blogs n'engagent que leurs auteurs.",
                0.0
            ),
            Some(Rule::Ad)
        );
        assert_eq!(
            classify_block(
                "SUGGESTED CITATION Sauer, Heiko: Expert*innen in der Krise, VerfBlog, 2020/4/09.",
                0.0
            ),
            Some(Rule::Boilerplate)
        );
        for line in ["Heute empfehlen wir", "Mehr Themen:", "Quellen ausblenden"] {
            assert_eq!(classify_block(line, 0.0), Some(Rule::Boilerplate), "{line}");
        }
        assert_eq!(
            classify_block(
                "Die aktuelle Ausgabe jetzt am Kiosk, im Abo, als E-Paper und bei Readly erhältlich.",
                0.0
            ),
            Some(Rule::Newsletter)
        );
        // Ad labels, read-also openers and closing notices of more languages.
        for (line, rule) in [
            ("Fógraíocht", Rule::AdLabel),
            ("Dokam-barotra", Rule::AdLabel),
            ("Mahabat", Rule::AdLabel),
            ("ବିଜ୍ଞାପନ", Rule::AdLabel),
            (
                "Шулай ук укыгыз: Казанда трамвай маршрутлары үзгәрә",
                Rule::Related,
            ),
            (
                "(यह खबर समाचार एजेंसी की सिंडिकेट फीड से सीधे प्रकाशित की गई है। पहाड़ समाचार ने \
                 इसमें कोई बदलाव नहीं किया है।)",
                Rule::Ad,
            ),
            (
                "Copyright © 2026 Lakeshore Public Radio. All rights reserved. Visit our website \
                 terms of use and permissions pages for further information. Transcripts are \
                 created on a rush deadline and may not be in their final form.",
                Rule::Ad,
            ),
            (
                "Si te ha servido este artículo, ayúdanos a seguir desmontando bulos.",
                Rule::Newsletter,
            ),
            ("Hazte socio", Rule::Newsletter),
            (
                "Le lecteur vidéo n'a pas pu être chargé. Vérifiez votre connexion ou \
                 désactivez votre bloqueur de publicités.",
                Rule::Boilerplate,
            ),
            ("Wait 1 second to continue.", Rule::Boilerplate),
            ("Your video will play in 00:25", Rule::Boilerplate),
            ("上一篇文章與下一篇文章", Rule::Boilerplate),
            ("View this image ›", Rule::Boilerplate),
            ("Font Size", Rule::Boilerplate),
            ("Verwandte Artikel:", Rule::Boilerplate),
            ("Zum Vergrößern anklicken....", Rule::Boilerplate),
            (
                "Sieh dir diesen Beitrag auf Instagram an\nEin Beitrag geteilt von Vibes of a \
                 Black Girl ™ (@vibesofablackgirl)",
                Rule::Social,
            ),
            ("版权声明：本文由财经观察网出品。", Rule::Boilerplate),
        ] {
            assert_eq!(classify_block(line, 0.0), Some(rule), "{line}");
        }
        // The same words in a story's sentences.
        assert_eq!(classify_block("Die Lýsing der Lage blieb aus.", 0.0), None);
        // The placeholder of a box filled by script, and a button with its count.
        for line in [
            "Loading...",
            "正在加载...",
            "Wird geladen …",
            "我要评论(0)",
            "Comments (12)",
            "Kommentare [3]",
            "评论（5）",
            "自动播放开关 自动播放",
        ] {
            assert_eq!(classify_block(line, 0.0), Some(Rule::Boilerplate), "{line}");
        }
        for line in [
            "Tag 1",
            "Comments 12",
            "Loading the ship took four days.",
            // A reporter's caveat in the text, not the transcript notice.
            "Officials cautioned that the figures may not be in their final form.",
            "Kommentare (3) sind erwünscht",
        ] {
            assert_eq!(classify_block(line, 0.0), None, "{line}");
        }
        // A sentence of the article that recommends something is not a label.
        assert_eq!(
            classify_block(
                "Wir empfehlen, die Heizung im Winter nicht ganz abzuschalten, sagt die Expertin.",
                0.0
            ),
            None
        );
    }

    /// Share rows and button rows whose links' labels meet without a space go; a line with a
    /// name in camel case that is no row stays.
    #[test]
    fn glued_label_rows_go() {
        for (text, rule) in [
            ("FacebookTwitterE-Mail", Rule::Social),
            ("Jump to RecipePrint Recipe", Rule::Boilerplate),
        ] {
            assert_eq!(classify_block(text, 1.0), Some(rule), "{text}");
        }
        for text in [
            "Share prices of McDonald's rose",
            "Print editions of YouTube Kids",
        ] {
            assert_eq!(classify_block(text, 0.0), None, "{text}");
        }
    }

    /// A queue's "Up next" card and the German pointer labels go as links or labels; the same
    /// words opening a sentence of the story stay.
    #[test]
    fn related_prefixes_that_open_sentences_need_a_link_or_a_label() {
        for (line, link_share) in [
            (
                "Up Next Governments suck at social media, but you deserve some blame",
                0.0,
            ),
            ("UP NEXT Governments suck at social media", 0.0),
            ("Mehr zu unserer Arbeitsweise lesen Sie hier.", 0.0),
            ("Up next: Governments suck at social media", 0.0),
            ("Zum Thema: Rentenreform im Bundestag", 0.0),
            ("Mehr dazu", 0.0),
            ("Mehr dazu im Video:", 0.0),
            ("Mehr dazu in unserem Dossier", 0.0),
            ("Mehr dazu gibt's hier:", 0.0),
            ("Zum Thema Rente", 0.0),
            ("Auch interessant: Die besten Wanderwege im Harz", 0.0),
        ] {
            assert_eq!(
                classify_block(line, link_share),
                Some(Rule::Related),
                "{line}"
            );
        }
        for line in [
            "Up next, the committee will hear from the state's election officials.",
            "Zum Thema Rente sagte die Ministerin nichts.",
            "Mehr dazu wollte der Sprecher am Montag nicht sagen.",
            "Mehr zu sagen hatte er nicht.",
            "Auch interessant ist, dass die Stadt den Plan schon 2019 kannte.",
            "Empfehlungen aus der Wissenschaft lagen seit Monaten vor.",
            // A sentence introducing a quote: the verb follows the opener.
            "Mehr dazu sagte der Minister:",
            "Zum Thema äußerte sich die Ministerin:",
        ] {
            assert_eq!(classify_block(line, 0.0), None, "{line}");
        }
    }

    /// Phrases an ordinary sentence also holds count only where the notice puts them: the
    /// notice goes, the sentence of news stays.
    #[test]
    fn anchored_phrases_drop_the_notice_and_keep_the_sentence() {
        for (text, rule) in [
            ("The video could not be loaded.", Rule::Boilerplate),
            (
                "This video could not be loaded. Please check your connection.",
                Rule::Boilerplate,
            ),
            ("Hazte socio", Rule::Newsletter),
            ("Hazte socia de Verifica", Rule::Newsletter),
            (
                "Si te ha servido este artículo, ayúdanos a seguir desmontando bulos.",
                Rule::Newsletter,
            ),
            (
                "Unterstützen Sie unabhängigen Journalismus!",
                Rule::Newsletter,
            ),
            (
                "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner",
                Rule::Newsletter,
            ),
            ("Follow us on Instagram for more recipes", Rule::Newsletter),
            ("Follow the author on Twitter @jdoe", Rule::Newsletter),
            ("Follow the Guardian on Instagram", Rule::Newsletter),
            (
                "Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des \
                 Journalismus.",
                Rule::Newsletter,
            ),
            ("JOIN THE CONVERSATION", Rule::Comments),
            ("Connectez-vous pour commenter", Rule::Comments),
            ("Inicia sesión para comentar", Rule::Comments),
            ("Log in to continue reading", Rule::Paywall),
            (
                "If you click this link and make a purchase, we may earn a commission at no \
                 additional cost to you.",
                Rule::Ad,
            ),
            ("Copyright © 2026 Example Media", Rule::Boilerplate),
            ("Copyright: AFP", Rule::Boilerplate),
            ("Copyright Reuters", Rule::Boilerplate),
            ("Copyright des Bildes: dpa", Rule::Boilerplate),
            ("© 2026 Example Media", Rule::Boilerplate),
            (
                "Diese Website nutzt Cookies. Mit der Nutzung stimmen Sie der \
                 Datenschutzerklärung zu und akzeptieren die Cookies.",
                Rule::Consent,
            ),
            (
                "We use cookies to improve your experience. By continuing you agree to our \
                 privacy policy.",
                Rule::Consent,
            ),
            ("Jetzt spenden!", Rule::Newsletter),
            ("Hier klicken, um das Video zu sehen", Rule::Newsletter),
            ("Order Reprints", Rule::Newsletter),
            ("Already a subscriber? Log in", Rule::Paywall),
            ("Bitte beachten Sie unsere Netiquette.", Rule::Comments),
            ("Artikel kommentieren Netiquette | AGB", Rule::Comments),
            (
                "Jede kleine Spende hilft uns, unabhängig zu berichten.",
                Rule::Newsletter,
            ),
            ("Die Kommentarfunktion ist geschlossen.", Rule::Comments),
            ("Foto: © picture alliance / dpa", Rule::Boilerplate),
            (
                "Text und Fotos © Jane Doe. Die Weiterverwendung ist nur mit schriftlicher \
                 Genehmigung der Autorin erlaubt.",
                Rule::Boilerplate,
            ),
            ("Copyright by Example Media GmbH", Rule::Boilerplate),
            ("Foto: Jane Doe, copyright", Rule::Boilerplate),
            (
                "IMPRESSUM | DATENSCHUTZ | COPYRIGHT ANDRÉ LOIBL | THIS IS A KANGA PROJECT",
                Rule::Boilerplate,
            ),
            ("Faire un don :", Rule::Newsletter),
            ("Please support independent journalism", Rule::Newsletter),
            ("HIER KOSTENLOS ANMELDEN »", Rule::Newsletter),
            ("Il vous reste 75% de cet article à lire.", Rule::Paywall),
            (
                "Weitere Details finden Sie in unserer Datenschutzerklärung. Die Einwilligung \
                 ist jederzeit widerrufbar.",
                Rule::Consent,
            ),
        ] {
            assert_eq!(classify_block(text, 0.0), Some(rule), "{text}");
        }
        for text in [
            "The video could not be loaded into evidence, the prosecutor said.",
            "Hazte socio del club, dijo el presidente a los aficionados.",
            "«Ayúdanos a seguir buscando a mi hijo», pidió la madre.",
            "Die Stadtwerke unterstützen sie bei der Suche nach einer neuen Wohnung.",
            "Residents were invited to join the conversation at the town hall on Monday.",
            "La ministra no estaba disponible para comentar el informe.",
            "Le ministre n'a pas répondu à nos sollicitations pour commenter.",
            "He paused to continue reading the statement to the court.",
            "Brokers may earn a commission of up to 6 percent on each sale.",
            "The band sued the label for copyright infringement last year.",
            "Pour faire un don de sang, il faut peser au moins 50 kilos.",
            "The grant will support local journalism in three rural counties.",
            "S'il vous reste des questions, la mairie répondra lundi.",
            "Interessierte können sich kostenlos anmelden.",
            "Before you move on to the next step, let the glue dry for an hour.",
            "We need your help to find the missing boy, the police chief said.",
            "Die Datenschutzbehörde verlangt eine Einwilligung der Nutzer, bevor Daten \
             weitergegeben werden.",
            "The app's tracking of users without consent drew a fine from the regulator.",
            "El ministro publicó en su canal de Telegram un mensaje a los soldados.",
            "He wrote on Twitter and Facebook that the vote had been rigged.",
            "She hoped to become a member of the national team.",
            "Follow these steps shared on Twitter to safely apprehend a train groper in Japan",
            "Follow the steps shared on Twitter to report a scam call to the police.",
            "Die Zeitung erscheint künftig nur noch als E-Paper.",
            "O plano prevê acesso ilimitado à internet nas escolas.",
            "Der Beitrag wurde am Montag vom Stadtrat um zehn Euro erhöht.",
            "Nuestro canal de distribución creció un 20 por ciento, dijo el gerente.",
            "The regulator fined the retailer because its cookie banner made refusing \
             consent harder than accepting it.",
            "Viele Menschen wollen jetzt spenden, um den Opfern zu helfen.",
            "Hier klicken die Kameras im Sekundentakt, wenn die Stars kommen.",
            "The museum will order reprints of the catalogue after it sold out in a week.",
            "The panel praised the newspaper's journalism of integrity at the awards dinner.",
            "Already a subscriber to three streaming services, she said she would not pay for \
             a fourth.",
            "Die Netiquette in sozialen Netzwerken ist Thema einer neuen Studie der \
             Universität Mainz.",
            "„Jede kleine Spende hilft“, sagte die Leiterin der Tafel.",
            "YouTube hat die Kommentarfunktion unter Kindervideos abgeschaltet.",
            // The sign as a joke in a sentence of prose.
            "This isn’t supposed to be a manifesto™© we just think it’s pretty cool to share \
             what we’ve learned so far, and hope you’ll do the same.",
            // A subheading of a story about the law: the word opens a phrase of words.
            "Copyright reform hits news publishers",
            "New copyright rules for news sites",
        ] {
            assert_eq!(classify_block(text, 0.0), None, "{text}");
        }
    }

    /// Every anchored phrase is a phrase of a table: an anchor on a phrase no table holds
    /// (a typo) would anchor nothing.
    #[test]
    fn anchored_phrases_are_phrases_of_the_tables() {
        for (phrase, _) in ANCHORED_PHRASES {
            assert!(
                Table::ALL.iter().any(|(_, list)| list.contains(phrase)),
                "{phrase}"
            );
        }
    }
}

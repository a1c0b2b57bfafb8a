/// Word lists for attributing quotations. They describe how English news
/// writing reports speech in general, not any one article.
enum QuoteCues {
    /// Reporting verbs, every inflection: "said Brisco", "Brisco said",
    /// "saying that ...". The -ing form is non-finite: its subject is the
    /// clause's. Verbs that as often introduce someone else's claim
    /// ("deny", "confirm") are left out; "claim" stays, as its subject is
    /// the one a quotation after it is attributed to.
    static let verbs: Set<String> = Set(forms.flatMap { [$0.0, $0.1, $0.2, $0.3] })

    /// Whether `word` (lowercased) may be the first word of a cue: the look-ups
    /// of `cue(at:in:)` (nine phrase comparisons and a set look-up, asked of
    /// nearly every word the rules read back over) are spared the words whose
    /// length and first byte no cue word has, which is most of them.
    static func mayStartCue(_ word: String) -> Bool {
        cueStartShapes[shape(of: word)]
    }

    /// For each word shape (see `shape(of:)`), whether a cue word has it:
    /// a reporting verb, the first word of a phrase in `speakerFollows`, or "put" ("as Falk put it").
    private static let cueStartShapes: [Bool] = {
        var table = [Bool](repeating: false, count: 32 * 256)
        for word in verbs.union(speakerFollows.map { $0[0] }).union(["put"]) { table[shape(of: word)] = true }
        return table
    }()

    /// A word's length in UTF-8 bytes (up to 31) and its first byte, as one
    /// index. Cue words are ASCII, so a word equal to one has its bytes.
    private static func shape(of word: String) -> Int {
        min(word.utf8.count, 31) * 256 + Int(word.utf8.first ?? 0)
    }

    /// Bare forms that are also nouns: after a name they are the noun ("a
    /// TikTok post", "the KVLT report"), as a singular name takes "posts";
    /// "say" after "Varga and Osei" stays a verb.
    static let nounLikeVerbs: Set<String> = [
        "post", "tweet", "report", "comment", "remark", "claim", "call", "promise", "vow", "reply", "attack",
        "boast", "quip", "joke", "demand", "chant", "note", "label",
    ]

    /// Base, third person, past and -ing form of each reporting verb.
    private static let forms: [(String, String, String, String)] = [
        ("say", "says", "said", "saying"), ("tell", "tells", "told", "telling"),
        ("add", "adds", "added", "adding"), ("write", "writes", "wrote", "writing"),
        ("tweet", "tweets", "tweeted", "tweeting"), ("post", "posts", "posted", "posting"),
        ("ask", "asks", "asked", "asking"), ("insist", "insists", "insisted", "insisting"),
        ("reply", "replies", "replied", "replying"), ("respond", "responds", "responded", "responding"),
        ("declare", "declares", "declared", "declaring"), ("state", "states", "stated", "stating"),
        ("stress", "stresses", "stressed", "stressing"), ("emphasize", "emphasizes", "emphasized", "emphasizing"),
        ("emphasise", "emphasises", "emphasised", "emphasising"), ("predict", "predicts", "predicted", "predicting"),
        ("repeat", "repeats", "repeated", "repeating"), ("assert", "asserts", "asserted", "asserting"),
        ("announce", "announces", "announced", "announcing"), ("explain", "explains", "explained", "explaining"),
        ("note", "notes", "noted", "noting"), ("warn", "warns", "warned", "warning"),
        ("argue", "argues", "argued", "arguing"), ("call", "calls", "called", "calling"),
        ("describe", "describes", "described", "describing"), ("blame", "blames", "blamed", "blaming"),
        ("accuse", "accuses", "accused", "accusing"), ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
        ("admit", "admits", "admitted", "admitting"), ("complain", "complains", "complained", "complaining"),
        ("urge", "urges", "urged", "urging"), ("concede", "concedes", "conceded", "conceding"),
        ("recall", "recalls", "recalled", "recalling"), ("joke", "jokes", "joked", "joking"),
        ("quip", "quips", "quipped", "quipping"), ("vow", "vows", "vowed", "vowing"),
        ("promise", "promises", "promised", "promising"), ("boast", "boasts", "boasted", "boasting"),
        ("conclude", "concludes", "concluded", "concluding"), ("counter", "counters", "countered", "countering"),
        ("retort", "retorts", "retorted", "retorting"), ("hail", "hails", "hailed", "hailing"),
        ("attack", "attacks", "attacked", "attacking"),
        ("comment", "comments", "commented", "commenting"), ("remark", "remarks", "remarked", "remarking"),
        ("reiterate", "reiterates", "reiterated", "reiterating"),
        ("claim", "claims", "claimed", "claiming"), ("demand", "demands", "demanded", "demanding"),
        ("chant", "chants", "chanted", "chanting"), ("report", "reports", "reported", "reporting"),
        ("continue", "continues", "continued", "continuing"),
        ("brand", "brands", "branded", "branding"), ("liken", "likens", "likened", "likening"),
    ]

    /// Finite verbs of speech proper: after a name of two words they say
    /// the name is a person's ("Jane Roe said"; organisations "announce").
    static let speechVerbs: Set<String> = ["said", "says", "told", "tells", "wrote", "writes", "added", "adds", "tweeted", "replied", "insisted", "recalled", "joked"]

    /// Reporting verbs that a speaker may follow ("...," said Jane Roe;
    /// "...?" asked Falk). After the others a name is the object: "blamed
    /// Halden for", "told Falk".
    static let invertible: Set<String> = [
        "said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "replied", "replies", "responded",
        "insisted", "declared", "stated", "explained", "noted", "recalled", "joked", "quipped", "countered",
        "retorted", "remarked", "commented", "tweeted", "continued", "concluded", "argued", "acknowledged",
        "conceded", "admitted", "predicted", "reported", "reports", "repeated", "stressed", "emphasized", "announced",
    ]

    /// Words after which a verb form is a noun: "a statement", "his
    /// comments", "a series of tweets".
    static let nounMarkers: Set<String> = [
        "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "whose",
    ]

    /// Titles of address before a surname: "Ms. Bishop" is a person even
    /// though "Bishop" is also a title.
    static let honorifics: Set<String> = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"]

    /// Nouns of speech whose owner said the words: "Varga's claim that ...".
    static let claimNouns: Set<String> = [
        "claim", "claims", "statement", "remark", "remarks", "comment", "comments", "words", "assertion",
        "prediction", "promise", "pledge", "warning", "tweet", "message", "charge", "accusation", "description",
    ]

    /// Channels that speak for their owner: "the mayor's feed posted".
    static let channels: Set<String> = ["account", "feed", "page", "handle", "channel"]

    /// Words before "as" that make it name a thing, not frame someone's
    /// words: "such as", "known as".
    static let namingBeforeAs: Set<String> = ["such", "known", "same", "so", "well", "just", "much", "long", "soon"]

    /// Abbreviated titles as the role nouns they stand for ("Sen. Falk" is
    /// "the senator").
    static let abbreviatedRoles: [String: String] = [
        "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "sec": "secretary",
        "pres": "president", "amb": "ambassador", "adm": "admiral", "col": "colonel", "lt": "lieutenant",
    ]

    /// Verbs of claiming: they attribute only a quotation right after them.
    static let directOnly: Set<String> = ["claim", "claims", "claimed", "claiming"]

    /// Words that open another clause: a reporting verb after one of them,
    /// following a quotation, is not the quotation's ('"..." after the Ledger reported').
    static let clauseOpeners: Set<String> = [
        "after", "before", "when", "because", "while", "since", "although", "though", "until", "unless", "whereas", "if",
    ]

    /// Words that start another clause or conjunct after an attribution:
    /// "said the union, adding that ...", "said Falk and ...".
    static let clauseWords: Set<String> = ["and", "but", "or", "that", "who", "which", "while", "as", "because", "when"]

    /// Party adjectives: "Liberal claims" is nobody's speech.
    static let partyAdjectives: Set<String> = [
        "Democratic", "Republican", "Conservative", "Liberal", "Socialist", "Communist", "Libertarian", "Progressive",
    ]

    /// Suffixes after a surname, lowercased: "Ines Falk Jr.", "Bex Osei III".
    static let nameSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Cues whose speaker follows: "according to the minutes", "as cited by the wire".
    /// The passive of a verb of utterance names its speaker after "by"
    /// ("said by", "posted by"); not a verb of making a text ("written
    /// by"), whose agent is an author more often than a speaker.
    static let speakerFollows: [[String]] = [
        ["according", "to"], ["as", "cited", "by"], ["as", "quoted", "by"], ["quoted", "by"],
        ["said", "by"], ["spoken", "by"], ["posted", "by"], ["tweeted", "by"], ["uttered", "by"],
    ]

    /// Words that may stand between a speaker and the verb: "Varga also
    /// said", "Quist, who had called", "officials have described".
    static let betweenSubjectAndVerb: Set<String> = [
        "also", "later", "again", "then", "earlier", "once", "previously", "repeatedly", "has", "have", "had",
        "was", "is", "were", "are", "who", "which", "that", "would", "will", "could", "did", "does", "do",
        "publicly", "privately", "separately", "simply", "just", "reportedly", "been", "not", "never",
        "likewise", "too", "first", "finally", "bluntly", "flatly", "herself", "himself", "itself", "further",
    ]

    /// A name right after one of these is its object, not a speaker:
    /// "met with Osei", "in reply to Varga's remarks".
    static let prepositions: Set<String> = [
        "with", "to", "by", "of", "on", "about", "against", "from", "at", "in", "for", "into", "toward", "towards",
        "over", "between", "among", "like", "than", "as", "under", "behind", "before", "after", "without",
        "outside", "inside", "near", "across", "around", "through", "during", "within", "along", "throughout",
        "beyond", "despite", "upon", "amid", "onto",
    ]

    /// Nouns that name an unnamed source: "the joint statement said".
    /// Kept as the speaker's description, with a qualifier before them
    /// ("joint statement", "senior officials").
    static let sourceNouns: Set<String> = [
        "statement", "statements", "communique", "communiqué", "report", "letter", "memo", "release",
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "aide", "aides",
        "analyst", "analysts", "expert", "experts", "diplomat", "diplomats", "lawmaker", "lawmakers",
        "witness", "witnesses", "resident", "residents", "ministry", "government", "administration",
        "protesters", "demonstrators", "supporters", "critics", "opponents", "activists", "voters", "crowd",
        "campaign", "union", "group", "company", "agency", "committee", "department", "office", "panel", "police",
    ]

    /// Lowercase words that qualify a source noun: "joint statement",
    /// "senior officials".
    static let sourceQualifiers: Set<String> = [
        "joint", "senior", "top", "government", "administration", "ministry", "white", "foreign", "defense",
        "defence", "military", "official", "western", "u.s.", "anonymous", "written", "brief", "short",
    ]

    /// Nouns by which an article refers back to a person it has named:
    /// "the Icelandic premier", "the U.S. envoy".
    static let personRoles: Set<String> = [
        "leader", "president", "premier", "chancellor", "minister", "secretary", "senator", "congressman",
        "congresswoman", "governor", "mayor", "ambassador", "king", "queen", "prince", "pope", "chief",
        "spokesman", "spokeswoman", "envoy", "diplomat", "official", "general", "commander", "head",
        "director", "chairman", "chairwoman", "counterpart", "candidate", "nominee", "lawmaker", "representative",
        "businessman", "billionaire", "tycoon", "founder", "executive", "ceo", "host", "actor", "singer",
    ]

    /// Role nouns as the title written before a name: "the congressman"
    /// is "Rep. Ines Falk" (whose title reads "representative").
    static let roleSynonyms: [String: String] = [
        "congressman": "representative", "congresswoman": "representative", "congressmember": "representative",
    ]

    /// Role nouns too general to identify a person without a qualifier.
    static let genericRoles: Set<String> = ["leader", "official", "head", "chief", "counterpart", "executive"]

    /// Labels in capitals that head a paragraph of a page, not a transcript
    /// turn ("UPDATE: ...", "WATCH: ..."), lowercased.
    static let pageLabels: Set<String> = [
        "update", "updated", "updates", "breaking", "breaking news", "watch", "video", "videos", "photo", "photos",
        "related", "note", "editor's note", "read", "read more", "more", "listen", "correction", "clarification",
        "exclusive", "analysis", "opinion", "source", "sources", "developing", "live", "warning", "spoiler",
        "advertisement", "disclaimer", "disclosure", "full disclosure", "ps", "p.s.", "faq", "tl;dr", "tldr",
    ]

    /// Labels of unnamed speakers in transcripts ("Reporter: Today?").
    static let transcriptRoles: Set<String> = [
        "reporter", "question", "q", "a", "answer", "interviewer", "moderator", "host", "journalist",
        "audience member", "caller", "anchor", "presenter", "press", "voice", "unidentified reporter",
    ]
}

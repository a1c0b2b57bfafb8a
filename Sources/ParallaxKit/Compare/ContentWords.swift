/// The words of a stretch of text as comparison sees them: lowercased, with
/// curly apostrophes made straight and possessives dropped, each with its
/// range in the source, and a stem that lets "agreed" meet "agree" and
/// "lives" meet "life".
///
/// Events and sentence alignment both read text through this one door, so
/// that two reports are compared on the same terms.
public struct ContentWord: Hashable, Sendable {
    public let range: TextRange
    /// The word lowercased, without a possessive "'s".
    public let form: String
    /// A light suffix-stripped form ("meddled", "meddling" -> "meddl").
    public let stem: String
    /// A function word ("the", "said") carries no content of its own.
    public let isFunctionWord: Bool
}

public enum ContentWords {
    /// The words and numbers of `range`, in order (punctuation left out).
    public static func words(in text: SourceText, range: TextRange) -> [ContentWord] {
        var reader = ContentWordReader()
        return reader.words(in: text, range: range)
    }

    /// Lowercased, curly apostrophes made straight, a possessive dropped.
    static func form(_ written: String) -> String {
        var form = written.lowercased()
        // Foundation's replacingOccurrences is slow; most words have no curly apostrophe.
        if form.unicodeScalars.contains("’") {
            form = String(String.UnicodeScalarView(form.unicodeScalars.map { $0 == "’" ? "'" : $0 }))
        }
        if form.hasSuffix("'s") { form.removeLast(2) }
        return form
    }

    /// Function words, the reporting verbs every article is full of, and
    /// English's most frequent words: what two texts share without sharing
    /// a subject.
    static func isFunctionWord(_ form: String) -> Bool {
        CommonWords.english.contains(form) || reportingWords.contains(form) || form.count == 1
    }

    private static let reportingWords: Set<String> = [
        "said", "says", "say", "saying", "told", "tell", "tells", "added", "asked", "according", "also",
        "n't", "'s", "did", "does", "don't", "didn't", "it's", "that's", "mr", "mrs", "ms",
    ]

    /// Strips common English inflections. Crude on purpose: both sides of a
    /// comparison go through it, so only consistency matters.
    static func stem(_ word: String) -> String {
        asciiStem(word) ?? unicodeStem(word)
    }

    /// `unicodeStem` of an ASCII word, read as bytes: nil for any other.
    /// ASCII letters are a Character each, so counts and suffixes are the
    /// bytes'; Characters cost a grapheme break each, and stemming was 4% of
    /// the instructions of a cold build.
    static func asciiStem(_ word: String) -> String? {
        var w = Array(word.utf8)
        guard w.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard w.count > 3, w.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return word }
        for (suffix, replacement) in asciiSuffixes where w.count > suffix.count + 2 && w.ends(with: suffix) {
            if suffix == [0x73], w.ends(with: [0x73, 0x73]) || w.ends(with: [0x75, 0x73]) || w.ends(with: [0x69, 0x73]) {
                break
            }
            w.removeLast(suffix.count)
            w.append(contentsOf: replacement)
            break
        }
        while w.count > 3, w.last == 0x65 { w.removeLast() }
        return String(decoding: w, as: UTF8.self)
    }

    /// `stem` by Characters, for any word.
    static func unicodeStem(_ word: String) -> String {
        var w = Substring(word)
        guard w.count > 3, w.unicodeScalars.allSatisfy({ $0.isLetter }) else { return word }
        for (suffix, replacement) in suffixes where w.count > suffix.count + 2 && w.hasSuffix(suffix) {
            // "process", "status", "analysis" end in s without being plurals.
            if suffix == "s", w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") { break }
            w = w.dropLast(suffix.count) + replacement
            break
        }
        // "agree"/"agreed", "live"/"lives": final e's carry nothing.
        while w.count > 3, w.hasSuffix("e") { w = w.dropLast() }
        return String(w)
    }

    private static let suffixes: [(String, Substring)] = [
        ("ations", "ate"), ("ation", "ate"), ("ies", "y"), ("ied", "y"), ("ing", ""), ("ness", ""),
        ("ments", ""), ("ment", ""), ("edly", ""), ("ly", ""), ("es", "e"), ("ed", ""), ("s", ""),
    ]
    private static let asciiSuffixes = suffixes.map { (Array($0.0.utf8), Array($0.1.utf8)) }
}

/// Reads content words, remembering each form's stem and class: a report
/// (or a corpus) uses the same few thousand words over and over.
public struct ContentWordReader {
    /// What each token, as written, reads as: its form, stem and class.
    private var known: [String: (form: String, stem: String, isFunctionWord: Bool)] = [:]

    public init() {}

    public mutating func words(in text: SourceText, range: TextRange) -> [ContentWord] {
        Tokenizer.tokens(in: text, range: range).compactMap { token in
            guard token.kind != .punctuation else { return nil }
            let written = text[token.range]
            let facts = known[written] ?? {
                let form = ContentWords.form(written)
                let facts = (form: form, stem: ContentWords.stem(form), isFunctionWord: ContentWords.isFunctionWord(form))
                known[written] = facts
                return facts
            }()
            return ContentWord(range: token.range, form: facts.form, stem: facts.stem, isFunctionWord: facts.isFunctionWord)
        }
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}

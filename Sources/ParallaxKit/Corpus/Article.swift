/// One article file, cleaned: its source text, front matter, classed lines,
/// the paragraphs a reader sees and their sentences.
public struct Article: Sendable, Identifiable {
    /// The file name without its extension ("000_26996167448753e8"); made
    /// unique within a corpus.
    public internal(set) var id: String
    /// The path as it was found (relative paths stay relative).
    public let path: String
    /// What the file was; for every format but `.text`, `source` is the
    /// extracted text, not the file.
    public let format: SourceFormat
    public let source: SourceText
    public let frontMatter: FrontMatter?
    /// Every non-blank line after the front matter, classed.
    public let lines: [ClassifiedLine]
    /// Title, body and caption paragraphs in reading order.
    public let paragraphs: [Paragraph]
    /// Its outlet is the corpus's one name for it (`OutletNames`).
    public internal(set) var metadata: ArticleMetadata
    /// Problems found while reading this file (it was still loaded).
    public let warnings: [LoadWarning]
    /// Named entities in title, body and captions, in reading order, linked
    /// across the corpus.
    public internal(set) var entities: [EntityMention] = []
    /// Quotations in reading order, with their speakers.
    public internal(set) var quotes: [Quotation] = []

    public var title: String { metadata.title }

    /// The text of a range of this article.
    public func text(_ range: TextRange) -> String { source[range] }

    /// The first `count` characters of `range`, lowercased: how a paragraph
    /// opens. Made from a window of the text rather than the whole range
    /// (a paragraph of a long text is megabytes); the whole is read only
    /// when the window holds too few characters to decide.
    func opening(of range: TextRange, characters count: Int = 40) -> String {
        let window = TextRange(range.start, min(range.end, range.start + count * 4))
        let text = source[window]
        if window.end < range.end, text.count <= count { return String(source[range].prefix(count)).lowercased() }
        return String(text.prefix(count)).lowercased()
    }

    /// Whether the paragraph `range` opens like a closing credit ("With
    /// reporting by ..."): its `opening` starts with a credit phrase. Most
    /// paragraphs open with an ASCII word no credit phrase opens with ("The",
    /// "Critics"), or with a mark ("“"): that is read from the scalars, and
    /// no lowercased copy is made for them. (A phrase opens with an ASCII
    /// letter; of the other scalars only two letters lowercase to something
    /// that starts with one, the Kelvin sign and "İ".)
    func opensWithClosingCredit(_ range: TextRange) -> Bool {
        guard !range.isEmpty else { return false }
        let first = source[range.start]
        if first.value < 0x80 {
            guard Self.creditOpeners.contains(where: { opens(range, with: $0) }) else { return false }
        } else if !first.isLetter {
            return false
        }
        return BoilerplateCues.closingCredits.startsWord(of: opening(of: range))
    }

    /// The first words of the credit phrases ("with", "reporting", ...),
    /// lowercase ASCII letters all (as `opens` reads them).
    private static let creditOpeners: Set<[UInt8]> = {
        let words = Set(BoilerplateCues.closingCreditPhrases.map { Array($0.split(separator: " ")[0].utf8) })
        precondition(words.allSatisfy { $0.allSatisfy { (0x61...0x7A).contains($0) } }, "credit phrases open with a lowercase word")
        return words
    }()

    /// `range` opens with `word` (lowercase ASCII letters) in any case, and
    /// a space after it. (Setting the 0x20 bit lowercases an ASCII letter,
    /// and makes no other scalar a lowercase ASCII letter.)
    private func opens(_ range: TextRange, with word: [UInt8]) -> Bool {
        guard range.length > word.count, source[range.start + word.count] == " " else { return false }
        return word.indices.allSatisfy { source[range.start + $0].value | 0x20 == UInt32(word[$0]) }
    }

    /// The paragraphs without the title.
    public var bodyParagraphs: [Paragraph] { paragraphs.filter { $0.kind != .title } }

    /// Number of words (and numbers) in title, body and captions.
    public let wordCount: Int
    /// FNV-1a 64 of the UTF-8 of `source`: the article's key in what the
    /// reader remembers (`ArticleKey`). Worked out once, when the text is
    /// read, and kept in the index with it: a load that takes the article
    /// from there needs no pass over its text.
    public let textHash: UInt64

    /// The cleaned article as plain text: title, then paragraphs separated by
    /// blank lines, captions marked "[Caption]", a page's subheads "## " and
    /// block quotations "> " as Markdown writes them.
    public var plainText: String {
        paragraphs.map { p in
            switch (p.kind, p.style) {
            case (.caption, _): return "[Caption] " + text(p.range)
            case (.body, .subhead): return "## " + text(p.range)
            case (.body, .blockquote): return "> " + text(p.range)
            default: return text(p.range)
            }
        }.joined(separator: "\n\n")
    }
}

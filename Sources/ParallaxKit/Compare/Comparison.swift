/// Two reports side by side: the sentences they share and how the wording
/// differs, the sentences each leaves out, the quotations they share, and a
/// summary of what only one of them has.
public struct Comparison: Sendable {
    /// ../shared/gold/GUIDELINES.md §4.
    public enum Kind: String, Sendable, CaseIterable {
        /// The same words, give or take punctuation and a word or two.
        case same
        /// An edited version of the same sentence.
        case near
        /// Different sentences reporting the same fact, claim or quotation.
        case paraphrase
    }

    /// Sentences (indices into `sentencesA`/`sentencesB`, adjacent) that
    /// report the same thing.
    public struct Pair: Sendable, Hashable {
        public let a: [Int]
        public let b: [Int]
        public let kind: Kind
        public let similarity: Double
        public let diff: WordDiff
    }

    /// The same quotation in both reports (indices into each article's `quotes`).
    public struct SharedQuote: Sendable, Hashable {
        public let a: Int
        public let b: Int
        public let diff: WordDiff
    }

    /// One row of the side-by-side layout, top to bottom.
    public enum Row: Sendable, Hashable {
        case pair(Int)
        case onlyA(Int)
        case onlyB(Int)
        /// The titles' sentences that pair with nothing (one side may have
        /// none): a row of their own, first, so that each report starts
        /// with its title.
        case titles(a: [Int], b: [Int])
    }

    public struct Summary: Sendable, Hashable {
        /// Share of A's words in sentences B also reports, and the reverse.
        public let shareOfA: Double
        public let shareOfB: Double
        /// Speakers (of speech quotations) and entities only one side has,
        /// most quoted or mentioned first.
        public let speakersOnlyA: [String]
        public let speakersOnlyB: [String]
        public let entitiesOnlyA: [String]
        public let entitiesOnlyB: [String]
    }

    public let a: Article
    public let b: Article
    public let sentencesA: [AlignedSentence]
    public let sentencesB: [AlignedSentence]
    /// In the order of A.
    public let pairs: [Pair]
    public let onlyA: [Int]
    public let onlyB: [Int]
    public let sharedQuotes: [SharedQuote]
    public let quotesOnlyA: [Int]
    public let quotesOnlyB: [Int]
    public let rows: [Row]
    public let summary: Summary

    public init(_ a: Article, _ b: Article) {
        self.a = a
        self.b = b
        var reader = ContentWordReader()
        let sa = AlignedSentence.sentences(of: a, reader: &reader), sb = AlignedSentence.sentences(of: b, reader: &reader)
        sentencesA = sa
        sentencesB = sb
        let quotesShared = QuoteMatcher.match(a, b, reader: &reader)
        let anchors = QuoteMatcher.sentencePairs(quotesShared, sa, sb)
        pairs = SentenceAligner.align(sa, sb, anchors: anchors).map { m in
            let diff = WordDiff(m.a.flatMap { sa[$0].words }, m.b.flatMap { sb[$0].words })
            return Pair(a: m.a, b: m.b, kind: Self.kind(diff), similarity: m.score, diff: diff)
        }
        let pairedA = Set(pairs.flatMap(\.a)), pairedB = Set(pairs.flatMap(\.b))
        onlyA = sa.indices.filter { !pairedA.contains($0) }
        onlyB = sb.indices.filter { !pairedB.contains($0) }
        sharedQuotes = quotesShared
        let sharedA = Set(sharedQuotes.map(\.a)), sharedB = Set(sharedQuotes.map(\.b))
        quotesOnlyA = a.quotes.indices.filter { a.quotes[$0].isSomeonesWords && !sharedA.contains($0) }
        quotesOnlyB = b.quotes.indices.filter { b.quotes[$0].isSomeonesWords && !sharedB.contains($0) }
        rows = Self.layout(pairs: pairs, onlyA: onlyA, onlyB: onlyB,
                           titleA: Self.titleSentences(a, sa), titleB: Self.titleSentences(b, sb))
        let speakersA = Self.speakers(a), speakersB = Self.speakers(b)
        let entitiesA = Self.entities(a), entitiesB = Self.entities(b)
        summary = Summary(
            shareOfA: Self.share(of: sa, paired: pairedA), shareOfB: Self.share(of: sb, paired: pairedB),
            speakersOnlyA: Self.only(speakersA, speakersB), speakersOnlyB: Self.only(speakersB, speakersA),
            entitiesOnlyA: Self.only(entitiesA, entitiesB), entitiesOnlyB: Self.only(entitiesB, entitiesA))
    }

    /// Same words (give or take a few) are `same`; one side's words mostly
    /// found in order in the other, or half of all words shared, `near`.
    static func kind(_ diff: WordDiff) -> Kind {
        if diff.ratio >= 0.8 { return .same }
        if diff.ratio >= 0.5 || diff.containment >= 0.7 { return .near }
        return .paraphrase
    }

    /// The sentences of `article`'s title.
    static func titleSentences(_ article: Article, _ sentences: [AlignedSentence]) -> Set<Int> {
        guard let title = article.paragraphs.first(where: { $0.kind == .title })?.range else { return [] }
        return Set(sentences.indices.filter { title.contains(sentences[$0].range.start) })
    }

    /// Rows in A's order, after a row of the titles when they pair with
    /// nothing; a sentence only B has comes after the row of the B sentence
    /// before it, so both reports read down in their own order as far as
    /// the pairs allow.
    static func layout(pairs: [Pair], onlyA: [Int], onlyB: [Int], titleA: Set<Int> = [], titleB: Set<Int> = []) -> [Row] {
        var rows: [Row] = []
        let onlyASet = Set(onlyA), onlyBSet = Set(onlyB)
        let loneTitleA = titleA.filter(onlyASet.contains).sorted(), loneTitleB = titleB.filter(onlyBSet.contains).sorted()
        if !loneTitleA.isEmpty || !loneTitleB.isEmpty { rows.append(.titles(a: loneTitleA, b: loneTitleB)) }
        var pairOfA: [Int: Int] = [:]
        for (k, p) in pairs.enumerated() { pairOfA[p.a[0]] = k }
        let countA = (pairs.flatMap(\.a) + onlyA).max().map { $0 + 1 } ?? 0
        for i in 0..<countA where !loneTitleA.contains(i) {
            if let k = pairOfA[i] { rows.append(.pair(k)) } else if onlyASet.contains(i) { rows.append(.onlyA(i)) }
        }
        // Where B's sentences stand: each B-only sentence goes after its predecessor's row.
        for j in onlyB where !loneTitleB.contains(j) {
            let rowOf: (Int) -> Int? = { j2 in
                rows.firstIndex { row in
                    switch row {
                    case .pair(let k): return pairs[k].b.contains(j2)
                    case .onlyB(let other): return other == j2
                    case .titles(_, let b): return b.contains(j2)
                    case .onlyA: return false
                    }
                }
            }
            let after = j > 0 ? rowOf(j - 1) : nil
            rows.insert(.onlyB(j), at: after.map { $0 + 1 } ?? 0)
        }
        return rows
    }

    private static func share(of sentences: [AlignedSentence], paired: Set<Int>) -> Double {
        let total = sentences.reduce(0) { $0 + $1.words.count }
        let matched = sentences.indices.filter(paired.contains).reduce(0) { $0 + sentences[$1].words.count }
        return total > 0 ? Double(matched) / Double(total) : 0
    }

    /// Each speaker of the article's speech quotations, with their count.
    private static func speakers(_ article: Article) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: SpeakerIndex(articles: [article]).entries.map { ($0.name, $0.quoteCount) })
    }

    /// Each entity the article names, with its mentions (one name, whatever its types).
    private static func entities(_ article: Article) -> [String: Int] {
        Dictionary(EntityIndex(articles: [article]).entries.map { ($0.name, $0.mentionCount) }, uniquingKeysWith: +)
    }

    /// Names counted on one side and absent from the other, most counted first.
    private static func only(_ these: [String: Int], _ those: [String: Int]) -> [String] {
        these.filter { those[$0.key] == nil }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
}

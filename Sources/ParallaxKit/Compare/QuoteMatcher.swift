/// Finds the quotations two reports share, however their wording differs
/// ("He said he didn't meddle" and "He (Putin) said he didn't meddle").
enum QuoteMatcher {
    /// Least agreement for two quotations to be the same words.
    static let threshold = 0.6

    static func match(_ a: Article, _ b: Article, reader: inout ContentWordReader) -> [Comparison.SharedQuote] {
        // Words and whole quotations as numbers: the same quotation repeated
        // in a report is one sequence, scored once against each other.
        var wordIds: [String: Int] = [:], stemIds: [String: Int] = [:], sequenceIds: [[Int]: Int] = [:]
        func words(_ article: Article) -> [(index: Int, words: [ContentWord], forms: [Int], sequence: Int, stems: Set<Int>)] {
            article.quotes.indices.filter { article.quotes[$0].isSomeonesWords }.map { i in
                let words = reader.words(in: article.source, range: article.quotes[i].range)
                let forms = words.map { wordIds.number($0.form) }
                return (i, words, forms, sequenceIds.number(forms), Set(words.map { stemIds.number($0.stem) }))
            }
        }
        let qa = words(a), qb = words(b)
        // Quotations that share stems, found through an index of B's stems (as numbers).
        var index = [[Int]](repeating: [], count: stemIds.count)
        for (k, y) in qb.enumerated() { for stem in y.stems { index[stem].append(k) } }
        // Candidates are ranked on the length of their common subsequence
        // alone (a quotation repeated in a report is scored once), and only
        // the pairs kept are diffed word by word.
        struct Sequences: Hashable { let a: Int, b: Int }
        var commonLengths: [Sequences: Int] = [:]
        var candidates: [(a: Int, b: Int, score: Double)] = []
        var common = [Int](repeating: 0, count: qb.count)
        for (xi, x) in qa.enumerated() {
            var touched: [Int] = []
            for stem in x.stems {
                for k in index[stem] {
                    if common[k] == 0 { touched.append(k) }
                    common[k] += 1
                }
            }
            for k in touched {
                let y = qb[k], shared = common[k]
                common[k] = 0
                // Cheap test first: quotations sharing few stems are not compared word by word.
                guard shared * 3 >= min(x.stems.count, y.stems.count), shared >= 2 else { continue }
                let key = Sequences(a: x.sequence, b: y.sequence)
                let length = commonLengths[key] ?? WordDiff.commonLength(x.forms, y.forms)
                commonLengths[key] = length
                let n = x.forms.count, m = y.forms.count
                let ratio = 2 * Double(length) / Double(n + m)
                var score = min(n, m) >= 4 ? max(ratio, Double(length) / Double(min(n, m))) : ratio
                if score < threshold, isFragment(of: x.words, y.words) || isFragment(of: y.words, x.words) { score = threshold }
                if score >= threshold { candidates.append((xi, k, score)) }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
        var usedA = Set<Int>(), usedB = Set<Int>()
        var shared: [Comparison.SharedQuote] = []
        for c in candidates where !usedA.contains(c.a) && !usedB.contains(c.b) {
            usedA.insert(c.a)
            usedB.insert(c.b)
            let x = qa[c.a], y = qb[c.b]
            shared.append(Comparison.SharedQuote(a: x.index, b: y.index, diff: WordDiff(x.words, y.words)))
        }
        return shared.sorted { $0.a < $1.a }
    }

    /// Whether `short` is a fragment of `long` quoted on its own ("an
    /// "artificial barrier"" out of "this is really an artificial barrier
    /// that's put in front of us"): two or three words, two of them content
    /// words, found together in the longer quotation.
    static func isFragment(of long: [ContentWord], _ short: [ContentWord]) -> Bool {
        guard (2...3).contains(short.count), short.count < long.count,
              short.filter({ !$0.isFunctionWord }).count >= 2 else { return false }
        let forms = short.map(\.form), longForms = long.map(\.form)
        return (0...(longForms.count - forms.count)).contains { Array(longForms[$0..<($0 + forms.count)]) == forms }
    }

    /// The sentences that carry the words two shared quotations have in
    /// common, side by side: a quotation's words found in both reports say
    /// their sentences report the same thing, whatever else they say.
    /// A quotation running over several sentences anchors each of its
    /// sentences to the one carrying the same words on the other side.
    static func sentencePairs(_ shared: [Comparison.SharedQuote], _ a: [AlignedSentence], _ b: [AlignedSentence]) -> Set<SentenceAligner.Pair> {
        var pairs = Set<SentenceAligner.Pair>()
        for quote in shared {
            for run in quote.diff.runs where run.op == .equal {
                for (x, y) in zip(run.a, run.b) {
                    if let i = sentence(holding: x, in: a), let j = sentence(holding: y, in: b) {
                        pairs.insert(SentenceAligner.Pair(i: i, j: j))
                    }
                }
            }
        }
        return pairs
    }

    /// The sentence whose range holds `word` (sentences are in text order).
    private static func sentence(holding word: TextRange, in sentences: [AlignedSentence]) -> Int? {
        let k = sentences.firstIndex(past: { $0.range.end > word.start })
        return k < sentences.count && sentences[k].range.contains(word) ? k : nil
    }
}

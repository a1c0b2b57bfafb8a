/// Finds the quotations two reports share, however their wording differs
/// ("He said he didn't meddle" and "He (Putin) said he didn't meddle").
enum QuoteMatcher {
    /// Bump whenever what the matching finds changes (its thresholds, the
    /// words it reads): the outlets report's answers kept per event in the
    /// index (`OutletReport.eventKey`) are then found again.
    static let version = 1
    /// Least agreement for two quotations to be the same words.
    static let threshold = 0.6

    /// One quotation as matching reads it: its word forms, its whole word
    /// sequence and its stems as numbers.
    struct QuoteWords: Equatable {
        /// The quotation's index in its article.
        let index: Int
        let forms: [Int]
        /// How many of its words are content words (not function words).
        let contentWords: Int
        /// The same quotation repeated in a report is one sequence, scored
        /// once against each other.
        let sequence: Int
        /// Each stem once, in increasing order.
        let stems: [Int]
    }

    /// Numbers words, stems and word sequences for any number of articles,
    /// so that each article's quotations are read once however many others
    /// they are matched with, and remembers the common lengths already
    /// worked out between two sequences.
    struct Numbering {
        private var wordIds: [String: Int] = [:], stemIds: [String: Int] = [:], sequenceIds: [[Int]: Int] = [:]
        private struct Sequences: Hashable { let a: Int, b: Int }
        private var commonLengths: [Sequences: Int] = [:]

        /// A token as written, numbered: its form's and its stem's numbers.
        private struct Spelled {
            let form: Int, stem: Int
            let isFunctionWord: Bool
        }
        /// Spellings met, looked up by their scalars (no String for one seen
        /// before), and what each reads as, by spelling number.
        private var spellings = SpellingTable<Unicode.Scalar>()
        private var spelled: [Spelled] = []
        /// What each new spelling reads as, by its String: spellings that
        /// differ in scalars but are equal as Strings read as the first one
        /// met, as `ContentWordReader` reads them.
        private var known: [String: Spelled] = [:]

        /// Scratch for `matchAll`, kept between groups so that its arrays
        /// are not made again for each: the positions of the quotations
        /// indexed so far, by stem number, and the stems that have any.
        fileprivate var postings: [[Int]] = []
        fileprivate var postedStems: [Int] = []

        /// The quotations of `article` that are someone's words.
        ///
        /// Reads as `quotes(of:reader:)` does, without making a
        /// `ContentWord` (and its form's and stem's Strings) of each token:
        /// the outlets report reads every quotation of every event this way.
        mutating func quotes(of article: Article) -> [QuoteWords] {
            let scalars = article.source.scalars
            return article.quotes.indices.filter { article.quotes[$0].isSomeonesWords }.map { i in
                let tokens = Tokenizer.tokens(in: article.source, range: article.quotes[i].range)
                var forms: [Int] = [], stems: [Int] = [], contentWords = 0
                forms.reserveCapacity(tokens.count)
                stems.reserveCapacity(tokens.count)
                for token in tokens where token.kind != .punctuation {
                    let slice = scalars[token.range.start..<token.range.end]
                    let (n, isNew) = spellings.number(slice)
                    if isNew { spelled.append(reading(SourceText.string(slice))) }
                    let word = spelled[n]
                    forms.append(word.form)
                    stems.append(word.stem)
                    if !word.isFunctionWord { contentWords += 1 }
                }
                return quoteWords(index: i, forms: forms, stems: stems, contentWords: contentWords)
            }
        }

        /// The quotations of `article` that are someone's words, read through `reader`.
        mutating func quotes(of article: Article, reader: inout ContentWordReader) -> [QuoteWords] {
            article.quotes.indices.filter { article.quotes[$0].isSomeonesWords }.map { i in
                let words = reader.words(in: article.source, range: article.quotes[i].range)
                return quoteWords(index: i, forms: words.map { wordIds.number($0.form) },
                                  stems: words.map { stemIds.number($0.stem) },
                                  contentWords: words.count(where: { !$0.isFunctionWord }))
            }
        }

        private mutating func reading(_ written: String) -> Spelled {
            if let word = known[written] { return word }
            let form = ContentWords.form(written)
            let word = Spelled(form: wordIds.number(form), stem: stemIds.number(ContentWords.stem(form)),
                               isFunctionWord: ContentWords.isFunctionWord(form))
            known[written] = word
            return word
        }

        private mutating func quoteWords(index: Int, forms: [Int], stems: [Int], contentWords: Int) -> QuoteWords {
            var stems = stems
            stems.sort()
            var kept = 0
            for stem in stems where kept == 0 || stems[kept - 1] != stem {
                stems[kept] = stem
                kept += 1
            }
            stems.removeLast(stems.count - kept)
            return QuoteWords(index: index, forms: forms, contentWords: contentWords,
                              sequence: sequenceIds.number(forms), stems: stems)
        }

        /// Forgets the common lengths (they are only reused within a group of reports).
        mutating func forgetLengths() { commonLengths.removeAll() }

        /// How well `x` and `y`, sharing `shared` stems, agree, when they
        /// agree enough to be one quotation. Candidates are ranked on the
        /// length of their common subsequence alone; quotations sharing few
        /// stems are not compared word by word.
        mutating func score(_ x: QuoteWords, _ y: QuoteWords, shared: Int) -> Double? {
            guard shared * 3 >= min(x.stems.count, y.stems.count), shared >= 2 else { return nil }
            let key = Sequences(a: x.sequence, b: y.sequence)
            let length: Int
            if let known = commonLengths[key] {
                length = known
            } else {
                length = QuoteMatcher.commonLength(x.forms, y.forms)
                commonLengths[key] = length
            }
            let n = x.forms.count, m = y.forms.count
            let ratio = 2 * Double(length) / Double(n + m)
            var score = min(n, m) >= 4 ? max(ratio, Double(length) / Double(min(n, m))) : ratio
            if score < threshold, isFragment(of: x, y) || isFragment(of: y, x) { score = threshold }
            return score >= threshold ? score : nil
        }
    }

    /// The length of the longest common subsequence of `a` and `b`, as
    /// `WordDiff.commonLength` finds it, a column of its table at a time
    /// in the bits of one word when the shorter has at most 64 words
    /// (Hyyrö's bit-parallel form of Allison and Dix's algorithm): the
    /// table filled cell by cell was most of matching an event's quotations.
    static func commonLength(_ a: [Int], _ b: [Int]) -> Int {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        guard short.count <= 64 else { return WordDiff.commonLength(a, b) }
        guard !short.isEmpty else { return 0 }
        // A 0 bit in `v` for each position of `short` the common
        // subsequence so far has grown at.
        var v = UInt64.max
        short.withUnsafeBufferPointer { short in
            for word in long {
                var match: UInt64 = 0
                for j in short.indices where short[j] == word { match |= 1 << UInt64(j) }
                let u = v & match
                v = (v &+ u) | (v & ~match)
            }
        }
        let used = short.count == 64 ? UInt64.max : (1 << UInt64(short.count)) - 1
        return (~v & used).nonzeroBitCount
    }

    /// A possible match: positions in the two lists of `QuoteWords`.
    struct Candidate {
        let a: Int, b: Int
        let score: Double
    }

    static func match(_ a: Article, _ b: Article, reader: inout ContentWordReader) -> [Comparison.SharedQuote] {
        var numbering = Numbering()
        let qa = numbering.quotes(of: a, reader: &reader), qb = numbering.quotes(of: b, reader: &reader)
        // Quotations that share stems, found through an index of B's stems.
        var index: [Int: [Int]] = [:]
        for (k, y) in qb.enumerated() { for stem in y.stems { index[stem, default: []].append(k) } }
        var candidates: [Candidate] = []
        var common = [Int](repeating: 0, count: qb.count)
        for (xi, x) in qa.enumerated() {
            var touched: [Int] = []
            for stem in x.stems {
                for k in index[stem] ?? [] {
                    if common[k] == 0 { touched.append(k) }
                    common[k] += 1
                }
            }
            for k in touched {
                let shared = common[k]
                common[k] = 0
                if let score = numbering.score(x, qb[k], shared: shared) { candidates.append(Candidate(a: xi, b: k, score: score)) }
            }
        }
        return assign(candidates).map { c in
            let x = a.quotes[qa[c.a].index], y = b.quotes[qb[c.b].index]
            let diff = WordDiff(reader.words(in: a.source, range: x.range), reader.words(in: b.source, range: y.range))
            return Comparison.SharedQuote(a: qa[c.a].index, b: qb[c.b].index, diff: diff)
        }.sorted { $0.a < $1.a }
    }

    /// The matches among `candidates` of two reports: best score first
    /// (ties to the earlier quotations), each quotation matched once.
    static func assign(_ candidates: [Candidate]) -> [Candidate] {
        let ranked = candidates.sorted { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
        var usedA = Set<Int>(), usedB = Set<Int>()
        return ranked.filter { c in
            guard !usedA.contains(c.a), !usedB.contains(c.b) else { return false }
            usedA.insert(c.a)
            usedB.insert(c.b)
            return true
        }
    }

    /// Two reports of a group that share quotations, and which: the
    /// quotations' indices in each article.
    struct PairMatches {
        let first: Int, second: Int
        let matches: [(a: Int, b: Int)]
    }

    /// For each pair of reports i < j (positions in `reports`, each the
    /// `Numbering.quotes` of one article) that share quotations, what
    /// `match` finds between them; pairs that share none are left out.
    /// Rather than matching every pair, one index of the stems of all the
    /// reports' quotations finds, for each quotation, the later reports'
    /// quotations it shares stems with, so that only reports sharing a
    /// candidate are assigned (and each quotation is read once).
    static func matchAll(_ reports: [[QuoteWords]], numbering: inout Numbering) -> [PairMatches] {
        // Quotation number: report's offset + position.
        var offsets: [Int] = [], total = 0
        for r in reports { offsets.append(total); total += r.count }
        var owner = [Int](repeating: 0, count: total)
        for (i, r) in reports.enumerated() { for k in r.indices { owner[offsets[i] + k] = i } }
        // The index: the numbering's postings by stem number, emptied again on the way out.
        var postings = numbering.postings, posted = numbering.postedStems
        numbering.postings = []
        defer {
            for stem in posted { postings[stem].removeAll(keepingCapacity: true) }
            posted.removeAll(keepingCapacity: true)
            numbering.postings = postings
            numbering.postedStems = posted
        }
        var common = [Int](repeating: 0, count: total)
        // Each later report's candidates against the current one, and the reports that have any.
        var candidates = [[Candidate]](repeating: [], count: reports.count)
        var found: [Int] = []
        var out: [PairMatches] = []
        // From the last report back, so that the index holds the later reports only.
        for i in reports.indices.reversed() {
            for (xi, x) in reports[i].enumerated() {
                var touched: [Int] = []
                for stem in x.stems where stem < postings.count {
                    for q in postings[stem] {
                        if common[q] == 0 { touched.append(q) }
                        common[q] += 1
                    }
                }
                for q in touched {
                    let shared = common[q]
                    common[q] = 0
                    let j = owner[q], k = q - offsets[j]
                    if let score = numbering.score(x, reports[j][k], shared: shared) {
                        if candidates[j].isEmpty { found.append(j) }
                        candidates[j].append(Candidate(a: xi, b: k, score: score))
                    }
                }
            }
            for j in found {
                let matches = assign(candidates[j]).map { (a: reports[i][$0.a].index, b: reports[j][$0.b].index) }
                out.append(PairMatches(first: i, second: j, matches: matches))
                candidates[j].removeAll(keepingCapacity: true)
            }
            found.removeAll(keepingCapacity: true)
            for (k, y) in reports[i].enumerated() {
                for stem in y.stems {
                    if stem >= postings.count { postings.append(contentsOf: repeatElement([], count: stem + 1 - postings.count)) }
                    if postings[stem].isEmpty { posted.append(stem) }
                    postings[stem].append(offsets[i] + k)
                }
            }
        }
        return out.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// Whether `short` is a fragment of `long` quoted on its own ("an
    /// "artificial barrier"" out of "this is really an artificial barrier
    /// that's put in front of us"): two or three words, two of them content
    /// words, found together in the longer quotation.
    static func isFragment(of long: QuoteWords, _ short: QuoteWords) -> Bool {
        let n = short.forms.count
        guard (2...3).contains(n), n < long.forms.count, short.contentWords >= 2 else { return false }
        return (0...(long.forms.count - n)).contains { long.forms[$0..<($0 + n)].elementsEqual(short.forms) }
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

import Foundation

/// A sentence of the title or body, as alignment sees it.
public struct AlignedSentence: Sendable, Hashable {
    public let range: TextRange
    public let words: [ContentWord]
    /// What it says: word stems, with every entity mention standing as its
    /// canonical name ("U.S." and "United States" are one term). Function
    /// words count too, weighed by rarity: without them "He said he didn't
    /// meddle." would be one word long. Each term with its count, so that
    /// "He said he didn't meddle, he said he didn't meddle." covers two
    /// sentences that say it once each better than one of them.
    let terms: [String: Int]
    /// The text with quotation marks and apostrophes made straight and
    /// spaces collapsed: two sentences alike in it are one copy of the other.
    let surface: [Unicode.Scalar]

    /// A fragment of one or two words ("U.S. Intelligence'", a subhead)
    /// reports nothing a sentence could share: it is shown, never paired.
    static let minimumWords = 3
    var isFragment: Bool { words.count < Self.minimumWords }

    /// Curly marks made straight and runs of spaces made one.
    static func surface(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var lastWasSpace = false
        for scalar in scalars {
            switch scalar {
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": out.append("\"")
            case "\u{2018}", "\u{2019}": out.append("'")
            // Unicode's whitespace property is a slow table look-up; these are the spaces text carries.
            case " ", "\t", "\n", "\r", "\u{00A0}", "\u{2009}", "\u{202F}", "\u{3000}":
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            default: out.append(scalar)
            }
            lastWasSpace = false
        }
        return out
    }

    static func sentences(of article: Article, reader: inout ContentWordReader) -> [AlignedSentence] {
        var out: [AlignedSentence] = []
        var mentions = article.entities[...]
        for paragraph in article.paragraphs where paragraph.kind != .caption {
            for sentence in paragraph.sentences {
                let words = reader.words(in: article.source, range: sentence.range)
                var terms: [String: Int] = [:]
                for word in words {
                    while let m = mentions.first, m.range.end <= word.range.start { mentions.removeFirst() }
                    if let m = mentions.first, m.range.overlaps(word.range) {
                        terms["@" + m.entity, default: 0] += 1
                    } else {
                        terms[word.stem, default: 0] += 1
                    }
                }
                out.append(AlignedSentence(range: sentence.range, words: words, terms: terms,
                                           surface: surface(article.source.scalars[sentence.range.start..<sentence.range.end])))
            }
        }
        return out
    }
}

/// Finds the sentences of two reports that say the same thing
/// (../shared/gold/GUIDELINES.md §4), in any order: reports reorder.
///
/// Every pair of sentences that shares a term (found through an inverted
/// index, not by trying all pairs) is scored by IDF-weighted overlap; the
/// best pairs are taken greedily, each sentence once; then a neighbour is
/// added to a side when, together, they cover the other side better
/// (one sentence against two or three).
///
/// `anchors` are pairs known to report the same thing whatever their words
/// share (the sentences carrying one quotation in both reports): they count
/// as reaching the threshold.
enum SentenceAligner {
    /// Least score for two sentences to report the same thing.
    static let threshold = 0.4
    /// Least score for a pair to be considered at all, and to count as
    /// context for its neighbours.
    static let contextFloor = 0.2
    /// Weight of the neighbours' score in ranking a pair.
    static let contextWeight = 0.25
    /// Neighbour score that lets a pair below `threshold` through.
    static let anchoredContext = 0.6
    /// How much a neighbour must add to the score to join a side.
    static let mergeGain = 0.08

    struct Pair: Hashable { let i: Int, j: Int }

    struct Match {
        var a: [Int]
        var b: [Int]
        var score: Double
    }

    static func align(_ a: [AlignedSentence], _ b: [AlignedSentence], anchors: Set<Pair> = []) -> [Match] {
        // Terms as numbers from here on: the loops below hash and add a lot.
        var ids: [String: Int] = [:]
        // Each sentence as a bag: (term, count) sorted by term.
        func numbered(_ sentences: [AlignedSentence]) -> [[Bag.Element]] {
            sentences.map { s in
                s.terms.map { t, n in (ids.number(t), n) }.sorted { $0.0 < $1.0 }
            }
        }
        let countsA = numbered(a), countsB = numbered(b)
        let termsA = countsA.map { $0.map(\.0) }, termsB = countsB.map { $0.map(\.0) }
        var frequency = [Int](repeating: 0, count: ids.count)
        for terms in termsA + termsB { for t in terms { frequency[t] += 1 } }
        let n = Double(a.count + b.count)
        let idf = frequency.map { inverseFrequency(n, $0) }
        func weight<S: Sequence<Int>>(_ terms: S) -> Double { terms.reduce(0) { $0 + idf[$1] } }
        let weightsA = termsA.map { weight($0) }, weightsB = termsB.map { weight($0) }

        // Candidate pairs: sentences that share a term, with the weight they share.
        var index = [[Int]](repeating: [], count: ids.count)
        for (j, terms) in termsB.enumerated() where !b[j].isFragment { for t in terms { index[t].append(j) } }
        // The pairs worth considering, row by row (each row in B's order):
        // looking a neighbour up is a binary search, not a hash.
        var rows = [[(j: Int, score: Double)]](repeating: [], count: a.count)
        // Anchors by A's sentence: most sentences have none, and a set look-up
        // for every pair that shares a term would hash hundreds of thousands of pairs.
        var anchorsOf = [[Int]](repeating: [], count: a.count)
        for pair in anchors where a.indices.contains(pair.i) { anchorsOf[pair.i].append(pair.j) }
        var shared = [Double](repeating: 0, count: b.count)
        for (i, terms) in termsA.enumerated() where !a[i].isFragment {
            var touched: [Int] = []
            for t in terms {
                for j in index[t] {
                    if shared[j] == 0 { touched.append(j) }
                    shared[j] += idf[t]
                }
            }
            touched.sort()
            for j in touched {
                var score = similarity(shared: shared[j], weightsA[i], weightsB[j])
                if anchorsOf[i].contains(j) { score = max(score, threshold) }
                if score >= contextFloor { rows[i].append((j, score)) }
                shared[j] = 0
            }
        }
        // Reports keep runs of material together: a pair whose neighbours
        // also pair is more likely right. This decides between copies of a
        // repeated sentence and lets a weaker pair inside a run through.
        func scored(_ i: Int, _ j: Int) -> Double {
            guard rows.indices.contains(i) else { return 0 }
            let row = rows[i], k = row.firstIndex(past: { $0.j >= j })
            return k < row.count && row[k].j == j ? row[k].score : 0
        }
        var candidates: [(i: Int, j: Int, score: Double, rank: Double)] = []
        for (i, row) in rows.enumerated() {
            for (j, score) in row {
                let context = max(scored(i - 1, j - 1), scored(i + 1, j + 1))
                // A character-for-character copy is its own best context.
                let copy = a[i].surface == b[j].surface ? contextWeight : 0
                let rank = score + contextWeight * context + copy
                if score >= threshold || rank >= threshold + contextWeight * anchoredContext {
                    candidates.append((i, j, score, rank))
                }
            }
        }
        candidates.sort { $0.rank != $1.rank ? $0.rank > $1.rank : ($0.i, $0.j) < ($1.i, $1.j) }

        // One against several: a pair grows a side with free neighbours
        // while that helps, as soon as it is taken, so that the strongest
        // evidence has first say over the sentences around it.
        // A side's terms are counted over its sentences: a sentence that says
        // one thing twice is worth two that say it once each.
        func score(_ m: Match) -> Double {
            let ta = Bag(m.a.map { countsA[$0] }), tb = Bag(m.b.map { countsB[$0] })
            return similarity(shared: ta.shared(with: tb, idf), ta.weight(idf), tb.weight(idf))
        }
        var usedA = Set<Int>(), usedB = Set<Int>()
        func grown(_ start: Match) -> Match {
            var m = start
            m.score = score(m)
            for _ in 0..<2 {
                var best = m, bestScore = m.score + mergeGain
                let options: [Match] = (m.b.count == 1 ? [
                    Match(a: [m.a.first! - 1] + m.a, b: m.b, score: 0), Match(a: m.a + [m.a.last! + 1], b: m.b, score: 0),
                ] : []) + (m.a.count == 1 ? [
                    Match(a: m.a, b: [m.b.first! - 1] + m.b, score: 0), Match(a: m.a, b: m.b + [m.b.last! + 1], score: 0),
                ] : [])
                for var option in options {
                    guard option.a.allSatisfy({ a.indices.contains($0) && !a[$0].isFragment }),
                          option.b.allSatisfy({ b.indices.contains($0) && !b[$0].isFragment }),
                          option.a.filter({ !m.a.contains($0) }).allSatisfy({ !usedA.contains($0) }),
                          option.b.filter({ !m.b.contains($0) }).allSatisfy({ !usedB.contains($0) })
                    else { continue }
                    option.score = score(option)
                    if option.score > bestScore { best = option; bestScore = option.score }
                }
                guard best.a != m.a || best.b != m.b else { break }
                m = best
            }
            return m
        }
        var matches: [Match] = []
        for c in candidates where !usedA.contains(c.i) && !usedB.contains(c.j) {
            usedA.insert(c.i)
            usedB.insert(c.j)
            let match = grown(Match(a: [c.i], b: [c.j], score: c.score))
            usedA.formUnion(match.a)
            usedB.formUnion(match.b)
            matches.append(match)
        }
        return matches.sorted { $0.a[0] < $1.a[0] }
    }

    /// Terms with their counts, sorted by term: sentences' bags add up and
    /// compare by walking two sorted lists, with no hashing.
    struct Bag {
        typealias Element = (Int, Int)
        let items: [Element]

        /// The bags of several sentences added up.
        init(_ bags: [[Element]]) {
            guard bags.count > 1 else { items = bags.first ?? []; return }
            var all = bags.flatMap { $0 }
            all.sort { $0.0 < $1.0 }
            var out: [Element] = []
            for (t, n) in all {
                if let last = out.last, last.0 == t { out[out.count - 1].1 += n } else { out.append((t, n)) }
            }
            items = out
        }

        func weight(_ idf: [Double]) -> Double { items.reduce(0) { $0 + Double($1.1) * idf[$1.0] } }

        /// The weight both bags hold: each term's smaller count.
        func shared(with other: Bag, _ idf: [Double]) -> Double {
            var i = 0, j = 0, total = 0.0
            let x = items, y = other.items
            while i < x.count, j < y.count {
                if x[i].0 < y[j].0 { i += 1 } else if x[i].0 > y[j].0 { j += 1 } else {
                    total += Double(min(x[i].1, y[j].1)) * idf[x[i].0]
                    i += 1
                    j += 1
                }
            }
            return total
        }
    }

    /// Shared weight over the weight of the lighter side, softened by the
    /// heavier side: a sentence wholly inside a longer edited one scores
    /// high, a short sentence sharing one name with a long one does not.
    static func similarity(shared: Double, _ wa: Double, _ wb: Double) -> Double {
        guard wa > 0, wb > 0 else { return 0 }
        let dice = 2 * shared / (wa + wb)
        let containment = shared / min(wa, wb)
        return (dice + containment) / 2
    }

    /// ln(1 + n/df) over the `n` sentences of both reports: a term in every
    /// sentence weighs little, a term in one weighs most.
    static func inverseFrequency(_ n: Double, _ documentFrequency: Int) -> Double {
        log(1 + n / Double(documentFrequency))
    }
}

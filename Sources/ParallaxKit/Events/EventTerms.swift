import Foundation

/// What event grouping reads of one article: each content word's stem,
/// once, in the order the article first uses it, with its weighted count
/// in the whole article and in its title and lead (`ArticleVectors`).
///
/// An article's terms depend on its cleaned text alone, so the index keeps
/// them in the article's row: after one file of a large corpus changes,
/// the events are grouped again from every article's stored terms, not
/// from its text (counting every article's words took 13 s of CPU at
/// 100,000 articles; numbering stored terms takes about a sixth). They are
/// held as the bytes stored, not as Strings: 100,000 articles hold about
/// 20 million terms.
struct EventTerms: Sendable, Equatable {
    /// For each term: its stem's length and bytes (UTF-8, composed), then
    /// its whole and lead counts, all but the bytes as `ByteWriter` varints.
    let bytes: [UInt8]

    /// How much a word counts in the title and in the lead, against one
    /// elsewhere (whole numbers: the counts are stored as integers).
    static let titleWeight = 4, leadWeight = 3, leadParagraphs = 2

    /// Terms already encoded (read from the index): nil unless every term
    /// is whole, so that reading them never runs past the bytes.
    init?(checking bytes: [UInt8]) {
        var at = 0
        func varint() -> Int? {
            var v = 0, shift = 0
            while at < bytes.count, shift < 63 {
                let b = bytes[at]
                at += 1
                v |= Int(b & 0x7F) << shift
                if b < 0x80 { return v }
                shift += 7
            }
            return nil
        }
        while at < bytes.count {
            // Zig-zag: a length and counts are never negative, so even.
            guard let length = varint(), length & 1 == 0, length / 2 <= bytes.count - at else { return nil }
            at += length / 2
            // A term is counted at least once, and in the lead at most as often.
            guard let whole = varint(), let lead = varint(), whole & 1 == 0, lead & 1 == 0, whole > 0, lead <= whole
            else { return nil }
        }
        self.bytes = bytes
    }

    private init(encoded bytes: [UInt8]) { self.bytes = bytes }

    /// Each term's stem (its UTF-8 bytes), whole count and lead count, in
    /// order.
    func forEach(_ body: (ArraySlice<UInt8>, Int, Int) -> Void) {
        var at = 0
        func varint() -> Int {
            var v = 0, shift = 0
            while true {
                let b = bytes[at]
                at += 1
                v |= Int(b & 0x7F) << shift
                if b < 0x80 { return v >> 1 }  // zig-zag of a number never negative
                shift += 7
            }
        }
        while at < bytes.count {
            let length = varint()
            let stem = bytes[at..<at + length]
            at += length
            let whole = varint()
            body(stem, whole, varint())
        }
    }

    /// The terms of every article, counted on every core (`articlesPerRun`
    /// is for tests: any size gives the same terms).
    static func of(_ articles: [Article], articlesPerRun: Int? = nil) -> [EventTerms] {
        let size = articlesPerRun ?? Self.articlesPerRun(articles.count)
        return ParallelMap.mapAll(ParallelMap.runs(articles.count, of: size)) {
            of(articles[$0])
        }.flatMap { $0 }
    }

    /// Runs of about eight a core, to share the work out, and no shorter
    /// than a thousand articles: each run stems every spelling it meets
    /// once, and runs of a thousand articles stemmed the common words a
    /// hundred times over at 100,000.
    static func articlesPerRun(_ count: Int) -> Int {
        max(1000, count / (8 * ParallelMap.threadCount) + 1)
    }

    /// The terms of a run of articles, each spelling met stemmed once.
    static func of(_ articles: ArraySlice<Article>) -> [EventTerms] {
        var spellings = SpellingTable<Unicode.Scalar>()
        // By spelling number: its stem's number, or -1 when it does not count.
        var stemOf: [Int] = []
        var stems: [[UInt8]] = []
        var numbers: [String: Int] = [:]
        // The current article's counts by stem number, and the stems it touched.
        var all: [Int] = [], first: [Int] = []
        var touched: [Int] = []
        var out: [EventTerms] = []
        out.reserveCapacity(articles.count)
        for article in articles {
            forEachToken(of: article) { range, weight, inLead in
                let spelling = spellings.number(article.source.scalars[range.start..<range.end])
                if spelling.isNew {
                    let form = ContentWords.form(article.source[range])
                    var number = -1
                    if countsAsContent(form) {
                        let stem = canonical(ContentWords.stem(form))
                        number = numbers[stem] ?? stems.count
                        if number == stems.count {
                            numbers[stem] = number
                            stems.append(Array(stem.utf8))
                            all.append(0)
                            first.append(0)
                        }
                    }
                    stemOf.append(number)
                }
                let n = stemOf[spelling.number]
                guard n >= 0 else { return }
                if all[n] == 0 { touched.append(n) }
                all[n] += weight
                if inLead { first[n] += weight }
            }
            var w = ByteWriter()
            for n in touched {
                w.lengthPrefixed(stems[n])
                w.int(all[n])
                w.int(first[n])
                all[n] = 0
                first[n] = 0
            }
            touched.removeAll(keepingCapacity: true)
            out.append(EventTerms(encoded: w.bytes))
        }
        return out
    }

    /// The stem in its composed form (NFC): two spellings of "zürich", one
    /// with "ü" and one with "u" and a combining diaeresis, are one String
    /// (Swift compares Strings as Unicode says they read) and must be one
    /// term, however their bytes differ and whichever an article met first.
    private static func canonical(_ stem: String) -> String {
        stem.utf8.allSatisfy { $0 < 0x80 } ? stem : stem.precomposedStringWithCanonicalMapping
    }

    /// A word that says what an article is about: no function word, and
    /// not a number.
    private static func countsAsContent(_ form: String) -> Bool {
        !ContentWords.isFunctionWord(form) && form.unicodeScalars.first!.properties.isAlphabetic
    }

    /// Where each word or number of the article's title, body and subheads
    /// stands (captions describe pictures, often of other days, and are
    /// left out), with the weight of where it stands and whether that is
    /// the title or lead.
    private static func forEachToken(of article: Article, _ body: (TextRange, Int, Bool) -> Void) {
        var bodyParagraphs = 0
        for paragraph in article.paragraphs where paragraph.kind != .caption {
            if paragraph.kind != .title { bodyParagraphs += 1 }
            let inLead = bodyParagraphs <= leadParagraphs
            let weight = paragraph.kind == .title ? titleWeight : inLead ? leadWeight : 1
            for token in Tokenizer.tokens(in: article.source, range: paragraph.range) where token.kind != .punctuation {
                body(token.range, weight, inLead)
            }
        }
    }
}

import Foundation
import ParallaxKit

/// A filter for the article list as typed at the list's `/` prompt: the
/// words every article kept has in its title, outlet or text (as `parallax
/// search` takes them: each word required, `word*` a prefix), and the
/// tokens `outlet:NAME` (quoted when it has spaces: `outlet:"Two Words"`),
/// `from:YYYY-MM-DD` and `to:YYYY-MM-DD`, compared as the command does.
public struct ListQuery: Sendable, Hashable {
    /// As typed, trimmed: the header shows it and `/` offers it again.
    public let text: String
    /// The words to find, space-separated ("" when only tokens were given).
    public let words: String
    /// The outlet's name, any case.
    public let outlet: String?
    /// The first and last day, inclusive.
    public let from: String?
    public let to: String?

    /// Why a query was refused, said in the status bar.
    public struct Problem: Error, Hashable {
        public let message: String
    }

    /// Whether there are words to find (else only the tokens filter): a
    /// word of punctuation alone finds nothing, as with `parallax search`.
    public var hasWords: Bool { !CorpusSearch.matchExpression(words).isEmpty }

    /// Reads `text`; a bad token (`from:yesterday`, an empty `outlet:`, a
    /// token given twice) is a problem that names it.
    public static func parse(_ text: String) -> Result<ListQuery, Problem> {
        var words: [String] = []
        var values: [String: String] = [:]
        for token in tokens(text) {
            guard let colon = token.firstIndex(of: ":"), case let key = token[..<colon].lowercased(),
                  ["outlet", "from", "to"].contains(key) else {
                words.append(token)
                continue
            }
            let value = token[token.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if key == "outlet", value.isEmpty {
                return .failure(Problem(message: "outlet: needs a name: outlet:NAME, or outlet:\"Two Words\""))
            }
            if key != "outlet", !CorpusSearch.isDay(value) {
                return .failure(Problem(message: "\(key): takes a day as YYYY-MM-DD (\(key):2024-05-31), not “\(value)”"))
            }
            if values[key] != nil { return .failure(Problem(message: "\(key): is given twice")) }
            values[key] = value
        }
        if let from = values["from"], let to = values["to"], from > to {
            return .failure(Problem(message: "from:\(from) is after to:\(to)"))
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return .success(ListQuery(text: trimmed, words: words.joined(separator: " "), outlet: values["outlet"],
                                  from: values["from"], to: values["to"]))
    }

    /// The query split at spaces, a double-quoted stretch staying one token
    /// (its marks dropped): `outlet:"Northgate Daily" strike` is two.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false, started = false
        for c in text {
            if c == "\"" {
                quoted.toggle()
                started = true
            } else if c.isWhitespace && !quoted {
                if started { tokens.append(current) }
                current = ""
                started = false
            } else {
                current.append(c)
                started = true
            }
        }
        if started { tokens.append(current) }
        return tokens
    }
}

/// The list's filter in effect, and how many articles it keeps.
public struct ActiveFilter: Sendable, Hashable {
    public let query: ListQuery
    public let count: Int
}

/// A filter being looked for in the background: the list changes when the
/// result of `job` comes, and any other result is dropped.
public struct PendingFilter: Sendable, Hashable {
    public let job: JobID
    public let query: ListQuery
}

/// The list filter's work: which articles match (the background job), and
/// the filter's words in the article opened (`n`/`N`).
enum ListFilter {
    /// Article `article` as the search table holds it: asked only without an
    /// index (`--no-cache`), to build the table in memory.
    static func document(of article: Int, in corpus: ReaderCorpus) -> CorpusSearch.Document {
        CorpusSearch.Document(corpus.articles[article])
    }

    /// The articles `query` keeps, in corpus order: through FTS5 when it has
    /// words (the index's table, else one made in memory), else by outlet
    /// and date alone.
    static func matches(_ query: ListQuery, in corpus: ReaderCorpus, index: CorpusIndex?,
                        cancellation: CancellationFlag?) throws -> [Int] {
        // Through the index, the corpus keeps a map of the search table's
        // rows to its articles: only the matching rows' numbers are read.
        if query.hasWords, index != nil,
           let found = try corpus.opened.searchMatches(query.words, outlet: query.outlet, from: query.from, to: query.to) {
            return found
        }
        // Each article's path, outlet and date from its summary (the reader
        // does not hold every article whole).
        let entries = corpus.opened.searchEntries
        guard query.hasWords else {
            return entries.indices.filter {
                CorpusSearch.admits(outlet: entries[$0].outlet, date: entries[$0].date, wanted: query.outlet,
                                    from: query.from, to: query.to)
            }
        }
        let hits = try CorpusSearch.search(query.words, entries: entries, index: index, outlet: query.outlet,
                                           from: query.from, to: query.to, snippets: false,
                                           cancellation: cancellation) { document(of: $0, in: corpus) }
        // In corpus order, without sorting: one pass over the articles.
        var found = [Bool](repeating: false, count: entries.count)
        for hit in hits { found[hit.article] = true }
        return found.indices.filter { found[$0] }
    }

    /// Every word of `words` in `article`, in reading order: the matches
    /// `n`/`N` walk in an article opened from the filtered list. Each word is
    /// found on its own, as the reader's search finds text (case-insensitive,
    /// inside longer words too, so `strike` finds "strikes" and `elect*`
    /// "election"); a match inside an earlier one is dropped.
    static func textMatches(words: String, in article: Article) -> [TextRange] {
        let terms = words.split(whereSeparator: \.isWhitespace).map { $0.hasSuffix("*") ? String($0.dropLast()) : String($0) }
            .filter { !CorpusSearch.matchExpression($0).isEmpty }
        let all = terms.flatMap { TextSearch.matches(of: $0, in: article) }
            .sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var kept: [TextRange] = []
        for range in all where kept.last.map({ range.start >= $0.end }) ?? true { kept.append(range) }
        return kept
    }
}

import Foundation

/// The JSON that `parallax compare A B --format json` prints
/// (../shared/eval/SCHEMA.md "Comparison JSON"), with what the schema
/// allows on top: each pair's differing words, the quotations the reports
/// share or alone carry, and the summary.
public enum ComparisonJSON {
    struct Document: Encodable {
        let a: Side
        let b: Side
        let pairs: [PairRecord]
        let only_a: [Span]
        let only_b: [Span]
        let quotes: Quotes
        let summary: Summary
    }

    struct Side: Encodable {
        let id: String
        let path: String
        let outlet: String?
        let title: String
        let date: String?

        init(_ article: Article) {
            id = article.id
            path = article.path
            outlet = article.metadata.outlet
            title = article.title
            date = article.metadata.date
        }
    }

    struct Span: Encodable {
        let start: Int
        let end: Int
        init(_ range: TextRange) { start = range.start; end = range.end }
    }

    struct PairRecord: Encodable {
        let a: [Span]
        let b: [Span]
        let kind: String
        let similarity: Double
        /// Words of each side the other lacks.
        let changed_a: [Span]
        let changed_b: [Span]
    }

    struct SharedQuote: Encodable {
        let a: AnalysisJSON.QuoteRecord
        let b: AnalysisJSON.QuoteRecord
        let changed_a: [Span]
        let changed_b: [Span]
    }

    struct Quotes: Encodable {
        let shared: [SharedQuote]
        let only_a: [AnalysisJSON.QuoteRecord]
        let only_b: [AnalysisJSON.QuoteRecord]
    }

    struct Summary: Encodable {
        let share_of_a_in_b: Double
        let share_of_b_in_a: Double
        let quotes_in_common: Int
        let speakers_only_a: [String]
        let speakers_only_b: [String]
        let entities_only_a: [String]
        let entities_only_b: [String]
    }

    public static func encode(_ c: Comparison) throws -> Data {
        let rounded: (Double) -> Double = { ($0 * 1000).rounded() / 1000 }
        let document = Document(
            a: Side(c.a), b: Side(c.b),
            pairs: c.pairs.map { p in
                PairRecord(a: p.a.map { Span(c.sentencesA[$0].range) }, b: p.b.map { Span(c.sentencesB[$0].range) },
                           kind: p.kind.rawValue, similarity: rounded(p.similarity),
                           changed_a: p.diff.changedA.map(Span.init), changed_b: p.diff.changedB.map(Span.init))
            },
            only_a: c.onlyA.map { Span(c.sentencesA[$0].range) },
            only_b: c.onlyB.map { Span(c.sentencesB[$0].range) },
            quotes: Quotes(
                shared: c.sharedQuotes.map { q in
                    SharedQuote(a: .init(c.a.quotes[q.a], in: c.a), b: .init(c.b.quotes[q.b], in: c.b),
                                changed_a: q.diff.changedA.map(Span.init), changed_b: q.diff.changedB.map(Span.init))
                },
                only_a: c.quotesOnlyA.map { .init(c.a.quotes[$0], in: c.a) },
                only_b: c.quotesOnlyB.map { .init(c.b.quotes[$0], in: c.b) }),
            summary: Summary(
                share_of_a_in_b: rounded(c.summary.shareOfA), share_of_b_in_a: rounded(c.summary.shareOfB),
                quotes_in_common: c.sharedQuotes.count,
                speakers_only_a: c.summary.speakersOnlyA, speakers_only_b: c.summary.speakersOnlyB,
                entities_only_a: c.summary.entitiesOnlyA, entities_only_b: c.summary.entitiesOnlyB))
        return try AnalysisJSON.encoder.encode(document)
    }
}

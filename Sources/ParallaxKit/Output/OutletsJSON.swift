import Foundation

/// The JSON that `parallax outlets --format json` prints: one record an
/// outlet, then who quoted whom. Articles are named by id, quotations by
/// article id and offsets, as everywhere else.
public enum OutletsJSON {
    struct Document: Encodable {
        let event: EventRef?
        let outlets: [OutletRecord]
        let speaker_matrix: Matrix
    }

    struct EventRef: Encodable {
        let id: String
        let label: String
    }

    struct OutletRecord: Encodable {
        let outlet: String
        let articles: [String]
        let words: Int
        let events: [String]
        let quoted_words: Int
        let speakers: [SpeakerRecord]
        let stressed: [StressedRecord]
        let credits: [CreditRecord]
        let coverage: [CoverageRecord]
    }

    struct SpeakerRecord: Encodable {
        let name: String
        let quotes: Int
        let words: Int
        let share: Double
    }

    struct StressedRecord: Encodable {
        let name: String
        let type: String
        let mentions: Int
        let mentions_elsewhere: Int
        let share: Double
        let score: Double
    }

    struct CreditRecord: Encodable {
        let source: String
        let count: Int
        let articles: [String]
        let cues: [String]
    }

    struct CoverageRecord: Encodable {
        let event: String
        let label: String
        let articles: [String]
        let headlines: [String]
        let exclusive_quotes: [QuoteRecord]
    }

    struct QuoteRecord: Encodable {
        let article: String
        let start: Int
        let end: Int
        let text: String
        let speaker: String?
    }

    struct Matrix: Encodable {
        let outlets: [String]
        let rows: [Row]
    }

    struct Row: Encodable {
        let speaker: String
        let quotes: [Int]
    }

    /// The report as JSON, `ids` naming the corpus's articles (list's ids,
    /// in corpus order). Its quotations come from the report itself, so a
    /// report kept in the index is printed without reading any article.
    public static func encode(_ report: OutletReport, ids articleIDs: [String]) throws -> Data {
        func ids(_ indices: [Int]) -> [String] { indices.map { articleIDs[$0] } }
        func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
        let document = Document(
            event: report.event.map { EventRef(id: $0.id, label: $0.label) },
            outlets: report.profiles.map { p in
                OutletRecord(
                    outlet: p.outlet, articles: ids(p.articles), words: p.words, events: p.events, quoted_words: p.quotedWords,
                    speakers: p.speakers.map { SpeakerRecord(name: $0.name, quotes: $0.quoteCount, words: $0.words, share: rounded($0.share)) },
                    stressed: p.stressed.map {
                        StressedRecord(name: $0.name, type: $0.type.rawValue, mentions: $0.mentions,
                                       mentions_elsewhere: $0.mentionsElsewhere, share: rounded($0.share), score: rounded($0.score))
                    },
                    credits: p.credits.map { CreditRecord(source: $0.source, count: $0.count, articles: ids($0.articles), cues: $0.cues) },
                    coverage: p.coverage.map { c in
                        CoverageRecord(event: c.event, label: c.label, articles: ids(c.articles), headlines: c.headlines,
                                       exclusive_quotes: c.exclusiveQuotes.compactMap { ref in
                                           report.quotations[ref].map { q in
                                               QuoteRecord(article: articleIDs[ref.article], start: q.range.start, end: q.range.end,
                                                           text: q.text, speaker: q.speaker)
                                           }
                                       })
                    })
            },
            speaker_matrix: Matrix(outlets: report.profiles.map(\.outlet),
                                   rows: report.speakerMatrix.map { Row(speaker: $0.speaker, quotes: $0.quotes) }))
        return try AnalysisJSON.encoder.encode(document)
    }
}

import Foundation

// The byte encoding of an outlets report, kept with a corpus's snapshot so
// that `o` on a corpus of 100,000 articles reads it instead of making it.
// Same rules as ByteCoding.swift: bump `CorpusIndex.analyserVersion` when
// it changes.

extension ByteWriter {
    mutating func double(_ value: Double) { uint64(value.bitPattern) }

    mutating func outletReport(_ report: OutletReport) {
        bool(report.event != nil)
        if let event = report.event { events([event]) }
        int(report.profiles.count)
        for p in report.profiles { outletProfile(p) }
        int(report.speakerMatrix.count)
        for row in report.speakerMatrix {
            string(row.speaker)
            int(row.quotes.count)
            for n in row.quotes { int(n) }
        }
        let quotations = report.quotations.sorted { ($0.key.article, $0.key.quote) < ($1.key.article, $1.key.quote) }
        int(quotations.count)
        for (ref, q) in quotations {
            int(ref.article); int(ref.quote); optional(q.speaker); string(q.text); int(q.range.start); int(q.range.end)
        }
    }

    private mutating func outletProfile(_ p: OutletProfile) {
        string(p.outlet); ints(p.articles); int(p.words); strings(p.events); int(p.quotedWords)
        int(p.speakers.count)
        for s in p.speakers { string(s.name); quoteRefs(s.quotes); int(s.words); double(s.share) }
        int(p.stressed.count)
        for s in p.stressed {
            string(s.name); string(s.type.rawValue); int(s.mentions); int(s.mentionsElsewhere); double(s.share)
            double(s.score)
        }
        int(p.credits.count)
        for c in p.credits {
            string(c.source); int(c.count); ints(c.articles)
            int(c.places.count)
            for m in c.places { int(m.article); range(m.range) }
            strings(c.cues)
        }
        int(p.coverage.count)
        for c in p.coverage {
            string(c.event); string(c.label); ints(c.articles); strings(c.headlines); quoteRefs(c.exclusiveQuotes)
        }
    }
}

extension ByteReader {
    mutating func double() throws -> Double { Double(bitPattern: try uint64()) }

    mutating func outletReport(articles: Int) throws -> OutletReport {
        let event = try bool() ? try events(articles: articles).first : nil
        let profiles = try (0..<(try count())).map { _ in try outletProfile(articles: articles) }
        let matrix = try (0..<(try count())).map { _ -> (speaker: String, quotes: [Int]) in
            let speaker = try string()
            return (speaker, try (0..<(try count())).map { _ in try int() })
        }
        var quotations: [SpeakerIndex.QuoteRef: OutletReport.Quoted] = [:]
        for _ in 0..<(try count()) {
            let ref = SpeakerIndex.QuoteRef(article: try article(articles), quote: try int())
            let speaker = try optional(), text = try string()
            quotations[ref] = OutletReport.Quoted(speaker: speaker, text: text, range: TextRange(try int(), try int()))
        }
        return OutletReport(event: event, profiles: profiles, speakerMatrix: matrix, quotations: quotations)
    }

    private mutating func article(_ limit: Int) throws -> Int {
        let n = try int()
        guard n >= 0, n < limit else { throw Damaged() }
        return n
    }

    private mutating func outletProfile(articles n: Int) throws -> OutletProfile {
        let outlet = try string(), own = try ints(), words = try int(), events = try strings(), quoted = try int()
        let speakers = try (0..<(try count())).map { _ in
            OutletProfile.Speaker(name: try string(), quotes: try quoteRefs(articles: n), words: try int(),
                                  share: try double())
        }
        let stressed = try (0..<(try count())).map { _ in
            OutletProfile.StressedEntity(name: try string(), type: try raw(EntityType.self), mentions: try int(),
                                         mentionsElsewhere: try int(), share: try double(), score: try double())
        }
        let credits = try (0..<(try count())).map { _ in
            OutletProfile.CreditedSource(
                source: try string(), count: try int(), articles: try ints(),
                places: try (0..<(try count())).map { _ in
                    EntityIndex.Mention(article: try article(n), range: try range(limit: .max))
                },
                cues: try strings())
        }
        let coverage = try (0..<(try count())).map { _ in
            OutletProfile.Coverage(event: try string(), label: try string(), articles: try ints(),
                                   headlines: try strings(), exclusiveQuotes: try quoteRefs(articles: n))
        }
        guard (own + credits.flatMap(\.articles) + coverage.flatMap(\.articles)).allSatisfy({ $0 >= 0 && $0 < n })
        else { throw Damaged() }
        return OutletProfile(outlet: outlet, articles: own, words: words, events: events, quotedWords: quoted,
                             speakers: speakers, stressed: stressed, credits: credits, coverage: coverage)
    }
}

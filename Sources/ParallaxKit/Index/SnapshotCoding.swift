import Foundation

// The byte encoding of what a corpus snapshot keeps (`CorpusSnapshot`):
// article summaries, events, linked entities, and the corpus-wide entity
// and speaker indexes. Same rules as ByteCoding.swift: bump
// `CorpusIndex.analyserVersion` when any of it changes.

extension ByteWriter {
    mutating func summary(_ s: ArticleSummary) {
        string(s.id); string(s.path); string(s.format.rawValue); metadata(s.metadata); int(s.wordCount)
        uint64(s.textHash)
    }

    /// Warnings of several files: each with its path.
    mutating func warnings(ofFiles warnings: [LoadWarning]) {
        int(warnings.count)
        for each in warnings {
            string(each.path)
            warning(each.problem)
        }
    }

    mutating func mentions(_ mentions: [EntityMention]) {
        int(mentions.count)
        for m in mentions { range(m.range); string(m.type.rawValue); string(m.entity) }
    }

    mutating func events(_ events: [NewsEvent]) {
        int(events.count)
        for e in events { string(e.id); string(e.label); ints(e.articles) }
    }

    /// Ascending integers as differences (article lists, quote positions).
    mutating func ints(_ values: [Int]) {
        int(values.count)
        var last = 0
        for v in values { int(v - last); last = v }
    }

    mutating func entityIndex(_ index: EntityIndex) {
        int(index.entries.count)
        for e in index.entries {
            string(e.name); string(e.type.rawValue); strings(e.forms)
            int(e.mentions.count)
            var last = 0
            for m in e.mentions { int(m.article - last); last = m.article; range(m.range) }
        }
    }

    mutating func quoteRefs(_ refs: [SpeakerIndex.QuoteRef]) {
        int(refs.count)
        var last = 0
        for r in refs { int(r.article - last); last = r.article; int(r.quote) }
    }

    mutating func speakerIndex(_ index: SpeakerIndex) {
        int(index.entries.count)
        for e in index.entries { string(e.name); int(e.words); quoteRefs(e.quotes) }
    }
}

extension ByteReader {
    mutating func summary() throws -> ArticleSummary {
        ArticleSummary(id: try string(), path: try string(), format: try raw(SourceFormat.self), metadata: try metadata(),
                       wordCount: try int(), textHash: try uint64())
    }

    mutating func warningsOfFiles() throws -> [LoadWarning] {
        try (0..<(try count())).map { _ in try warning(path: try string()) }
    }

    mutating func mentions(limit: Int) throws -> [EntityMention] {
        try (0..<(try count())).map { _ in
            EntityMention(range: try range(limit: limit), type: try raw(EntityType.self), entity: try string())
        }
    }

    mutating func events(articles: Int) throws -> [NewsEvent] {
        try (0..<(try count())).map { _ in
            let id = try string(), label = try string(), members = try ints()
            guard members.allSatisfy({ $0 >= 0 && $0 < articles }) else { throw Damaged() }
            return NewsEvent(id: id, label: label, articles: members)
        }
    }

    mutating func ints() throws -> [Int] {
        var last = 0
        return try (0..<(try count())).map { _ in
            last = try next(after: last)
            return last
        }
    }

    mutating func entityIndex(articles: Int) throws -> EntityIndex {
        let entries = try (0..<(try count())).map { _ -> EntityIndex.Entry in
            let name = try string(), type = try raw(EntityType.self), forms = try strings()
            var last = 0
            let mentions = try (0..<(try count())).map { _ -> EntityIndex.Mention in
                last = try next(after: last)
                guard last >= 0, last < articles else { throw Damaged() }
                return EntityIndex.Mention(article: last, range: try range(limit: .max))
            }
            return EntityIndex.Entry(name: name, type: type, mentions: mentions, forms: forms)
        }
        return EntityIndex(entries: entries)
    }

    mutating func quoteRefs(articles: Int) throws -> [SpeakerIndex.QuoteRef] {
        var last = 0
        return try (0..<(try count())).map { _ in
            last = try next(after: last)
            guard last >= 0, last < articles else { throw Damaged() }
            return SpeakerIndex.QuoteRef(article: last, quote: try int())
        }
    }

    mutating func speakerIndex(articles: Int) throws -> SpeakerIndex {
        let entries = try (0..<(try count())).map { _ in
            let name = try string(), words = try int()
            return SpeakerIndex.Entry(name: name, quotes: try quoteRefs(articles: articles), words: words)
        }
        return SpeakerIndex(entries: entries)
    }
}

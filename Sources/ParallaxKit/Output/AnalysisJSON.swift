import Foundation

/// The JSON that `parallax analyze --format json` prints
/// (../shared/eval/SCHEMA.md): one object with the articles and their
/// paragraphs, every range in Unicode scalar offsets of the source file.
public enum AnalysisJSON {
    struct Document: Encodable {
        let articles: [ArticleRecord]
        let events: [EventRecord]
    }

    /// One event: its id, label and the ids of its articles.
    public struct EventRecord: Encodable {
        let id: String
        let label: String
        let articles: [String]

        public init(_ event: NewsEvent, in corpus: Corpus) {
            self.init(event, ids: corpus.articles.map(\.id))
        }

        /// The event with its articles named by `ids` (the corpus's, in order).
        public init(_ event: NewsEvent, ids: [String]) {
            id = event.id
            label = event.label
            articles = event.articles.map { ids[$0] }
        }
    }

    struct ArticleRecord: Encodable {
        let id: String
        let path: String
        let title: String
        let outlet: String?
        let date: String?
        /// "text": offsets count into the file; any other format, into the
        /// extracted text the reader shows.
        let source: String
        let url: String?
        let authors: [String]
        let paragraphs: [ParagraphRecord]
        let sentences: [RangeRecord]
        let entities: [EntityRecord]
        let quotes: [QuoteRecord]

        enum CodingKeys: String, CodingKey {
            case id, path, title, outlet, date, source, url, authors, paragraphs, sentences, entities, quotes
        }

        init(_ article: Article) {
            id = article.id
            path = article.path
            title = article.title
            outlet = article.metadata.outlet
            date = article.metadata.date
            source = article.format.rawValue
            url = article.metadata.url
            authors = article.metadata.authors
            paragraphs = article.paragraphs.map {
                ParagraphRecord(start: $0.range.start, end: $0.range.end, kind: $0.kind.rawValue,
                                style: $0.style == .plain ? nil : $0.style.rawValue, line: $0.line,
                                text: article.text($0.range))
            }
            sentences = article.paragraphs.flatMap(\.sentences).map {
                RangeRecord(start: $0.range.start, end: $0.range.end)
            }
            entities = article.entities.map {
                EntityRecord(start: $0.range.start, end: $0.range.end, text: article.text($0.range),
                             type: $0.type.rawValue, entity: $0.entity)
            }
            quotes = article.quotes.map { QuoteRecord($0, in: article) }
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(path, forKey: .path)
            try c.encode(title, forKey: .title)
            try c.encode(outlet, forKey: .outlet)  // null when unknown, not absent
            try c.encode(date, forKey: .date)
            try c.encode(source, forKey: .source)
            try c.encode(url, forKey: .url)
            try c.encode(authors, forKey: .authors)
            try c.encode(paragraphs, forKey: .paragraphs)
            try c.encode(sentences, forKey: .sentences)
            try c.encode(entities, forKey: .entities)
            try c.encode(quotes, forKey: .quotes)
        }
    }

    struct ParagraphRecord: Encodable {
        let start: Int
        let end: Int
        let kind: String
        /// "subhead" or "blockquote" for such body paragraphs; absent when plain.
        let style: String?
        let line: Int
        let text: String
    }

    struct EntityRecord: Encodable {
        let start: Int
        let end: Int
        let text: String
        let type: String
        let entity: String
    }

    /// One quotation as SCHEMA.md has it; `parallax quotes` adds the article's id.
    public struct QuoteRecord: Encodable {
        let article: String?
        let start: Int
        let end: Int
        let text: String
        let kind: String
        let speaker: String?
        let cue: String?

        enum CodingKeys: String, CodingKey { case article, start, end, text, kind, speaker, cue }

        public init(_ quote: Quotation, in article: Article, withID: Bool = false) {
            self.article = withID ? article.id : nil
            start = quote.range.start
            end = quote.range.end
            text = article.text(quote.range)
            kind = quote.kind.rawValue
            speaker = quote.speaker
            cue = quote.cue
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(article, forKey: .article)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(text, forKey: .text)
            try c.encode(kind, forKey: .kind)
            try c.encode(speaker, forKey: .speaker)  // null when the article does not say
            try c.encode(cue, forKey: .cue)
        }
    }

    struct RangeRecord: Encodable {
        let start: Int
        let end: Int
    }

    public static func encode(_ corpus: Corpus) throws -> Data {
        let document = Document(articles: corpus.articles.map(ArticleRecord.init),
                                events: corpus.events.map { EventRecord($0, in: corpus) })
        return try encoder.encode(document)
    }

    /// The bytes of `encode(corpus)`, handed to `write` a piece at a time:
    /// each article's record is encoded on its own and indented into the
    /// document, so the whole document is never in memory (it is several
    /// times the size of the text). `write` is called from this thread.
    public static func stream(_ corpus: Corpus, to write: (Data) throws -> Void) throws {
        let encoder = encoder
        let events = corpus.events
        // An empty array is printed differently from one with members: let the encoder say how.
        guard !corpus.articles.isEmpty, !events.isEmpty else { return try write(encode(corpus)) }
        try write(Data("{\n  \"articles\" : [\n".utf8))
        for (i, article) in corpus.articles.enumerated() {
            try write(member(try encoder.encode(ArticleRecord(article)), last: i == corpus.articles.count - 1))
        }
        try write(Data("  ],\n  \"events\" : [\n".utf8))
        for (i, event) in events.enumerated() {
            try write(member(try encoder.encode(EventRecord(event, in: corpus)), last: i == events.count - 1))
        }
        try write(Data("  ]\n}".utf8))
    }

    /// A pretty-printed value as a member of an array two levels deep: each
    /// line indented by four spaces but the empty line inside an empty
    /// array (strings hold no raw line break: the encoder escapes it), then
    /// "," unless it is the last.
    static func member(_ json: Data, last: Bool) -> Data {
        // Bytes into an array (appending to Data byte by byte costs more than encoding).
        let indent: [UInt8] = [0x20, 0x20, 0x20, 0x20]
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 4 + 8)
        out += indent
        json.withUnsafeBytes { raw in
            var previous: UInt8 = 0
            for byte in raw {
                if previous == 0x0A, byte != 0x0A { out += indent }
                out.append(byte)
                previous = byte
            }
        }
        out += last ? [0x0A] : [0x2C, 0x0A]
        return Data(out)
    }

    /// One article's record, as `analyze` gives it (`show --format json`).
    public static func encode(article: Article) throws -> Data {
        try encoder.encode(ArticleRecord(article))
    }

    /// Pretty, key-sorted JSON: what every command prints.
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

import Foundation

/// A compact binary encoding of what the index stores per file: varints,
/// length-prefixed UTF-8 strings, nothing self-describing. Several times
/// smaller and faster to read than JSON of the same values; the index's
/// `CorpusIndex.analyserVersion` (which is also the format's version) is
/// bumped whenever either changes, so an old blob is never read.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        // Zig-zag, then 7 bits a byte.
        var v = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func uint64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Bytes with their length.
    mutating func lengthPrefixed(_ raw: [UInt8]) {
        int(raw.count)
        bytes.append(contentsOf: raw)
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// `string(text.string)`, the scalars encoded straight into the bytes:
    /// no String of the whole text (a 20 MB article's) is made, checked and
    /// copied.
    mutating func text(_ text: SourceText) {
        text.scalars.withUnsafeBufferPointer { scalars in
            let length = SourceText.utf8Count(scalars[...])
            int(length)
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: length))
            bytes.withUnsafeMutableBufferPointer { _ = SourceText.writeUTF8(scalars[...], into: $0, at: start) }
        }
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for v in values { string(v) }
    }

    mutating func range(_ r: TextRange) {
        int(r.start)
        int(r.end - r.start)
    }

    var data: Data { Data(bytes) }
    /// The bytes written so far: where the next value begins.
    var count: Int { bytes.count }
}

/// Reads what `ByteWriter` wrote; any inconsistency (a truncated or damaged
/// blob) throws, so a bad entry is re-analysed, never trusted.
struct ByteReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var at = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    /// Goes on reading from `offset` (where `ByteWriter.count` said a value began).
    mutating func seek(to offset: Int) throws {
        guard offset >= 0, offset <= bytes.count else { throw Damaged() }
        at = offset
    }

    var isAtEnd: Bool { at == bytes.count }

    mutating func int() throws -> Int {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard at < bytes.count, shift < 64 else { throw Damaged() }
            let b = bytes[at]
            at += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        let signed = Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1)
        return Int(signed)
    }

    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - at else { throw Damaged() }  // every item takes a byte at least
        return n
    }

    /// A number that cannot be below zero (of words, say).
    mutating func nonNegative() throws -> Int {
        let n = try int()
        guard n >= 0 else { throw Damaged() }
        return n
    }

    mutating func uint64() throws -> UInt64 {
        guard bytes.count - at >= 8 else { throw Damaged() }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
        at += 8
        return v
    }

    mutating func bool() throws -> Bool {
        guard at < bytes.count, bytes[at] <= 1 else { throw Damaged() }
        at += 1
        return bytes[at - 1] == 1
    }

    /// A text `ByteWriter.text` wrote, decoded from its bytes (invalid
    /// UTF-8 is damage, not repaired).
    mutating func text() throws -> SourceText {
        let n = try count()
        let text = bytes.withUnsafeBufferPointer { SourceText(utf8: UnsafeBufferPointer(rebasing: $0[at..<at + n])) }
        guard let text else { throw Damaged() }
        at += n
        return text
    }

    /// A string `ByteWriter.string` wrote (invalid UTF-8 is damage, not
    /// repaired, as in a text). ASCII bytes, most of what is stored
    /// (titles, paths, names), are decoded with `String(decoding:)`, whose
    /// fast check repairs nothing in ASCII; others are validated. The
    /// generic validation of a slice of an array was most of reading a
    /// snapshot's 100,000 summaries at a warm start.
    mutating func string() throws -> String {
        let n = try count()
        let start = at
        let s = bytes.withUnsafeBufferPointer { all -> String? in
            let part = UnsafeBufferPointer(rebasing: all[start..<start + n])
            return Self.isASCII(part) ? String(decoding: part, as: UTF8.self) : String(validating: part, as: UTF8.self)
        }
        guard let s else { throw Damaged() }
        at += n
        return s
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var any: UInt8 = 0
        for b in bytes { any |= b }
        return any < 0x80
    }

    mutating func optional() throws -> String? { try bool() ? try string() : nil }

    /// What `ByteWriter.lengthPrefixed` wrote.
    mutating func lengthPrefixed() throws -> [UInt8] {
        let n = try count()
        at += n
        return Array(bytes[at - n..<at])
    }

    mutating func strings() throws -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func range(limit: Int) throws -> TextRange {
        let start = try int(), length = try int()
        guard start >= 0, length >= 0, start <= limit, length <= limit - start else { throw Damaged() }
        return TextRange(start, start + length)
    }

    /// The next of a run of numbers written as differences (`ByteWriter.ints`):
    /// `last` plus the difference read; a sum past `Int`'s range is damage.
    mutating func next(after last: Int) throws -> Int {
        let (sum, overflow) = last.addingReportingOverflow(try int())
        guard !overflow else { throw Damaged() }
        return sum
    }

    mutating func raw<E: RawRepresentable>(_: E.Type) throws -> E where E.RawValue == String {
        guard let e = E(rawValue: try string()) else { throw Damaged() }
        return e
    }
}

// MARK: - The stored values

extension ByteWriter {
    mutating func warning(_ problem: LoadWarning.Problem) {
        switch problem {
        case .invalidUTF8(let count): int(0); int(count)
        case .binary: int(1)
        case .empty: int(2)
        case .unreadable(let reason): int(3); string(reason)
        case .badFrontMatter(let key, let value): int(4); string(key); string(value)
        case .noArticleText: int(5)
        case .badMarkup(let reason): int(6); string(reason)
        case .notAFeed(let root): int(7); string(root)
        case .emptyFeed: int(8)
        case .summaryOnly(let items): int(9); int(items)
        case .badRecord(let line, let reason): int(10); int(line); string(reason)
        }
    }

    mutating func warnings(_ values: [LoadWarning]) {
        int(values.count)
        for w in values { warning(w.problem) }
    }

    /// The article's own fields but its id, path, entities and quotes (the
    /// corpus gives those).
    mutating func article(_ a: Article) {
        string(a.format.rawValue)
        text(a.source)
        bool(a.frontMatter != nil)
        if let fm = a.frontMatter {
            let fields = fm.fields.sorted { $0.key < $1.key }
            int(fields.count)
            for (k, v) in fields { string(k); string(v) }
            let lists = fm.lists.sorted { $0.key < $1.key }
            int(lists.count)
            for (k, v) in lists { string(k); strings(v) }
            range(fm.range)
        }
        int(a.lines.count)
        for l in a.lines {
            int(l.line.number); range(l.line.range); range(l.line.content)
            string(l.lineClass.rawValue); string(l.reason)
        }
        int(a.paragraphs.count)
        for p in a.paragraphs {
            range(p.range); string(p.kind.rawValue); int(p.line); string(p.style.rawValue)
            int(p.sentences.count)
            for s in p.sentences { range(s.range) }
        }
        metadata(a.metadata)
        warnings(a.warnings)
        int(a.wordCount)
        uint64(a.textHash)
    }

    mutating func metadata(_ m: ArticleMetadata) {
        string(m.title); optional(m.outlet); optional(m.date); optional(m.url); strings(m.authors)
        string(m.titleSource.rawValue); string(m.outletSource.rawValue); string(m.dateSource.rawValue)
    }

    mutating func candidates(_ c: ArticleCandidates) {
        int(c.candidates.count)
        for e in c.candidates {
            range(e.range); string(e.text); string(e.type.rawValue); optional(e.canonical)
            int(e.strength == .strong ? 0 : e.strength == .fallback ? 1 : 2)
        }
        let acronyms = c.acronyms.sorted { $0.key < $1.key }
        int(acronyms.count)
        for (k, v) in acronyms { string(k); string(v.name); string(v.type.rawValue) }
        strings(c.vehicles.sorted())
    }

    mutating func quotations(_ quotes: [Quotation]) {
        int(quotes.count)
        for q in quotes {
            range(q.range); string(q.kind.rawValue); optional(q.speaker); optional(q.cue); int(q.paragraph)
            int(q.words)
        }
    }

    mutating func credits(_ credits: [Credit]) {
        int(credits.count)
        for c in credits {
            string(c.source)
            range(c.range)
            string(c.cue)
        }
    }
}

extension ByteReader {
    mutating func warning(path: String) throws -> LoadWarning {
        let problem: LoadWarning.Problem
        switch try int() {
        case 0: problem = .invalidUTF8(count: try int())
        case 1: problem = .binary
        case 2: problem = .empty
        case 3: problem = .unreadable(try string())
        case 4: problem = .badFrontMatter(key: try string(), value: try string())
        case 5: problem = .noArticleText
        case 6: problem = .badMarkup(try string())
        case 7: problem = .notAFeed(root: try string())
        case 8: problem = .emptyFeed
        case 9: problem = .summaryOnly(items: try int())
        case 10: problem = .badRecord(line: try int(), reason: try string())
        default: throw Damaged()
        }
        return LoadWarning(path: path, problem: problem)
    }

    mutating func warnings(path: String) throws -> [LoadWarning] {
        let n = try count()
        return try (0..<n).map { _ in try warning(path: path) }
    }

    mutating func article(id: String, path: String) throws -> Article {
        let format = try raw(SourceFormat.self)
        let source = try text()
        let limit = source.count
        var frontMatter: FrontMatter?
        if try bool() {
            var fields: [String: String] = [:], lists: [String: [String]] = [:]
            for _ in 0..<(try count()) {
                let key = try string()
                fields[key] = try string()
            }
            for _ in 0..<(try count()) {
                let key = try string()
                lists[key] = try strings()
            }
            frontMatter = FrontMatter(fields: fields, lists: lists, range: try range(limit: limit))
        }
        let lineCount = try count()
        var lines: [ClassifiedLine] = []
        lines.reserveCapacity(lineCount)
        for _ in 0..<lineCount {
            let line = SourceLine(number: try int(), range: try range(limit: limit), content: try range(limit: limit))
            lines.append(ClassifiedLine(line: line, lineClass: try raw(LineClass.self), reason: try string()))
        }
        let paragraphCount = try count()
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(paragraphCount)
        for _ in 0..<paragraphCount {
            let range = try range(limit: limit), kind = try raw(Paragraph.Kind.self), line = try int()
            let style = try raw(Paragraph.Style.self)
            let sentences = try (0..<(try count())).map { _ in Sentence(range: try self.range(limit: limit)) }
            var p = Paragraph(range: range, kind: kind, line: line, sentences: sentences)
            p.style = style
            paragraphs.append(p)
        }
        let metadata = try metadata()
        let warnings = try warnings(path: path)
        return Article(id: id, path: path, format: format, source: source, frontMatter: frontMatter, lines: lines,
                       paragraphs: paragraphs, metadata: metadata, warnings: warnings, wordCount: try int(),
                       textHash: try uint64())
    }

    mutating func metadata() throws -> ArticleMetadata {
        ArticleMetadata(
            title: try string(), outlet: try optional(), date: try optional(), url: try optional(),
            authors: try strings(), titleSource: try raw(ArticleMetadata.Source.self),
            outletSource: try raw(ArticleMetadata.Source.self), dateSource: try raw(ArticleMetadata.Source.self))
    }

    mutating func candidates(limit: Int) throws -> ArticleCandidates {
        var out = ArticleCandidates()
        for _ in 0..<(try count()) {
            let range = try range(limit: limit), text = try string(), type = try raw(EntityType.self)
            let canonical = try optional()
            let strength: EntityCandidate.Strength
            switch try int() {
            case 0: strength = .strong
            case 1: strength = .fallback
            case 2: strength = .weak
            default: throw Damaged()
            }
            out.candidates.append(EntityCandidate(range: range, text: text, type: type, canonical: canonical,
                                                  strength: strength))
        }
        for _ in 0..<(try count()) {
            let key = try string()
            out.acronyms[key] = DefinedAcronym(name: try string(), type: try raw(EntityType.self))
        }
        out.vehicles = Set(try strings())
        return out
    }

    mutating func quotations(limit: Int) throws -> [Quotation] {
        try (0..<(try count())).map { _ in
            Quotation(range: try range(limit: limit), kind: try raw(Quotation.Kind.self), speaker: try optional(),
                      cue: try optional(), paragraph: try int(), words: try nonNegative())
        }
    }

    mutating func credits(limit: Int) throws -> [Credit] {
        try (0..<(try count())).map { _ in Credit(source: try string(), range: try range(limit: limit), cue: try string()) }
    }
}

extension SourceText {
    /// The text as a String again (`SourceText(string)` gives back the same scalars).
    var string: String { self[fullRange] }
}

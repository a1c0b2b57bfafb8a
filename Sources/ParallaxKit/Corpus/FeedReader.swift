import CLibXML2
import Foundation

/// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed as one article per item:
/// the item's title, link, date and authors, the channel's title as the
/// outlet, and the item's full text (`content:encoded`, Atom `<content>`)
/// cut into blocks.
///
/// Many feeds carry only a summary of each story. Such items are listed
/// anyway, with the summary as their text, and the feed gets one warning
/// saying how many items lack their full text.
enum FeedReader {
    /// Content with fewer words than this is a teaser, not the story
    /// ("much shorter than a paragraph").
    static let minFullTextWords = 30
    /// A `description` this long (in several paragraphs) is the story
    /// itself: many RSS 2.0 feeds put the full text there.
    static let minFullDescriptionWords = 120

    static func read(_ data: Data, path: String) -> FileReader.Reading {
        func skipped(_ problem: LoadWarning.Problem) -> FileReader.Reading {
            FileReader.Reading(warnings: [LoadWarning(path: path, problem: problem)])
        }
        if !Decoding.isUTF16(data), data.contains(0) { return skipped(.binary) }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return skipped(.empty) }
        var data = data
        switch wellFormedness(data) {
        case .wellFormed: break
        case .htmlEntities: data = numericEntities(data)
        case .fault(let fault): return skipped(.badMarkup("not well-formed XML (\(fault))"))
        }
        guard let root = HTMLParser.parseXML(data) else { return skipped(.badMarkup("not XML that can be read")) }
        guard let feed = Feed(root) else { return skipped(.notAFeed(root: root.name)) }
        guard !feed.items.isEmpty else { return skipped(.emptyFeed) }

        let name = FileName.stem(of: path)
        var summaryOnly = 0
        let documents = feed.items.enumerated().map { n, node in
            let item = feed.item(node)
            if item.isSummaryOnly { summaryOnly += 1 }
            return LoadedDocument(path: path, id: "\(name)-\(n + 1)", content: .extracted(item.document, .feed),
                                  warnings: [])
        }
        let warnings = summaryOnly > 0 ? [LoadWarning(path: path, problem: .summaryOnly(items: summaryOnly))] : []
        return FileReader.Reading(documents: documents, warnings: warnings)
    }

    /// "Tue, 10 Jun 2003 04:00:00 GMT" (RFC 822, two-digit years too) →
    /// "2003-06-10": the day as the feed wrote it, whatever its time zone.
    static func rfc822Date(_ value: String) -> String? {
        var words = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }).map(String.init)
        if let first = words.first, first.allSatisfy(\.isLetter) { words.removeFirst() }  // the weekday
        if words.count >= 3, let day = Int(words[0]), let month = DateFinder.months[words[1].lowercased()],
           var year = Int(words[2]) {
            if words[2].count == 2 { year += year < 70 ? 2000 : 1900 }
            if let date = DateFinder.format(year, month, day) { return date }
        }
        return PageMetadata.date(value)  // some feeds write ISO dates in pubDate
    }

    enum WellFormedness: Equatable {
        case wellFormed
        /// Well-formed but for entities that HTML defines and XML does not
        /// (`&nbsp;`, `&eacute;` in an RSS title), common in feeds.
        case htmlEntities
        /// What makes the bytes not XML ("line 12: Premature end of data in
        /// tag item").
        case fault(String)
    }

    static func wellFormedness(_ data: Data) -> WellFormedness {
        guard let context = xmlNewParserCtxt() else { return .fault("out of memory") }
        defer { xmlFreeParserCtxt(context) }
        // Recovering, so that parsing goes on to the end and the last error is the last fault.
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue)
        let document: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlCtxtReadMemory(context, base, Int32(clamping: raw.count), nil, nil, options)
        }
        if let document { xmlFreeDoc(document) }
        if document != nil, context.pointee.wellFormed != 0 { return .wellFormed }
        let error = context.pointee.lastError
        let entityErrors = [XML_ERR_UNDECLARED_ENTITY.rawValue, XML_WAR_UNDECLARED_ENTITY.rawValue]
        if document != nil, entityErrors.contains(UInt32(bitPattern: error.code)) { return .htmlEntities }
        let message = error.message.map { String(cString: $0).trimmingSpaces() } ?? "unreadable"
        return .fault(error.line > 0 ? "line \(error.line): \(message)" : message)
    }

    /// The bytes with HTML's named entities written as numeric references,
    /// which XML reads. Entity names are ASCII, so this works on the bytes
    /// of any ASCII-based encoding; UTF-16 is left as it is.
    static func numericEntities(_ data: Data) -> Data {
        guard !Decoding.isUTF16(data) else { return data }
        let bytes = [UInt8](data)
        var out = Data(capacity: bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&") {
                var j = i + 1
                while j < bytes.count, j - i <= 12, isASCIIAlphanumeric(bytes[j]) { j += 1 }
                if j < bytes.count, j > i + 1, bytes[j] == UInt8(ascii: ";") {
                    let name = Array(bytes[(i + 1)..<j])
                    if !xmlEntities.contains(name), let value = htmlEntityValue(name) {
                        out.append(contentsOf: Array("&#\(value);".utf8))
                        i = j + 1
                        continue
                    }
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    private static let xmlEntities: Set<[UInt8]> = Set(["amp", "lt", "gt", "quot", "apos"].map { Array($0.utf8) })

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The code point libxml2's table of HTML entities gives a name.
    private static func htmlEntityValue(_ name: [UInt8]) -> UInt32? {
        (name + [0]).withUnsafeBufferPointer { buffer in
            htmlEntityLookup(buffer.baseAddress).map { $0.pointee.value }
        }
    }
}

/// The parts of a feed that hold its items, whichever kind it is.
private struct Feed {
    let isAtom: Bool
    let outlet: String?
    /// Atom's feed-level authors, which stand for entries that name none.
    let authors: [String]
    let items: [HTMLNode]

    init?(_ root: HTMLNode) {
        switch root.name {
        case "rss":
            isAtom = false
            let channel = root.child("channel")
            items = (channel?.children(named: "item") ?? []) + root.children(named: "item")
            outlet = channel?.child("title").map { FeedText.plain($0, isAtom: false) }
        case "rdf:rdf":
            isAtom = false
            let channel = root.child("channel")
            items = root.children(named: "item") + (channel?.children(named: "item") ?? [])
            outlet = channel?.child("title").map { FeedText.plain($0, isAtom: false) }
        case "feed", "atom:feed":
            isAtom = true
            items = root.children(named: "entry")
            outlet = root.child("title").map { FeedText.plain($0, isAtom: true) }
        default:
            return nil
        }
        authors = isAtom ? FeedItem.atomAuthors(root) : []
    }

    func item(_ node: HTMLNode) -> FeedItem {
        var item = FeedItem(node, isAtom: isAtom)
        if item.document.authors.isEmpty { item.document.authors = authors }
        item.document.outlet = outlet.flatMap { $0.isEmpty ? nil : $0 }
        return item
    }
}

/// One item or entry, read.
private struct FeedItem {
    var document: ExtractedDocument
    /// True when the feed does not carry the item's full text.
    let isSummaryOnly: Bool

    init(_ node: HTMLNode, isAtom: Bool) {
        let title = node.child("title").map { FeedText.plain($0, isAtom: isAtom) }
        let full = node.child(isAtom ? "content" : "content:encoded").map { FeedText.blocks($0, isAtom: isAtom) } ?? []
        let summary = node.child(isAtom ? "summary" : "description").map { FeedText.blocks($0, isAtom: isAtom) } ?? []
        var blocks: [ExtractedDocument.Block]
        if Self.words(full) >= FeedReader.minFullTextWords {
            (blocks, isSummaryOnly) = (full, false)
        } else if !isAtom, summary.count >= 2, Self.words(summary) >= FeedReader.minFullDescriptionWords {
            (blocks, isSummaryOnly) = (summary, false)
        } else {
            (blocks, isSummaryOnly) = (Self.words(summary) >= Self.words(full) ? summary : full, true)
        }
        // Content often repeats the headline as its first block.
        if let title, let first = blocks.first, first.text.lowercased() == title.lowercased() { blocks.removeFirst() }
        document = ExtractedDocument(
            title: title.flatMap { $0.isEmpty ? nil : $0 }, date: isAtom ? Self.atomDate(node) : Self.rssDate(node),
            url: isAtom ? Self.atomLink(node) : Self.rssLink(node),
            authors: isAtom ? Self.atomAuthors(node) : Self.rssAuthors(node), blocks: blocks)
    }

    static func words(_ blocks: [ExtractedDocument.Block]) -> Int {
        blocks.reduce(0) { $0 + $1.text.split(separator: " ").count }
    }

    // MARK: Dates

    static func rssDate(_ item: HTMLNode) -> String? {
        if let pubDate = item.child("pubdate")?.textContent, let date = FeedReader.rfc822Date(pubDate) { return date }
        return item.child("dc:date").flatMap { PageMetadata.date($0.textContent) }
    }

    static func atomDate(_ entry: HTMLNode) -> String? {
        for name in ["published", "updated", "dc:date", "issued", "modified"] {
            if let date = entry.child(name).flatMap({ PageMetadata.date($0.textContent) }) { return date }
        }
        return nil
    }

    // MARK: Links

    static func rssLink(_ item: HTMLNode) -> String? {
        if let link = item.child("link")?.textContent.trimmingSpaces(), !link.isEmpty { return link }
        if let guid = item.child("guid"), guid.attribute("ispermalink")?.lowercased() != "false" {
            let value = guid.textContent.trimmingSpaces()
            if value.hasPrefix("http://") || value.hasPrefix("https://") { return value }
        }
        return item.attribute("about").flatMap { $0.isEmpty ? nil : $0 }  // RSS 1.0's rdf:about
    }

    static func atomLink(_ entry: HTMLNode) -> String? {
        let links = entry.children(named: "link").filter { ($0.attribute("rel") ?? "alternate") == "alternate" }
        let link = links.first { $0.attribute("type")?.contains("html") ?? false } ?? links.first
        return link?.attribute("href").flatMap { $0.isEmpty ? nil : $0 }
    }

    // MARK: Authors

    /// `author` ("jane@example.com (Jane Doe)" or a name) and `dc:creator`.
    static func rssAuthors(_ item: HTMLNode) -> [String] {
        var names: [String] = []
        for node in item.children(named: "author") + item.children(named: "dc:creator") {
            var value = LineClassifier.fold(node.textContent)
            if let open = value.firstIndex(of: "("), value.hasSuffix(")"), value[..<open].contains("@") {
                value = String(value[value.index(after: open)..<value.index(before: value.endIndex)])
            }
            guard !value.contains("@") else { continue }  // an address names no one
            names += ArticleBuilder.authors(in: value)
        }
        return unique(names)
    }

    /// Atom's `<author><name>`.
    static func atomAuthors(_ node: HTMLNode) -> [String] {
        unique(node.children(named: "author").compactMap { author in
            author.child("name").map { LineClassifier.fold($0.textContent) }
        }.filter { !$0.isEmpty })
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}

/// The text a feed element holds: plain, escaped HTML or inline XHTML.
private enum FeedText {
    /// A title's text on one line, markup and entities resolved.
    static func plain(_ node: HTMLNode, isAtom: Bool) -> String {
        let type = node.attribute("type")?.lowercased() ?? "text"
        let raw = node.textContent
        let isHTML = isAtom ? type.contains("html") && type != "xhtml" : looksLikeMarkup(raw)
        if isHTML, let root = HTMLParser.parse(Data(raw.utf8), encoding: "UTF-8") {
            return LineClassifier.fold(root.textContent)
        }
        return LineClassifier.fold(raw)
    }

    /// A content or summary element's blocks. RSS carries escaped HTML
    /// (plain text reads the same way); Atom says which it carries.
    static func blocks(_ node: HTMLNode, isAtom: Bool) -> [ExtractedDocument.Block] {
        guard isAtom else { return htmlBlocks(node.textContent) }
        if node.attribute("src") != nil { return [] }  // the text is elsewhere
        let type = node.attribute("type")?.lowercased() ?? "text"
        if type == "xhtml" || type.hasSuffix("+xml") || type.hasSuffix("/xml") {
            return htmlBlocks(node.children.map(serialize).joined())
        }
        if type.contains("html") { return htmlBlocks(node.textContent) }
        return ExtractedDocument.lineBlocks(node.textContent)
    }

    static func htmlBlocks(_ html: String) -> [ExtractedDocument.Block] {
        guard !html.trimmingSpaces().isEmpty, let root = HTMLParser.parse(Data(html.utf8), encoding: "UTF-8")
        else { return [] }
        return BodyExtractor.contentBlocks(in: root)
    }

    /// Inline XHTML written back as HTML, without namespace prefixes, for
    /// the HTML parser to read like any other content.
    static func serialize(_ node: HTMLNode) -> String {
        if node.kind == .text { return escape(node.text) }
        let name = node.name.split(separator: ":").last.map(String.init) ?? node.name
        let attributes = node.attributes.map { " \($0.name)=\"\(escape($0.value).replacingOccurrences(of: "\"", with: "&quot;"))\"" }
        return "<\(name)\(attributes.joined())>" + node.children.map(serialize).joined() + "</\(name)>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A tag (`<b>`, `</i>`) or an entity (`&amp;`, `&#8217;`) in the text.
    static func looksLikeMarkup(_ text: String) -> Bool {
        text.range(of: "</?[A-Za-z][A-Za-z0-9]*[ />]", options: .regularExpression) != nil
            || text.range(of: "&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);", options: .regularExpression) != nil
    }
}

extension HTMLNode {
    /// The first child element with this name (or Atom's name with an
    /// `atom:` prefix).
    func child(_ name: String) -> HTMLNode? {
        children.first { $0.kind == .element && ($0.name == name || $0.name == "atom:" + name) }
    }

    /// The child elements with this name (or Atom's with an `atom:` prefix).
    func children(named name: String) -> [HTMLNode] {
        children.filter { $0.kind == .element && ($0.name == name || $0.name == "atom:" + name) }
    }
}

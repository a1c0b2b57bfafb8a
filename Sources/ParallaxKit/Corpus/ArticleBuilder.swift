/// Turns a decoded file into an `Article`: front matter, line classes,
/// paragraphs, sentences and metadata.
struct ArticleBuilder {
    let furniture: CorpusFurniture

    /// Scalars from which a text's words are counted, and its hash worked
    /// out, beside its sentences.
    static let countedApartFrom = 1 << 20

    func build(id: String, path: String, source: SourceText, warnings: [LoadWarning]) -> Article {
        var warnings = warnings
        let frontMatter = FrontMatter.parse(source)
        let bodyRange = TextRange(frontMatter?.range.end ?? 0, source.count)
        let fields = frontMatter?.fields ?? [:]

        var outlet = fields["outlet"].flatMap { $0.isEmpty ? nil : $0 }
        var date: String? = nil
        if let given = fields["date"], !given.isEmpty {
            date = DateFinder.statedDate(given)
            if date == nil { warnings.append(LoadWarning(path: path, problem: .badFrontMatter(key: "date", value: given))) }
        }
        let givenTitle = fields["title"].flatMap { $0.isEmpty ? nil : $0 }

        let bodyLines = source.lines(in: bodyRange)
        // Without an outlet given, a long text's lines are read for its name
        // on a thread of its own while their features are read and they are
        // classified (each reads every scalar of a line that may be
        // megabytes long: 0.16 and 0.18 s of a 20 MB line).
        @Sendable func outletWords(_ lines: [SourceLine]) -> [OutletFinder.LineWords] {
            lines.map { OutletFinder.words(of: source.scalars[$0.content.start..<$0.content.end]) }
        }
        let readingOutlet = outlet == nil && source.count >= Self.countedApartFrom
            ? Background { outletWords(LineClassifier.Prepared.classified(bodyLines)) } : nil
        let sourceLines = LineClassifier.Prepared(source, bodyLines)
        var lines = LineClassifier(text: source, furniture: furniture, titleHint: givenTitle, outlet: outlet)
            .classify(sourceLines)
        let outletSource: ArticleMetadata.Source
        if outlet != nil {
            outletSource = .frontMatter
        } else {
            // The title names no outlet.
            let read = lines.filter { $0.lineClass != .title }
            let words = readingOutlet.map { reading in
                let every = reading.value
                assert(every.count == lines.count, "the words of each line classified")
                return zip(every, lines).filter { $0.1.lineClass != .title }.map(\.0)
            } ?? outletWords(read.map(\.line))
            outlet = OutletFinder.outlet(in: zip(words, read).map { ($0, $1.lineClass == .boilerplate) })
            outletSource = outlet == nil ? .none : .text
            if outlet != nil {  // classify again so that the outlet's self-descriptions are known
                lines = LineClassifier(text: source, furniture: furniture, titleHint: givenTitle, outlet: outlet)
                    .classify(sourceLines)
            }
        }

        // Each paragraph's text is its line's, made once with the line's features (a line may
        // be megabytes long): `lines` are `sourceLines`' lines, in order.
        var paragraphs: [Paragraph] = [], texts: [String] = []
        assert(lines.count == sourceLines.features.count, "one classified line per line read")
        // A long text's words are counted, and its hash worked out, on a
        // thread of their own while its sentences are split here (each reads
        // every scalar of it).
        let counted = lines.filter { $0.lineClass != .boilerplate }.map(\.line.content)
        let count: @Sendable () -> (words: Int, hash: UInt64) = {
            (counted.reduce(0) { $0 + Tokenizer.wordCount(in: source, range: $1) }, ArticleKey.fnv1a(source))
        }
        let counting = source.count >= Self.countedApartFrom ? Background(count) : nil
        for (cl, features) in zip(lines, sourceLines.features) {
            let kind: Paragraph.Kind
            switch cl.lineClass {
            case .title: kind = .title
            case .body: kind = .body
            case .caption: kind = .caption
            case .boilerplate: continue
            }
            paragraphs.append(Paragraph(range: cl.line.content, kind: kind, line: cl.line.number,
                                        sentences: SentenceSplitter.sentences(in: source, range: cl.line.content)))
            texts.append(features.text)
        }

        let dateSource: ArticleMetadata.Source
        if date != nil {
            dateSource = .frontMatter
        } else {
            date = texts.lazy.compactMap { DateFinder.firstDate(in: $0) }.first
            dateSource = date == nil ? .none : .text
        }
        let titleIndex = paragraphs.firstIndex(where: { $0.kind == .title })
        let title = givenTitle ?? titleIndex.map { LineClassifier.fold(texts[$0]) } ?? id
        let titleSource: ArticleMetadata.Source = givenTitle != nil ? .frontMatter : (titleIndex != nil ? .text : .none)

        let metadata = ArticleMetadata(
            title: title, outlet: outlet, date: date,
            url: fields["url"].flatMap { $0.isEmpty ? nil : $0 },
            authors: frontMatter?.authors ?? [],
            titleSource: titleSource, outletSource: outletSource, dateSource: dateSource)
        let (words, hash) = counting?.value ?? count()
        return Article(id: id, path: path, format: .text, source: source, frontMatter: frontMatter, lines: lines,
                       paragraphs: paragraphs, metadata: metadata, warnings: warnings, wordCount: words, textHash: hash)
    }

    /// An article from blocks already extracted (a page, a feed item, a
    /// record, Markdown): its text is the title and the blocks, one line each
    /// with a blank line between, so every paragraph is one line of it.
    func build(id: String, path: String, format: SourceFormat, document: ExtractedDocument,
               warnings: [LoadWarning]) -> Article {
        var text = ""
        var pieces: [(kind: Paragraph.Kind, style: Paragraph.Style, range: TextRange, line: Int)] = []
        var offset = 0, line = 1
        func add(_ piece: String, _ kind: Paragraph.Kind, _ style: Paragraph.Style) {
            let folded = LineClassifier.fold(piece)
            guard !folded.isEmpty else { return }
            if !text.isEmpty {
                text += "\n\n"
                offset += 2
                line += 2
            }
            let length = folded.unicodeScalars.count
            pieces.append((kind, style, TextRange(offset, offset + length), line))
            text += folded
            offset += length
        }
        if let title = document.title { add(title, .title, .plain) }
        for block in document.blocks {
            switch block.kind {
            case .body: add(block.text, .body, .plain)
            case .subhead: add(block.text, .body, .subhead)
            case .blockquote: add(block.text, .body, .blockquote)
            case .caption: add(block.text, .caption, .plain)
            }
        }
        let source = SourceText(text)
        let sourceLines = source.lines()
        var lines: [ClassifiedLine] = []
        var paragraphs: [Paragraph] = []
        for piece in pieces {
            let lineClass: LineClass = piece.kind == .title ? .title : piece.kind == .caption ? .caption : .body
            lines.append(ClassifiedLine(line: sourceLines[piece.line - 1], lineClass: lineClass,
                                        reason: "from \(format.rawValue)"))
            var paragraph = Paragraph(range: piece.range, kind: piece.kind, line: piece.line,
                                      sentences: SentenceSplitter.sentences(in: source, range: piece.range))
            paragraph.style = piece.style
            paragraphs.append(paragraph)
        }
        let title = paragraphs.first { $0.kind == .title }.map { source[$0.range] }
        var date = document.date
        var dateSource: ArticleMetadata.Source = date == nil ? .none : .frontMatter
        if date == nil, let found = paragraphs.lazy.compactMap({ DateFinder.firstDate(in: source[$0.range]) }).first {
            date = found
            dateSource = .text
        }
        let metadata = ArticleMetadata(
            title: title ?? id, outlet: document.outlet, date: date, url: document.url, authors: document.authors,
            titleSource: title == nil ? .none : .frontMatter,
            outletSource: document.outlet == nil ? .none : .frontMatter, dateSource: dateSource)
        let words = paragraphs.reduce(0) { $0 + Tokenizer.wordCount(in: source, range: $1.range) }
        return Article(id: id, path: path, format: format, source: source, frontMatter: nil, lines: lines,
                       paragraphs: paragraphs, metadata: metadata, warnings: warnings, wordCount: words,
                       textHash: ArticleKey.fnv1a(source))
    }

    /// Authors as front matter gives them: "A, B and C" or "A; B".
    static func authors(in field: String) -> [String] {
        guard !field.isEmpty else { return [] }
        let separated = field.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: ";", with: ",")
        return separated.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}

/// Turns a decoded file into an `Article`: front matter, line classes,
/// paragraphs, sentences and metadata.
struct ArticleBuilder {
    let furniture: CorpusFurniture

    func build(id: String, path: String, source: SourceText, warnings: [LoadWarning]) -> Article {
        var warnings = warnings
        let frontMatter = FrontMatter.parse(source)
        let bodyRange = TextRange(frontMatter?.range.end ?? 0, source.count)
        let fields = frontMatter?.fields ?? [:]

        var outlet = fields["outlet"].flatMap { $0.isEmpty ? nil : $0 }
        var date: String? = nil
        if let given = fields["date"], !given.isEmpty {
            date = DateFinder.isoDate(given)
            if date == nil { warnings.append(LoadWarning(path: path, problem: .badFrontMatter(key: "date", value: given))) }
        }
        let givenTitle = fields["title"].flatMap { $0.isEmpty ? nil : $0 }

        let sourceLines = source.lines(in: bodyRange)
        var lines = LineClassifier(text: source, furniture: furniture, titleHint: givenTitle, outlet: outlet)
            .classify(sourceLines)
        let outletSource: ArticleMetadata.Source
        if outlet != nil {
            outletSource = .frontMatter
        } else {
            outlet = OutletFinder.outlet(in: lines.filter { $0.lineClass != .title }.map {
                OutletFinder.Line(text: source[$0.line.content], isBoilerplate: $0.lineClass == .boilerplate)
            })
            outletSource = outlet == nil ? .none : .text
            if outlet != nil {  // classify again so that the outlet's self-descriptions are known
                lines = LineClassifier(text: source, furniture: furniture, titleHint: givenTitle, outlet: outlet)
                    .classify(sourceLines)
            }
        }

        let paragraphs: [Paragraph] = lines.compactMap { cl in
            let kind: Paragraph.Kind
            switch cl.lineClass {
            case .title: kind = .title
            case .body: kind = .body
            case .caption: kind = .caption
            case .boilerplate: return nil
            }
            return Paragraph(range: cl.line.content, kind: kind, line: cl.line.number,
                             sentences: SentenceSplitter.sentences(in: source, range: cl.line.content))
        }

        let dateSource: ArticleMetadata.Source
        if date != nil {
            dateSource = .frontMatter
        } else {
            date = paragraphs.lazy.compactMap { DateFinder.firstDate(in: source[$0.range]) }.first
            dateSource = date == nil ? .none : .text
        }
        let titleLine = paragraphs.first { $0.kind == .title }
        let title = givenTitle ?? titleLine.map { LineClassifier.fold(source[$0.range]) } ?? id
        let titleSource: ArticleMetadata.Source = givenTitle != nil ? .frontMatter : (titleLine != nil ? .text : .none)

        let metadata = ArticleMetadata(
            title: title, outlet: outlet, date: date,
            url: fields["url"].flatMap { $0.isEmpty ? nil : $0 },
            author: fields["author"].flatMap { $0.isEmpty ? nil : $0 },
            titleSource: titleSource, outletSource: outletSource, dateSource: dateSource)
        let words = paragraphs.reduce(0) { $0 + Tokenizer.wordCount(in: source, range: $1.range) }
        return Article(id: id, path: path, source: source, frontMatter: frontMatter, lines: lines,
                       paragraphs: paragraphs, metadata: metadata, warnings: warnings, wordCount: words)
    }
}

/// Reads a Markdown file as an article: its front matter, then its body
/// converted to blocks by `MarkdownConverter`.
///
/// A Markdown file without any markup is plain text, and is read as a text
/// file is (nil here): the text path classes its lines, so it finds
/// headlines and furniture that a converter would keep as paragraphs, and
/// its offsets count into the file.
enum MarkdownReader {
    /// Most words a first paragraph may have to stand for a headline that
    /// was written without `#`.
    static let maxHeadlineWords = 20

    static func document(_ source: SourceText, path: String) -> (document: ExtractedDocument, warnings: [LoadWarning])? {
        let frontMatter = FrontMatter.parse(source)
        let body = source[TextRange(frontMatter?.range.end ?? 0, source.count)]
        let fields = frontMatter?.fields ?? [:]
        func field(_ key: String) -> String? { fields[key].flatMap { $0.isEmpty ? nil : $0 } }

        let givenTitle = field("title")
        let converted = MarkdownConverter.convert(body, wantsTitle: true)
        guard converted.sawMarkup else { return nil }
        var blocks = converted.blocks
        var title = converted.title
        if let givenTitle {
            // The front matter's title wins; a different `#` heading stays as a subhead.
            if let heading = title, LineClassifier.fold(heading).lowercased() != LineClassifier.fold(givenTitle).lowercased() {
                blocks.insert(ExtractedDocument.Block(.subhead, heading), at: 0)
            }
            title = givenTitle
        } else if title == nil, let first = blocks.first, looksLikeHeadline(first, lines: converted.firstBlockLines) {
            title = first.text
            blocks.removeFirst()
        }

        var warnings: [LoadWarning] = []
        var date: String?
        if let given = field("date") {
            date = DateFinder.statedDate(given)
            if date == nil { warnings.append(LoadWarning(path: path, problem: .badFrontMatter(key: "date", value: given))) }
        }
        let document = ExtractedDocument(title: title, outlet: field("outlet"), date: date, url: field("url"),
                                         authors: frontMatter?.authors ?? [], blocks: blocks)
        return (document, warnings)
    }

    /// A one-line first paragraph, short and without a full stop at its
    /// end: the file's headline, written as plain text.
    static func looksLikeHeadline(_ block: ExtractedDocument.Block, lines: Int) -> Bool {
        guard block.kind == .body, lines == 1 else { return false }
        let words = block.text.split(separator: " ").count
        guard let last = block.text.last else { return false }
        return words <= maxHeadlineWords && !".,;:".contains(last)
    }
}

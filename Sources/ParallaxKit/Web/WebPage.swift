import Foundation

/// A saved web page read as an article: its metadata and its body.
public enum WebPage {
    /// The article in an HTML page, or why there is none.
    public static func read(_ data: Data) -> Result<ExtractedDocument, LoadWarning.Problem> {
        let isUTF16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        if !isUTF16, data.contains(0) { return .failure(.binary) }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure(.empty) }
        guard let root = HTMLParser.parse(data, encoding: Charset.of(data)) ?? HTMLParser.parse(data, encoding: nil)
        else { return .failure(.badMarkup("not a web page that can be read")) }
        let metadata = PageMetadata(root)
        let blocks = BodyExtractor.blocks(in: root, metadata: metadata)
        guard blocks.contains(where: { $0.kind == .body }) else { return .failure(.noArticleText) }
        return .success(ExtractedDocument(title: metadata.title, outlet: metadata.outlet, date: metadata.date,
                                          url: metadata.url, authors: metadata.authors, blocks: blocks))
    }
}
